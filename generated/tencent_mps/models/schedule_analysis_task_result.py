# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ScheduleAnalysisTaskResult``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ScheduleAnalysisTaskResult(Model):
    """Result of a content analysis task run as part of an orchestration (schedule), with its
    status, error information, input and output.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "err_code_ext": "ErrCodeExt",
        "err_code": "ErrCode",
        "message": "Message",
        "input": "Input",
        "output": "Output",
        "begin_process_time": "BeginProcessTime",
        "finish_time": "FinishTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "str",
        "AiAnalysisTaskInput",
        "[AiAnalysisResult",
        "datetime",
        "datetime",
    )

    status: str | None = None
    """Status of the task.

    Known values (:class:`tencent_mps.enums.SubtaskStatus`); others may appear:
    ``PROCESSING``: Task is being processed
    ``SUCCESS``: Task succeeded
    ``FAIL``: Task failed

    Wire name: ``Status``.
    """

    err_code_ext: str | None = None
    """Error code; an empty string means success and any other value indicates a failure (see
    the media processing error code list).

    Wire name: ``ErrCodeExt``.
    """

    err_code: int | None = None
    """Legacy numeric error code; 0 means success and other values mean failure. Deprecated in
    favor of ErrCodeExt.

    Wire name: ``ErrCode``.
    """

    message: str | None = None
    """Error message describing the result.

    Wire name: ``Message``.
    """

    input: models.AiAnalysisTaskInput | None = None
    """Input of the content analysis task.

    Wire name: ``Input``.
    """

    output: list[models.AiAnalysisResult] | None = None
    """Output of the content analysis task.

    Wire name: ``Output``.
    """

    begin_process_time: datetime | None = None
    """Time when the task started executing, in ISO 8601 date format.

    Wire name: ``BeginProcessTime``.
    """

    finish_time: datetime | None = None
    """Time when the task finished executing, in ISO 8601 date format.

    Wire name: ``FinishTime``.
    """


_KNOWN = frozenset(ScheduleAnalysisTaskResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ScheduleAnalysisTaskResult:
    """Decode one ``ScheduleAnalysisTaskResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ScheduleAnalysisTaskResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("ErrCodeExt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ErrCodeExt", "a string", v)
    o.err_code_ext = v
    v = get("ErrCode")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ErrCode", "an integer", v)
    o.err_code = v
    v = get("Message")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Message", "a string", v)
    o.message = v
    v = get("Input")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    v = get("Output")
    if v is not None:
        n += 1
        v = _d.objects("Output", v, _S["AiAnalysisResult"])
    o.output = v
    v = get("BeginProcessTime")
    if v is not None:
        n += 1
        v = _t.decode("BeginProcessTime", v)
    o.begin_process_time = v
    v = get("FinishTime")
    if v is not None:
        n += 1
        v = _t.decode("FinishTime", v)
    o.finish_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ScheduleAnalysisTaskResult, _structure)
