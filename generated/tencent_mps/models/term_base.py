# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TermBase``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TermBase:
    """A glossary entry mapping a source-language term to its target-language rendering.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "src": "Src",
        "dst": "Dst",
        "src_language": "SrcLanguage",
        "dst_language": "DstLanguage",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TermBase:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Src",
        "Dst",
        "SrcLanguage",
        "DstLanguage",
    }
)


def _structure(data: Any) -> TermBase:
    """Decode one ``TermBase`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: TermBase) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.src
    if v is not None:
        d["Src"] = v
    v = o.dst
    if v is not None:
        d["Dst"] = v
    v = o.src_language
    if v is not None:
        d["SrcLanguage"] = v
    v = o.dst_language
    if v is not None:
        d["DstLanguage"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``TermBase`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not TermBase:
        o = _e.as_model(o, TermBase)
    d: dict[str, Any] = {}
    v: Any
    v = o.src
    if v is None:
        raise _e.missing("Src", "a string")
    if type(v) is not str:
        v = _e.as_str("Src", v)
    d["Src"] = v
    v = o.dst
    if v is None:
        raise _e.missing("Dst", "a string")
    if type(v) is not str:
        v = _e.as_str("Dst", v)
    d["Dst"] = v
    v = o.src_language
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SrcLanguage", v)
        d["SrcLanguage"] = v
    v = o.dst_language
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("DstLanguage", v)
        d["DstLanguage"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
