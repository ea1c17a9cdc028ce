# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FlowAudio``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FlowAudio:
    """Audio statistics of one audio track in a StreamLink flow.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "fps": "Fps",
        "rate": "Rate",
        "pid": "Pid",
    }
    """Attribute name -> wire name, for every field."""

    fps: int | None = None
    """Frame rate of the audio track.

    Wire name: ``Fps``.
    """

    rate: int | None = None
    """Bitrate of the audio track, in bps.

    Unit: bps.

    Wire name: ``Rate``.
    """

    pid: int | None = None
    """PID of the audio track in the stream.

    Wire name: ``Pid``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlowAudio:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Fps",
        "Rate",
        "Pid",
    }
)


def _structure(data: Any) -> FlowAudio:
    """Decode one ``FlowAudio`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FlowAudio)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Fps")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Fps", "an integer", v)
    o.fps = v
    v = get("Rate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Rate", "an integer", v)
    o.rate = v
    v = get("Pid")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Pid", "an integer", v)
    o.pid = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: FlowAudio) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.fps
    if v is not None:
        d["Fps"] = v
    v = o.rate
    if v is not None:
        d["Rate"] = v
    v = o.pid
    if v is not None:
        d["Pid"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
