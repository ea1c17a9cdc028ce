# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcVideoReferenceVideoInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcVideoReferenceVideoInfo(Model):
    """A reference video for AIGC video generation, used either as a feature reference or as the
    video to edit.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_url": "VideoUrl",
        "refer_type": "ReferType",
        "keep_original_sound": "KeepOriginalSound",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
    )

    video_url: str | None = None
    """URL of the reference video, reachable from the public internet. It is the video to edit
    by default, or a feature reference depending on ReferType; when it is the video to edit,
    first and last frames cannot be specified.

    Wire name: ``VideoUrl``.
    """

    refer_type: str | None = None
    """Role of the reference video: feature for a feature reference, base for the video to
    edit.

    Wire name: ``ReferType``.
    """

    keep_original_sound: str | None = None
    """Whether to keep the original sound of the video: yes keeps it, no drops it. Also applies
    to feature reference videos.

    Wire name: ``KeepOriginalSound``.
    """


_KNOWN = frozenset(AigcVideoReferenceVideoInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AigcVideoReferenceVideoInfo:
    """Decode one ``AigcVideoReferenceVideoInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AigcVideoReferenceVideoInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoUrl", "a string", v)
    o.video_url = v
    v = get("ReferType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ReferType", "a string", v)
    o.refer_type = v
    v = get("KeepOriginalSound")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("KeepOriginalSound", "a string", v)
    o.keep_original_sound = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AigcVideoReferenceVideoInfo, _structure)
