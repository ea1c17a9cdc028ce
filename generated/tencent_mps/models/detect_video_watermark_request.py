# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DetectVideoWatermarkRequest`` (sent in requests)."""

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
class DetectVideoWatermarkRequest(Model):
    """Request of DetectVideoWatermark: the video to check for a watermark."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "user_ext_para": "UserExtPara",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo!",
        "str",
    )

    input_info: models.MediaInputInfo | None = None
    """Input video to check; only URL and COS inputs are currently supported. Required.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    user_ext_para: str | None = None
    """Extension parameters as a JSON string; normally left empty.

    Wire name: ``UserExtPara``.
    """


_KNOWN = frozenset(DetectVideoWatermarkRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DetectVideoWatermarkRequest:
    """Decode one ``DetectVideoWatermarkRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DetectVideoWatermarkRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("UserExtPara")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UserExtPara", "a string", v)
    o.user_ext_para = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DetectVideoWatermarkRequest, _structure)
