# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubtitleTransResultItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SubtitleTransResultItem(Model):
    """Result of translating subtitles into one target language, with the output file paths."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "trans_src": "TransSrc",
        "trans_dst": "TransDst",
        "path": "Path",
        "subtitle_embed_path": "SubtitleEmbedPath",
        "subtitle_file_id": "SubtitleFileId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
    )

    status: str | None = None
    """Outcome of the translation.

    Known values (:class:`tencent_mps.enums.SubtitleTransResultItemStatus`); others may appear:
    ``Success``: Translation succeeded
    ``Error``: Translation failed

    Wire name: ``Status``.
    """

    trans_src: str | None = None
    """Source language code, e.g. en.

    Wire name: ``TransSrc``.
    """

    trans_dst: str | None = None
    """Target language code, e.g. zh.

    Wire name: ``TransDst``.
    """

    path: str | None = None
    """Path of the translated subtitle file.

    Wire name: ``Path``.
    """

    subtitle_embed_path: str | None = None
    """Storage path of the video with the translated subtitles burned in.

    Wire name: ``SubtitleEmbedPath``.
    """

    subtitle_file_id: str | None = None
    """FileId of the subtitle file.

    Wire name: ``SubtitleFileId``.
    """


_KNOWN = frozenset(SubtitleTransResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SubtitleTransResultItem:
    """Decode one ``SubtitleTransResultItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SubtitleTransResultItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("TransSrc")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TransSrc", "a string", v)
    o.trans_src = v
    v = get("TransDst")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TransDst", "a string", v)
    o.trans_dst = v
    v = get("Path")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Path", "a string", v)
    o.path = v
    v = get("SubtitleEmbedPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleEmbedPath", "a string", v)
    o.subtitle_embed_path = v
    v = get("SubtitleFileId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleFileId", "a string", v)
    o.subtitle_file_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SubtitleTransResultItem, _structure)
