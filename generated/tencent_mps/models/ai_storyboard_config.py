# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiStoryboardConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiStoryboardConfig(Model):
    """Settings for AI storyboard extraction, which splits an image into its storyboard panels."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "process_index": "ProcessIndex",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
    )

    switch: str | None = None
    """Turns storyboard extraction on (ON) or off (OFF). Defaults to ON.

    Wire name: ``Switch``.
    """

    process_index: int | None = None
    """Zero-based index of the storyboard panel to extract; when omitted all panels are
    returned.

    Wire name: ``ProcessIndex``.
    """


_KNOWN = frozenset(AiStoryboardConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiStoryboardConfig:
    """Decode one ``AiStoryboardConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiStoryboardConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("ProcessIndex")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ProcessIndex", "an integer", v)
    o.process_index = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiStoryboardConfig, _structure)
