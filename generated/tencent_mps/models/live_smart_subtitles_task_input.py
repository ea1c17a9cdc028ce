# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveSmartSubtitlesTaskInput`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveSmartSubtitlesTaskInput(Model):
    """Input of a live smart subtitle task: the template to use and optional extra parameters."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "user_ext_para": "UserExtPara",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
    )

    definition: int | None = None
    """ID of the smart subtitle template.

    Wire name: ``Definition``.
    """

    user_ext_para: str | None = None
    """User extension parameters; not needed in ordinary scenarios.

    Wire name: ``UserExtPara``.
    """


_KNOWN = frozenset(LiveSmartSubtitlesTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveSmartSubtitlesTaskInput:
    """Decode one ``LiveSmartSubtitlesTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveSmartSubtitlesTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("UserExtPara")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UserExtPara", "a string", v)
    o.user_ext_para = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveSmartSubtitlesTaskInput, _structure)
