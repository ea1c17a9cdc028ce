# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``StreamSelector``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class StreamSelector:
    """Chooses which audio and video tracks of a stream are sent to an output, either by PID or by
    track index.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "selector_type": "SelectorType",
        "pid_selector": "PidSelector",
        "track_selector": "TrackSelector",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StreamSelector:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SelectorType",
        "PidSelector",
        "TrackSelector",
    }
)


def _structure(data: Any) -> StreamSelector:
    """Decode one ``StreamSelector`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: StreamSelector) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.selector_type
    if v is not None:
        d["SelectorType"] = v
    v = o.pid_selector
    if v is not None:
        d["PidSelector"] = _d.wire(v)
    v = o.track_selector
    if v is not None:
        d["TrackSelector"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``StreamSelector`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not StreamSelector:
        o = _e.as_model(o, StreamSelector)
    d: dict[str, Any] = {}
    v: Any
    v = o.selector_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SelectorType", v)
        d["SelectorType"] = v
    v = o.pid_selector
    if v is not None:
        try:
            d["PidSelector"] = _R["PidSelector"](v)
        except ValidationError as e:
            raise e.with_prefix("PidSelector") from None
    v = o.track_selector
    if v is not None:
        try:
            d["TrackSelector"] = _R["TrackSelector"](v)
        except ValidationError as e:
            raise e.with_prefix("TrackSelector") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
