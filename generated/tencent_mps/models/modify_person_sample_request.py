# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyPersonSampleRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyPersonSampleRequest:
    """Request of ModifyPersonSample: the sample to change, new name, description and usages, and
    face and tag operations.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "person_id": "PersonId",
        "name": "Name",
        "description": "Description",
        "usages": "Usages",
        "face_operation_info": "FaceOperationInfo",
        "tag_operation_info": "TagOperationInfo",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyPersonSampleRequest:
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
        "Usages",
        "FaceOperationInfo",
        "TagOperationInfo",
    }
)


def _structure(data: Any) -> ModifyPersonSampleRequest:
    """Decode one ``ModifyPersonSampleRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Usages", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Usages", v, "a string", _d.is_str)
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


def _unstructure(o: ModifyPersonSampleRequest) -> dict[str, Any]:
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
    v = o.usages
    if v is not None:
        d["Usages"] = list(v)
    v = o.face_operation_info
    if v is not None:
        d["FaceOperationInfo"] = _d.wire(v)
    v = o.tag_operation_info
    if v is not None:
        d["TagOperationInfo"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyPersonSampleRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyPersonSampleRequest:
        o = _e.as_model(o, ModifyPersonSampleRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.person_id
    if v is None:
        raise _e.missing("PersonId", "a string")
    if type(v) is not str:
        v = _e.as_str("PersonId", v)
    d["PersonId"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.description
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Description", v)
        d["Description"] = v
    v = o.usages
    if v is not None:
        d["Usages"] = _e.strs("Usages", v)
    v = o.face_operation_info
    if v is not None:
        try:
            d["FaceOperationInfo"] = _R["AiSampleFaceOperation"](v)
        except ValidationError as e:
            raise e.with_prefix("FaceOperationInfo") from None
    v = o.tag_operation_info
    if v is not None:
        try:
            d["TagOperationInfo"] = _R["AiSampleTagOperation"](v)
        except ValidationError as e:
            raise e.with_prefix("TagOperationInfo") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
