# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TermBase`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TermBase(Model):
    """A glossary entry mapping a source-language term to its target-language rendering."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "src": "Src",
        "dst": "Dst",
        "src_language": "SrcLanguage",
        "dst_language": "DstLanguage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
        "str",
    )

    src: str | None = None
    """The term in the source language.

    Required in requests.

    Wire name: ``Src``.
    """

    dst: str | None = None
    """The term in the target language.

    Required in requests.

    Wire name: ``Dst``.
    """

    src_language: str | None = None
    """Language code of the source term, for example en; a long list of codes is supported,
    including regional variants such as fr-CA, pt-BR and zh-TW.

    Wire name: ``SrcLanguage``.
    """

    dst_language: str | None = None
    """Language code of the target term, for example zh; the same list of codes as SrcLanguage
    is supported.

    Wire name: ``DstLanguage``.
    """


_KNOWN = frozenset(TermBase.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> TermBase:
    """Decode one ``TermBase`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TermBase)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Src")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Src", "a string", v)
    o.src = v
    v = get("Dst")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Dst", "a string", v)
    o.dst = v
    v = get("SrcLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SrcLanguage", "a string", v)
    o.src_language = v
    v = get("DstLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DstLanguage", "a string", v)
    o.dst_language = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(TermBase, _structure)
