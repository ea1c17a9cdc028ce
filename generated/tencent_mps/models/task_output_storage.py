# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TaskOutputStorage``: the model and its codecs."""

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
class TaskOutputStorage:
    """Describes where media processing output files are stored (COS, AWS S3 or VOD).

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "cos_output_storage": "CosOutputStorage",
        "s3_output_storage": "S3OutputStorage",
        "vod_output_storage": "VODOutputStorage",
    }
    """Attribute name -> wire name, for every field."""

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


_KNOWN: frozenset[str] = frozenset(
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
        d["CosOutputStorage"] = _d.wire(v)
    v = o.s3_output_storage
    if v is not None:
        d["S3OutputStorage"] = _d.wire(v)
    v = o.vod_output_storage
    if v is not None:
        d["VODOutputStorage"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``TaskOutputStorage`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not TaskOutputStorage:
        o = _e.as_model(o, TaskOutputStorage)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.cos_output_storage
    if v is not None:
        try:
            d["CosOutputStorage"] = _R["CosOutputStorage"](v)
        except ValidationError as e:
            raise e.with_prefix("CosOutputStorage") from None
    v = o.s3_output_storage
    if v is not None:
        try:
            d["S3OutputStorage"] = _R["S3OutputStorage"](v)
        except ValidationError as e:
            raise e.with_prefix("S3OutputStorage") from None
    v = o.vod_output_storage
    if v is not None:
        try:
            d["VODOutputStorage"] = _R["VODOutputStorage"](v)
        except ValidationError as e:
            raise e.with_prefix("VODOutputStorage") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
