# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CosInputInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CosInputInfo:
    """Location of an input media file stored in Tencent Cloud COS.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "bucket": "Bucket",
        "region": "Region",
        "object": "Object",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CosInputInfo:
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
    }
)


def _structure(data: Any) -> CosInputInfo:
    """Decode one ``CosInputInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: CosInputInfo) -> dict[str, Any]:
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
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CosInputInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CosInputInfo:
        o = _e.as_model(o, CosInputInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.bucket
    if v is None:
        raise _e.missing("Bucket", "a string")
    if type(v) is not str:
        v = _e.as_str("Bucket", v)
    d["Bucket"] = v
    v = o.region
    if v is None:
        raise _e.missing("Region", "a string")
    if type(v) is not str:
        v = _e.as_str("Region", v)
    d["Region"] = v
    v = o.object
    if v is None:
        raise _e.missing("Object", "a string")
    if type(v) is not str:
        v = _e.as_str("Object", v)
    d["Object"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
