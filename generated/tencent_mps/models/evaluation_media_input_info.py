# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EvaluationMediaInputInfo`` (sent in requests)."""

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
class EvaluationMediaInputInfo(Model):
    """A comparison video used in a video evaluation task, with its source ID and input."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_id": "SourceId",
        "input_info": "InputInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "MediaInputInfo",
    )

    source_id: str | None = None
    """Source ID of the comparison video; meaningful when the task type is BD_RATE and the
    video comes from user input, empty when it comes from a transcoding template. May be
    null if unavailable.

    Wire name: ``SourceId``.
    """

    input_info: models.MediaInputInfo | None = None
    """Input information of the comparison video. May be null if unavailable.

    Wire name: ``InputInfo``.
    """


_KNOWN = frozenset(EvaluationMediaInputInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EvaluationMediaInputInfo:
    """Decode one ``EvaluationMediaInputInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EvaluationMediaInputInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceId", "a string", v)
    o.source_id = v
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(EvaluationMediaInputInfo, _structure)
