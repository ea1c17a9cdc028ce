# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcVideoReferenceAudioInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcVideoReferenceAudioInfo(Model):
    """A reference audio clip supplied to AIGC video generation."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "audio_url": "AudioUrl",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str",)

    audio_url: str | None = None
    """URL of the reference audio; it must be reachable from the public internet.

    Wire name: ``AudioUrl``.
    """


_KNOWN = frozenset(AigcVideoReferenceAudioInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AigcVideoReferenceAudioInfo:
    """Decode one ``AigcVideoReferenceAudioInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AigcVideoReferenceAudioInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AudioUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioUrl", "a string", v)
    o.audio_url = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AigcVideoReferenceAudioInfo, _structure)
