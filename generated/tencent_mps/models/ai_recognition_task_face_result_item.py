# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskFaceResultItem``."""

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
class AiRecognitionTaskFaceResultItem(Model):
    """A person identified by face recognition, with profile details and the segments in which the
    person appears.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "type": "Type",
        "name": "Name",
        "segment_set": "SegmentSet",
        "gender": "Gender",
        "birthday": "Birthday",
        "profession": "Profession",
        "school_of_graduation": "SchoolOfGraduation",
        "abstract": "Abstract",
        "place_of_birth": "PlaceOfBirth",
        "person_type": "PersonType",
        "remark": "Remark",
        "url": "Url",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "[AiRecognitionTaskFaceSegmentItem",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
    )

    id: str | None = None
    """Unique ID of the recognized person.

    Wire name: ``Id``.
    """

    type: str | None = None
    """Which person library the match came from.

    Known values (:class:`tencent_mps.enums.AiRecognitionTaskFaceResultItemType`); others may appear:
    ``Default``: Built-in default person library
    ``UserDefine``: User-defined custom person library

    Wire name: ``Type``.
    """

    name: str | None = None
    """Name of the person.

    Wire name: ``Name``.
    """

    segment_set: list[models.AiRecognitionTaskFaceSegmentItem] | None = None
    """Segments of the media in which the person appears.

    Wire name: ``SegmentSet``.
    """

    gender: str | None = None
    """Gender of the person.

    Known values (:class:`tencent_mps.enums.AiRecognitionTaskFaceResultItemGender`); others may appear:
    ``Male``: Male
    ``Female``: Female

    Wire name: ``Gender``.
    """

    birthday: str | None = None
    """Date of birth of the person.

    Wire name: ``Birthday``.
    """

    profession: str | None = None
    """Occupation or position of the person.

    Wire name: ``Profession``.
    """

    school_of_graduation: str | None = None
    """School or university the person graduated from.

    Wire name: ``SchoolOfGraduation``.
    """

    abstract: str | None = None
    """Short biography of the person.

    Wire name: ``Abstract``.
    """

    place_of_birth: str | None = None
    """Birthplace or hometown of the person.

    Wire name: ``PlaceOfBirth``.
    """

    person_type: str | None = None
    """Category of the person.

    Known values (:class:`tencent_mps.enums.AiRecognitionTaskFaceResultItemPersonType`); others may appear:
    ``Politician``: Government official
    ``Artist``: Entertainer or artist

    Wire name: ``PersonType``.
    """

    remark: str | None = None
    """Sensitivity marking of the person.

    Known values (:class:`tencent_mps.enums.AiRecognitionTaskFaceResultItemRemark`); others may appear:
    ``Normal``: Not sensitive
    ``Sensitive``: Sensitive

    Wire name: ``Remark``.
    """

    url: str | None = None
    """URL of a screenshot showing the recognized person.

    Wire name: ``Url``.
    """


_KNOWN = frozenset(AiRecognitionTaskFaceResultItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiRecognitionTaskFaceResultItem:
    """Decode one ``AiRecognitionTaskFaceResultItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiRecognitionTaskFaceResultItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("SegmentSet")
    if v is not None:
        n += 1
        v = _d.objects("SegmentSet", v, _S["AiRecognitionTaskFaceSegmentItem"])
    o.segment_set = v
    v = get("Gender")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Gender", "a string", v)
    o.gender = v
    v = get("Birthday")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Birthday", "a string", v)
    o.birthday = v
    v = get("Profession")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Profession", "a string", v)
    o.profession = v
    v = get("SchoolOfGraduation")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SchoolOfGraduation", "a string", v)
    o.school_of_graduation = v
    v = get("Abstract")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Abstract", "a string", v)
    o.abstract = v
    v = get("PlaceOfBirth")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PlaceOfBirth", "a string", v)
    o.place_of_birth = v
    v = get("PersonType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PersonType", "a string", v)
    o.person_type = v
    v = get("Remark")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Remark", "a string", v)
    o.remark = v
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiRecognitionTaskFaceResultItem, _structure)
