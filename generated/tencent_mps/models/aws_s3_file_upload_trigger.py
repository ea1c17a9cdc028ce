# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AwsS3FileUploadTrigger`` (sent in requests)."""

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
class AwsS3FileUploadTrigger(Model):
    """Trigger that starts processing when a file is uploaded to a bound AWS S3 bucket."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "s3_bucket": "S3Bucket",
        "s3_region": "S3Region",
        "dir": "Dir",
        "formats": "Formats",
        "s3_secret_id": "S3SecretId",
        "s3_secret_key": "S3SecretKey",
        "aws_sqs": "AwsSQS",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
        "[str",
        "str",
        "str",
        "AwsSQS",
    )

    s3_bucket: str | None = None
    """AWS S3 bucket bound to the trigger.

    Required in requests.

    Wire name: ``S3Bucket``.
    """

    s3_region: str | None = None
    """AWS region of the bound bucket; currently us-east-1 or eu-west-3.

    Known values (:class:`tencent_mps.enums.S3InputInfoS3Region`); others may appear:
    ``us-east-1``: aws us east (n. virginia) region
    ``eu-west-3``: aws europe (paris) region

    Required in requests.

    Wire name: ``S3Region``.
    """

    dir: str | None = None
    """Input directory watched by the trigger, an absolute path that starts and ends with /,
    for example /movie/201907/. Empty means the root directory /.

    Wire name: ``Dir``.
    """

    formats: list[str] | None = None
    """File formats allowed to trigger the workflow, for example ["mp4", "flv", "mov"]. Empty
    means files of any format trigger it.

    Wire name: ``Formats``.
    """

    s3_secret_id: str | None = None
    """Secret ID used to access the bound AWS S3 bucket. May be null if unavailable.

    Wire name: ``S3SecretId``.
    """

    s3_secret_key: str | None = None
    """Secret key used to access the bound AWS S3 bucket. May be null if unavailable.

    Wire name: ``S3SecretKey``.
    """

    aws_sqs: models.AwsSQS | None = None
    """AWS SQS event queue of the bound bucket; the queue must be in the same region as the
    bucket. May be null if unavailable.

    Wire name: ``AwsSQS``.
    """


_KNOWN = frozenset(AwsS3FileUploadTrigger.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AwsS3FileUploadTrigger:
    """Decode one ``AwsS3FileUploadTrigger`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AwsS3FileUploadTrigger)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("S3Bucket")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("S3Bucket", "a string", v)
    o.s3_bucket = v
    v = get("S3Region")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("S3Region", "a string", v)
    o.s3_region = v
    v = get("Dir")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Dir", "a string", v)
    o.dir = v
    v = get("Formats")
    if v is not None:
        n += 1
        v = _d.str_list("Formats", v)
    o.formats = v
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
    v = get("AwsSQS")
    if v is not None:
        n += 1
        try:
            v = _S["AwsSQS"](v)
        except DecodeError as e:
            raise e.with_prefix("AwsSQS") from None
    o.aws_sqs = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AwsS3FileUploadTrigger, _structure)
