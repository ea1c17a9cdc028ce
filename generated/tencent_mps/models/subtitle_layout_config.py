# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleLayoutConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SubtitleLayoutConfig:
    """Line layout settings for burned-in subtitles: line spacing and alignment.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_layout_config_switch": "SubtitleLayoutConfigSwitch",
        "line_spacing": "LineSpacing",
        "line_spacing_unit": "LineSpacingUnit",
        "alignment": "Alignment",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SubtitleLayoutConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SubtitleLayoutConfigSwitch",
        "LineSpacing",
        "LineSpacingUnit",
        "Alignment",
    }
)


def _structure(data: Any) -> SubtitleLayoutConfig:
    """Decode one ``SubtitleLayoutConfig`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: SubtitleLayoutConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_layout_config_switch
    if v is not None:
        d["SubtitleLayoutConfigSwitch"] = v
    v = o.line_spacing
    if v is not None:
        d["LineSpacing"] = v
    v = o.line_spacing_unit
    if v is not None:
        d["LineSpacingUnit"] = v
    v = o.alignment
    if v is not None:
        d["Alignment"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SubtitleLayoutConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SubtitleLayoutConfig:
        o = _e.as_model(o, SubtitleLayoutConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.subtitle_layout_config_switch
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SubtitleLayoutConfigSwitch", v)
        d["SubtitleLayoutConfigSwitch"] = v
    v = o.line_spacing
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("LineSpacing", v)
        d["LineSpacing"] = v
    v = o.line_spacing_unit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("LineSpacingUnit", v)
        d["LineSpacingUnit"] = v
    v = o.alignment
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Alignment", v)
        d["Alignment"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
