# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``WordResult``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class WordResult(Model):
    """A single recognized word with its timing and, when translation is enabled, its translated
    text.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "word": "Word",
        "start": "Start",
        "end": "End",
        "trans": "Trans",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "float",
        "float",
        "str",
    )

    word: str | None = None
    """Text of the recognized word.

    Wire name: ``Word``.
    """

    start: float | None = None
    """Start timestamp of the word, in seconds.

    Unit: s.

    Wire name: ``Start``.
    """

    end: float | None = None
    """End timestamp of the word, in seconds.

    Unit: s.

    Wire name: ``End``.
    """

    trans: str | None = None
    """Translated text of the word.

    Wire name: ``Trans``.
    """


_KNOWN = frozenset(WordResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> WordResult:
    """Decode one ``WordResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(WordResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Word")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Word", "a string", v)
    o.word = v
    v = get("Start")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Start", v)
    o.start = v
    v = get("End")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("End", v)
    o.end = v
    v = get("Trans")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Trans", "a string", v)
    o.trans = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(WordResult, _structure)
