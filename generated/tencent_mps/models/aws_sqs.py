# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AwsSQS`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AwsSQS(Model):
    """AWS SQS queue that receives task event notifications, together with the credentials used to
    access it.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "sqs_region": "SQSRegion",
        "sqs_queue_name": "SQSQueueName",
        "s3_secret_id": "S3SecretId",
        "s3_secret_key": "S3SecretKey",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
        "str",
    )

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


_KNOWN = frozenset(AwsSQS.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AwsSQS:
    """Decode one ``AwsSQS`` wire object: the straight-line decoder of this model."""
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


bind(AwsSQS, _structure)
