# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeVoicesRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeVoicesRequest:
    """Request of DescribeVoices: voice filters such as category, gender, age and language, with
    paging.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "voice_id": "VoiceId",
        "voice_type": "VoiceType",
        "voice_name": "VoiceName",
        "description": "Description",
        "gender": "Gender",
        "age": "Age",
        "languages": "Languages",
        "labels": "Labels",
        "scenes": "Scenes",
        "page_num": "PageNum",
        "page_size": "PageSize",
        "ext_param": "ExtParam",
    }
    """Attribute name -> wire name, for every field."""

    voice_id: str | None = None
    """Return only the voice with this ID.

    Wire name: ``VoiceId``.
    """

    voice_type: str | None = None
    """Category of voices to return. Defaults to all.

    Known values (:class:`tencent_mps.enums.DescribeVoicesRequestVoiceType`); others may appear:
    ``system``: system voices
    ``clone``: cloned voices
    ``design``: designed voices
    ``all``: all voices (default)

    Wire name: ``VoiceType``.
    """

    voice_name: str | None = None
    """Filter by voice name.

    Wire name: ``VoiceName``.
    """

    description: str | None = None
    """Filter by voice description.

    Wire name: ``Description``.
    """

    gender: str | None = None
    """Filter by the gender of the voice.

    Known values (:class:`tencent_mps.enums.DescribeVoicesRequestGender`); others may appear:
    ``male``: male
    ``female``: female
    ``unknown``: unknown gender

    Wire name: ``Gender``.
    """

    age: str | None = None
    """Filter by the age group of the voice.

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
    """Filter by language codes, for example zh.

    Wire name: ``Languages``.
    """

    labels: list[str] | None = None
    """Filter by voice labels.

    Wire name: ``Labels``.
    """

    scenes: list[str] | None = None
    """Filter by usage scenes.

    Wire name: ``Scenes``.
    """

    page_num: int | None = None
    """Page number, starting from 1. Defaults to 1.

    Wire name: ``PageNum``.
    """

    page_size: int | None = None
    """Page size; when omitted all matching voices are returned.

    Wire name: ``PageSize``.
    """

    ext_param: str | None = None
    """Extra filters as a JSON string, such as voiceName (fuzzy name match) and labels (voices
    carrying these labels).

    Wire name: ``ExtParam``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribeVoicesRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "VoiceId",
        "VoiceType",
        "VoiceName",
        "Description",
        "Gender",
        "Age",
        "Languages",
        "Labels",
        "Scenes",
        "PageNum",
        "PageSize",
        "ExtParam",
    }
)


def _structure(data: Any) -> DescribeVoicesRequest:
    """Decode one ``DescribeVoicesRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeVoicesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
    v = get("VoiceType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceType", "a string", v)
    o.voice_type = v
    v = get("VoiceName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceName", "a string", v)
    o.voice_name = v
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
        if type(v) is not list:
            raise _d.wrong_type("Languages", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Languages", v, "a string", _d.is_str)
    o.languages = v
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
    v = get("PageNum")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PageNum", "an integer", v)
    o.page_num = v
    v = get("PageSize")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PageSize", "an integer", v)
    o.page_size = v
    v = get("ExtParam")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtParam", "a string", v)
    o.ext_param = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribeVoicesRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.voice_id
    if v is not None:
        d["VoiceId"] = v
    v = o.voice_type
    if v is not None:
        d["VoiceType"] = v
    v = o.voice_name
    if v is not None:
        d["VoiceName"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.gender
    if v is not None:
        d["Gender"] = v
    v = o.age
    if v is not None:
        d["Age"] = v
    v = o.languages
    if v is not None:
        d["Languages"] = list(v)
    v = o.labels
    if v is not None:
        d["Labels"] = list(v)
    v = o.scenes
    if v is not None:
        d["Scenes"] = list(v)
    v = o.page_num
    if v is not None:
        d["PageNum"] = v
    v = o.page_size
    if v is not None:
        d["PageSize"] = v
    v = o.ext_param
    if v is not None:
        d["ExtParam"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribeVoicesRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribeVoicesRequest:
        o = _e.as_model(o, DescribeVoicesRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.voice_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("VoiceId", v)
        d["VoiceId"] = v
    v = o.voice_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("VoiceType", v)
        d["VoiceType"] = v
    v = o.voice_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("VoiceName", v)
        d["VoiceName"] = v
    v = o.description
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Description", v)
        d["Description"] = v
    v = o.gender
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Gender", v)
        d["Gender"] = v
    v = o.age
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Age", v)
        d["Age"] = v
    v = o.languages
    if v is not None:
        d["Languages"] = _e.strs("Languages", v)
    v = o.labels
    if v is not None:
        d["Labels"] = _e.strs("Labels", v)
    v = o.scenes
    if v is not None:
        d["Scenes"] = _e.strs("Scenes", v)
    v = o.page_num
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("PageNum", v)
        d["PageNum"] = v
    v = o.page_size
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("PageSize", v)
        d["PageSize"] = v
    v = o.ext_param
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ExtParam", v)
        d["ExtParam"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
