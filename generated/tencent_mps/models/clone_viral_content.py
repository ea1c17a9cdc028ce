# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneViralContent``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CloneViralContent:
    """Content and style settings for a viral video cloning task, such as prompt, language and
    market.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "user_prompt": "UserPrompt",
        "language": "Language",
        "market": "Market",
        "fission_level": "FissionLevel",
    }
    """Attribute name -> wire name, for every field."""

    user_prompt: str | None = None
    """Custom prompt stating requirements for the generated video.

    Wire name: ``UserPrompt``.
    """

    language: str | None = None
    """Target language of the video: zh, en, ja, ko, es, pt, or instrumental for music without
    voice-over. Not set by default.

    Wire name: ``Language``.
    """

    market: str | None = None
    """Target market: north_america, europe, china, japan, korea, sea or brazil. Not set by
    default.

    Wire name: ``Market``.
    """

    fission_level: str | None = None
    """How far the result may deviate from the original: exact, low, medium or high. Defaults
    to exact, a 1:1 clone.

    Wire name: ``FissionLevel``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CloneViralContent:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "UserPrompt",
        "Language",
        "Market",
        "FissionLevel",
    }
)


def _structure(data: Any) -> CloneViralContent:
    """Decode one ``CloneViralContent`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CloneViralContent)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("UserPrompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UserPrompt", "a string", v)
    o.user_prompt = v
    v = get("Language")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Language", "a string", v)
    o.language = v
    v = get("Market")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Market", "a string", v)
    o.market = v
    v = get("FissionLevel")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FissionLevel", "a string", v)
    o.fission_level = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CloneViralContent) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.user_prompt
    if v is not None:
        d["UserPrompt"] = v
    v = o.language
    if v is not None:
        d["Language"] = v
    v = o.market
    if v is not None:
        d["Market"] = v
    v = o.fission_level
    if v is not None:
        d["FissionLevel"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CloneViralContent`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CloneViralContent:
        o = _e.as_model(o, CloneViralContent)
    d: dict[str, Any] = {}
    v: Any
    v = o.user_prompt
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("UserPrompt", v)
        d["UserPrompt"] = v
    v = o.language
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Language", v)
        d["Language"] = v
    v = o.market
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Market", v)
        d["Market"] = v
    v = o.fission_level
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FissionLevel", v)
        d["FissionLevel"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
