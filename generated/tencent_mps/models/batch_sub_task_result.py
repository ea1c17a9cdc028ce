# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BatchSubTaskResult``."""

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
class BatchSubTaskResult(Model):
    """Result of a subtask within a batch processing task, including the inputs, source metadata
    and task results.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_infos": "InputInfos",
        "metadatas": "Metadatas",
        "smart_subtitles_task_result": "SmartSubtitlesTaskResult",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[MediaInputInfo",
        "[MediaMetaData",
        "BatchSmartSubtitlesResult",
    )

    input_infos: list[models.MediaInputInfo] | None = None
    """Input files of the batch task. May be null.

    Wire name: ``InputInfos``.
    """

    metadatas: list[models.MediaMetaData] | None = None
    """Metadata of the source videos. May be null.

    Wire name: ``Metadatas``.
    """

    smart_subtitles_task_result: models.BatchSmartSubtitlesResult | None = None
    """Execution result of the smart subtitle task. May be null.

    Wire name: ``SmartSubtitlesTaskResult``.
    """


_KNOWN = frozenset(BatchSubTaskResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> BatchSubTaskResult:
    """Decode one ``BatchSubTaskResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BatchSubTaskResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfos")
    if v is not None:
        n += 1
        v = _d.objects("InputInfos", v, _S["MediaInputInfo"])
    o.input_infos = v
    v = get("Metadatas")
    if v is not None:
        n += 1
        v = _d.objects("Metadatas", v, _S["MediaMetaData"])
    o.metadatas = v
    v = get("SmartSubtitlesTaskResult")
    if v is not None:
        n += 1
        try:
            v = _S["BatchSmartSubtitlesResult"](v)
        except DecodeError as e:
            raise e.with_prefix("SmartSubtitlesTaskResult") from None
    o.smart_subtitles_task_result = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(BatchSubTaskResult, _structure)
