# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribePersonSamplesRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribePersonSamplesRequest(Model):
    """Request of DescribePersonSamples: the library type, IDs, names and tags to filter by, and
    paging.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "person_ids": "PersonIds",
        "names": "Names",
        "tags": "Tags",
        "offset": "Offset",
        "limit": "Limit",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[str",
        "[str",
        "[str",
        "int",
        "int",
    )

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


_KNOWN = frozenset(DescribePersonSamplesRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribePersonSamplesRequest:
    """Decode one ``DescribePersonSamplesRequest`` wire object: the straight-line decoder of this model."""
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
        v = _d.str_list("PersonIds", v)
    o.person_ids = v
    v = get("Names")
    if v is not None:
        n += 1
        v = _d.str_list("Names", v)
    o.names = v
    v = get("Tags")
    if v is not None:
        n += 1
        v = _d.str_list("Tags", v)
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


bind(DescribePersonSamplesRequest, _structure)
