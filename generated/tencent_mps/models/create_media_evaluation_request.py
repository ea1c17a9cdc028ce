# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateMediaEvaluationRequest``: the model and its codecs."""

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
class CreateMediaEvaluationRequest:
    """Request of CreateMediaEvaluation: the source video, the evaluation parameters, output
    location and notification settings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateMediaEvaluationRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "InputInfo",
        "EvaluationTask",
        "OutputStorage",
        "OutputDir",
        "TaskNotifyConfig",
        "TasksPriority",
        "SessionId",
        "SessionContext",
    }
)


def _structure(data: Any) -> CreateMediaEvaluationRequest:
    """Decode one ``CreateMediaEvaluationRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: CreateMediaEvaluationRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.input_info
    if v is not None:
        d["InputInfo"] = _d.wire(v)
    v = o.evaluation_task
    if v is not None:
        d["EvaluationTask"] = _d.wire(v)
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.output_dir
    if v is not None:
        d["OutputDir"] = v
    v = o.task_notify_config
    if v is not None:
        d["TaskNotifyConfig"] = _d.wire(v)
    v = o.tasks_priority
    if v is not None:
        d["TasksPriority"] = v
    v = o.session_id
    if v is not None:
        d["SessionId"] = v
    v = o.session_context
    if v is not None:
        d["SessionContext"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateMediaEvaluationRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateMediaEvaluationRequest:
        o = _e.as_model(o, CreateMediaEvaluationRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.input_info
    if v is None:
        raise _e.missing("InputInfo", "an object")
    try:
        d["InputInfo"] = _R["MediaInputInfo"](v)
    except ValidationError as e:
        raise e.with_prefix("InputInfo") from None
    v = o.evaluation_task
    if v is None:
        raise _e.missing("EvaluationTask", "an object")
    try:
        d["EvaluationTask"] = _R["EvaluationTaskInput"](v)
    except ValidationError as e:
        raise e.with_prefix("EvaluationTask") from None
    v = o.output_storage
    if v is not None:
        try:
            d["OutputStorage"] = _R["TaskOutputStorage"](v)
        except ValidationError as e:
            raise e.with_prefix("OutputStorage") from None
    v = o.output_dir
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputDir", v)
        d["OutputDir"] = v
    v = o.task_notify_config
    if v is not None:
        try:
            d["TaskNotifyConfig"] = _R["TaskNotifyConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    v = o.tasks_priority
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("TasksPriority", v)
        d["TasksPriority"] = v
    v = o.session_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SessionId", v)
        d["SessionId"] = v
    v = o.session_context
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SessionContext", v)
        d["SessionContext"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
