# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAiFissionTaskRequest``: the model and its codecs."""

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
class CreateAiFissionTaskRequest:
    """Request of CreateAiFissionTask: reference material, output storage and task settings for
    video fission.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input": "Input",
        "cos_info": "CosInfo",
        "task_info": "TaskInfo",
    }
    """Attribute name -> wire name, for every field."""

    input: models.AiFissionInput | None = None
    """Reference images and product copy for the AI video fission. Required.

    Required in requests.

    Wire name: ``Input``.
    """

    cos_info: models.VideoDramaCosInfo | None = None
    """Your COS bucket information for storing the generated videos.

    Wire name: ``CosInfo``.
    """

    task_info: models.FissionTaskInfo | None = None
    """Settings of the fission task itself, such as what to generate.

    Wire name: ``TaskInfo``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateAiFissionTaskRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Input",
        "CosInfo",
        "TaskInfo",
    }
)


def _structure(data: Any) -> CreateAiFissionTaskRequest:
    """Decode one ``CreateAiFissionTaskRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateAiFissionTaskRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Input")
    if v is not None:
        n += 1
        try:
            v = _S["AiFissionInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    v = get("CosInfo")
    if v is not None:
        n += 1
        try:
            v = _S["VideoDramaCosInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("CosInfo") from None
    o.cos_info = v
    v = get("TaskInfo")
    if v is not None:
        n += 1
        try:
            v = _S["FissionTaskInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskInfo") from None
    o.task_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreateAiFissionTaskRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.input
    if v is not None:
        d["Input"] = _d.wire(v)
    v = o.cos_info
    if v is not None:
        d["CosInfo"] = _d.wire(v)
    v = o.task_info
    if v is not None:
        d["TaskInfo"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateAiFissionTaskRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateAiFissionTaskRequest:
        o = _e.as_model(o, CreateAiFissionTaskRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.input
    if v is None:
        raise _e.missing("Input", "an object")
    try:
        d["Input"] = _R["AiFissionInput"](v)
    except ValidationError as e:
        raise e.with_prefix("Input") from None
    v = o.cos_info
    if v is not None:
        try:
            d["CosInfo"] = _R["VideoDramaCosInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("CosInfo") from None
    v = o.task_info
    if v is not None:
        try:
            d["TaskInfo"] = _R["FissionTaskInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("TaskInfo") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
