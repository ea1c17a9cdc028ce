# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcAudioReferenceVideoInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcAudioReferenceVideoInfo(Model):
    """A reference video supplied to an AIGC audio generation task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_url": "VideoUrl",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str",)

    video_url: str | None = None
    """URL of the reference video; it must be reachable from the public internet.

    Wire name: ``VideoUrl``.
    """


_KNOWN = frozenset(AigcAudioReferenceVideoInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AigcAudioReferenceVideoInfo:
    """Decode one ``AigcAudioReferenceVideoInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AigcAudioReferenceVideoInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoUrl", "a string", v)
    o.video_url = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AigcAudioReferenceVideoInfo, _structure)
