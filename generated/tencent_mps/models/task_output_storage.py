# generated from schema/describe-task-detail.schema.json by codegen (make generate); do not edit.
"""``TaskOutputStorage``: the model and its converter hooks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from tencent_mps._runtime import decoding as _d
from tencent_mps._runtime.exceptions import DecodeError

from ._registry import STRUCTURE as _S

if TYPE_CHECKING:
    from . import cos_output_storage as cos_output_storage_1
    from . import s3_output_storage as s3_output_storage_1
    from . import vod_output_storage as vod_output_storage_1

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TaskOutputStorage:
    """Describes where media processing output files are stored (COS, AWS S3 or VOD).

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    type: str | None = None
    """Type of output storage.

    Known values (:class:`tencent_mps.enums.TaskOutputStorageType`); others may appear:
    ``COS``: Tencent Cloud COS
    ``AWS-S3``: AWS S3; only for AWS tasks in the same region
    ``VOD``: VOD Professional edition

    Wire name: ``Type``.
    """

    cos_output_storage: cos_output_storage_1.CosOutputStorage | None = None
    """COS output location; required and used only when Type is COS. May be null if
    unavailable.

    Wire name: ``CosOutputStorage``.
    """

    s3_output_storage: s3_output_storage_1.S3OutputStorage | None = None
    """AWS S3 output location; required and used only when Type is AWS-S3. May be null if
    unavailable.

    Wire name: ``S3OutputStorage``.
    """

    vod_output_storage: vod_output_storage_1.VODOutputStorage | None = None
    """VOD Professional edition output location; required and used only when Type is VOD. May
    be null if unavailable.

    Wire name: ``VODOutputStorage``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TaskOutputStorage:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN = frozenset(
    {
        "Type",
        "CosOutputStorage",
        "S3OutputStorage",
        "VODOutputStorage",
    }
)


def _structure(data: Any) -> TaskOutputStorage:
    """Decode one ``TaskOutputStorage`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: TaskOutputStorage) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.cos_output_storage
    if v is not None:
        d["CosOutputStorage"] = v.to_dict()
    v = o.s3_output_storage
    if v is not None:
        d["S3OutputStorage"] = v.to_dict()
    v = o.vod_output_storage
    if v is not None:
        d["VODOutputStorage"] = v.to_dict()
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
