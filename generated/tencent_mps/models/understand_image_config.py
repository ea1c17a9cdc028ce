# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UnderstandImageConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class UnderstandImageConfig:
    """Settings of an image understanding task: model, instruction and model parameters.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "model": "Model",
        "prompt": "Prompt",
        "parameters": "Parameters",
    }
    """Attribute name -> wire name, for every field."""

    model: str | None = None
    """Image understanding model to use. Required.

    Known values (:class:`tencent_mps.enums.UnderstandImageConfigModel`); others may appear:
    ``understand-1.0-lite``: lightweight understanding model
    ``understand-1.0-flash``: model balancing quality and speed
    ``understand-1.0-pro``: high-quality understanding model

    Required in requests.

    Wire name: ``Model``.
    """

    prompt: str | None = None
    """Instruction telling the model what to do with the image. Required.

    Required in requests.

    Wire name: ``Prompt``.
    """

    parameters: str | None = None
    """Model parameters as a JSON string, for example {"Temperature":0.6}.

    Wire name: ``Parameters``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UnderstandImageConfig:
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
        "Parameters",
    }
)


def _structure(data: Any) -> UnderstandImageConfig:
    """Decode one ``UnderstandImageConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UnderstandImageConfig)
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
    v = get("Parameters")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Parameters", "a string", v)
    o.parameters = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: UnderstandImageConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.model
    if v is not None:
        d["Model"] = v
    v = o.prompt
    if v is not None:
        d["Prompt"] = v
    v = o.parameters
    if v is not None:
        d["Parameters"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``UnderstandImageConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not UnderstandImageConfig:
        o = _e.as_model(o, UnderstandImageConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.model
    if v is None:
        raise _e.missing("Model", "a string")
    if type(v) is not str:
        v = _e.as_str("Model", v)
    d["Model"] = v
    v = o.prompt
    if v is None:
        raise _e.missing("Prompt", "a string")
    if type(v) is not str:
        v = _e.as_str("Prompt", v)
    d["Prompt"] = v
    v = o.parameters
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Parameters", v)
        d["Parameters"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
