# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TimeSpotCheck`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TimeSpotCheck(Model):
    """Time-based spot-check settings of media quality control: how long each check runs, the pause
    between checks and how often to repeat.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "check_duration": "CheckDuration",
        "check_interval": "CheckInterval",
        "skip_duration": "SkipDuration",
        "circles_number": "CirclesNumber",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "int",
    )

    check_duration: int | None = None
    """Length of each check cycle, in seconds, from 10 to 86400.

    Wire name: ``CheckDuration``.
    """

    check_interval: int | None = None
    """Wait after one check ends before the next begins, in seconds, from 10 to 3600.

    Wire name: ``CheckInterval``.
    """

    skip_duration: int | None = None
    """Length of the opening to skip before checking, in seconds, from 1 to 1800.

    Wire name: ``SkipDuration``.
    """

    circles_number: int | None = None
    """Number of check cycles, from 0 to 1000; 0 or empty means repeat until the video ends.

    Wire name: ``CirclesNumber``.
    """


_KNOWN = frozenset(TimeSpotCheck.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TimeSpotCheck:
    """Decode one ``TimeSpotCheck`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TimeSpotCheck)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("CheckDuration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("CheckDuration", "an integer", v)
    o.check_duration = v
    v = get("CheckInterval")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("CheckInterval", "an integer", v)
    o.check_interval = v
    v = get("SkipDuration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SkipDuration", "an integer", v)
    o.skip_duration = v
    v = get("CirclesNumber")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("CirclesNumber", "an integer", v)
    o.circles_number = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TimeSpotCheck, _structure)
