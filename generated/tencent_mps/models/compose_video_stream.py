# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeVideoStream`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeVideoStream(Model):
    """Video stream settings of the output of a video composition task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "codec": "Codec",
        "fps": "Fps",
        "bitrate": "Bitrate",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
    )

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


_KNOWN = frozenset(ComposeVideoStream.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeVideoStream:
    """Decode one ``ComposeVideoStream`` wire object: the straight-line decoder of this model."""
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


bind(ComposeVideoStream, _structure)
