# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ExtractBlindWatermarkTask``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ExtractBlindWatermarkTask:
    """Information about a task that extracts a digital (blind) watermark from a media file,
    including the detection outcome and the extracted content.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExtractBlindWatermarkTask:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TaskId",
        "Status",
        "ErrCode",
        "Message",
        "InputInfo",
        "Type",
        "IsDetected",
        "Result",
        "ExtractBlindWatermarkConfig",
    }
)


def _structure(data: Any) -> ExtractBlindWatermarkTask:
    """Decode one ``ExtractBlindWatermarkTask`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ExtractBlindWatermarkTask) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.task_id
    if v is not None:
        d["TaskId"] = v
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.err_code
    if v is not None:
        d["ErrCode"] = v
    v = o.message
    if v is not None:
        d["Message"] = v
    v = o.input_info
    if v is not None:
        d["InputInfo"] = _d.wire(v)
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.is_detected
    if v is not None:
        d["IsDetected"] = v
    v = o.result
    if v is not None:
        d["Result"] = v
    v = o.extract_blind_watermark_config
    if v is not None:
        d["ExtractBlindWatermarkConfig"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
