# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AddOnSubtitle`` (sent in requests)."""

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
class AddOnSubtitle(Model):
    """An external subtitle file to insert into the output, with its insertion mode, name, language
    and format.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "subtitle": "Subtitle",
        "subtitle_name": "SubtitleName",
        "subtitle_language": "SubtitleLanguage",
        "output_format": "OutputFormat",
        "default_track": "DefaultTrack",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "MediaInputInfo",
        "str",
        "str",
        "str",
        "bool",
    )

    type: str | None = None
    """How the subtitle is inserted. May be null.

    Known values (:class:`tencent_mps.enums.AddOnSubtitleType`); others may appear:
    ``subtitle-stream``: Insert as a subtitle track
    ``close-caption-708``: Encode as CEA-708 captions in SEI frames
    ``close-caption-608``: Encode as CEA-608 captions in SEI frames

    Wire name: ``Type``.
    """

    subtitle: models.MediaInputInfo | None = None
    """The subtitle file to insert. May be null.

    Wire name: ``Subtitle``.
    """

    subtitle_name: str | None = None
    """Display name of the subtitle, up to 64 characters; only Chinese and English letters,
    digits, spaces, underscores, hyphens, periods and parentheses are allowed. May be null.

    Wire name: ``SubtitleName``.
    """

    subtitle_language: str | None = None
    """Language of the subtitle, for example eng.

    Wire name: ``SubtitleLanguage``.
    """

    output_format: str | None = None
    """Output format of the subtitle. Default: WebVTT.

    Known values (:class:`tencent_mps.enums.AddOnSubtitleOutputFormat`); others may appear:
    ``WebVTT``: WebVTT format
    ``TTML``: TTML format

    Wire name: ``OutputFormat``.
    """

    default_track: bool | None = None
    """Whether this subtitle is the default subtitle track; at most one track can be the
    default. Default: false.

    Wire name: ``DefaultTrack``.
    """


_KNOWN = frozenset(AddOnSubtitle.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AddOnSubtitle:
    """Decode one ``AddOnSubtitle`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AddOnSubtitle)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Subtitle")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("Subtitle") from None
    o.subtitle = v
    v = get("SubtitleName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleName", "a string", v)
    o.subtitle_name = v
    v = get("SubtitleLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleLanguage", "a string", v)
    o.subtitle_language = v
    v = get("OutputFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputFormat", "a string", v)
    o.output_format = v
    v = get("DefaultTrack")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("DefaultTrack", "a boolean", v)
    o.default_track = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AddOnSubtitle, _structure)
