# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DocToVideoCosInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DocToVideoCosInfo(Model):
    """COS location supplied in the request where the document-to-video results are stored."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "cos_bucket_region": "CosBucketRegion",
        "cos_bucket_name": "CosBucketName",
        "cos_bucket_path": "CosBucketPath",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(DocToVideoCosInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DocToVideoCosInfo:
    """Decode one ``DocToVideoCosInfo`` wire object: the straight-line decoder of this model."""
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


bind(DocToVideoCosInfo, _structure)
