# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WorkflowTrigger``: the model and its codecs."""

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
class WorkflowTrigger:
    """Input rule of a workflow or schedule; an upload that matches it starts processing.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "cos_file_upload_trigger": "CosFileUploadTrigger",
        "aws_s3_file_upload_trigger": "AwsS3FileUploadTrigger",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkflowTrigger:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "CosFileUploadTrigger",
        "AwsS3FileUploadTrigger",
    }
)


def _structure(data: Any) -> WorkflowTrigger:
    """Decode one ``WorkflowTrigger`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: WorkflowTrigger) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.cos_file_upload_trigger
    if v is not None:
        d["CosFileUploadTrigger"] = _d.wire(v)
    v = o.aws_s3_file_upload_trigger
    if v is not None:
        d["AwsS3FileUploadTrigger"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``WorkflowTrigger`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not WorkflowTrigger:
        o = _e.as_model(o, WorkflowTrigger)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.cos_file_upload_trigger
    if v is not None:
        try:
            d["CosFileUploadTrigger"] = _R["CosFileUploadTrigger"](v)
        except ValidationError as e:
            raise e.with_prefix("CosFileUploadTrigger") from None
    v = o.aws_s3_file_upload_trigger
    if v is not None:
        try:
            d["AwsS3FileUploadTrigger"] = _R["AwsS3FileUploadTrigger"](v)
        except ValidationError as e:
            raise e.with_prefix("AwsS3FileUploadTrigger") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
