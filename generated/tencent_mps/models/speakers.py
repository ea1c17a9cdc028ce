# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``Speakers`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class Speakers(Model):
    """A character (speaker) in a drama project, bound to a voice."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "speaker_id": "SpeakerId",
        "voice_id": "VoiceId",
        "gender": "Gender",
        "age_group": "AgeGroup",
        "description": "Description",
        "name_terms": "NameTerms",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
        "str",
        "str",
        "[TermBase",
    )

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


_KNOWN = frozenset(Speakers.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> Speakers:
    """Decode one ``Speakers`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("NameTerms", v, _S["TermBase"])
    o.name_terms = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(Speakers, _structure)
