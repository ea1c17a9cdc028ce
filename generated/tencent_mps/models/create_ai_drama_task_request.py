# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateAiDramaTaskRequest`` (sent in requests)."""

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
class CreateAiDramaTaskRequest(Model):
    """Request of CreateAiDramaTask: the drama script and settings, plus where to store the output."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input": "Input",
        "cos_info": "CosInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "AiDramaInput!",
        "VideoDramaCosInfo",
    )

    input: models.AiDramaInput | None = None
    """Script and generation settings of the AI comic drama. Required.

    Required in requests.

    Wire name: ``Input``.
    """

    cos_info: models.VideoDramaCosInfo | None = None
    """Your COS bucket information for storing the generated output.

    Wire name: ``CosInfo``.
    """


_KNOWN = frozenset(CreateAiDramaTaskRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateAiDramaTaskRequest:
    """Decode one ``CreateAiDramaTaskRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateAiDramaTaskRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Input")
    if v is not None:
        n += 1
        try:
            v = _S["AiDramaInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    v = get("CosInfo")
    if v is not None:
        n += 1
        try:
            v = _S["VideoDramaCosInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("CosInfo") from None
    o.cos_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateAiDramaTaskRequest, _structure)
