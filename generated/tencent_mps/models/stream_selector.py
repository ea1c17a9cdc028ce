# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``StreamSelector`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class StreamSelector(Model):
    """Chooses which audio and video tracks of a stream are sent to an output, either by PID or by
    track index.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "selector_type": "SelectorType",
        "pid_selector": "PidSelector",
        "track_selector": "TrackSelector",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "PidSelector",
        "TrackSelector",
    )

    selector_type: str | None = None
    """How tracks are selected: PID or TRACK.

    Wire name: ``SelectorType``.
    """

    pid_selector: models.PidSelector | None = None
    """Track selection by PID; used when SelectorType is PID.

    Wire name: ``PidSelector``.
    """

    track_selector: models.TrackSelector | None = None
    """Track selection by track index; used when SelectorType is TRACK.

    Wire name: ``TrackSelector``.
    """


_KNOWN = frozenset(StreamSelector.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> StreamSelector:
    """Decode one ``StreamSelector`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(StreamSelector)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SelectorType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SelectorType", "a string", v)
    o.selector_type = v
    v = get("PidSelector")
    if v is not None:
        n += 1
        try:
            v = _S["PidSelector"](v)
        except DecodeError as e:
            raise e.with_prefix("PidSelector") from None
    o.pid_selector = v
    v = get("TrackSelector")
    if v is not None:
        n += 1
        try:
            v = _S["TrackSelector"](v)
        except DecodeError as e:
            raise e.with_prefix("TrackSelector") from None
    o.track_selector = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(StreamSelector, _structure)
