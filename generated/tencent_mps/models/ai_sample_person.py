# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiSamplePerson``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiSamplePerson(Model):
    """A person sample in AI sample management, with its faces, tags and usage scenarios."""

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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "[AiSampleFaceInfo",
        "[str",
        "[str",
        "datetime",
        "datetime",
    )

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

    create_time: datetime | None = None
    """Time the person sample was created, in ISO 8601 format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the person sample was last modified, in ISO 8601 format.

    Wire name: ``UpdateTime``.
    """


_KNOWN = frozenset(AiSamplePerson.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiSamplePerson:
    """Decode one ``AiSamplePerson`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("FaceInfoSet", v, _S["AiSampleFaceInfo"])
    o.face_info_set = v
    v = get("TagSet")
    if v is not None:
        n += 1
        v = _d.str_list("TagSet", v)
    o.tag_set = v
    v = get("UsageSet")
    if v is not None:
        n += 1
        v = _d.str_list("UsageSet", v)
    o.usage_set = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        v = _t.decode("UpdateTime", v)
    o.update_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiSamplePerson, _structure)
