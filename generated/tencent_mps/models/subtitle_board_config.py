# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleBoardConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SubtitleBoardConfig:
    """Background board settings for burned-in subtitles: position, size, color and transparency.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SubtitleBoardConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SubtitleBoardConfigSwitch",
        "BoardX",
        "BoardXUnit",
        "BoardY",
        "BoardYUnit",
        "BoardWidth",
        "BoardWidthUnit",
        "BoardHeight",
        "BoardHeightUnit",
        "BoardColor",
        "BoardAlpha",
    }
)


def _structure(data: Any) -> SubtitleBoardConfig:
    """Decode one ``SubtitleBoardConfig`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: SubtitleBoardConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_board_config_switch
    if v is not None:
        d["SubtitleBoardConfigSwitch"] = v
    v = o.board_x
    if v is not None:
        d["BoardX"] = v
    v = o.board_x_unit
    if v is not None:
        d["BoardXUnit"] = v
    v = o.board_y
    if v is not None:
        d["BoardY"] = v
    v = o.board_y_unit
    if v is not None:
        d["BoardYUnit"] = v
    v = o.board_width
    if v is not None:
        d["BoardWidth"] = v
    v = o.board_width_unit
    if v is not None:
        d["BoardWidthUnit"] = v
    v = o.board_height
    if v is not None:
        d["BoardHeight"] = v
    v = o.board_height_unit
    if v is not None:
        d["BoardHeightUnit"] = v
    v = o.board_color
    if v is not None:
        d["BoardColor"] = v
    v = o.board_alpha
    if v is not None:
        d["BoardAlpha"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SubtitleBoardConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SubtitleBoardConfig:
        o = _e.as_model(o, SubtitleBoardConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_board_config_switch
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SubtitleBoardConfigSwitch", v)
        d["SubtitleBoardConfigSwitch"] = v
    v = o.board_x
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("BoardX", v)
        d["BoardX"] = v
    v = o.board_x_unit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("BoardXUnit", v)
        d["BoardXUnit"] = v
    v = o.board_y
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("BoardY", v)
        d["BoardY"] = v
    v = o.board_y_unit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("BoardYUnit", v)
        d["BoardYUnit"] = v
    v = o.board_width
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("BoardWidth", v)
        d["BoardWidth"] = v
    v = o.board_width_unit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("BoardWidthUnit", v)
        d["BoardWidthUnit"] = v
    v = o.board_height
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("BoardHeight", v)
        d["BoardHeight"] = v
    v = o.board_height_unit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("BoardHeightUnit", v)
        d["BoardHeightUnit"] = v
    v = o.board_color
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("BoardColor", v)
        d["BoardColor"] = v
    v = o.board_alpha
    if v is not None:
        d["BoardAlpha"] = _e.number("BoardAlpha", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
