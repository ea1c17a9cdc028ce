# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartSubtitleTaskBatchOutput``: the model and its codecs."""

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
class SmartSubtitleTaskBatchOutput:
    """Output of one smart subtitle task in a batch job, including its status, error details and
    the speech recognition and translation results.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "progress": "Progress",
        "status": "Status",
        "err_code_ext": "ErrCodeExt",
        "message": "Message",
        "trans_text_task": "TransTextTask",
        "asr_full_text_task": "AsrFullTextTask",
    }
    """Attribute name -> wire name, for every field."""

    progress: int | None = None
    """Progress of the task.

    Unit: %.

    Wire name: ``Progress``.
    """

    status: str | None = None
    """Current state of the task.

    Known values (:class:`tencent_mps.enums.SmartSubtitleTaskBatchOutputStatus`); others may appear:
    ``PROCESSING``: running
    ``SUCCESS``: finished successfully
    ``WAITING``: queued, not yet started
    ``FAIL``: failed

    Wire name: ``Status``.
    """

    err_code_ext: str | None = None
    """Error code; an empty string means success, any other value is a media processing error
    code.

    Wire name: ``ErrCodeExt``.
    """

    message: str | None = None
    """Error message.

    Wire name: ``Message``.
    """

    trans_text_task: models.SmartSubtitleTaskTransTextResultOutput | None = None
    """Output of the translation task. May be null.

    Wire name: ``TransTextTask``.
    """

    asr_full_text_task: models.SmartSubtitleTaskAsrFullTextResultOutput | None = None
    """Output of the full-text speech recognition task. May be null.

    Wire name: ``AsrFullTextTask``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SmartSubtitleTaskBatchOutput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Progress",
        "Status",
        "ErrCodeExt",
        "Message",
        "TransTextTask",
        "AsrFullTextTask",
    }
)


def _structure(data: Any) -> SmartSubtitleTaskBatchOutput:
    """Decode one ``SmartSubtitleTaskBatchOutput`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartSubtitleTaskBatchOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Progress")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Progress", "an integer", v)
    o.progress = v
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("ErrCodeExt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ErrCodeExt", "a string", v)
    o.err_code_ext = v
    v = get("Message")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Message", "a string", v)
    o.message = v
    v = get("TransTextTask")
    if v is not None:
        n += 1
        try:
            v = _S["SmartSubtitleTaskTransTextResultOutput"](v)
        except DecodeError as e:
            raise e.with_prefix("TransTextTask") from None
    o.trans_text_task = v
    v = get("AsrFullTextTask")
    if v is not None:
        n += 1
        try:
            v = _S["SmartSubtitleTaskAsrFullTextResultOutput"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrFullTextTask") from None
    o.asr_full_text_task = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SmartSubtitleTaskBatchOutput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.progress
    if v is not None:
        d["Progress"] = v
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.err_code_ext
    if v is not None:
        d["ErrCodeExt"] = v
    v = o.message
    if v is not None:
        d["Message"] = v
    v = o.trans_text_task
    if v is not None:
        d["TransTextTask"] = _d.wire(v)
    v = o.asr_full_text_task
    if v is not None:
        d["AsrFullTextTask"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
