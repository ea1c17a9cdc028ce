# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiCutoutConfig``: the model and its codecs."""

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
class AiCutoutConfig:
    """Settings for AI cutout, which extracts the foreground or a pattern from an image.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "type": "Type",
        "pattern_config": "PatternConfig",
        "model": "Model",
    }
    """Attribute name -> wire name, for every field."""

    switch: str | None = None
    """Turns AI cutout on (ON) or off (OFF). Defaults to ON.

    Wire name: ``Switch``.
    """

    type: str | None = None
    """What to cut out: foreground (default) or pattern.

    Wire name: ``Type``.
    """

    pattern_config: models.PatternConfig | None = None
    """Pattern cutout settings; takes effect only when Type is pattern.

    Wire name: ``PatternConfig``.
    """

    model: str | None = None
    """Cutout model to use.

    Known values (:class:`tencent_mps.enums.AiCutoutConfigModel`); others may appear:
    ``cutout-1.0-lite``: basic edition, fastest
    ``cutout-1.0-flash``: standard edition, balances quality and speed

    Wire name: ``Model``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiCutoutConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Switch",
        "Type",
        "PatternConfig",
        "Model",
    }
)


def _structure(data: Any) -> AiCutoutConfig:
    """Decode one ``AiCutoutConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiCutoutConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("PatternConfig")
    if v is not None:
        n += 1
        try:
            v = _S["PatternConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("PatternConfig") from None
    o.pattern_config = v
    v = get("Model")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Model", "a string", v)
    o.model = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiCutoutConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        d["Switch"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.pattern_config
    if v is not None:
        d["PatternConfig"] = _d.wire(v)
    v = o.model
    if v is not None:
        d["Model"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AiCutoutConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AiCutoutConfig:
        o = _e.as_model(o, AiCutoutConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Switch", v)
        d["Switch"] = v
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    v = o.pattern_config
    if v is not None:
        try:
            d["PatternConfig"] = _R["PatternConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("PatternConfig") from None
    v = o.model
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Model", v)
        d["Model"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
