# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskReelResult``."""

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
class AiAnalysisTaskReelResult(Model):
    """Result of an AI analysis task that creates a new narrated or commentary-style derivative
    video from the source.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "err_code": "ErrCode",
        "message": "Message",
        "input": "Input",
        "output": "Output",
        "err_code_ext": "ErrCodeExt",
        "progress": "Progress",
        "begin_process_time": "BeginProcessTime",
        "finish_time": "FinishTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "str",
        "AiAnalysisTaskReelInput",
        "AiAnalysisTaskReelOutput",
        "str",
        "int",
        "datetime",
        "datetime",
    )

    status: str | None = None
    """Current state of the AI commentary reel creation task.

    Known values (:class:`tencent_mps.enums.SubtaskStatus`); others may appear:
    ``PROCESSING``: The task is still running
    ``SUCCESS``: The task completed successfully
    ``FAIL``: The task failed

    Wire name: ``Status``.
    """

    err_code: int | None = None
    """Legacy numeric error code where 0 means success and any other value means failure.
    Deprecated in favor of ErrCodeExt.

    Wire name: ``ErrCode``.
    """

    message: str | None = None
    """Human-readable error message describing the task outcome.

    Wire name: ``Message``.
    """

    input: models.AiAnalysisTaskReelInput | None = None
    """Input parameters that were used for the AI commentary reel creation task.

    Wire name: ``Input``.
    """

    output: models.AiAnalysisTaskReelOutput | None = None
    """Result produced by the AI commentary reel creation task. May be null when no valid
    output is available.

    Wire name: ``Output``.
    """

    err_code_ext: str | None = None
    """String error code of the task; an empty string means success and any other value
    identifies the failure (see the MPS media processing error code list).

    Wire name: ``ErrCodeExt``.
    """

    progress: int | None = None
    """Task completion progress as a percentage from 0 to 100.

    Unit: %.

    Wire name: ``Progress``.
    """

    begin_process_time: datetime | None = None
    """Time at which the task started executing, in ISO 8601 date format.

    Wire name: ``BeginProcessTime``.
    """

    finish_time: datetime | None = None
    """Time at which the task finished executing, in ISO 8601 date format.

    Wire name: ``FinishTime``.
    """


_KNOWN = frozenset(AiAnalysisTaskReelResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskReelResult:
    """Decode one ``AiAnalysisTaskReelResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskReelResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
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
            v = _S["AiAnalysisTaskReelInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskReelOutput"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
    v = get("ErrCodeExt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ErrCodeExt", "a string", v)
    o.err_code_ext = v
    v = get("Progress")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Progress", "an integer", v)
    o.progress = v
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


bind(AiAnalysisTaskReelResult, _structure)
