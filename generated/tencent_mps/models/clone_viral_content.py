# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneViralContent`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CloneViralContent(Model):
    """Content and style settings for a viral video cloning task, such as prompt, language and
    market.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "user_prompt": "UserPrompt",
        "language": "Language",
        "market": "Market",
        "fission_level": "FissionLevel",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(CloneViralContent.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CloneViralContent:
    """Decode one ``CloneViralContent`` wire object: the straight-line decoder of this model."""
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


bind(CloneViralContent, _structure)
