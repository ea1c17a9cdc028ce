# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``PidSelector`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class PidSelector(Model):
    """Selects the audio and video tracks to use, by PID, from a stream that carries several of
    them.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "audio_pid": "AudioPID",
        "video_pid": "VideoPID",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[int",
        "[int",
    )

    audio_pid: list[int] | None = None
    """PIDs of the audio tracks to use from a multi-track stream; each a positive integer from
    1 to 8191. May be null if unavailable.

    Wire name: ``AudioPID``.
    """

    video_pid: list[int] | None = None
    """PIDs of the video tracks to use from a multi-track stream; each a positive integer from
    1 to 8191. May be null if unavailable.

    Wire name: ``VideoPID``.
    """


_KNOWN = frozenset(PidSelector.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> PidSelector:
    """Decode one ``PidSelector`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(PidSelector)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AudioPID")
    if v is not None:
        n += 1
        v = _d.int_list("AudioPID", v)
    o.audio_pid = v
    v = get("VideoPID")
    if v is not None:
        n += 1
        v = _d.int_list("VideoPID", v)
    o.video_pid = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(PidSelector, _structure)
