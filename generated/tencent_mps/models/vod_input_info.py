# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VODInputInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class VODInputInfo(Model):
    """Location of an input media file stored in Tencent Cloud VOD (Professional or Standard
    edition).
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "bucket": "Bucket",
        "region": "Region",
        "object": "Object",
        "sub_app_id": "SubAppId",
        "vod_basic": "VodBasic",
        "file_id": "FileId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "int",
        "int",
        "str",
    )

    bucket: str | None = None
    """Bucket ID where the input file is stored.

    Wire name: ``Bucket``.
    """

    region: str | None = None
    """Region of the bucket holding the input file.

    Wire name: ``Region``.
    """

    object: str | None = None
    """Path of the input file within the bucket.

    Wire name: ``Object``.
    """

    sub_app_id: int | None = None
    """ID of the VOD sub-application.

    Wire name: ``SubAppId``.
    """

    vod_basic: int | None = None
    """Whether to use VOD Standard edition instead of Professional edition. Defaults to 0
    (Professional).

    Known values; others may appear:
    ``0``: VOD Professional edition (default)
    ``1``: VOD Standard edition; the task can be started with a FileId

    Wire name: ``VodBasic``.
    """

    file_id: str | None = None
    """File ID of the media in VOD Standard edition.

    Wire name: ``FileId``.
    """


_KNOWN = frozenset(VODInputInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> VODInputInfo:
    """Decode one ``VODInputInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(VODInputInfo)
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
    v = get("SubAppId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubAppId", "an integer", v)
    o.sub_app_id = v
    v = get("VodBasic")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("VodBasic", "an integer", v)
    o.vod_basic = v
    v = get("FileId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FileId", "a string", v)
    o.file_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(VODInputInfo, _structure)
