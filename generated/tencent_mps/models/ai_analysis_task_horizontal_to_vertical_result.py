# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskHorizontalToVerticalResult``."""

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
class AiAnalysisTaskHorizontalToVerticalResult(Model):
    """Result of an AI analysis task that converts a landscape (horizontal) video into a portrait
    (vertical) one.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "err_code": "ErrCode",
        "message": "Message",
        "input": "Input",
        "output": "Output",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "str",
        "AiAnalysisTaskHorizontalToVerticalInput",
        "AiAnalysisTaskHorizontalToVerticalOutput",
    )

    status: str | None = None
    """Current state of the landscape to portrait conversion task.

    Known values (:class:`tencent_mps.enums.SubtaskStatus`); others may appear:
    ``PROCESSING``: The task is still running
    ``SUCCESS``: The task completed successfully
    ``FAIL``: The task failed

    Wire name: ``Status``.
    """

    err_code: int | None = None
    """Numeric error code of the task; 0 means success and any other value means failure.

    Wire name: ``ErrCode``.
    """

    message: str | None = None
    """Human-readable error message describing the task outcome.

    Wire name: ``Message``.
    """

    input: models.AiAnalysisTaskHorizontalToVerticalInput | None = None
    """Input parameters that were used for the landscape to portrait conversion task.

    Wire name: ``Input``.
    """

    output: models.AiAnalysisTaskHorizontalToVerticalOutput | None = None
    """Result produced by the landscape to portrait conversion task. May be null when no valid
    output is available.

    Wire name: ``Output``.
    """


_KNOWN = frozenset(AiAnalysisTaskHorizontalToVerticalResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskHorizontalToVerticalResult:
    """Decode one ``AiAnalysisTaskHorizontalToVerticalResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskHorizontalToVerticalResult)
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
            v = _S["AiAnalysisTaskHorizontalToVerticalInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskHorizontalToVerticalOutput"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskHorizontalToVerticalResult, _structure)
