# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleShadowConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SubtitleShadowConfig:
    """Text shadow settings for burned-in subtitles.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_shadow_config_switch": "SubtitleShadowConfigSwitch",
        "shadow_width": "ShadowWidth",
        "shadow_width_unit": "ShadowWidthUnit",
        "shadow_color": "ShadowColor",
        "shadow_alpha": "ShadowAlpha",
    }
    """Attribute name -> wire name, for every field."""

    subtitle_shadow_config_switch: int | None = None
    """Whether the text shadow is enabled: 0 off, 1 on. Defaults to 0.

    Wire name: ``SubtitleShadowConfigSwitch``.
    """

    shadow_width: float | None = None
    """Shadow width, in pixels by default; the underlying default is 0, meaning no shadow.

    Unit: px.

    Wire name: ``ShadowWidth``.
    """

    shadow_width_unit: int | None = None
    """Unit of ShadowWidth: 0 pixels, 1 percent. Defaults to 0.

    Wire name: ``ShadowWidthUnit``.
    """

    shadow_color: str | None = None
    """Shadow color as 6-digit hex RGB. Defaults to black when a shadow is set.

    Wire name: ``ShadowColor``.
    """

    shadow_alpha: float | None = None
    """Shadow opacity, a positive number in (0, 1]. Defaults to 1 (fully opaque) when a shadow
    is set.

    Wire name: ``ShadowAlpha``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SubtitleShadowConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SubtitleShadowConfigSwitch",
        "ShadowWidth",
        "ShadowWidthUnit",
        "ShadowColor",
        "ShadowAlpha",
    }
)


def _structure(data: Any) -> SubtitleShadowConfig:
    """Decode one ``SubtitleShadowConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SubtitleShadowConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SubtitleShadowConfigSwitch")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleShadowConfigSwitch", "an integer", v)
    o.subtitle_shadow_config_switch = v
    v = get("ShadowWidth")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("ShadowWidth", v)
    o.shadow_width = v
    v = get("ShadowWidthUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ShadowWidthUnit", "an integer", v)
    o.shadow_width_unit = v
    v = get("ShadowColor")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ShadowColor", "a string", v)
    o.shadow_color = v
    v = get("ShadowAlpha")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("ShadowAlpha", v)
    o.shadow_alpha = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SubtitleShadowConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_shadow_config_switch
    if v is not None:
        d["SubtitleShadowConfigSwitch"] = v
    v = o.shadow_width
    if v is not None:
        d["ShadowWidth"] = v
    v = o.shadow_width_unit
    if v is not None:
        d["ShadowWidthUnit"] = v
    v = o.shadow_color
    if v is not None:
        d["ShadowColor"] = v
    v = o.shadow_alpha
    if v is not None:
        d["ShadowAlpha"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SubtitleShadowConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SubtitleShadowConfig:
        o = _e.as_model(o, SubtitleShadowConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_shadow_config_switch
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SubtitleShadowConfigSwitch", v)
        d["SubtitleShadowConfigSwitch"] = v
    v = o.shadow_width
    if v is not None:
        d["ShadowWidth"] = _e.number("ShadowWidth", v)
    v = o.shadow_width_unit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("ShadowWidthUnit", v)
        d["ShadowWidthUnit"] = v
    v = o.shadow_color
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ShadowColor", v)
        d["ShadowColor"] = v
    v = o.shadow_alpha
    if v is not None:
        d["ShadowAlpha"] = _e.number("ShadowAlpha", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
