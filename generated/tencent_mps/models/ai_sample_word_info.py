# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiSampleWordInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiSampleWordInfo(Model):
    """A keyword sample to create, with optional tags."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "keyword": "Keyword",
        "tags": "Tags",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[str",
    )

    keyword: str | None = None
    """The keyword text, at most 20 characters.

    Required in requests.

    Wire name: ``Keyword``.
    """

    tags: list[str] | None = None
    """Tags for the keyword: at most 20 tags, each at most 128 characters.

    Wire name: ``Tags``.
    """


_KNOWN = frozenset(AiSampleWordInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiSampleWordInfo:
    """Decode one ``AiSampleWordInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiSampleWordInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Keyword")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Keyword", "a string", v)
    o.keyword = v
    v = get("Tags")
    if v is not None:
        n += 1
        v = _d.str_list("Tags", v)
    o.tags = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiSampleWordInfo, _structure)
