# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamTaskNotifyConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamTaskNotifyConfig(Model):
    """Event notification settings of a live stream processing task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "notify_type": "NotifyType",
        "notify_url": "NotifyUrl",
        "cmq_model": "CmqModel",
        "cmq_region": "CmqRegion",
        "queue_name": "QueueName",
        "topic_name": "TopicName",
        "notify_key": "NotifyKey",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
    )

    notify_type: str | None = None
    """How notifications are delivered: TDMQ-CMQ for a message queue, or URL for HTTP callbacks
    to NotifyUrl with a JSON body matching the output of ParseLiveStreamProcessNotification.
    No callback is sent when empty.

    Known values (:class:`tencent_mps.enums.LiveStreamTaskNotifyConfigNotifyType`); others may appear:
    ``TDMQ-CMQ``: deliver through a TDMQ-CMQ message queue

    Wire name: ``NotifyType``.
    """

    notify_url: str | None = None
    """HTTP callback address; required when NotifyType is URL.

    Wire name: ``NotifyUrl``.
    """

    cmq_model: str | None = None
    """TDMQ-CMQ model that receives the notifications: Queue or Topic.

    Known values (:class:`tencent_mps.enums.TaskNotifyConfigCmqModel`); others may appear:
    ``Queue``: queue model
    ``Topic``: topic model

    Wire name: ``CmqModel``.
    """

    cmq_region: str | None = None
    """Region of the TDMQ-CMQ service, for example sh or bj.

    Wire name: ``CmqRegion``.
    """

    queue_name: str | None = None
    """Name of the TDMQ-CMQ queue that receives notifications; used when CmqModel is Queue.

    Wire name: ``QueueName``.
    """

    topic_name: str | None = None
    """Name of the TDMQ-CMQ topic that receives notifications; used when CmqModel is Topic.

    Wire name: ``TopicName``.
    """

    notify_key: str | None = None
    """Key used to generate the callback signature. May be null if unavailable.

    Wire name: ``NotifyKey``.
    """


_KNOWN = frozenset(LiveStreamTaskNotifyConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamTaskNotifyConfig:
    """Decode one ``LiveStreamTaskNotifyConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamTaskNotifyConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("NotifyType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("NotifyType", "a string", v)
    o.notify_type = v
    v = get("NotifyUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("NotifyUrl", "a string", v)
    o.notify_url = v
    v = get("CmqModel")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CmqModel", "a string", v)
    o.cmq_model = v
    v = get("CmqRegion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CmqRegion", "a string", v)
    o.cmq_region = v
    v = get("QueueName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("QueueName", "a string", v)
    o.queue_name = v
    v = get("TopicName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TopicName", "a string", v)
    o.topic_name = v
    v = get("NotifyKey")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("NotifyKey", "a string", v)
    o.notify_key = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamTaskNotifyConfig, _structure)
