# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyDocToVideoTaskStatusInput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifyDocToVideoTaskStatusInput:
    """Input for changing the status of an AIGC document-to-video task: confirm or regenerate a
    stage.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "action": "Action",
        "stage": "Stage",
        "source_task_id": "SourceTaskId",
        "regenerate": "Regenerate",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyDocToVideoTaskStatusInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Action",
        "Stage",
        "SourceTaskId",
        "Regenerate",
    }
)


def _structure(data: Any) -> ModifyDocToVideoTaskStatusInput:
    """Decode one ``ModifyDocToVideoTaskStatusInput`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ModifyDocToVideoTaskStatusInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.action
    if v is not None:
        d["Action"] = v
    v = o.stage
    if v is not None:
        d["Stage"] = v
    v = o.source_task_id
    if v is not None:
        d["SourceTaskId"] = v
    v = o.regenerate
    if v is not None:
        d["Regenerate"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyDocToVideoTaskStatusInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyDocToVideoTaskStatusInput:
        o = _e.as_model(o, ModifyDocToVideoTaskStatusInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.action
    if v is None:
        raise _e.missing("Action", "a string")
    if type(v) is not str:
        v = _e.as_str("Action", v)
    d["Action"] = v
    v = o.stage
    if v is None:
        raise _e.missing("Stage", "a string")
    if type(v) is not str:
        v = _e.as_str("Stage", v)
    d["Stage"] = v
    v = o.source_task_id
    if v is None:
        raise _e.missing("SourceTaskId", "a string")
    if type(v) is not str:
        v = _e.as_str("SourceTaskId", v)
    d["SourceTaskId"] = v
    v = o.regenerate
    if v is not None:
        try:
            d["Regenerate"] = _R["DocToVideoRegenerateInput"](v)
        except ValidationError as e:
            raise e.with_prefix("Regenerate") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
