# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ExtractBlindWatermarkTask``."""

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
class ExtractBlindWatermarkTask(Model):
    """Information about a task that extracts a digital (blind) watermark from a media file,
    including the detection outcome and the extracted content.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_id": "TaskId",
        "status": "Status",
        "err_code": "ErrCode",
        "message": "Message",
        "input_info": "InputInfo",
        "type": "Type",
        "is_detected": "IsDetected",
        "result": "Result",
        "extract_blind_watermark_config": "ExtractBlindWatermarkConfig",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "str",
        "MediaInputInfo",
        "str",
        "bool",
        "str",
        "ExtractBlindWatermarkTaskConfig",
    )

    task_id: str | None = None
    """ID of the media processing task.

    Wire name: ``TaskId``.
    """

    status: str | None = None
    """Current state of the task flow.

    Known values (:class:`tencent_mps.enums.TaskStatus`); others may appear:
    ``WAITING``: queued, not yet started
    ``PROCESSING``: being processed
    ``FINISH``: completed

    Wire name: ``Status``.
    """

    err_code: int | None = None
    """Error code: 0 means success, any other value means failure.

    Wire name: ``ErrCode``.
    """

    message: str | None = None
    """Error message describing the outcome.

    Wire name: ``Message``.
    """

    input_info: models.MediaInputInfo | None = None
    """Information about the target file from which the watermark is extracted.

    Wire name: ``InputInfo``.
    """

    type: str | None = None
    """Type of digital watermark being extracted.

    Known values (:class:`tencent_mps.enums.ExtractBlindWatermarkTaskType`); others may appear:
    ``blind-basic``: basic copyright digital watermark
    ``blind-ab``: A/B copyright digital watermark

    Wire name: ``Type``.
    """

    is_detected: bool | None = None
    """Whether a watermark was found. When true, Result carries the extracted watermark; when
    false, Result is not returned.

    Wire name: ``IsDetected``.
    """

    result: str | None = None
    """Extracted watermark content; omitted when no watermark was detected.

    Wire name: ``Result``.
    """

    extract_blind_watermark_config: models.ExtractBlindWatermarkTaskConfig | None = None
    """Configuration used for the watermark extraction.

    Wire name: ``ExtractBlindWatermarkConfig``.
    """


_KNOWN = frozenset(ExtractBlindWatermarkTask.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ExtractBlindWatermarkTask:
    """Decode one ``ExtractBlindWatermarkTask`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ExtractBlindWatermarkTask)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TaskId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskId", "a string", v)
    o.task_id = v
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
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("IsDetected")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("IsDetected", "a boolean", v)
    o.is_detected = v
    v = get("Result")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Result", "a string", v)
    o.result = v
    v = get("ExtractBlindWatermarkConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ExtractBlindWatermarkTaskConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ExtractBlindWatermarkConfig") from None
    o.extract_blind_watermark_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ExtractBlindWatermarkTask, _structure)
