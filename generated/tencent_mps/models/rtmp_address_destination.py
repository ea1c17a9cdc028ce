# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RTMPAddressDestination``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class RTMPAddressDestination:
    """Destination address for relaying a StreamLink output over RTMP.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "url": "Url",
        "stream_key": "StreamKey",
    }
    """Attribute name -> wire name, for every field."""

    url: str | None = None
    """Target RTMP URL, in a form like rtmp://domain/live.

    Wire name: ``Url``.
    """

    stream_key: str | None = None
    """Target RTMP stream key, in a form like streamid?key=value.

    Wire name: ``StreamKey``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RTMPAddressDestination:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Url",
        "StreamKey",
    }
)


def _structure(data: Any) -> RTMPAddressDestination:
    """Decode one ``RTMPAddressDestination`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RTMPAddressDestination)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    v = get("StreamKey")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StreamKey", "a string", v)
    o.stream_key = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: RTMPAddressDestination) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.url
    if v is not None:
        d["Url"] = v
    v = o.stream_key
    if v is not None:
        d["StreamKey"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
