# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DashManifestInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DashManifestInfo:
    """Manifest settings used when the package type is DASH.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "windows": "Windows",
        "min_buffer_time": "MinBufferTime",
        "min_update_period": "MinUpdatePeriod",
        "suggested_presentation_delay": "SuggestedPresentationDelay",
    }
    """Attribute name -> wire name, for every field."""

    windows: int | None = None
    """Total duration covered by each manifest, in seconds. Range [30, 3600], default 60.

    Wire name: ``Windows``.
    """

    min_buffer_time: int | None = None
    """Minimum amount of content the player keeps in its buffer, in seconds. Range [2, 60],
    default 30.

    Wire name: ``MinBufferTime``.
    """

    min_update_period: int | None = None
    """Minimum time the player waits before requesting a manifest update, in seconds. Range [2,
    60], default 2.

    Wire name: ``MinUpdatePeriod``.
    """

    suggested_presentation_delay: int | None = None
    """How far behind the live edge the player starts playback, in seconds. Range [2, 60],
    default 10.

    Wire name: ``SuggestedPresentationDelay``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DashManifestInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Windows",
        "MinBufferTime",
        "MinUpdatePeriod",
        "SuggestedPresentationDelay",
    }
)


def _structure(data: Any) -> DashManifestInfo:
    """Decode one ``DashManifestInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DashManifestInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Windows")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Windows", "an integer", v)
    o.windows = v
    v = get("MinBufferTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MinBufferTime", "an integer", v)
    o.min_buffer_time = v
    v = get("MinUpdatePeriod")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MinUpdatePeriod", "an integer", v)
    o.min_update_period = v
    v = get("SuggestedPresentationDelay")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SuggestedPresentationDelay", "an integer", v)
    o.suggested_presentation_delay = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DashManifestInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.windows
    if v is not None:
        d["Windows"] = v
    v = o.min_buffer_time
    if v is not None:
        d["MinBufferTime"] = v
    v = o.min_update_period
    if v is not None:
        d["MinUpdatePeriod"] = v
    v = o.suggested_presentation_delay
    if v is not None:
        d["SuggestedPresentationDelay"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DashManifestInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DashManifestInfo:
        o = _e.as_model(o, DashManifestInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.windows
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Windows", v)
        d["Windows"] = v
    v = o.min_buffer_time
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("MinBufferTime", v)
        d["MinBufferTime"] = v
    v = o.min_update_period
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("MinUpdatePeriod", v)
        d["MinUpdatePeriod"] = v
    v = o.suggested_presentation_delay
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SuggestedPresentationDelay", v)
        d["SuggestedPresentationDelay"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
