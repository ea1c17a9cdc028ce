# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BatchSmartSubtitlesResult``."""

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
class BatchSmartSubtitlesResult(Model):
    """Result of a smart subtitle task run as part of a batch task, with its input and outputs."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input": "Input",
        "outputs": "Outputs",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "SmartSubtitleTaskResultInput",
        "[SmartSubtitleTaskBatchOutput",
    )

    input: models.SmartSubtitleTaskResultInput | None = None
    """Input information of the smart subtitle task. May be null.

    Wire name: ``Input``.
    """

    outputs: list[models.SmartSubtitleTaskBatchOutput] | None = None
    """Outputs of the smart subtitle task. May be null.

    Wire name: ``Outputs``.
    """


_KNOWN = frozenset(BatchSmartSubtitlesResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> BatchSmartSubtitlesResult:
    """Decode one ``BatchSmartSubtitlesResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BatchSmartSubtitlesResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Input")
    if v is not None:
        n += 1
        try:
            v = _S["SmartSubtitleTaskResultInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    v = get("Outputs")
    if v is not None:
        n += 1
        v = _d.objects("Outputs", v, _S["SmartSubtitleTaskBatchOutput"])
    o.outputs = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(BatchSmartSubtitlesResult, _structure)
