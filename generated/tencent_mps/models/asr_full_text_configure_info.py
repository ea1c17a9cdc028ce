# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AsrFullTextConfigureInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AsrFullTextConfigureInfo(Model):
    """Settings of the full-text speech recognition task in a recognition template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "subtitle_format": "SubtitleFormat",
        "source_language": "SourceLanguage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
    )

    switch: str | None = None
    """Turns the full-text speech recognition task on or off.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable full-text speech recognition
    ``OFF``: disable full-text speech recognition

    Required in requests.

    Wire name: ``Switch``.
    """

    subtitle_format: str | None = None
    """Format of the subtitle file to generate; leave empty or unset to generate no subtitle
    file.

    Known values (:class:`tencent_mps.enums.AsrFullTextConfigureInfoSubtitleFormat`); others may appear:
    ``vtt``: generate a WebVTT subtitle file

    Wire name: ``SubtitleFormat``.
    """

    source_language: str | None = None
    """Spoken language of the source video, for example zh.

    Wire name: ``SourceLanguage``.
    """


_KNOWN = frozenset(AsrFullTextConfigureInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AsrFullTextConfigureInfo:
    """Decode one ``AsrFullTextConfigureInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AsrFullTextConfigureInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("SubtitleFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleFormat", "a string", v)
    o.subtitle_format = v
    v = get("SourceLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceLanguage", "a string", v)
    o.source_language = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AsrFullTextConfigureInfo, _structure)
