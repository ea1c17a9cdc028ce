# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``S3InputInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class S3InputInfo(Model):
    """Location of an input media file stored in AWS S3, with the credentials needed to access it."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "s3_bucket": "S3Bucket",
        "s3_region": "S3Region",
        "s3_object": "S3Object",
        "s3_secret_id": "S3SecretId",
        "s3_secret_key": "S3SecretKey",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str!",
        "str",
        "str",
    )

    s3_bucket: str | None = None
    """Name of the S3 bucket holding the input file. May be null if unavailable.

    Required in requests.

    Wire name: ``S3Bucket``.
    """

    s3_region: str | None = None
    """Region of the S3 bucket; us-east-1 and eu-west-3 are currently supported. May be null.

    Known values (:class:`tencent_mps.enums.S3InputInfoS3Region`); others may appear:
    ``us-east-1``: US East (N. Virginia)
    ``eu-west-3``: Europe (Paris)

    Required in requests.

    Wire name: ``S3Region``.
    """

    s3_object: str | None = None
    """Path of the media file within the S3 bucket. May be null if unavailable.

    Required in requests.

    Wire name: ``S3Object``.
    """

    s3_secret_id: str | None = attrs.field(default=None, repr=False)
    """Secret ID used to access the media file over the AWS internal network. May be null if
    unavailable.

    Sensitive: left out of ``repr()``.

    Wire name: ``S3SecretId``.
    """

    s3_secret_key: str | None = attrs.field(default=None, repr=False)
    """Secret key used to access the media file over the AWS internal network. May be null if
    unavailable.

    Sensitive: left out of ``repr()``.

    Wire name: ``S3SecretKey``.
    """


_KNOWN = frozenset(S3InputInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> S3InputInfo:
    """Decode one ``S3InputInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(S3InputInfo)
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
    v = get("S3Object")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("S3Object", "a string", v)
    o.s3_object = v
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


bind(S3InputInfo, _structure)
