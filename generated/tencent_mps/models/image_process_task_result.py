# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageProcessTaskResult``: the model and its codecs."""

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
class ImageProcessTaskResult:
    """Status, error information, output and progress of an image processing task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "status": "Status",
        "err_msg": "ErrMsg",
        "message": "Message",
        "output": "Output",
        "progress": "Progress",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageProcessTaskResult:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Status",
        "ErrMsg",
        "Message",
        "Output",
        "Progress",
    }
)


def _structure(data: Any) -> ImageProcessTaskResult:
    """Decode one ``ImageProcessTaskResult`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ImageProcessTaskResult) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.err_msg
    if v is not None:
        d["ErrMsg"] = v
    v = o.message
    if v is not None:
        d["Message"] = v
    v = o.output
    if v is not None:
        d["Output"] = _d.wire(v)
    v = o.progress
    if v is not None:
        d["Progress"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
