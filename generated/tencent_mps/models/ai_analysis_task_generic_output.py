# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskGenericOutput``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiAnalysisTaskGenericOutput(Model):
    """Output of a generic content analysis task: where results were stored and the serialized
    result.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "output_storage": "OutputStorage",
        "result": "Result",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "TaskOutputStorage",
        "str",
    )

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the task's output files.

    Wire name: ``OutputStorage``.
    """

    result: str | None = None
    """Task result as a serialized JSON string.

    Wire name: ``Result``.
    """


_KNOWN = frozenset(AiAnalysisTaskGenericOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskGenericOutput:
    """Decode one ``AiAnalysisTaskGenericOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskGenericOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("Result")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Result", "a string", v)
    o.result = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskGenericOutput, _structure)
