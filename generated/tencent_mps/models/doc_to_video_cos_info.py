# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DocToVideoCosInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DocToVideoCosInfo:
    """COS location supplied in the request where the document-to-video results are stored.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "cos_bucket_region": "CosBucketRegion",
        "cos_bucket_name": "CosBucketName",
        "cos_bucket_path": "CosBucketPath",
    }
    """Attribute name -> wire name, for every field."""

    cos_bucket_region: str | None = None
    """Region of the COS bucket, for example ap-guangzhou.

    Wire name: ``CosBucketRegion``.
    """

    cos_bucket_name: str | None = None
    """Name of the COS bucket.

    Wire name: ``CosBucketName``.
    """

    cos_bucket_path: str | None = None
    """Path inside the COS bucket where results are written.

    Wire name: ``CosBucketPath``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocToVideoCosInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "CosBucketRegion",
        "CosBucketName",
        "CosBucketPath",
    }
)


def _structure(data: Any) -> DocToVideoCosInfo:
    """Decode one ``DocToVideoCosInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DocToVideoCosInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("CosBucketRegion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CosBucketRegion", "a string", v)
    o.cos_bucket_region = v
    v = get("CosBucketName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CosBucketName", "a string", v)
    o.cos_bucket_name = v
    v = get("CosBucketPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CosBucketPath", "a string", v)
    o.cos_bucket_path = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DocToVideoCosInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.cos_bucket_region
    if v is not None:
        d["CosBucketRegion"] = v
    v = o.cos_bucket_name
    if v is not None:
        d["CosBucketName"] = v
    v = o.cos_bucket_path
    if v is not None:
        d["CosBucketPath"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DocToVideoCosInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DocToVideoCosInfo:
        o = _e.as_model(o, DocToVideoCosInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.cos_bucket_region
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("CosBucketRegion", v)
        d["CosBucketRegion"] = v
    v = o.cos_bucket_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("CosBucketName", v)
        d["CosBucketName"] = v
    v = o.cos_bucket_path
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("CosBucketPath", v)
        d["CosBucketPath"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
