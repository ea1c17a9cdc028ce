# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamAiReviewResultItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamAiReviewResultItem:
    """One AI content review result of a live stream; Type tells which result set is filled.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "image_porn_result_set": "ImagePornResultSet",
        "image_terrorism_result_set": "ImageTerrorismResultSet",
        "image_political_result_set": "ImagePoliticalResultSet",
        "voice_porn_result_set": "VoicePornResultSet",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveStreamAiReviewResultItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "ImagePornResultSet",
        "ImageTerrorismResultSet",
        "ImagePoliticalResultSet",
        "VoicePornResultSet",
    }
)


def _structure(data: Any) -> LiveStreamAiReviewResultItem:
    """Decode one ``LiveStreamAiReviewResultItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("ImagePornResultSet", "an array", v)
        if v:
            f = _S["LiveStreamAiReviewImagePornResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ImagePornResultSet", v, f) from None
        else:
            v = []
    o.image_porn_result_set = v
    v = get("ImageTerrorismResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ImageTerrorismResultSet", "an array", v)
        if v:
            f = _S["LiveStreamAiReviewImageTerrorismResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ImageTerrorismResultSet", v, f) from None
        else:
            v = []
    o.image_terrorism_result_set = v
    v = get("ImagePoliticalResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ImagePoliticalResultSet", "an array", v)
        if v:
            f = _S["LiveStreamAiReviewImagePoliticalResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ImagePoliticalResultSet", v, f) from None
        else:
            v = []
    o.image_political_result_set = v
    v = get("VoicePornResultSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("VoicePornResultSet", "an array", v)
        if v:
            f = _S["LiveStreamAiReviewVoicePornResult"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("VoicePornResultSet", v, f) from None
        else:
            v = []
    o.voice_porn_result_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: LiveStreamAiReviewResultItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.image_porn_result_set
    if v is not None:
        d["ImagePornResultSet"] = [_d.wire(x) for x in v]
    v = o.image_terrorism_result_set
    if v is not None:
        d["ImageTerrorismResultSet"] = [_d.wire(x) for x in v]
    v = o.image_political_result_set
    if v is not None:
        d["ImagePoliticalResultSet"] = [_d.wire(x) for x in v]
    v = o.voice_porn_result_set
    if v is not None:
        d["VoicePornResultSet"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
