# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveStreamProcessErrorInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class LiveStreamProcessErrorInfo(Model):
    """Error information of a live stream processing task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "err_code": "ErrCode",
        "message": "Message",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
    )

    err_code: int | None = None
    """Error code: 0 means no error; any other value is an error explained by Message.

    Wire name: ``ErrCode``.
    """

    message: str | None = None
    """Error message describing what went wrong.

    Wire name: ``Message``.
    """


_KNOWN = frozenset(LiveStreamProcessErrorInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveStreamProcessErrorInfo:
    """Decode one ``LiveStreamProcessErrorInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveStreamProcessErrorInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveStreamProcessErrorInfo, _structure)
