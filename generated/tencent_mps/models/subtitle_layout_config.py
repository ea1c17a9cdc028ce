# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleLayoutConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SubtitleLayoutConfig(Model):
    """Line layout settings for burned-in subtitles: line spacing and alignment."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_layout_config_switch": "SubtitleLayoutConfigSwitch",
        "line_spacing": "LineSpacing",
        "line_spacing_unit": "LineSpacingUnit",
        "alignment": "Alignment",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "str",
    )

    subtitle_layout_config_switch: int | None = None
    """Whether the layout settings are enabled: 0 off, 1 on. Defaults to 0.

    Wire name: ``SubtitleLayoutConfigSwitch``.
    """

    line_spacing: int | None = None
    """Spacing between lines as a positive integer: [0, 1000] in pixels or [0, 100] in percent.
    Defaults to 0.

    Wire name: ``LineSpacing``.
    """

    line_spacing_unit: int | None = None
    """Unit of LineSpacing: 0 pixels, 1 percent. Defaults to 0.

    Wire name: ``LineSpacingUnit``.
    """

    alignment: str | None = None
    """Vertical alignment of multi-line subtitles. Defaults to bottom.

    Known values (:class:`tencent_mps.enums.SubtitleTemplateAlignment`); others may appear:
    ``top``: top fixed at the position, bottom moves with the line count
    ``bottom``: bottom fixed at the position, top moves with the line count (default)

    Wire name: ``Alignment``.
    """


_KNOWN = frozenset(SubtitleLayoutConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SubtitleLayoutConfig:
    """Decode one ``SubtitleLayoutConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SubtitleLayoutConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SubtitleLayoutConfigSwitch")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleLayoutConfigSwitch", "an integer", v)
    o.subtitle_layout_config_switch = v
    v = get("LineSpacing")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("LineSpacing", "an integer", v)
    o.line_spacing = v
    v = get("LineSpacingUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("LineSpacingUnit", "an integer", v)
    o.line_spacing_unit = v
    v = get("Alignment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Alignment", "a string", v)
    o.alignment = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SubtitleLayoutConfig, _structure)
