# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneViralRequest``: the model and its codecs."""

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
class CloneViralRequest:
    """Request of CloneViral: the reference viral video, the product and the generation settings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_url": "VideoUrl",
        "product": "Product",
        "aigc_param": "AIGCParam",
        "content_param": "ContentParam",
        "persona": "Persona",
        "output": "Output",
    }
    """Attribute name -> wire name, for every field."""

    video_url: str | None = None
    """URL of the viral reference video to clone.

    Required in requests.

    Wire name: ``VideoUrl``.
    """

    product: models.CloneViralProduct | None = None
    """Product information; required in every mode except depth extraction.

    Wire name: ``Product``.
    """

    aigc_param: models.CloneViralAIGC | None = None
    """Settings for AIGC video generation.

    Wire name: ``AIGCParam``.
    """

    content_param: models.CloneViralContent | None = None
    """Content and style settings.

    Wire name: ``ContentParam``.
    """

    persona: models.CloneViralPersona | None = None
    """Appearance of the model shown in the video.

    Wire name: ``Persona``.
    """

    output: models.CloneViralOutputOption | None = None
    """Where and how the result is delivered.

    Wire name: ``Output``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CloneViralRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "VideoUrl",
        "Product",
        "AIGCParam",
        "ContentParam",
        "Persona",
        "Output",
    }
)


def _structure(data: Any) -> CloneViralRequest:
    """Decode one ``CloneViralRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CloneViralRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoUrl", "a string", v)
    o.video_url = v
    v = get("Product")
    if v is not None:
        n += 1
        try:
            v = _S["CloneViralProduct"](v)
        except DecodeError as e:
            raise e.with_prefix("Product") from None
    o.product = v
    v = get("AIGCParam")
    if v is not None:
        n += 1
        try:
            v = _S["CloneViralAIGC"](v)
        except DecodeError as e:
            raise e.with_prefix("AIGCParam") from None
    o.aigc_param = v
    v = get("ContentParam")
    if v is not None:
        n += 1
        try:
            v = _S["CloneViralContent"](v)
        except DecodeError as e:
            raise e.with_prefix("ContentParam") from None
    o.content_param = v
    v = get("Persona")
    if v is not None:
        n += 1
        try:
            v = _S["CloneViralPersona"](v)
        except DecodeError as e:
            raise e.with_prefix("Persona") from None
    o.persona = v
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["CloneViralOutputOption"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CloneViralRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.video_url
    if v is not None:
        d["VideoUrl"] = v
    v = o.product
    if v is not None:
        d["Product"] = _d.wire(v)
    v = o.aigc_param
    if v is not None:
        d["AIGCParam"] = _d.wire(v)
    v = o.content_param
    if v is not None:
        d["ContentParam"] = _d.wire(v)
    v = o.persona
    if v is not None:
        d["Persona"] = _d.wire(v)
    v = o.output
    if v is not None:
        d["Output"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CloneViralRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CloneViralRequest:
        o = _e.as_model(o, CloneViralRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.video_url
    if v is None:
        raise _e.missing("VideoUrl", "a string")
    if type(v) is not str:
        v = _e.as_str("VideoUrl", v)
    d["VideoUrl"] = v
    v = o.product
    if v is not None:
        try:
            d["Product"] = _R["CloneViralProduct"](v)
        except ValidationError as e:
            raise e.with_prefix("Product") from None
    v = o.aigc_param
    if v is not None:
        try:
            d["AIGCParam"] = _R["CloneViralAIGC"](v)
        except ValidationError as e:
            raise e.with_prefix("AIGCParam") from None
    v = o.content_param
    if v is not None:
        try:
            d["ContentParam"] = _R["CloneViralContent"](v)
        except ValidationError as e:
            raise e.with_prefix("ContentParam") from None
    v = o.persona
    if v is not None:
        try:
            d["Persona"] = _R["CloneViralPersona"](v)
        except ValidationError as e:
            raise e.with_prefix("Persona") from None
    v = o.output
    if v is not None:
        try:
            d["Output"] = _R["CloneViralOutputOption"](v)
        except ValidationError as e:
            raise e.with_prefix("Output") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
