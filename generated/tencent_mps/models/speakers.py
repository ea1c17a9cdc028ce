# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``Speakers``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class Speakers:
    """A character (speaker) in a drama project, bound to a voice.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "speaker_id": "SpeakerId",
        "voice_id": "VoiceId",
        "gender": "Gender",
        "age_group": "AgeGroup",
        "description": "Description",
        "name_terms": "NameTerms",
    }
    """Attribute name -> wire name, for every field."""

    speaker_id: str | None = None
    """Unique identifier of the character.

    Required in requests.

    Wire name: ``SpeakerId``.
    """

    voice_id: str | None = None
    """ID of the voice bound to the character.

    Required in requests.

    Wire name: ``VoiceId``.
    """

    gender: str | None = None
    """Gender of the character: male or female; default male.

    Wire name: ``Gender``.
    """

    age_group: str | None = None
    """Age group of the character: child, teenager, youth, middle_aged or senior; default
    youth.

    Wire name: ``AgeGroup``.
    """

    description: str | None = None
    """Free-text description of the character.

    Wire name: ``Description``.
    """

    name_terms: list[models.TermBase] | None = None
    """Glossary entries for the character's name.

    Wire name: ``NameTerms``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Speakers:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SpeakerId",
        "VoiceId",
        "Gender",
        "AgeGroup",
        "Description",
        "NameTerms",
    }
)


def _structure(data: Any) -> Speakers:
    """Decode one ``Speakers`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(Speakers)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SpeakerId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SpeakerId", "a string", v)
    o.speaker_id = v
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
    v = get("Gender")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Gender", "a string", v)
    o.gender = v
    v = get("AgeGroup")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AgeGroup", "a string", v)
    o.age_group = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("NameTerms")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("NameTerms", "an array", v)
        if v:
            f = _S["TermBase"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("NameTerms", v, f) from None
        else:
            v = []
    o.name_terms = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: Speakers) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.speaker_id
    if v is not None:
        d["SpeakerId"] = v
    v = o.voice_id
    if v is not None:
        d["VoiceId"] = v
    v = o.gender
    if v is not None:
        d["Gender"] = v
    v = o.age_group
    if v is not None:
        d["AgeGroup"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.name_terms
    if v is not None:
        d["NameTerms"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``Speakers`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not Speakers:
        o = _e.as_model(o, Speakers)
    d: dict[str, Any] = {}
    v: Any
    v = o.speaker_id
    if v is None:
        raise _e.missing("SpeakerId", "a string")
    if type(v) is not str:
        v = _e.as_str("SpeakerId", v)
    d["SpeakerId"] = v
    v = o.voice_id
    if v is None:
        raise _e.missing("VoiceId", "a string")
    if type(v) is not str:
        v = _e.as_str("VoiceId", v)
    d["VoiceId"] = v
    v = o.gender
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Gender", v)
        d["Gender"] = v
    v = o.age_group
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AgeGroup", v)
        d["AgeGroup"] = v
    v = o.description
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Description", v)
        d["Description"] = v
    v = o.name_terms
    if v is not None:
        d["NameTerms"] = _e.models("NameTerms", v, _R["TermBase"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
