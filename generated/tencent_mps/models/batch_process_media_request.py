# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BatchProcessMediaRequest`` (sent in requests)."""

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
class BatchProcessMediaRequest(Model):
    """Request of BatchProcessMedia: the input files, output location, smart subtitle task and
    notification settings of a batch job.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "output_storage": "OutputStorage",
        "output_dir": "OutputDir",
        "smart_subtitles_task": "SmartSubtitlesTask",
        "task_notify_config": "TaskNotifyConfig",
        "tasks_priority": "TasksPriority",
        "session_context": "SessionContext",
        "resource_id": "ResourceId",
        "skip_mate_data": "SkipMateData",
        "task_mode": "TaskMode",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[MediaInputInfo!",
        "TaskOutputStorage",
        "str",
        "SmartSubtitlesTaskInput",
        "TaskNotifyConfig",
        "int",
        "str",
        "str",
        "int",
        "str",
    )

    input_info: list[models.MediaInputInfo] | None = None
    """Input files to process.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage of the output files; inherits the storage of InputInfo when empty.
    Required when InputInfo.Type is URL, and only COS output is currently supported.

    Wire name: ``OutputStorage``.
    """

    output_dir: str | None = None
    """Output directory, starting and ending with /, for example /movie/201907/. Defaults to
    the directory of the input file.

    Wire name: ``OutputDir``.
    """

    smart_subtitles_task: models.SmartSubtitlesTaskInput | None = None
    """Smart subtitle task to run on the inputs.

    Wire name: ``SmartSubtitlesTask``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings of the task; no notifications are sent when empty.

    Wire name: ``TaskNotifyConfig``.
    """

    tasks_priority: int | None = None
    """Priority of the task flow, from -10 to 10; larger values run first. Defaults to 0.

    Wire name: ``TasksPriority``.
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

    skip_mate_data: int | None = None
    """Whether to skip fetching media metadata: 0 (default) does not skip, 1 skips.

    Known values; others may appear:
    ``0``: fetch metadata (default)
    ``1``: skip metadata fetching

    Wire name: ``SkipMateData``.
    """

    task_mode: str | None = None
    """Execution mode of the batch: Parallel (default) or Serial.

    Known values (:class:`tencent_mps.enums.BatchProcessMediaRequestTaskMode`); others may appear:
    ``Parallel``: run tasks concurrently (default)
    ``Serial``: run tasks one after another

    Wire name: ``TaskMode``.
    """


_KNOWN = frozenset(BatchProcessMediaRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> BatchProcessMediaRequest:
    """Decode one ``BatchProcessMediaRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BatchProcessMediaRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfo")
    if v is not None:
        n += 1
        v = _d.objects("InputInfo", v, _S["MediaInputInfo"])
    o.input_info = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("OutputDir")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputDir", "a string", v)
    o.output_dir = v
    v = get("SmartSubtitlesTask")
    if v is not None:
        n += 1
        try:
            v = _S["SmartSubtitlesTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("SmartSubtitlesTask") from None
    o.smart_subtitles_task = v
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
    v = get("SkipMateData")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SkipMateData", "an integer", v)
    o.skip_mate_data = v
    v = get("TaskMode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskMode", "a string", v)
    o.task_mode = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(BatchProcessMediaRequest, _structure)
