# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartSubtitleTaskBatchOutput``."""

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
class SmartSubtitleTaskBatchOutput(Model):
    """Output of one smart subtitle task in a batch job, including its status, error details and
    the speech recognition and translation results.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "progress": "Progress",
        "status": "Status",
        "err_code_ext": "ErrCodeExt",
        "message": "Message",
        "trans_text_task": "TransTextTask",
        "asr_full_text_task": "AsrFullTextTask",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "SmartSubtitleTaskTransTextResultOutput",
        "SmartSubtitleTaskAsrFullTextResultOutput",
    )

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


_KNOWN = frozenset(SmartSubtitleTaskBatchOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartSubtitleTaskBatchOutput:
    """Decode one ``SmartSubtitleTaskBatchOutput`` wire object: the straight-line decoder of this model."""
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


bind(SmartSubtitleTaskBatchOutput, _structure)
