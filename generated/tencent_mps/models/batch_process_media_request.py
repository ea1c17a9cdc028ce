# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BatchProcessMediaRequest``: the model and its codecs."""

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
class BatchProcessMediaRequest:
    """Request of BatchProcessMedia: the input files, output location, smart subtitle task and
    notification settings of a batch job.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchProcessMediaRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "InputInfo",
        "OutputStorage",
        "OutputDir",
        "SmartSubtitlesTask",
        "TaskNotifyConfig",
        "TasksPriority",
        "SessionContext",
        "ResourceId",
        "SkipMateData",
        "TaskMode",
    }
)


def _structure(data: Any) -> BatchProcessMediaRequest:
    """Decode one ``BatchProcessMediaRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BatchProcessMediaRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfo")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("InputInfo", "an array", v)
        if v:
            f = _S["MediaInputInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("InputInfo", v, f) from None
        else:
            v = []
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


def _unstructure(o: BatchProcessMediaRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.input_info
    if v is not None:
        d["InputInfo"] = [_d.wire(x) for x in v]
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.output_dir
    if v is not None:
        d["OutputDir"] = v
    v = o.smart_subtitles_task
    if v is not None:
        d["SmartSubtitlesTask"] = _d.wire(v)
    v = o.task_notify_config
    if v is not None:
        d["TaskNotifyConfig"] = _d.wire(v)
    v = o.tasks_priority
    if v is not None:
        d["TasksPriority"] = v
    v = o.session_context
    if v is not None:
        d["SessionContext"] = v
    v = o.resource_id
    if v is not None:
        d["ResourceId"] = v
    v = o.skip_mate_data
    if v is not None:
        d["SkipMateData"] = v
    v = o.task_mode
    if v is not None:
        d["TaskMode"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``BatchProcessMediaRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not BatchProcessMediaRequest:
        o = _e.as_model(o, BatchProcessMediaRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.input_info
    if v is None:
        raise _e.missing("InputInfo", "an array")
    d["InputInfo"] = _e.models("InputInfo", v, _R["MediaInputInfo"])
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
    v = o.smart_subtitles_task
    if v is not None:
        try:
            d["SmartSubtitlesTask"] = _R["SmartSubtitlesTaskInput"](v)
        except ValidationError as e:
            raise e.with_prefix("SmartSubtitlesTask") from None
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
    v = o.session_context
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SessionContext", v)
        d["SessionContext"] = v
    v = o.resource_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ResourceId", v)
        d["ResourceId"] = v
    v = o.skip_mate_data
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SkipMateData", v)
        d["SkipMateData"] = v
    v = o.task_mode
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TaskMode", v)
        d["TaskMode"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
