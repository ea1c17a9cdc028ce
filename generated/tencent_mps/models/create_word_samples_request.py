# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateWordSamplesRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateWordSamplesRequest:
    """Request of CreateWordSamples: the keywords to add and the scenarios they are used in.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "usages": "Usages",
        "words": "Words",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateWordSamplesRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Usages",
        "Words",
    }
)


def _structure(data: Any) -> CreateWordSamplesRequest:
    """Decode one ``CreateWordSamplesRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateWordSamplesRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Usages")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Usages", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Usages", v, "a string", _d.is_str)
    o.usages = v
    v = get("Words")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Words", "an array", v)
        if v:
            f = _S["AiSampleWordInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Words", v, f) from None
        else:
            v = []
    o.words = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreateWordSamplesRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.usages
    if v is not None:
        d["Usages"] = list(v)
    v = o.words
    if v is not None:
        d["Words"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateWordSamplesRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateWordSamplesRequest:
        o = _e.as_model(o, CreateWordSamplesRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.usages
    if v is None:
        raise _e.missing("Usages", "an array")
    d["Usages"] = _e.strs("Usages", v)
    v = o.words
    if v is None:
        raise _e.missing("Words", "an array")
    d["Words"] = _e.models("Words", v, _R["AiSampleWordInfo"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
