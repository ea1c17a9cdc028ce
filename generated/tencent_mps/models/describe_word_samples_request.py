# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeWordSamplesRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeWordSamplesRequest(Model):
    """Request of DescribeWordSamples: keyword, usage and tag filters plus paging."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "keywords": "Keywords",
        "usages": "Usages",
        "tags": "Tags",
        "offset": "Offset",
        "limit": "Limit",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[str",
        "[str",
        "[str",
        "int",
        "int",
    )

    keywords: list[str] | None = None
    """Keywords to match, at most 100.

    Wire name: ``Keywords``.
    """

    usages: list[str] | None = None
    """Usage scenarios to match: Recognition.Ocr, Recognition.Asr, Review.Ocr, Review.Asr, or
    the shorthands Recognition and Review. Several may be given; a keyword matches if any of
    its scenarios is in the list.

    Wire name: ``Usages``.
    """

    tags: list[str] | None = None
    """Tags to match, at most 20.

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


_KNOWN = frozenset(DescribeWordSamplesRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeWordSamplesRequest:
    """Decode one ``DescribeWordSamplesRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeWordSamplesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Keywords")
    if v is not None:
        n += 1
        v = _d.str_list("Keywords", v)
    o.keywords = v
    v = get("Usages")
    if v is not None:
        n += 1
        v = _d.str_list("Usages", v)
    o.usages = v
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


bind(DescribeWordSamplesRequest, _structure)
