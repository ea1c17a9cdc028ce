# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeVoicesRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeVoicesRequest(Model):
    """Request of DescribeVoices: voice filters such as category, gender, age and language, with
    paging.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "[str",
        "[str",
        "[str",
        "int",
        "int",
        "str",
    )

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


_KNOWN = frozenset(DescribeVoicesRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeVoicesRequest:
    """Decode one ``DescribeVoicesRequest`` wire object: the straight-line decoder of this model."""
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


bind(DescribeVoicesRequest, _structure)
