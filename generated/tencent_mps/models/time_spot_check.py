# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TimeSpotCheck``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TimeSpotCheck:
    """Time-based spot-check settings of media quality control: how long each check runs, the pause
    between checks and how often to repeat.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "check_duration": "CheckDuration",
        "check_interval": "CheckInterval",
        "skip_duration": "SkipDuration",
        "circles_number": "CirclesNumber",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeSpotCheck:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "CheckDuration",
        "CheckInterval",
        "SkipDuration",
        "CirclesNumber",
    }
)


def _structure(data: Any) -> TimeSpotCheck:
    """Decode one ``TimeSpotCheck`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: TimeSpotCheck) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.check_duration
    if v is not None:
        d["CheckDuration"] = v
    v = o.check_interval
    if v is not None:
        d["CheckInterval"] = v
    v = o.skip_duration
    if v is not None:
        d["SkipDuration"] = v
    v = o.circles_number
    if v is not None:
        d["CirclesNumber"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``TimeSpotCheck`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not TimeSpotCheck:
        o = _e.as_model(o, TimeSpotCheck)
    d: dict[str, Any] = {}
    v: Any
    v = o.check_duration
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("CheckDuration", v)
        d["CheckDuration"] = v
    v = o.check_interval
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("CheckInterval", v)
        d["CheckInterval"] = v
    v = o.skip_duration
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SkipDuration", v)
        d["SkipDuration"] = v
    v = o.circles_number
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("CirclesNumber", v)
        d["CirclesNumber"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
