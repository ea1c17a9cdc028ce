# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TextTranslationRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TextTranslationRequest(Model):
    """Request of TextTranslation: the text to translate with its source and target languages."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_text": "SourceText",
        "source": "Source",
        "target": "Target",
        "user_ext_para": "UserExtPara",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str!",
        "str",
    )

    source_text: str | None = None
    """Text to translate, UTF-8 encoded and shorter than 2000 characters per request. Non-UTF-8
    characters fail, and unusual content such as HTML markup may fail.

    Required in requests.

    Wire name: ``SourceText``.
    """

    source: str | None = None
    """Source language code, for example zh, en or zh-TW; auto detects a single language
    automatically. Required.

    Required in requests.

    Wire name: ``Source``.
    """

    target: str | None = None
    """Target language code, for example en, zh or zh-TW. Required.

    Required in requests.

    Wire name: ``Target``.
    """

    user_ext_para: str | None = None
    """User extension parameters.

    Wire name: ``UserExtPara``.
    """


_KNOWN = frozenset(TextTranslationRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TextTranslationRequest:
    """Decode one ``TextTranslationRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TextTranslationRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SourceText")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceText", "a string", v)
    o.source_text = v
    v = get("Source")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Source", "a string", v)
    o.source = v
    v = get("Target")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Target", "a string", v)
    o.target = v
    v = get("UserExtPara")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UserExtPara", "a string", v)
    o.user_ext_para = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TextTranslationRequest, _structure)
