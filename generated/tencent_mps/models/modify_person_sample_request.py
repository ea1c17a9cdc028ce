# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyPersonSampleRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyPersonSampleRequest(Model):
    """Request of ModifyPersonSample: the sample to change, new name, description and usages, and
    face and tag operations.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "person_id": "PersonId",
        "name": "Name",
        "description": "Description",
        "usages": "Usages",
        "face_operation_info": "FaceOperationInfo",
        "tag_operation_info": "TagOperationInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "str",
        "[str",
        "AiSampleFaceOperation",
        "AiSampleTagOperation",
    )

    person_id: str | None = None
    """ID of the person sample to modify.

    Required in requests.

    Wire name: ``PersonId``.
    """

    name: str | None = None
    """New name, at most 128 characters.

    Wire name: ``Name``.
    """

    description: str | None = None
    """New description, at most 1024 characters.

    Wire name: ``Description``.
    """

    usages: list[str] | None = None
    """Scenarios the sample is used in: Recognition (same as Recognition.Face), Review (same as
    Review.Face) or All (both).

    Wire name: ``Usages``.
    """

    face_operation_info: models.AiSampleFaceOperation | None = None
    """Operation to apply to the face images.

    Wire name: ``FaceOperationInfo``.
    """

    tag_operation_info: models.AiSampleTagOperation | None = None
    """Operation to apply to the tags.

    Wire name: ``TagOperationInfo``.
    """


_KNOWN = frozenset(ModifyPersonSampleRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyPersonSampleRequest:
    """Decode one ``ModifyPersonSampleRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyPersonSampleRequest)
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
    v = get("Usages")
    if v is not None:
        n += 1
        v = _d.str_list("Usages", v)
    o.usages = v
    v = get("FaceOperationInfo")
    if v is not None:
        n += 1
        try:
            v = _S["AiSampleFaceOperation"](v)
        except DecodeError as e:
            raise e.with_prefix("FaceOperationInfo") from None
    o.face_operation_info = v
    v = get("TagOperationInfo")
    if v is not None:
        n += 1
        try:
            v = _S["AiSampleTagOperation"](v)
        except DecodeError as e:
            raise e.with_prefix("TagOperationInfo") from None
    o.tag_operation_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyPersonSampleRequest, _structure)
