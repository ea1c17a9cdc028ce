# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleShadowConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SubtitleShadowConfig(Model):
    """Text shadow settings for burned-in subtitles."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_shadow_config_switch": "SubtitleShadowConfigSwitch",
        "shadow_width": "ShadowWidth",
        "shadow_width_unit": "ShadowWidthUnit",
        "shadow_color": "ShadowColor",
        "shadow_alpha": "ShadowAlpha",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "float",
        "int",
        "str",
        "float",
    )

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


_KNOWN = frozenset(SubtitleShadowConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SubtitleShadowConfig:
    """Decode one ``SubtitleShadowConfig`` wire object: the straight-line decoder of this model."""
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


bind(SubtitleShadowConfig, _structure)
