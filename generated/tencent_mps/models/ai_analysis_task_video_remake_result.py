# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskVideoRemakeResult``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiAnalysisTaskVideoRemakeResult:
    """Result of an AI analysis task that remakes the video so it is no longer detected as a
    duplicate of the source.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "err_code": "ErrCode",
        "message": "Message",
        "input": "Input",
        "output": "Output",
    }
    """Attribute name -> wire name, for every field."""

    status: str | None = None
    """Current state of the video deduplication (remake) task.

    Known values (:class:`tencent_mps.enums.SubtaskStatus`); others may appear:
    ``PROCESSING``: The task is still running
    ``SUCCESS``: The task completed successfully
    ``FAIL``: The task failed

    Wire name: ``Status``.
    """

    err_code: int | None = None
    """Numeric error code of the task; 0 means success and any other value means failure.

    Wire name: ``ErrCode``.
    """

    message: str | None = None
    """Human-readable error message describing the task outcome.

    Wire name: ``Message``.
    """

    input: models.AiAnalysisTaskVideoRemakeInput | None = None
    """Input parameters that were used for the video deduplication (remake) task.

    Wire name: ``Input``.
    """

    output: models.AiAnalysisTaskVideoRemakeOutput | None = None
    """Result produced by the video deduplication (remake) task. May be null when no valid
    output is available.

    Wire name: ``Output``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiAnalysisTaskVideoRemakeResult:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Status",
        "ErrCode",
        "Message",
        "Input",
        "Output",
    }
)


def _structure(data: Any) -> AiAnalysisTaskVideoRemakeResult:
    """Decode one ``AiAnalysisTaskVideoRemakeResult`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskVideoRemakeResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("ErrCode")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ErrCode", "an integer", v)
    o.err_code = v
    v = get("Message")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Message", "a string", v)
    o.message = v
    v = get("Input")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskVideoRemakeInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["AiAnalysisTaskVideoRemakeOutput"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiAnalysisTaskVideoRemakeResult) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.err_code
    if v is not None:
        d["ErrCode"] = v
    v = o.message
    if v is not None:
        d["Message"] = v
    v = o.input
    if v is not None:
        d["Input"] = _d.wire(v)
    v = o.output
    if v is not None:
        d["Output"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
