# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CosInputInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CosInputInfo(Model):
    """Location of an input media file stored in Tencent Cloud COS."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "bucket": "Bucket",
        "region": "Region",
        "object": "Object",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str!",
    )

    bucket: str | None = None
    """Name of the COS bucket holding the input file, e.g. TopRankVideo-125xxx88.

    Required in requests.

    Wire name: ``Bucket``.
    """

    region: str | None = None
    """Region of the COS bucket, e.g. ap-chongqing.

    Required in requests.

    Wire name: ``Region``.
    """

    object: str | None = None
    """Path of the input file within the bucket, e.g. /movie/201907/WildAnimal.mov.

    Required in requests.

    Wire name: ``Object``.
    """


_KNOWN = frozenset(CosInputInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CosInputInfo:
    """Decode one ``CosInputInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CosInputInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Bucket")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Bucket", "a string", v)
    o.bucket = v
    v = get("Region")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Region", "a string", v)
    o.region = v
    v = get("Object")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Object", "a string", v)
    o.object = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CosInputInfo, _structure)
