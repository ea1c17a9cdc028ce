# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AsrFullTextConfigureInfoForUpdate``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AsrFullTextConfigureInfoForUpdate:
    """Changes to the full-text speech recognition settings when modifying a recognition template;
    omitted fields keep their values.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "subtitle_format": "SubtitleFormat",
        "source_language": "SourceLanguage",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AsrFullTextConfigureInfoForUpdate:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Switch",
        "SubtitleFormat",
        "SourceLanguage",
    }
)


def _structure(data: Any) -> AsrFullTextConfigureInfoForUpdate:
    """Decode one ``AsrFullTextConfigureInfoForUpdate`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: AsrFullTextConfigureInfoForUpdate) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        d["Switch"] = v
    v = o.subtitle_format
    if v is not None:
        d["SubtitleFormat"] = v
    v = o.source_language
    if v is not None:
        d["SourceLanguage"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AsrFullTextConfigureInfoForUpdate`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AsrFullTextConfigureInfoForUpdate:
        o = _e.as_model(o, AsrFullTextConfigureInfoForUpdate)
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Switch", v)
        d["Switch"] = v
    v = o.subtitle_format
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SubtitleFormat", v)
        d["SubtitleFormat"] = v
    v = o.source_language
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SourceLanguage", v)
        d["SourceLanguage"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
