# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeVideoStream``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeVideoStream:
    """Video stream settings of the output of a video composition task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "codec": "Codec",
        "fps": "Fps",
        "bitrate": "Bitrate",
    }
    """Attribute name -> wire name, for every field."""

    codec: str | None = None
    """Video codec; currently only H.264 (default).

    Known values (:class:`tencent_mps.enums.ComposeVideoStreamCodec`); others may appear:
    ``H.264``: h.264 encoding (default)

    Wire name: ``Codec``.
    """

    fps: int | None = None
    """Frame rate in Hz, range [0, 60]. Defaults to 0, meaning the frame rate of the first
    video.

    Unit: Hz.

    Wire name: ``Fps``.
    """

    bitrate: int | None = None
    """Target video bitrate in kbps, range 50-35000. When unset, the service chooses a bitrate
    from the picture complexity.

    Unit: kbps.

    Wire name: ``Bitrate``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeVideoStream:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Codec",
        "Fps",
        "Bitrate",
    }
)


def _structure(data: Any) -> ComposeVideoStream:
    """Decode one ``ComposeVideoStream`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeVideoStream)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Codec")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Codec", "a string", v)
    o.codec = v
    v = get("Fps")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Fps", "an integer", v)
    o.fps = v
    v = get("Bitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Bitrate", "an integer", v)
    o.bitrate = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ComposeVideoStream) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.codec
    if v is not None:
        d["Codec"] = v
    v = o.fps
    if v is not None:
        d["Fps"] = v
    v = o.bitrate
    if v is not None:
        d["Bitrate"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeVideoStream`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeVideoStream:
        o = _e.as_model(o, ComposeVideoStream)
    d: dict[str, Any] = {}
    v: Any
    v = o.codec
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Codec", v)
        d["Codec"] = v
    v = o.fps
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Fps", v)
        d["Fps"] = v
    v = o.bitrate
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Bitrate", v)
        d["Bitrate"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
