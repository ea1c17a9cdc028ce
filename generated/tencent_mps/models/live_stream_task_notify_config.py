# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamTaskNotifyConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamTaskNotifyConfig:
    """Event notification settings of a live stream processing task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "notify_type": "NotifyType",
        "notify_url": "NotifyUrl",
        "cmq_model": "CmqModel",
        "cmq_region": "CmqRegion",
        "queue_name": "QueueName",
        "topic_name": "TopicName",
        "notify_key": "NotifyKey",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveStreamTaskNotifyConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "NotifyType",
        "NotifyUrl",
        "CmqModel",
        "CmqRegion",
        "QueueName",
        "TopicName",
        "NotifyKey",
    }
)


def _structure(data: Any) -> LiveStreamTaskNotifyConfig:
    """Decode one ``LiveStreamTaskNotifyConfig`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: LiveStreamTaskNotifyConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.notify_type
    if v is not None:
        d["NotifyType"] = v
    v = o.notify_url
    if v is not None:
        d["NotifyUrl"] = v
    v = o.cmq_model
    if v is not None:
        d["CmqModel"] = v
    v = o.cmq_region
    if v is not None:
        d["CmqRegion"] = v
    v = o.queue_name
    if v is not None:
        d["QueueName"] = v
    v = o.topic_name
    if v is not None:
        d["TopicName"] = v
    v = o.notify_key
    if v is not None:
        d["NotifyKey"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``LiveStreamTaskNotifyConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not LiveStreamTaskNotifyConfig:
        o = _e.as_model(o, LiveStreamTaskNotifyConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.notify_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("NotifyType", v)
        d["NotifyType"] = v
    v = o.notify_url
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("NotifyUrl", v)
        d["NotifyUrl"] = v
    v = o.cmq_model
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("CmqModel", v)
        d["CmqModel"] = v
    v = o.cmq_region
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("CmqRegion", v)
        d["CmqRegion"] = v
    v = o.queue_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("QueueName", v)
        d["QueueName"] = v
    v = o.topic_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TopicName", v)
        d["TopicName"] = v
    v = o.notify_key
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("NotifyKey", v)
        d["NotifyKey"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
