# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleBoardConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SubtitleBoardConfig(Model):
    """Background board settings for burned-in subtitles: position, size, color and transparency."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_board_config_switch": "SubtitleBoardConfigSwitch",
        "board_x": "BoardX",
        "board_x_unit": "BoardXUnit",
        "board_y": "BoardY",
        "board_y_unit": "BoardYUnit",
        "board_width": "BoardWidth",
        "board_width_unit": "BoardWidthUnit",
        "board_height": "BoardHeight",
        "board_height_unit": "BoardHeightUnit",
        "board_color": "BoardColor",
        "board_alpha": "BoardAlpha",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "int",
        "int",
        "int",
        "int",
        "int",
        "int",
        "str",
        "float",
    )

    subtitle_board_config_switch: int | None = None
    """Whether the subtitle background board is enabled: 0 off, 1 on. Defaults to 0.

    Wire name: ``SubtitleBoardConfigSwitch``.
    """

    board_x: int | None = None
    """X position of the background board, in pixels [-4096, 4096] or percent of the source
    width [-100, 100] as set by BoardXUnit. Defaults to 0 px. The origin is the bottom of
    the source video's vertical center line, and the board is anchored at the bottom of its
    own center line.

    Wire name: ``BoardX``.
    """

    board_x_unit: int | None = None
    """Unit of BoardX: 0 pixels, 1 percent. Defaults to 0.

    Wire name: ``BoardXUnit``.
    """

    board_y: int | None = None
    """Y position of the background board, in pixels [0, 4096] or percent of the source height
    [0, 100] as set by BoardYUnit; when omitted no board is shown. The origin is the bottom
    of the source video's vertical center line, and the board is anchored at the bottom of
    its own center line.

    Wire name: ``BoardY``.
    """

    board_y_unit: int | None = None
    """Unit of BoardY: 0 pixels, 1 percent. Defaults to 0.

    Wire name: ``BoardYUnit``.
    """

    board_width: int | None = None
    """Width of the board as a positive integer: [0, 4096] in pixels or [0, 100] in percent.
    Defaults to 90% of the source width when the board is enabled.

    Wire name: ``BoardWidth``.
    """

    board_width_unit: int | None = None
    """Unit of BoardWidth: 0 pixels, 1 percent. Defaults to 0.

    Wire name: ``BoardWidthUnit``.
    """

    board_height: int | None = None
    """Height of the board as a positive integer: [0, 4096] in pixels or [0, 100] in percent.
    Defaults to 15% of the source height when the board is enabled.

    Wire name: ``BoardHeight``.
    """

    board_height_unit: int | None = None
    """Unit of BoardHeight: 0 pixels, 1 percent. Defaults to 0.

    Wire name: ``BoardHeightUnit``.
    """

    board_color: str | None = None
    """Board color in 0xRRGGBB format. Defaults to 0x000000 (black).

    Wire name: ``BoardColor``.
    """

    board_alpha: float | None = None
    """Opacity of the board in the range [0, 1], where 0 is fully transparent and 1 fully
    opaque. Defaults to 0.8.

    Wire name: ``BoardAlpha``.
    """


_KNOWN = frozenset(SubtitleBoardConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SubtitleBoardConfig:
    """Decode one ``SubtitleBoardConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SubtitleBoardConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SubtitleBoardConfigSwitch")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleBoardConfigSwitch", "an integer", v)
    o.subtitle_board_config_switch = v
    v = get("BoardX")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardX", "an integer", v)
    o.board_x = v
    v = get("BoardXUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardXUnit", "an integer", v)
    o.board_x_unit = v
    v = get("BoardY")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardY", "an integer", v)
    o.board_y = v
    v = get("BoardYUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardYUnit", "an integer", v)
    o.board_y_unit = v
    v = get("BoardWidth")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardWidth", "an integer", v)
    o.board_width = v
    v = get("BoardWidthUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardWidthUnit", "an integer", v)
    o.board_width_unit = v
    v = get("BoardHeight")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardHeight", "an integer", v)
    o.board_height = v
    v = get("BoardHeightUnit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BoardHeightUnit", "an integer", v)
    o.board_height_unit = v
    v = get("BoardColor")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("BoardColor", "a string", v)
    o.board_color = v
    v = get("BoardAlpha")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("BoardAlpha", v)
    o.board_alpha = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SubtitleBoardConfig, _structure)
