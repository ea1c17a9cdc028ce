# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateWordSamplesRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateWordSamplesRequest(Model):
    """Request of CreateWordSamples: the keywords to add and the scenarios they are used in."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "usages": "Usages",
        "words": "Words",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[str!",
        "[AiSampleWordInfo!",
    )

    usages: list[str] | None = None
    """Scenarios the keywords are used in: Recognition.Ocr, Recognition.Asr, Review.Ocr,
    Review.Asr, or the shorthands Recognition (both recognition kinds), Review (both review
    kinds) and All (all four).

    Required in requests.

    Wire name: ``Usages``.
    """

    words: list[models.AiSampleWordInfo] | None = None
    """Keywords to create, at most 100.

    Required in requests.

    Wire name: ``Words``.
    """


_KNOWN = frozenset(CreateWordSamplesRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateWordSamplesRequest:
    """Decode one ``CreateWordSamplesRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateWordSamplesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Usages")
    if v is not None:
        n += 1
        v = _d.str_list("Usages", v)
    o.usages = v
    v = get("Words")
    if v is not None:
        n += 1
        v = _d.objects("Words", v, _S["AiSampleWordInfo"])
    o.words = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateWordSamplesRequest, _structure)
