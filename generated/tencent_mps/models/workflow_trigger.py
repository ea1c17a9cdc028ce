# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WorkflowTrigger`` (sent in requests)."""

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
class WorkflowTrigger(Model):
    """Input rule of a workflow or schedule; an upload that matches it starts processing."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "cos_file_upload_trigger": "CosFileUploadTrigger",
        "aws_s3_file_upload_trigger": "AwsS3FileUploadTrigger",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "CosFileUploadTrigger",
        "AwsS3FileUploadTrigger",
    )

    type: str | None = None
    """Trigger type: CosFileUpload or AwsS3FileUpload (transcoding only, and supported by
    schedules but not workflows).

    Known values (:class:`tencent_mps.enums.DescribeSchedulesRequestTriggerType`); others may appear:
    ``CosFileUpload``: triggered by a COS upload
    ``AwsS3FileUpload``: triggered by an AWS S3 upload; transcoding only, schedules only

    Required in requests.

    Wire name: ``Type``.
    """

    cos_file_upload_trigger: models.CosFileUploadTrigger | None = None
    """COS trigger rule; required and used only when Type is CosFileUpload. May be null if
    unavailable.

    Wire name: ``CosFileUploadTrigger``.
    """

    aws_s3_file_upload_trigger: models.AwsS3FileUploadTrigger | None = None
    """AWS S3 trigger rule; required and used only when Type is AwsS3FileUpload. The keys of
    the S3 bucket, its trigger SQS queue and the callback SQS queue must currently be the
    same. May be null if unavailable.

    Wire name: ``AwsS3FileUploadTrigger``.
    """


_KNOWN = frozenset(WorkflowTrigger.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> WorkflowTrigger:
    """Decode one ``WorkflowTrigger`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(WorkflowTrigger)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("CosFileUploadTrigger")
    if v is not None:
        n += 1
        try:
            v = _S["CosFileUploadTrigger"](v)
        except DecodeError as e:
            raise e.with_prefix("CosFileUploadTrigger") from None
    o.cos_file_upload_trigger = v
    v = get("AwsS3FileUploadTrigger")
    if v is not None:
        n += 1
        try:
            v = _S["AwsS3FileUploadTrigger"](v)
        except DecodeError as e:
            raise e.with_prefix("AwsS3FileUploadTrigger") from None
    o.aws_s3_file_upload_trigger = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(WorkflowTrigger, _structure)
