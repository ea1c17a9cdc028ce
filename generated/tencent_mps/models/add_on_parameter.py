# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AddOnParameter``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AddOnParameter:
    """Additional inputs for image processing: extra images, output settings and extra prompts.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "image_set": "ImageSet",
        "output_config": "OutputConfig",
        "ext_prompt": "ExtPrompt",
    }
    """Attribute name -> wire name, for every field."""

    image_set: list[models.AddOnImageInput] | None = None
    """Extra input images for the processing, such as masks.

    Wire name: ``ImageSet``.
    """

    output_config: models.ImageProcessOutputConfig | None = None
    """Output settings of the processed image.

    Wire name: ``OutputConfig``.
    """

    ext_prompt: list[models.ImageProcessPrompt] | None = None
    """Extra prompts for the processing; only some scenarios support them.

    Wire name: ``ExtPrompt``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddOnParameter:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ImageSet",
        "OutputConfig",
        "ExtPrompt",
    }
)


def _structure(data: Any) -> AddOnParameter:
    """Decode one ``AddOnParameter`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AddOnParameter)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ImageSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ImageSet", "an array", v)
        if v:
            f = _S["AddOnImageInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ImageSet", v, f) from None
        else:
            v = []
    o.image_set = v
    v = get("OutputConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ImageProcessOutputConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputConfig") from None
    o.output_config = v
    v = get("ExtPrompt")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ExtPrompt", "an array", v)
        if v:
            f = _S["ImageProcessPrompt"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ExtPrompt", v, f) from None
        else:
            v = []
    o.ext_prompt = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AddOnParameter) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.image_set
    if v is not None:
        d["ImageSet"] = [_d.wire(x) for x in v]
    v = o.output_config
    if v is not None:
        d["OutputConfig"] = _d.wire(v)
    v = o.ext_prompt
    if v is not None:
        d["ExtPrompt"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AddOnParameter`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AddOnParameter:
        o = _e.as_model(o, AddOnParameter)
    d: dict[str, Any] = {}
    v: Any
    v = o.image_set
    if v is not None:
        d["ImageSet"] = _e.models("ImageSet", v, _R["AddOnImageInput"])
    v = o.output_config
    if v is not None:
        try:
            d["OutputConfig"] = _R["ImageProcessOutputConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("OutputConfig") from None
    v = o.ext_prompt
    if v is not None:
        d["ExtPrompt"] = _e.models("ExtPrompt", v, _R["ImageProcessPrompt"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
