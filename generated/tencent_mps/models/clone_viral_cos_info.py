# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneViralCosInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CloneViralCosInfo(Model):
    """COS location where the output of a viral video cloning task is written."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "region": "Region",
        "bucket": "Bucket",
        "dir": "Dir",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
    )

    region: str | None = None
    """Region of the COS bucket, for example ap-nanjing.

    Wire name: ``Region``.
    """

    bucket: str | None = None
    """Name of the COS bucket.

    Wire name: ``Bucket``.
    """

    dir: str | None = None
    """Directory in the bucket; the root directory when empty.

    Wire name: ``Dir``.
    """


_KNOWN = frozenset(CloneViralCosInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CloneViralCosInfo:
    """Decode one ``CloneViralCosInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CloneViralCosInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Region")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Region", "a string", v)
    o.region = v
    v = get("Bucket")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Bucket", "a string", v)
    o.bucket = v
    v = get("Dir")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Dir", "a string", v)
    o.dir = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CloneViralCosInfo, _structure)
