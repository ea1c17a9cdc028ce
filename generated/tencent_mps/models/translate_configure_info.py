# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TranslateConfigureInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TranslateConfigureInfo(Model):
    """Settings of the speech translation task in a recognition template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "source_language": "SourceLanguage",
        "destination_language": "DestinationLanguage",
        "subtitle_format": "SubtitleFormat",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
        "str",
    )

    switch: str | None = None
    """Turns the speech translation task on or off.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable speech translation
    ``OFF``: disable speech translation

    Required in requests.

    Wire name: ``Switch``.
    """

    source_language: str | None = None
    """Spoken language of the source video, for example zh.

    Wire name: ``SourceLanguage``.
    """

    destination_language: str | None = None
    """Language to translate the speech into, for example en.

    Wire name: ``DestinationLanguage``.
    """

    subtitle_format: str | None = None
    """Format of the subtitle file to generate; an empty string means no subtitle file. May be
    null if unavailable.

    Known values (:class:`tencent_mps.enums.AsrFullTextConfigureInfoSubtitleFormat`); others may appear:
    ``vtt``: generate a WebVTT subtitle file

    Wire name: ``SubtitleFormat``.
    """


_KNOWN = frozenset(TranslateConfigureInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TranslateConfigureInfo:
    """Decode one ``TranslateConfigureInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TranslateConfigureInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("SourceLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceLanguage", "a string", v)
    o.source_language = v
    v = get("DestinationLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DestinationLanguage", "a string", v)
    o.destination_language = v
    v = get("SubtitleFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleFormat", "a string", v)
    o.subtitle_format = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TranslateConfigureInfo, _structure)
