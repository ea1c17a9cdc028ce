# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskHeadTailOutput``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiAnalysisTaskHeadTailOutput(Model):
    """Output of an opening and closing credits detection task, giving where the intro ends and the
    outro starts.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "head_time_offset": "HeadTimeOffset",
        "tail_time_offset": "TailTimeOffset",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "float",
    )

    head_time_offset: float | None = None
    """PTS time position of the detected opening credits (intro). May be null.

    Wire name: ``HeadTimeOffset``.
    """

    tail_time_offset: float | None = None
    """PTS time position of the detected closing credits (outro). May be null.

    Wire name: ``TailTimeOffset``.
    """


_KNOWN = frozenset(AiAnalysisTaskHeadTailOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskHeadTailOutput:
    """Decode one ``AiAnalysisTaskHeadTailOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskHeadTailOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("HeadTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("HeadTimeOffset", v)
    o.head_time_offset = v
    v = get("TailTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("TailTimeOffset", v)
    o.tail_time_offset = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskHeadTailOutput, _structure)
