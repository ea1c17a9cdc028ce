# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribePersonSamplesRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribePersonSamplesRequest:
    """Request of DescribePersonSamples: the library type, IDs, names and tags to filter by, and
    paging.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "person_ids": "PersonIds",
        "names": "Names",
        "tags": "Tags",
        "offset": "Offset",
        "limit": "Limit",
    }
    """Attribute name -> wire name, for every field."""

    type: str | None = None
    """Library to read from: UserDefine (default) or Default. For the system library, samples
    can only be fetched by name or by ID plus name, and only one face image is returned.

    Known values (:class:`tencent_mps.enums.AiRecognitionTaskFaceResultItemType`); others may appear:
    ``UserDefine``: user-defined library
    ``Default``: system default library

    Wire name: ``Type``.
    """

    person_ids: list[str] | None = None
    """Sample IDs to match, at most 100.

    Wire name: ``PersonIds``.
    """

    names: list[str] | None = None
    """Sample names to match, at most 20.

    Wire name: ``Names``.
    """

    tags: list[str] | None = None
    """Sample tags to match, at most 20.

    Wire name: ``Tags``.
    """

    offset: int | None = None
    """Paging offset; default 0.

    Wire name: ``Offset``.
    """

    limit: int | None = None
    """Number of records to return; default 100, maximum 100.

    Wire name: ``Limit``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DescribePersonSamplesRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "PersonIds",
        "Names",
        "Tags",
        "Offset",
        "Limit",
    }
)


def _structure(data: Any) -> DescribePersonSamplesRequest:
    """Decode one ``DescribePersonSamplesRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribePersonSamplesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("PersonIds")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("PersonIds", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("PersonIds", v, "a string", _d.is_str)
    o.person_ids = v
    v = get("Names")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Names", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Names", v, "a string", _d.is_str)
    o.names = v
    v = get("Tags")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Tags", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Tags", v, "a string", _d.is_str)
    o.tags = v
    v = get("Offset")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Offset", "an integer", v)
    o.offset = v
    v = get("Limit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Limit", "an integer", v)
    o.limit = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DescribePersonSamplesRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.person_ids
    if v is not None:
        d["PersonIds"] = list(v)
    v = o.names
    if v is not None:
        d["Names"] = list(v)
    v = o.tags
    if v is not None:
        d["Tags"] = list(v)
    v = o.offset
    if v is not None:
        d["Offset"] = v
    v = o.limit
    if v is not None:
        d["Limit"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DescribePersonSamplesRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DescribePersonSamplesRequest:
        o = _e.as_model(o, DescribePersonSamplesRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    v = o.person_ids
    if v is not None:
        d["PersonIds"] = _e.strs("PersonIds", v)
    v = o.names
    if v is not None:
        d["Names"] = _e.strs("Names", v)
    v = o.tags
    if v is not None:
        d["Tags"] = _e.strs("Tags", v)
    v = o.offset
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Offset", v)
        d["Offset"] = v
    v = o.limit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Limit", v)
        d["Limit"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
