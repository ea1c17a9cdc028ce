# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``HLSConfigureInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class HLSConfigureInfo:
    """HLS settings of a live recording template: segment length, recording cycle and resume
    timeout.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "item_duration": "ItemDuration",
        "interval": "Interval",
        "continue_timeout": "ContinueTimeout",
    }
    """Attribute name -> wire name, for every field."""

    item_duration: int | None = None
    """Length of each TS segment in seconds, range 5-30. Defaults to 30 seconds. May be null if
    unavailable.

    Unit: s.

    Wire name: ``ItemDuration``.
    """

    interval: int | None = None
    """Recording cycle in seconds, from 10 minutes to 12 hours; upstream gives the default as
    10 minutes (3600 seconds). May be null if unavailable.

    Unit: s.

    Wire name: ``Interval``.
    """

    continue_timeout: int | None = None
    """How long to wait to resume recording after an interruption, in seconds, range 60-1800.
    Defaults to 0, meaning resuming is off. May be null if unavailable.

    Unit: s.

    Wire name: ``ContinueTimeout``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> HLSConfigureInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ItemDuration",
        "Interval",
        "ContinueTimeout",
    }
)


def _structure(data: Any) -> HLSConfigureInfo:
    """Decode one ``HLSConfigureInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(HLSConfigureInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ItemDuration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ItemDuration", "an integer", v)
    o.item_duration = v
    v = get("Interval")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Interval", "an integer", v)
    o.interval = v
    v = get("ContinueTimeout")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ContinueTimeout", "an integer", v)
    o.continue_timeout = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: HLSConfigureInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.item_duration
    if v is not None:
        d["ItemDuration"] = v
    v = o.interval
    if v is not None:
        d["Interval"] = v
    v = o.continue_timeout
    if v is not None:
        d["ContinueTimeout"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``HLSConfigureInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not HLSConfigureInfo:
        o = _e.as_model(o, HLSConfigureInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.item_duration
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("ItemDuration", v)
        d["ItemDuration"] = v
    v = o.interval
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Interval", v)
        d["Interval"] = v
    v = o.continue_timeout
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("ContinueTimeout", v)
        d["ContinueTimeout"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
