# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WithdrawsWatermarkRequest`` (sent in requests)."""

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
class WithdrawsWatermarkRequest(Model):
    """Request of WithdrawsWatermark: the input media, optional notification settings and a session
    context.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "task_notify_config": "TaskNotifyConfig",
        "session_context": "SessionContext",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo!",
        "TaskNotifyConfig",
        "str",
    )

    input_info: models.MediaInputInfo | None = None
    """Storage information of the input media file. Required.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings for the task; leave empty to receive no notifications.

    Wire name: ``TaskNotifyConfig``.
    """

    session_context: str | None = None
    """Source context passed through from the request and returned in task status callbacks; up
    to 1000 characters.

    Wire name: ``SessionContext``.
    """


_KNOWN = frozenset(WithdrawsWatermarkRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> WithdrawsWatermarkRequest:
    """Decode one ``WithdrawsWatermarkRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(WithdrawsWatermarkRequest)
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
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
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


bind(WithdrawsWatermarkRequest, _structure)
