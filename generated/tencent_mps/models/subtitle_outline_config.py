# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleOutlineConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SubtitleOutlineConfig(Model):
    """Text outline settings for burned-in subtitles."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_outline_config_switch": "SubtitleOutlineConfigSwitch",
        "outline_width": "OutlineWidth",
        "outline_width_unit": "OutlineWidthUnit",
        "outline_color": "OutlineColor",
        "outline_alpha": "OutlineAlpha",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "float",
        "int",
        "str",
        "float",
    )

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


_KNOWN = frozenset(SubtitleOutlineConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SubtitleOutlineConfig:
    """Decode one ``SubtitleOutlineConfig`` wire object: the straight-line decoder of this model."""
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


bind(SubtitleOutlineConfig, _structure)
