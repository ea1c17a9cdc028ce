# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskDubbingInput``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiAnalysisTaskDubbingInput(Model):
    """Input of an AI analysis task for video dubbing (translation and voice-over)."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "extended_parameter": "ExtendedParameter",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
    )

    definition: int | None = None
    """ID of the video dubbing (translation and voice-over) template.

    Wire name: ``Definition``.
    """

    extended_parameter: str | None = None
    """Extended parameters, passed as a JSON string.

    Wire name: ``ExtendedParameter``.
    """


_KNOWN = frozenset(AiAnalysisTaskDubbingInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskDubbingInput:
    """Decode one ``AiAnalysisTaskDubbingInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskDubbingInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("ExtendedParameter")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtendedParameter", "a string", v)
    o.extended_parameter = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskDubbingInput, _structure)
