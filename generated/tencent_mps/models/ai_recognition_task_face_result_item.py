# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiRecognitionTaskFaceResultItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiRecognitionTaskFaceResultItem:
    """A person identified by face recognition, with profile details and the segments in which the
    person appears.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiRecognitionTaskFaceResultItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Id",
        "Type",
        "Name",
        "SegmentSet",
        "Gender",
        "Birthday",
        "Profession",
        "SchoolOfGraduation",
        "Abstract",
        "PlaceOfBirth",
        "PersonType",
        "Remark",
        "Url",
    }
)


def _structure(data: Any) -> AiRecognitionTaskFaceResultItem:
    """Decode one ``AiRecognitionTaskFaceResultItem`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("SegmentSet", "an array", v)
        if v:
            f = _S["AiRecognitionTaskFaceSegmentItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("SegmentSet", v, f) from None
        else:
            v = []
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


def _unstructure(o: AiRecognitionTaskFaceResultItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.segment_set
    if v is not None:
        d["SegmentSet"] = [_d.wire(x) for x in v]
    v = o.gender
    if v is not None:
        d["Gender"] = v
    v = o.birthday
    if v is not None:
        d["Birthday"] = v
    v = o.profession
    if v is not None:
        d["Profession"] = v
    v = o.school_of_graduation
    if v is not None:
        d["SchoolOfGraduation"] = v
    v = o.abstract
    if v is not None:
        d["Abstract"] = v
    v = o.place_of_birth
    if v is not None:
        d["PlaceOfBirth"] = v
    v = o.person_type
    if v is not None:
        d["PersonType"] = v
    v = o.remark
    if v is not None:
        d["Remark"] = v
    v = o.url
    if v is not None:
        d["Url"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
