# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiSamplePerson``: the model and its codecs."""

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
class AiSamplePerson:
    """A person sample in AI sample management, with its faces, tags and usage scenarios.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "person_id": "PersonId",
        "name": "Name",
        "description": "Description",
        "face_info_set": "FaceInfoSet",
        "tag_set": "TagSet",
        "usage_set": "UsageSet",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
    }
    """Attribute name -> wire name, for every field."""

    person_id: str | None = None
    """Identifier of the person sample.

    Wire name: ``PersonId``.
    """

    name: str | None = None
    """Display name of the person.

    Wire name: ``Name``.
    """

    description: str | None = None
    """Free-text description of the person.

    Wire name: ``Description``.
    """

    face_info_set: list[models.AiSampleFaceInfo] | None = None
    """Face images registered for the person.

    Wire name: ``FaceInfoSet``.
    """

    tag_set: list[str] | None = None
    """Tags attached to the person.

    Wire name: ``TagSet``.
    """

    usage_set: list[str] | None = None
    """Usage scenarios the person sample applies to.

    Wire name: ``UsageSet``.
    """

    create_time: str | None = None
    """Time the person sample was created, in ISO 8601 format.

    Wire name: ``CreateTime``.
    """

    update_time: str | None = None
    """Time the person sample was last modified, in ISO 8601 format.

    Wire name: ``UpdateTime``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiSamplePerson:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "PersonId",
        "Name",
        "Description",
        "FaceInfoSet",
        "TagSet",
        "UsageSet",
        "CreateTime",
        "UpdateTime",
    }
)


def _structure(data: Any) -> AiSamplePerson:
    """Decode one ``AiSamplePerson`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiSamplePerson)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("PersonId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PersonId", "a string", v)
    o.person_id = v
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
    v = get("FaceInfoSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("FaceInfoSet", "an array", v)
        if v:
            f = _S["AiSampleFaceInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("FaceInfoSet", v, f) from None
        else:
            v = []
    o.face_info_set = v
    v = get("TagSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("TagSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("TagSet", v, "a string", _d.is_str)
    o.tag_set = v
    v = get("UsageSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("UsageSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("UsageSet", v, "a string", _d.is_str)
    o.usage_set = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UpdateTime", "a string", v)
    o.update_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiSamplePerson) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.person_id
    if v is not None:
        d["PersonId"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.face_info_set
    if v is not None:
        d["FaceInfoSet"] = [_d.wire(x) for x in v]
    v = o.tag_set
    if v is not None:
        d["TagSet"] = list(v)
    v = o.usage_set
    if v is not None:
        d["UsageSet"] = list(v)
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.update_time
    if v is not None:
        d["UpdateTime"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
