# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VoiceInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class VoiceInfo(Model):
    """Information about a voice: ID, name, category, gender, age, languages, sample audio and
    tags.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "voice_id": "VoiceId",
        "name": "Name",
        "description": "Description",
        "category": "Category",
        "gender": "Gender",
        "age": "Age",
        "languages": "Languages",
        "audio_url": "AudioUrl",
        "labels": "Labels",
        "scenes": "Scenes",
        "engine": "Engine",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "[str",
        "str",
        "[str",
        "[str",
        "str",
    )

    voice_id: str | None = None
    """Unique ID of the voice.

    Wire name: ``VoiceId``.
    """

    name: str | None = None
    """Display name of the voice.

    Wire name: ``Name``.
    """

    description: str | None = None
    """Free-text description of the voice.

    Wire name: ``Description``.
    """

    category: str | None = None
    """Category the voice belongs to, such as system voices.

    Known values (:class:`tencent_mps.enums.VoiceInfoCategory`); others may appear:
    ``system``: system voice

    Wire name: ``Category``.
    """

    gender: str | None = None
    """Gender the voice sounds like.

    Known values (:class:`tencent_mps.enums.VoiceInfoGender`); others may appear:
    ``male``: male
    ``famale``: female (spelled famale upstream)

    Wire name: ``Gender``.
    """

    age: str | None = None
    """Age group of the voice.

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
    """Language codes the voice supports, for example en.

    Wire name: ``Languages``.
    """

    audio_url: str | None = None
    """URL of a sample audio clip of the voice.

    Wire name: ``AudioUrl``.
    """

    labels: list[str] | None = None
    """Descriptive tags of the voice, such as gentle.

    Wire name: ``Labels``.
    """

    scenes: list[str] | None = None
    """Recommended usage scenarios, such as education.

    Wire name: ``Scenes``.
    """

    engine: str | None = None
    """Engine the voice belongs to, for example tts-l1.

    Wire name: ``Engine``.
    """


_KNOWN = frozenset(VoiceInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> VoiceInfo:
    """Decode one ``VoiceInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(VoiceInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
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
    v = get("Category")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Category", "a string", v)
    o.category = v
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
    v = get("AudioUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioUrl", "a string", v)
    o.audio_url = v
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
    v = get("Engine")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Engine", "a string", v)
    o.engine = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(VoiceInfo, _structure)
