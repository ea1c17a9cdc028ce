# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateSubtitleEmbedTemplateRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateSubtitleEmbedTemplateRequest(Model):
    """Request of CreateSubtitleEmbedTemplate: name, comment and burn-in settings of the new
    subtitle embedding template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "comment": "Comment",
        "subtitle_embed_config": "SubtitleEmbedConfig",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "SubtitleEmbedConfig",
    )

    name: str | None = None
    """Template name, at most 64 characters.

    Required in requests.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description, at most 256 characters.

    Wire name: ``Comment``.
    """

    subtitle_embed_config: models.SubtitleEmbedConfig | None = None
    """Settings for burning subtitles into the video.

    Wire name: ``SubtitleEmbedConfig``.
    """


_KNOWN = frozenset(CreateSubtitleEmbedTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateSubtitleEmbedTemplateRequest:
    """Decode one ``CreateSubtitleEmbedTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateSubtitleEmbedTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
    v = get("SubtitleEmbedConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SubtitleEmbedConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitleEmbedConfig") from None
    o.subtitle_embed_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateSubtitleEmbedTemplateRequest, _structure)
