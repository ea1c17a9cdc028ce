# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VoiceInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class VoiceInfo:
    """Information about a voice: ID, name, category, gender, age, languages, sample audio and
    tags.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VoiceInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "VoiceId",
        "Name",
        "Description",
        "Category",
        "Gender",
        "Age",
        "Languages",
        "AudioUrl",
        "Labels",
        "Scenes",
        "Engine",
    }
)


def _structure(data: Any) -> VoiceInfo:
    """Decode one ``VoiceInfo`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Languages", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Languages", v, "a string", _d.is_str)
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
        if type(v) is not list:
            raise _d.wrong_type("Labels", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Labels", v, "a string", _d.is_str)
    o.labels = v
    v = get("Scenes")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Scenes", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Scenes", v, "a string", _d.is_str)
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


def _unstructure(o: VoiceInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.voice_id
    if v is not None:
        d["VoiceId"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.category
    if v is not None:
        d["Category"] = v
    v = o.gender
    if v is not None:
        d["Gender"] = v
    v = o.age
    if v is not None:
        d["Age"] = v
    v = o.languages
    if v is not None:
        d["Languages"] = list(v)
    v = o.audio_url
    if v is not None:
        d["AudioUrl"] = v
    v = o.labels
    if v is not None:
        d["Labels"] = list(v)
    v = o.scenes
    if v is not None:
        d["Scenes"] = list(v)
    v = o.engine
    if v is not None:
        d["Engine"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
