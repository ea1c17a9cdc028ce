# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiTryOnConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiTryOnConfig:
    """Settings for a virtual try-on task that dresses a subject in the given garments.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "model": "Model",
        "prompt": "Prompt",
        "resolution": "Resolution",
    }
    """Attribute name -> wire name, for every field."""

    model: str | None = None
    """Try-on model to use.

    Known values (:class:`tencent_mps.enums.AiTryOnConfigModel`); others may appear:
    ``tryon-1.0-lite``: try-on model 1.0, lite edition
    ``tryon-1.0-flash``: try-on model 1.0, flash edition
    ``tryon-1.0-pro``: try-on model 1.0, pro edition

    Required in requests.

    Wire name: ``Model``.
    """

    prompt: str | None = None
    """Instruction for the try-on; a built-in instruction is used when empty.

    Wire name: ``Prompt``.
    """

    resolution: str | None = None
    """Resolution of the output image. Defaults to 1K.

    Known values (:class:`tencent_mps.enums.AiTryOnConfigResolution`); others may appear:
    ``1K``: 1K output
    ``2K``: 2K output
    ``4K``: 4K output

    Wire name: ``Resolution``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiTryOnConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Model",
        "Prompt",
        "Resolution",
    }
)


def _structure(data: Any) -> AiTryOnConfig:
    """Decode one ``AiTryOnConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiTryOnConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Model")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Model", "a string", v)
    o.model = v
    v = get("Prompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Prompt", "a string", v)
    o.prompt = v
    v = get("Resolution")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Resolution", "a string", v)
    o.resolution = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiTryOnConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.model
    if v is not None:
        d["Model"] = v
    v = o.prompt
    if v is not None:
        d["Prompt"] = v
    v = o.resolution
    if v is not None:
        d["Resolution"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AiTryOnConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AiTryOnConfig:
        o = _e.as_model(o, AiTryOnConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.model
    if v is None:
        raise _e.missing("Model", "a string")
    if type(v) is not str:
        v = _e.as_str("Model", v)
    d["Model"] = v
    v = o.prompt
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Prompt", v)
        d["Prompt"] = v
    v = o.resolution
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Resolution", v)
        d["Resolution"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
