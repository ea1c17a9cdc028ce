# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartEraseTaskResult``."""

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
class SmartEraseTaskResult(Model):
    """Status and result of a smart erase subtask, which removes elements such as logos or
    subtitles from a video.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "err_code_ext": "ErrCodeExt",
        "message": "Message",
        "input": "Input",
        "output": "Output",
        "progress": "Progress",
        "begin_process_time": "BeginProcessTime",
        "finish_time": "FinishTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "SmartEraseTaskInput",
        "AiAnalysisTaskDelLogoOutput",
        "int",
        "datetime",
        "datetime",
    )

    status: str | None = None
    """Execution status of the subtask.

    Known values (:class:`tencent_mps.enums.SubtaskStatus`); others may appear:
    ``PROCESSING``: being processed
    ``SUCCESS``: completed successfully
    ``FAIL``: failed

    Wire name: ``Status``.
    """

    err_code_ext: str | None = None
    """Error code string: an empty string means success, any other value identifies the failure
    (see the MPS media processing error code list).

    Wire name: ``ErrCodeExt``.
    """

    message: str | None = None
    """Error message describing the outcome of the subtask.

    Wire name: ``Message``.
    """

    input: models.SmartEraseTaskInput | None = None
    """Input parameters of the smart erase task. May be null if unavailable.

    Wire name: ``Input``.
    """

    output: models.AiAnalysisTaskDelLogoOutput | None = None
    """Output of the smart erase task. May be null if unavailable.

    Wire name: ``Output``.
    """

    progress: int | None = None
    """Completion progress of the subtask as a percentage from 0 to 100.

    Unit: %.

    Wire name: ``Progress``.
    """

    begin_process_time: datetime | None = None
    """Time the subtask started executing, in ISO 8601 date-time format (UTC).

    Wire name: ``BeginProcessTime``.
    """

    finish_time: datetime | None = None
    """Time the subtask finished executing, in ISO 8601 date-time format (UTC).

    Wire name: ``FinishTime``.
    """


_KNOWN = frozenset(SmartEraseTaskResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartEraseTaskResult:
    """Decode one ``SmartEraseTaskResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartEraseTaskResult)
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
            v = _S["SmartEraseTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskDelLogoOutput"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
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


bind(SmartEraseTaskResult, _structure)
