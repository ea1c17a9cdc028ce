# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SegmentSpecificInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SegmentSpecificInfo(Model):
    """Settings that use a custom, usually shorter, segment duration for the first segments of an
    HLS/DASH output to speed up playback start.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "fragment_time": "FragmentTime",
        "fragment_end_num": "FragmentEndNum",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
    )

    switch: str | None = None
    """Whether the start-up segment duration is enabled. Default off. May be null.

    Known values (:class:`tencent_mps.enums.SegmentSpecificInfoSwitch`); others may appear:
    ``on``: Enabled
    ``off``: Disabled

    Wire name: ``Switch``.
    """

    fragment_time: int | None = None
    """Duration of the start-up segments, in seconds. May be null.

    Unit: s.

    Wire name: ``FragmentTime``.
    """

    fragment_end_num: int | None = None
    """Number of leading segments cut with FragmentTime; must be at least 1. May be null.

    Wire name: ``FragmentEndNum``.
    """


_KNOWN = frozenset(SegmentSpecificInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SegmentSpecificInfo:
    """Decode one ``SegmentSpecificInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SegmentSpecificInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("FragmentTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FragmentTime", "an integer", v)
    o.fragment_time = v
    v = get("FragmentEndNum")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FragmentEndNum", "an integer", v)
    o.fragment_end_num = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SegmentSpecificInfo, _structure)
