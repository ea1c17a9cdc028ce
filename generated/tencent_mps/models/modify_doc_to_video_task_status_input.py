# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyDocToVideoTaskStatusInput`` (sent in requests)."""

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
class ModifyDocToVideoTaskStatusInput(Model):
    """Input for changing the status of an AIGC document-to-video task: confirm or regenerate a
    stage.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "action": "Action",
        "stage": "Stage",
        "source_task_id": "SourceTaskId",
        "regenerate": "Regenerate",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str!",
        "DocToVideoRegenerateInput",
    )

    action: str | None = None
    """Action to take: confirm the finished stage and move on, or regenerate the given stage.

    Known values (:class:`tencent_mps.enums.ModifyDocToVideoTaskStatusInputAction`); others may appear:
    ``confirm``: confirm the finished stage and proceed to the next
    ``regenerate``: regenerate the given stage

    Required in requests.

    Wire name: ``Action``.
    """

    stage: str | None = None
    """Stage the action applies to: STAGE_1 (the outline) or STAGE_2 (voice-over, animation and
    captions).

    Known values (:class:`tencent_mps.enums.ModifyDocToVideoTaskStatusInputStage`); others may appear:
    ``STAGE_1``: outline stage: confirm it to generate voice-over, animation and captions, or regenerate the outline
    ``STAGE_2``: voice-over, animation and caption stage: confirm it to render the final video, or regenerate them

    Required in requests.

    Wire name: ``Stage``.
    """

    source_task_id: str | None = None
    """ID of the task to modify.

    Required in requests.

    Wire name: ``SourceTaskId``.
    """

    regenerate: models.DocToVideoRegenerateInput | None = None
    """Regeneration parameters; required only when Action is regenerate.

    Wire name: ``Regenerate``.
    """


_KNOWN = frozenset(ModifyDocToVideoTaskStatusInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyDocToVideoTaskStatusInput:
    """Decode one ``ModifyDocToVideoTaskStatusInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyDocToVideoTaskStatusInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Action")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Action", "a string", v)
    o.action = v
    v = get("Stage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Stage", "a string", v)
    o.stage = v
    v = get("SourceTaskId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceTaskId", "a string", v)
    o.source_task_id = v
    v = get("Regenerate")
    if v is not None:
        n += 1
        try:
            v = _S["DocToVideoRegenerateInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Regenerate") from None
    o.regenerate = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyDocToVideoTaskStatusInput, _structure)
