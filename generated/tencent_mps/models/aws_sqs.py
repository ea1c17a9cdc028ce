# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AwsSQS``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AwsSQS:
    """AWS SQS queue that receives task event notifications, together with the credentials used to
    access it.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "sqs_region": "SQSRegion",
        "sqs_queue_name": "SQSQueueName",
        "s3_secret_id": "S3SecretId",
        "s3_secret_key": "S3SecretKey",
    }
    """Attribute name -> wire name, for every field."""

    sqs_region: str | None = None
    """Region of the SQS queue, e.g. ap-southeast-1. May be null if unavailable.

    Required in requests.

    Wire name: ``SQSRegion``.
    """

    sqs_queue_name: str | None = None
    """Name of the SQS queue. May be null if unavailable.

    Required in requests.

    Wire name: ``SQSQueueName``.
    """

    s3_secret_id: str | None = attrs.field(default=None, repr=False)
    """Secret ID used to read from and write to the SQS queue. May be null if unavailable.

    Sensitive: left out of ``repr()``.

    Wire name: ``S3SecretId``.
    """

    s3_secret_key: str | None = attrs.field(default=None, repr=False)
    """Secret key used to read from and write to the SQS queue. May be null if unavailable.

    Sensitive: left out of ``repr()``.

    Wire name: ``S3SecretKey``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AwsSQS:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SQSRegion",
        "SQSQueueName",
        "S3SecretId",
        "S3SecretKey",
    }
)


def _structure(data: Any) -> AwsSQS:
    """Decode one ``AwsSQS`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AwsSQS)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SQSRegion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SQSRegion", "a string", v)
    o.sqs_region = v
    v = get("SQSQueueName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SQSQueueName", "a string", v)
    o.sqs_queue_name = v
    v = get("S3SecretId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("S3SecretId", "a string", v)
    o.s3_secret_id = v
    v = get("S3SecretKey")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("S3SecretKey", "a string", v)
    o.s3_secret_key = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AwsSQS) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.sqs_region
    if v is not None:
        d["SQSRegion"] = v
    v = o.sqs_queue_name
    if v is not None:
        d["SQSQueueName"] = v
    v = o.s3_secret_id
    if v is not None:
        d["S3SecretId"] = v
    v = o.s3_secret_key
    if v is not None:
        d["S3SecretKey"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AwsSQS`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AwsSQS:
        o = _e.as_model(o, AwsSQS)
    d: dict[str, Any] = {}
    v: Any
    v = o.sqs_region
    if v is None:
        raise _e.missing("SQSRegion", "a string")
    if type(v) is not str:
        v = _e.as_str("SQSRegion", v)
    d["SQSRegion"] = v
    v = o.sqs_queue_name
    if v is None:
        raise _e.missing("SQSQueueName", "a string")
    if type(v) is not str:
        v = _e.as_str("SQSQueueName", v)
    d["SQSQueueName"] = v
    v = o.s3_secret_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("S3SecretId", v)
        d["S3SecretId"] = v
    v = o.s3_secret_key
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("S3SecretKey", v)
        d["S3SecretKey"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
