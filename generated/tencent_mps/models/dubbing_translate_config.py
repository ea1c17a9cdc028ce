# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DubbingTranslateConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DubbingTranslateConfig(Model):
    """Translation settings of an AI dubbing task, giving the source and target languages and
    whether the translation is shortened.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_src_language": "VideoSrcLanguage",
        "translate_dst_language": "TranslateDstLanguage",
        "simplify_translation": "SimplifyTranslation",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
    )

    video_src_language: str | None = None
    """Spoken language of the source video, such as zh.

    Required in requests.

    Wire name: ``VideoSrcLanguage``.
    """

    translate_dst_language: str | None = None
    """Target language of the translation, such as en.

    Required in requests.

    Wire name: ``TranslateDstLanguage``.
    """

    simplify_translation: str | None = None
    """Whether the translated text is smartly shortened. Defaults to OFF.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: shorten the translation smartly
    ``OFF``: keep the full translation (default)

    Wire name: ``SimplifyTranslation``.
    """


_KNOWN = frozenset(DubbingTranslateConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DubbingTranslateConfig:
    """Decode one ``DubbingTranslateConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DubbingTranslateConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoSrcLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoSrcLanguage", "a string", v)
    o.video_src_language = v
    v = get("TranslateDstLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TranslateDstLanguage", "a string", v)
    o.translate_dst_language = v
    v = get("SimplifyTranslation")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SimplifyTranslation", "a string", v)
    o.simplify_translation = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DubbingTranslateConfig, _structure)
