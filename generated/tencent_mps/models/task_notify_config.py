# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TaskNotifyConfig`` (sent in requests)."""

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
class TaskNotifyConfig(Model):
    """Event notification settings of a task, describing where and how task status callbacks are
    delivered.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "notify_type": "NotifyType",
        "notify_mode": "NotifyMode",
        "notify_url": "NotifyUrl",
        "cmq_model": "CmqModel",
        "cmq_region": "CmqRegion",
        "topic_name": "TopicName",
        "queue_name": "QueueName",
        "aws_sqs": "AwsSQS",
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
        "AwsSQS",
        "str",
    )

    notify_type: str | None = None
    """Channel used to deliver event notifications. Defaults to TDMQ-CMQ when empty; with TDMQ-
    CMQ, very large task payloads may fail to be written to the queue.

    Known values (:class:`tencent_mps.enums.TaskNotifyConfigNotifyType`); others may appear:
    ``CMQ``: retired; migrate to TDMQ-CMQ
    ``TDMQ-CMQ``: message queue (default)
    ``URL``: HTTP callback with a JSON body sent to NotifyUrl, same content as the event notification parsing API output
    ``SCF``: not recommended; requires extra SCF setup in the console
    ``AWS-SQS``: AWS queue; only for AWS tasks in the same region

    Wire name: ``NotifyType``.
    """

    notify_mode: str | None = None
    """When the workflow sends notifications; defaults to Finish if not set.

    Known values (:class:`tencent_mps.enums.TaskNotifyConfigNotifyMode`); others may appear:
    ``Finish``: notify once when the whole workflow finishes
    ``Change``: notify whenever the status of a subtask changes

    Wire name: ``NotifyMode``.
    """

    notify_url: str | None = None
    """HTTP callback address; required when NotifyType is URL.

    Wire name: ``NotifyUrl``.
    """

    cmq_model: str | None = None
    """Messaging model of the CMQ or TDMQ-CMQ target.

    Known values (:class:`tencent_mps.enums.TaskNotifyConfigCmqModel`); others may appear:
    ``Queue``: queue model
    ``Topic``: topic model

    Wire name: ``CmqModel``.
    """

    cmq_region: str | None = None
    """Region of the CMQ or TDMQ-CMQ service, e.g. sh or bj.

    Wire name: ``CmqRegion``.
    """

    topic_name: str | None = None
    """Name of the CMQ or TDMQ-CMQ topic receiving notifications; only used when CmqModel is
    Topic.

    Wire name: ``TopicName``.
    """

    queue_name: str | None = None
    """Name of the CMQ or TDMQ-CMQ queue receiving notifications; only used when CmqModel is
    Queue.

    Wire name: ``QueueName``.
    """

    aws_sqs: models.AwsSQS | None = None
    """AWS SQS callback target; required when NotifyType is AWS-SQS. May be null if
    unavailable.

    Wire name: ``AwsSQS``.
    """

    notify_key: str | None = attrs.field(default=None, repr=False)
    """Key used to generate the signature of callback requests.

    Sensitive: left out of ``repr()``.

    Wire name: ``NotifyKey``.
    """


_KNOWN = frozenset(TaskNotifyConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TaskNotifyConfig:
    """Decode one ``TaskNotifyConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TaskNotifyConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("NotifyType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("NotifyType", "a string", v)
    o.notify_type = v
    v = get("NotifyMode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("NotifyMode", "a string", v)
    o.notify_mode = v
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
    v = get("TopicName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TopicName", "a string", v)
    o.topic_name = v
    v = get("QueueName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("QueueName", "a string", v)
    o.queue_name = v
    v = get("AwsSQS")
    if v is not None:
        n += 1
        try:
            v = _S["AwsSQS"](v)
        except DecodeError as e:
            raise e.with_prefix("AwsSQS") from None
    o.aws_sqs = v
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


bind(TaskNotifyConfig, _structure)
