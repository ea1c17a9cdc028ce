# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VODInputInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class VODInputInfo:
    """Location of an input media file stored in Tencent Cloud VOD (Professional or Standard
    edition).

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "bucket": "Bucket",
        "region": "Region",
        "object": "Object",
        "sub_app_id": "SubAppId",
        "vod_basic": "VodBasic",
        "file_id": "FileId",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VODInputInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Bucket",
        "Region",
        "Object",
        "SubAppId",
        "VodBasic",
        "FileId",
    }
)


def _structure(data: Any) -> VODInputInfo:
    """Decode one ``VODInputInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: VODInputInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.bucket
    if v is not None:
        d["Bucket"] = v
    v = o.region
    if v is not None:
        d["Region"] = v
    v = o.object
    if v is not None:
        d["Object"] = v
    v = o.sub_app_id
    if v is not None:
        d["SubAppId"] = v
    v = o.vod_basic
    if v is not None:
        d["VodBasic"] = v
    v = o.file_id
    if v is not None:
        d["FileId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``VODInputInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not VODInputInfo:
        o = _e.as_model(o, VODInputInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.bucket
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Bucket", v)
        d["Bucket"] = v
    v = o.region
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Region", v)
        d["Region"] = v
    v = o.object
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Object", v)
        d["Object"] = v
    v = o.sub_app_id
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SubAppId", v)
        d["SubAppId"] = v
    v = o.vod_basic
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("VodBasic", v)
        d["VodBasic"] = v
    v = o.file_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FileId", v)
        d["FileId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
