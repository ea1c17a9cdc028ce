# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiReviewResultItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamAiReviewResultItem(Model):
    """One AI content review result of a live stream; Type tells which result set is filled."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "image_porn_result_set": "ImagePornResultSet",
        "image_terrorism_result_set": "ImageTerrorismResultSet",
        "image_political_result_set": "ImagePoliticalResultSet",
        "voice_porn_result_set": "VoicePornResultSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[LiveStreamAiReviewImagePornResult",
        "[LiveStreamAiReviewImageTerrorismResult",
        "[LiveStreamAiReviewImagePoliticalResult",
        "[LiveStreamAiReviewVoicePornResult",
    )

    type: str | None = None
    """Kind of review result, which decides which result set is valid.

    Known values (:class:`tencent_mps.enums.LiveStreamAiReviewResultItemType`); others may appear:
    ``ImagePorn``: porn detection in images
    ``ImageTerrorism``: sensitive content detection in images
    ``ImagePolitical``: sensitive people and logos in images
    ``VoicePorn``: prohibited content in audio

    Wire name: ``Type``.
    """

    image_porn_result_set: list[models.LiveStreamAiReviewImagePornResult] | None = None
    """Image porn detection results; valid when Type is ImagePorn.

    Wire name: ``ImagePornResultSet``.
    """

    image_terrorism_result_set: list[models.LiveStreamAiReviewImageTerrorismResult] | None = None
    """Image sensitive content results; valid when Type is ImageTerrorism.

    Wire name: ``ImageTerrorismResultSet``.
    """

    image_political_result_set: list[models.LiveStreamAiReviewImagePoliticalResult] | None = None
    """Image sensitive people and logo results; valid when Type is ImagePolitical.

    Wire name: ``ImagePoliticalResultSet``.
    """

    voice_porn_result_set: list[models.LiveStreamAiReviewVoicePornResult] | None = None
    """Audio violation results; valid when Type is VoicePorn.

    Wire name: ``VoicePornResultSet``.
    """


_KNOWN = frozenset(LiveStreamAiReviewResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamAiReviewResultItem:
    """Decode one ``LiveStreamAiReviewResultItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamAiReviewResultItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("ImagePornResultSet")
    if v is not None:
        n += 1
        v = _d.objects("ImagePornResultSet", v, _S["LiveStreamAiReviewImagePornResult"])
    o.image_porn_result_set = v
    v = get("ImageTerrorismResultSet")
    if v is not None:
        n += 1
        v = _d.objects("ImageTerrorismResultSet", v, _S["LiveStreamAiReviewImageTerrorismResult"])
    o.image_terrorism_result_set = v
    v = get("ImagePoliticalResultSet")
    if v is not None:
        n += 1
        v = _d.objects("ImagePoliticalResultSet", v, _S["LiveStreamAiReviewImagePoliticalResult"])
    o.image_political_result_set = v
    v = get("VoicePornResultSet")
    if v is not None:
        n += 1
        v = _d.objects("VoicePornResultSet", v, _S["LiveStreamAiReviewVoicePornResult"])
    o.voice_porn_result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamAiReviewResultItem, _structure)
