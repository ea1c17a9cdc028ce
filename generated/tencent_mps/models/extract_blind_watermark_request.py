# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ExtractBlindWatermarkRequest`` (sent in requests)."""

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
class ExtractBlindWatermarkRequest(Model):
    """Request of ExtractBlindWatermark: the watermark type, the input media and optional
    notification and task settings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "input_info": "InputInfo",
        "task_notify_config": "TaskNotifyConfig",
        "extract_blind_watermark_config": "ExtractBlindWatermarkConfig",
        "resource_id": "ResourceId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "MediaInputInfo!",
        "TaskNotifyConfig",
        "ExtractBlindWatermarkTaskConfig",
        "str",
    )

    type: str | None = None
    """Type of digital watermark to extract. Required.

    Known values (:class:`tencent_mps.enums.ExtractBlindWatermarkRequestType`); others may appear:
    ``blind-basic``: basic copyright digital watermark
    ``blind-abseq``: a/b sequence copyright digital watermark

    Required in requests.

    Wire name: ``Type``.
    """

    input_info: models.MediaInputInfo | None = None
    """Input media file to process. Required.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings for the task; leave empty to receive no notifications.

    Wire name: ``TaskNotifyConfig``.
    """

    extract_blind_watermark_config: models.ExtractBlindWatermarkTaskConfig | None = None
    """Configuration of the watermark extraction task.

    Wire name: ``ExtractBlindWatermarkConfig``.
    """

    resource_id: str | None = None
    """Resource ID to bill the task to; the resource must be enabled. Defaults to the account's
    primary resource ID.

    Wire name: ``ResourceId``.
    """


_KNOWN = frozenset(ExtractBlindWatermarkRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ExtractBlindWatermarkRequest:
    """Decode one ``ExtractBlindWatermarkRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ExtractBlindWatermarkRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
    v = get("ExtractBlindWatermarkConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ExtractBlindWatermarkTaskConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ExtractBlindWatermarkConfig") from None
    o.extract_blind_watermark_config = v
    v = get("ResourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResourceId", "a string", v)
    o.resource_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ExtractBlindWatermarkRequest, _structure)
