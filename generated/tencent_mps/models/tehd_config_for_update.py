# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TEHDConfigForUpdate``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TEHDConfigForUpdate:
    """Top Speed Codec (TSC) settings used when modifying a transcoding template; unset fields are
    left unchanged.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "max_video_bitrate": "MaxVideoBitrate",
    }
    """Attribute name -> wire name, for every field."""

    type: str | None = None
    """Top Speed Codec type; leaving it empty means no change. May be null.

    Known values (:class:`tencent_mps.enums.TEHDConfigType`); others may appear:
    ``TEHD-100``: Top Speed Codec 100, for video
    ``TEHD-200``: Top Speed Codec 200, for audio

    Wire name: ``Type``.
    """

    max_video_bitrate: int | None = None
    """Upper limit of the video bitrate; leaving it empty means no change. May be null.

    Wire name: ``MaxVideoBitrate``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TEHDConfigForUpdate:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "MaxVideoBitrate",
    }
)


def _structure(data: Any) -> TEHDConfigForUpdate:
    """Decode one ``TEHDConfigForUpdate`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TEHDConfigForUpdate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("MaxVideoBitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MaxVideoBitrate", "an integer", v)
    o.max_video_bitrate = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: TEHDConfigForUpdate) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.max_video_bitrate
    if v is not None:
        d["MaxVideoBitrate"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``TEHDConfigForUpdate`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not TEHDConfigForUpdate:
        o = _e.as_model(o, TEHDConfigForUpdate)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    v = o.max_video_bitrate
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("MaxVideoBitrate", v)
        d["MaxVideoBitrate"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
