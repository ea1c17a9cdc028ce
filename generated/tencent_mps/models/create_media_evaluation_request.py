# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateMediaEvaluationRequest`` (sent in requests)."""

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
class CreateMediaEvaluationRequest(Model):
    """Request of CreateMediaEvaluation: the source video, the evaluation parameters, output
    location and notification settings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "evaluation_task": "EvaluationTask",
        "output_storage": "OutputStorage",
        "output_dir": "OutputDir",
        "task_notify_config": "TaskNotifyConfig",
        "tasks_priority": "TasksPriority",
        "session_id": "SessionId",
        "session_context": "SessionContext",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo!",
        "EvaluationTaskInput!",
        "TaskOutputStorage",
        "str",
        "TaskNotifyConfig",
        "int",
        "str",
        "str",
    )

    input_info: models.MediaInputInfo | None = None
    """Source file to evaluate; the input type can currently be COS or URL.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    evaluation_task: models.EvaluationTaskInput | None = None
    """Parameters of the evaluation task.

    Required in requests.

    Wire name: ``EvaluationTask``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage of the evaluation output; inherits the storage of InputInfo when empty.
    Only COS is currently supported.

    Wire name: ``OutputStorage``.
    """

    output_dir: str | None = None
    """Output directory of the evaluation files, starting and ending with /, for example
    /movie/201907/. Defaults to the directory of the input file.

    Wire name: ``OutputDir``.
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


_KNOWN = frozenset(CreateMediaEvaluationRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateMediaEvaluationRequest:
    """Decode one ``CreateMediaEvaluationRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateMediaEvaluationRequest)
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
    v = get("EvaluationTask")
    if v is not None:
        n += 1
        try:
            v = _S["EvaluationTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("EvaluationTask") from None
    o.evaluation_task = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateMediaEvaluationRequest, _structure)
