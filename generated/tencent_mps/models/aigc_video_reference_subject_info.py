# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcVideoReferenceSubjectInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcVideoReferenceSubjectInfo:
    """A reference subject for AIGC video generation. For Vidu, Id is the server_id from subject
    creation and Name is the subject ID later referred to as @ID; for Kling, Id is the
    element_id from subject creation.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "name": "Name",
        "voice_id": "VoiceId",
        "image_urls": "ImageUrls",
        "video_urls": "VideoUrls",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AigcVideoReferenceSubjectInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Id",
        "Name",
        "VoiceId",
        "ImageUrls",
        "VideoUrls",
    }
)


def _structure(data: Any) -> AigcVideoReferenceSubjectInfo:
    """Decode one ``AigcVideoReferenceSubjectInfo`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("ImageUrls", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("ImageUrls", v, "a string", _d.is_str)
    o.image_urls = v
    v = get("VideoUrls")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("VideoUrls", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("VideoUrls", v, "a string", _d.is_str)
    o.video_urls = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AigcVideoReferenceSubjectInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.voice_id
    if v is not None:
        d["VoiceId"] = v
    v = o.image_urls
    if v is not None:
        d["ImageUrls"] = list(v)
    v = o.video_urls
    if v is not None:
        d["VideoUrls"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AigcVideoReferenceSubjectInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AigcVideoReferenceSubjectInfo:
        o = _e.as_model(o, AigcVideoReferenceSubjectInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Id", v)
        d["Id"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.voice_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("VoiceId", v)
        d["VoiceId"] = v
    v = o.image_urls
    if v is not None:
        d["ImageUrls"] = _e.strs("ImageUrls", v)
    v = o.video_urls
    if v is not None:
        d["VideoUrls"] = _e.strs("VideoUrls", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
