# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyWordSampleRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyWordSampleRequest(Model):
    """Request of ModifyWordSample: the keyword to change and its new usages and tag operations."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "keyword": "Keyword",
        "usages": "Usages",
        "tag_operation_info": "TagOperationInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[str",
        "AiSampleTagOperation",
    )

    keyword: str | None = None
    """Keyword to modify, at most 128 characters; the keyword text itself cannot be changed.

    Required in requests.

    Wire name: ``Keyword``.
    """

    usages: list[str] | None = None
    """New usage scenarios: Recognition.Ocr, Recognition.Asr, Review.Ocr, Review.Asr, or the
    shorthands Recognition, Review and All.

    Wire name: ``Usages``.
    """

    tag_operation_info: models.AiSampleTagOperation | None = None
    """Operation to apply to the keyword's tags.

    Wire name: ``TagOperationInfo``.
    """


_KNOWN = frozenset(ModifyWordSampleRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyWordSampleRequest:
    """Decode one ``ModifyWordSampleRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyWordSampleRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Keyword")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Keyword", "a string", v)
    o.keyword = v
    v = get("Usages")
    if v is not None:
        n += 1
        v = _d.str_list("Usages", v)
    o.usages = v
    v = get("TagOperationInfo")
    if v is not None:
        n += 1
        try:
            v = _S["AiSampleTagOperation"](v)
        except DecodeError as e:
            raise e.with_prefix("TagOperationInfo") from None
    o.tag_operation_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyWordSampleRequest, _structure)
