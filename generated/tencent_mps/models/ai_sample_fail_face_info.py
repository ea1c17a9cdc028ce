# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiSampleFailFaceInfo``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiSampleFailFaceInfo(Model):
    """A face image from the request that could not be processed, with the reason."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "index": "Index",
        "err_code": "ErrCode",
        "message": "Message",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "str",
    )

    index: int | None = None
    """Zero-based position of the failed image in the FaceContents array of the request.

    Wire name: ``Index``.
    """

    err_code: int | None = None
    """Error code: 0 means success, any other value means the image failed.

    Known values; others may appear:
    ``0``: success

    Wire name: ``ErrCode``.
    """

    message: str | None = None
    """Human-readable description of the error.

    Wire name: ``Message``.
    """


_KNOWN = frozenset(AiSampleFailFaceInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiSampleFailFaceInfo:
    """Decode one ``AiSampleFailFaceInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiSampleFailFaceInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Index")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Index", "an integer", v)
    o.index = v
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


bind(AiSampleFailFaceInfo, _structure)
