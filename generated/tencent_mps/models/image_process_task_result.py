# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageProcessTaskResult``."""

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
class ImageProcessTaskResult(Model):
    """Status, error information, output and progress of an image processing task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "err_msg": "ErrMsg",
        "message": "Message",
        "output": "Output",
        "progress": "Progress",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "ImageProcessTaskOutput",
        "int",
    )

    status: str | None = None
    """Task status. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.SubtaskStatus`); others may appear:
    ``PROCESSING``: being processed
    ``SUCCESS``: completed successfully
    ``FAIL``: failed

    Wire name: ``Status``.
    """

    err_msg: str | None = None
    """Error code string: an empty string means success, any other value identifies the failure
    (see the media processing error codes).

    Wire name: ``ErrMsg``.
    """

    message: str | None = None
    """Error message. May be null if unavailable.

    Wire name: ``Message``.
    """

    output: models.ImageProcessTaskOutput | None = None
    """Output of the task. May be null if unavailable.

    Wire name: ``Output``.
    """

    progress: int | None = None
    """Task progress as a percentage, in the range [0, 100]. May be null if unavailable.

    Unit: %.

    Wire name: ``Progress``.
    """


_KNOWN = frozenset(ImageProcessTaskResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageProcessTaskResult:
    """Decode one ``ImageProcessTaskResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageProcessTaskResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("ErrMsg")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ErrMsg", "a string", v)
    o.err_msg = v
    v = get("Message")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Message", "a string", v)
    o.message = v
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["ImageProcessTaskOutput"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
    v = get("Progress")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Progress", "an integer", v)
    o.progress = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageProcessTaskResult, _structure)
