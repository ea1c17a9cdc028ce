# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AwsS3FileUploadTrigger``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AwsS3FileUploadTrigger:
    """Trigger that starts processing when a file is uploaded to a bound AWS S3 bucket.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "s3_bucket": "S3Bucket",
        "s3_region": "S3Region",
        "dir": "Dir",
        "formats": "Formats",
        "s3_secret_id": "S3SecretId",
        "s3_secret_key": "S3SecretKey",
        "aws_sqs": "AwsSQS",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AwsS3FileUploadTrigger:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "S3Bucket",
        "S3Region",
        "Dir",
        "Formats",
        "S3SecretId",
        "S3SecretKey",
        "AwsSQS",
    }
)


def _structure(data: Any) -> AwsS3FileUploadTrigger:
    """Decode one ``AwsS3FileUploadTrigger`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Formats", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Formats", v, "a string", _d.is_str)
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


def _unstructure(o: AwsS3FileUploadTrigger) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.s3_bucket
    if v is not None:
        d["S3Bucket"] = v
    v = o.s3_region
    if v is not None:
        d["S3Region"] = v
    v = o.dir
    if v is not None:
        d["Dir"] = v
    v = o.formats
    if v is not None:
        d["Formats"] = list(v)
    v = o.s3_secret_id
    if v is not None:
        d["S3SecretId"] = v
    v = o.s3_secret_key
    if v is not None:
        d["S3SecretKey"] = v
    v = o.aws_sqs
    if v is not None:
        d["AwsSQS"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AwsS3FileUploadTrigger`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AwsS3FileUploadTrigger:
        o = _e.as_model(o, AwsS3FileUploadTrigger)
    d: dict[str, Any] = {}
    v: Any
    v = o.s3_bucket
    if v is None:
        raise _e.missing("S3Bucket", "a string")
    if type(v) is not str:
        v = _e.as_str("S3Bucket", v)
    d["S3Bucket"] = v
    v = o.s3_region
    if v is None:
        raise _e.missing("S3Region", "a string")
    if type(v) is not str:
        v = _e.as_str("S3Region", v)
    d["S3Region"] = v
    v = o.dir
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Dir", v)
        d["Dir"] = v
    v = o.formats
    if v is not None:
        d["Formats"] = _e.strs("Formats", v)
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
    v = o.aws_sqs
    if v is not None:
        try:
            d["AwsSQS"] = _R["AwsSQS"](v)
        except ValidationError as e:
            raise e.with_prefix("AwsSQS") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
