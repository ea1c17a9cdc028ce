# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcVideoReferenceSubjectInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcVideoReferenceSubjectInfo(Model):
    """A reference subject for AIGC video generation. For Vidu, Id is the server_id from subject
    creation and Name is the subject ID later referred to as @ID; for Kling, Id is the
    element_id from subject creation.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "voice_id": "VoiceId",
        "image_urls": "ImageUrls",
        "video_urls": "VideoUrls",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "[str",
        "[str",
    )

    id: str | None = None
    """Identifier of the reference subject, as returned by subject creation.

    Wire name: ``Id``.
    """

    name: str | None = None
    """Name given to the subject; for Vidu it is the subject ID later referenced with @.

    Wire name: ``Name``.
    """

    voice_id: str | None = None
    """Identifier of the voice (timbre) of the subject.

    Wire name: ``VoiceId``.
    """

    image_urls: list[str] | None = None
    """URLs of images showing the subject.

    Wire name: ``ImageUrls``.
    """

    video_urls: list[str] | None = None
    """URLs of videos showing the subject.

    Wire name: ``VideoUrls``.
    """


_KNOWN = frozenset(AigcVideoReferenceSubjectInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AigcVideoReferenceSubjectInfo:
    """Decode one ``AigcVideoReferenceSubjectInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AigcVideoReferenceSubjectInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
    v = get("ImageUrls")
    if v is not None:
        n += 1
        v = _d.str_list("ImageUrls", v)
    o.image_urls = v
    v = get("VideoUrls")
    if v is not None:
        n += 1
        v = _d.str_list("VideoUrls", v)
    o.video_urls = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AigcVideoReferenceSubjectInfo, _structure)
