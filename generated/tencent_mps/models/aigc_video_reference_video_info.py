# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcVideoReferenceVideoInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcVideoReferenceVideoInfo:
    """A reference video for AIGC video generation, used either as a feature reference or as the
    video to edit.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_url": "VideoUrl",
        "refer_type": "ReferType",
        "keep_original_sound": "KeepOriginalSound",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AigcVideoReferenceVideoInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "VideoUrl",
        "ReferType",
        "KeepOriginalSound",
    }
)


def _structure(data: Any) -> AigcVideoReferenceVideoInfo:
    """Decode one ``AigcVideoReferenceVideoInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: AigcVideoReferenceVideoInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.video_url
    if v is not None:
        d["VideoUrl"] = v
    v = o.refer_type
    if v is not None:
        d["ReferType"] = v
    v = o.keep_original_sound
    if v is not None:
        d["KeepOriginalSound"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AigcVideoReferenceVideoInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AigcVideoReferenceVideoInfo:
        o = _e.as_model(o, AigcVideoReferenceVideoInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.video_url
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("VideoUrl", v)
        d["VideoUrl"] = v
    v = o.refer_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ReferType", v)
        d["ReferType"] = v
    v = o.keep_original_sound
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("KeepOriginalSound", v)
        d["KeepOriginalSound"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
