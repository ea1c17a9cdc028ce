# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AsrFullTextConfigureInfoForUpdate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AsrFullTextConfigureInfoForUpdate(Model):
    """Changes to the full-text speech recognition settings when modifying a recognition template;
    omitted fields keep their values.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "subtitle_format": "SubtitleFormat",
        "source_language": "SourceLanguage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
    )

    switch: str | None = None
    """New on/off state of the full-text speech recognition task.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable full-text speech recognition
    ``OFF``: disable full-text speech recognition

    Wire name: ``Switch``.
    """

    subtitle_format: str | None = None
    """New subtitle file format; an empty string means no subtitle file is generated.

    Known values (:class:`tencent_mps.enums.AsrFullTextConfigureInfoSubtitleFormat`); others may appear:
    ``vtt``: generate a WebVTT subtitle file

    Wire name: ``SubtitleFormat``.
    """

    source_language: str | None = None
    """New spoken language of the source video, for example zh.

    Wire name: ``SourceLanguage``.
    """


_KNOWN = frozenset(AsrFullTextConfigureInfoForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AsrFullTextConfigureInfoForUpdate:
    """Decode one ``AsrFullTextConfigureInfoForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AsrFullTextConfigureInfoForUpdate)
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


bind(AsrFullTextConfigureInfoForUpdate, _structure)
