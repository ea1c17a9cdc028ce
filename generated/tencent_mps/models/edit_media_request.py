# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EditMediaRequest`` (sent in requests)."""

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
class EditMediaRequest(Model):
    """Request of EditMedia: the input files, output storage and path, clipping or composition
    settings, notifications and priority.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "file_infos": "FileInfos",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
        "output_config": "OutputConfig",
        "compose_config": "ComposeConfig",
        "task_notify_config": "TaskNotifyConfig",
        "tasks_priority": "TasksPriority",
        "session_id": "SessionId",
        "session_context": "SessionContext",
        "resource_id": "ResourceId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[EditMediaFileInfo!",
        "TaskOutputStorage!",
        "str!",
        "EditMediaOutputConfig",
        "ComposeMediaConfig",
        "TaskNotifyConfig",
        "int",
        "str",
        "str",
        "str",
    )

    file_infos: list[models.EditMediaFileInfo] | None = None
    """Input video files.

    Required in requests.

    Wire name: ``FileInfos``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage of the output file.

    Required in requests.

    Wire name: ``OutputStorage``.
    """

    output_object_path: str | None = None
    """Target path of the output file; for complex composition tasks the file name may contain
    only digits, letters, - and _, up to 64 characters.

    Required in requests.

    Wire name: ``OutputObjectPath``.
    """

    output_config: models.EditMediaOutputConfig | None = None
    """Output file settings of a clipping task.

    Wire name: ``OutputConfig``.
    """

    compose_config: models.ComposeMediaConfig | None = None
    """Settings of a composition task; when present the request is treated as composition,
    otherwise as clipping.

    Wire name: ``ComposeConfig``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings of the task; no notifications are sent when empty.

    Wire name: ``TaskNotifyConfig``.
    """

    tasks_priority: int | None = None
    """Task priority from -10 to 10; larger values run first. Defaults to 0.

    Wire name: ``TasksPriority``.
    """

    session_id: str | None = None
    """Deduplication ID, up to 50 characters: a request reusing an ID seen within the last
    three days returns an error. Empty means no deduplication.

    Wire name: ``SessionId``.
    """

    session_context: str | None = None
    """Caller-defined context passed through and returned in task flow status callbacks; up to
    1000 characters.

    Wire name: ``SessionContext``.
    """

    resource_id: str | None = None
    """ID of the resource to use, which must be enabled. Defaults to the account's primary
    resource ID.

    Wire name: ``ResourceId``.
    """


_KNOWN = frozenset(EditMediaRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EditMediaRequest:
    """Decode one ``EditMediaRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EditMediaRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FileInfos")
    if v is not None:
        n += 1
        v = _d.objects("FileInfos", v, _S["EditMediaFileInfo"])
    o.file_infos = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("OutputObjectPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputObjectPath", "a string", v)
    o.output_object_path = v
    v = get("OutputConfig")
    if v is not None:
        n += 1
        try:
            v = _S["EditMediaOutputConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputConfig") from None
    o.output_config = v
    v = get("ComposeConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeMediaConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ComposeConfig") from None
    o.compose_config = v
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
    v = get("TasksPriority")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TasksPriority", "an integer", v)
    o.tasks_priority = v
    v = get("SessionId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionId", "a string", v)
    o.session_id = v
    v = get("SessionContext")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionContext", "a string", v)
    o.session_context = v
    v = get("ResourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResourceId", "a string", v)
    o.resource_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(EditMediaRequest, _structure)
