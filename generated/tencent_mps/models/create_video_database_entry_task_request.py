# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateVideoDatabaseEntryTaskRequest`` (sent in requests)."""

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
class CreateVideoDatabaseEntryTaskRequest(Model):
    """Request of CreateVideoDatabaseEntryTask: the video to add to the library and an optional
    result callback.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "task_notify_config": "TaskNotifyConfig",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo!",
        "TaskNotifyConfig",
    )

    input_info: models.MediaInputInfo | None = None
    """Video to add to the video library.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Optional callback that receives the result when ingestion finishes; only URL callbacks
    are currently supported.

    Wire name: ``TaskNotifyConfig``.
    """


_KNOWN = frozenset(CreateVideoDatabaseEntryTaskRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateVideoDatabaseEntryTaskRequest:
    """Decode one ``CreateVideoDatabaseEntryTaskRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateVideoDatabaseEntryTaskRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateVideoDatabaseEntryTaskRequest, _structure)
