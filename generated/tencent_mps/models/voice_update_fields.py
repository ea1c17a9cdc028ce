# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VoiceUpdateFields`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class VoiceUpdateFields(Model):
    """Voice attributes that can be changed with UpdateVoice."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "description": "Description",
        "gender": "Gender",
        "age": "Age",
        "languages": "Languages",
        "labels": "Labels",
        "scenes": "Scenes",
        "audio_url": "AudioUrl",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "[str",
        "[str",
        "[str",
        "str",
    )

    name: str | None = None
    """New display name of the voice.

    Wire name: ``Name``.
    """

    description: str | None = None
    """New description of the voice.

    Wire name: ``Description``.
    """

    gender: str | None = None
    """New gender of the voice.

    Known values (:class:`tencent_mps.enums.DescribeVoicesRequestGender`); others may appear:
    ``male``: male
    ``female``: female
    ``unknown``: unknown gender

    Wire name: ``Gender``.
    """

    age: str | None = None
    """New age group of the voice.

    Known values (:class:`tencent_mps.enums.DescribeVoicesRequestAge`); others may appear:
    ``child``: child
    ``teenager``: teenager
    ``youth``: young adult
    ``middle_aged``: middle-aged
    ``senior``: senior
    ``unknown``: unknown age

    Wire name: ``Age``.
    """

    languages: list[str] | None = None
    """New list of language codes of the voice.

    Wire name: ``Languages``.
    """

    labels: list[str] | None = None
    """New descriptive tags of the voice.

    Wire name: ``Labels``.
    """

    scenes: list[str] | None = None
    """New list of usage scenarios of the voice.

    Wire name: ``Scenes``.
    """

    audio_url: str | None = None
    """URL of a new sample audio clip for the voice.

    Wire name: ``AudioUrl``.
    """


_KNOWN = frozenset(VoiceUpdateFields.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> VoiceUpdateFields:
    """Decode one ``VoiceUpdateFields`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(VoiceUpdateFields)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("Gender")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Gender", "a string", v)
    o.gender = v
    v = get("Age")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Age", "a string", v)
    o.age = v
    v = get("Languages")
    if v is not None:
        n += 1
        v = _d.str_list("Languages", v)
    o.languages = v
    v = get("Labels")
    if v is not None:
        n += 1
        v = _d.str_list("Labels", v)
    o.labels = v
    v = get("Scenes")
    if v is not None:
        n += 1
        v = _d.str_list("Scenes", v)
    o.scenes = v
    v = get("AudioUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioUrl", "a string", v)
    o.audio_url = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(VoiceUpdateFields, _structure)
