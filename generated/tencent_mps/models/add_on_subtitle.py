# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AddOnSubtitle``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AddOnSubtitle:
    """An external subtitle file to insert into the output, with its insertion mode, name, language
    and format.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "subtitle": "Subtitle",
        "subtitle_name": "SubtitleName",
        "subtitle_language": "SubtitleLanguage",
        "output_format": "OutputFormat",
        "default_track": "DefaultTrack",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddOnSubtitle:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "Subtitle",
        "SubtitleName",
        "SubtitleLanguage",
        "OutputFormat",
        "DefaultTrack",
    }
)


def _structure(data: Any) -> AddOnSubtitle:
    """Decode one ``AddOnSubtitle`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: AddOnSubtitle) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.subtitle
    if v is not None:
        d["Subtitle"] = _d.wire(v)
    v = o.subtitle_name
    if v is not None:
        d["SubtitleName"] = v
    v = o.subtitle_language
    if v is not None:
        d["SubtitleLanguage"] = v
    v = o.output_format
    if v is not None:
        d["OutputFormat"] = v
    v = o.default_track
    if v is not None:
        d["DefaultTrack"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AddOnSubtitle`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AddOnSubtitle:
        o = _e.as_model(o, AddOnSubtitle)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    v = o.subtitle
    if v is not None:
        try:
            d["Subtitle"] = _R["MediaInputInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("Subtitle") from None
    v = o.subtitle_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SubtitleName", v)
        d["SubtitleName"] = v
    v = o.subtitle_language
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SubtitleLanguage", v)
        d["SubtitleLanguage"] = v
    v = o.output_format
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputFormat", v)
        d["OutputFormat"] = v
    v = o.default_track
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("DefaultTrack", "a boolean", v)
        d["DefaultTrack"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
