# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAiFissionTaskRequest`` (sent in requests)."""

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
class CreateAiFissionTaskRequest(Model):
    """Request of CreateAiFissionTask: reference material, output storage and task settings for
    video fission.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input": "Input",
        "cos_info": "CosInfo",
        "task_info": "TaskInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "AiFissionInput!",
        "VideoDramaCosInfo",
        "FissionTaskInfo",
    )

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


_KNOWN = frozenset(CreateAiFissionTaskRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateAiFissionTaskRequest:
    """Decode one ``CreateAiFissionTaskRequest`` wire object: the straight-line decoder of this model."""
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


bind(CreateAiFissionTaskRequest, _structure)
