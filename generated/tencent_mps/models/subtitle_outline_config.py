# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleOutlineConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SubtitleOutlineConfig:
    """Text outline settings for burned-in subtitles.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_outline_config_switch": "SubtitleOutlineConfigSwitch",
        "outline_width": "OutlineWidth",
        "outline_width_unit": "OutlineWidthUnit",
        "outline_color": "OutlineColor",
        "outline_alpha": "OutlineAlpha",
    }
    """Attribute name -> wire name, for every field."""

    subtitle_outline_config_switch: int | None = None
    """Whether the text outline is enabled: 0 off, 1 on. Defaults to 0.

    Wire name: ``SubtitleOutlineConfigSwitch``.
    """

    outline_width: float | None = None
    """Outline width, in pixels by default; the underlying default is 0.3% of the source video
    height.

    Unit: px.

    Wire name: ``OutlineWidth``.
    """

    outline_width_unit: int | None = None
    """Unit of OutlineWidth: 0 pixels, 1 percent. Defaults to 0.

    Wire name: ``OutlineWidthUnit``.
    """

    outline_color: str | None = None
    """Outline color as 6-digit hex RGB. Defaults to black.

    Wire name: ``OutlineColor``.
    """

    outline_alpha: float | None = None
    """Outline opacity, a positive number in (0, 1]. Defaults to 1 (fully opaque).

    Wire name: ``OutlineAlpha``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SubtitleOutlineConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SubtitleOutlineConfigSwitch",
        "OutlineWidth",
        "OutlineWidthUnit",
        "OutlineColor",
        "OutlineAlpha",
    }
)


def _structure(data: Any) -> SubtitleOutlineConfig:
    """Decode one ``SubtitleOutlineConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SubtitleOutlineConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SubtitleOutlineConfigSwitch")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleOutlineConfigSwitch", "an integer", v)
    o.subtitle_outline_config_switch = v
    v = get("OutlineWidth")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("OutlineWidth", v)
    o.outline_width = v
    v = get("OutlineWidthUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("OutlineWidthUnit", "an integer", v)
    o.outline_width_unit = v
    v = get("OutlineColor")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutlineColor", "a string", v)
    o.outline_color = v
    v = get("OutlineAlpha")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("OutlineAlpha", v)
    o.outline_alpha = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SubtitleOutlineConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_outline_config_switch
    if v is not None:
        d["SubtitleOutlineConfigSwitch"] = v
    v = o.outline_width
    if v is not None:
        d["OutlineWidth"] = v
    v = o.outline_width_unit
    if v is not None:
        d["OutlineWidthUnit"] = v
    v = o.outline_color
    if v is not None:
        d["OutlineColor"] = v
    v = o.outline_alpha
    if v is not None:
        d["OutlineAlpha"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SubtitleOutlineConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SubtitleOutlineConfig:
        o = _e.as_model(o, SubtitleOutlineConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_outline_config_switch
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SubtitleOutlineConfigSwitch", v)
        d["SubtitleOutlineConfigSwitch"] = v
    v = o.outline_width
    if v is not None:
        d["OutlineWidth"] = _e.number("OutlineWidth", v)
    v = o.outline_width_unit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("OutlineWidthUnit", v)
        d["OutlineWidthUnit"] = v
    v = o.outline_color
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutlineColor", v)
        d["OutlineColor"] = v
    v = o.outline_alpha
    if v is not None:
        d["OutlineAlpha"] = _e.number("OutlineAlpha", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
