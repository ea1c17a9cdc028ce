# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TaskOutputStorage`` (sent in requests)."""

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
class TaskOutputStorage(Model):
    """Describes where media processing output files are stored (COS, AWS S3 or VOD)."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "cos_output_storage": "CosOutputStorage",
        "s3_output_storage": "S3OutputStorage",
        "vod_output_storage": "VODOutputStorage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "CosOutputStorage",
        "S3OutputStorage",
        "VODOutputStorage",
    )

    type: str | None = None
    """Type of output storage.

    Known values (:class:`tencent_mps.enums.TaskOutputStorageType`); others may appear:
    ``COS``: Tencent Cloud COS
    ``AWS-S3``: AWS S3; only for AWS tasks in the same region
    ``VOD``: VOD Professional edition

    Required in requests.

    Wire name: ``Type``.
    """

    cos_output_storage: models.CosOutputStorage | None = None
    """COS output location; required and used only when Type is COS. May be null if
    unavailable.

    Wire name: ``CosOutputStorage``.
    """

    s3_output_storage: models.S3OutputStorage | None = None
    """AWS S3 output location; required and used only when Type is AWS-S3. May be null if
    unavailable.

    Wire name: ``S3OutputStorage``.
    """

    vod_output_storage: models.VODOutputStorage | None = None
    """VOD Professional edition output location; required and used only when Type is VOD. May
    be null if unavailable.

    Wire name: ``VODOutputStorage``.
    """


_KNOWN = frozenset(TaskOutputStorage.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TaskOutputStorage:
    """Decode one ``TaskOutputStorage`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TaskOutputStorage)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("CosOutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["CosOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("CosOutputStorage") from None
    o.cos_output_storage = v
    v = get("S3OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["S3OutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("S3OutputStorage") from None
    o.s3_output_storage = v
    v = get("VODOutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["VODOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("VODOutputStorage") from None
    o.vod_output_storage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TaskOutputStorage, _structure)
