# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeMediaMetaDataRequest`` (sent in requests)."""

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
class DescribeMediaMetaDataRequest(Model):
    """Request of DescribeMediaMetaData: the media file to inspect and an optional slow mode."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "mode": "Mode",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo!",
        "str",
    )

    input_info: models.MediaInputInfo | None = None
    """Input file whose metadata is requested.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    mode: str | None = None
    """Set to slow to allow the call a longer timeout.

    Known values (:class:`tencent_mps.enums.DescribeMediaMetaDataRequestMode`); others may appear:
    ``slow``: use a longer call timeout

    Wire name: ``Mode``.
    """


_KNOWN = frozenset(DescribeMediaMetaDataRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeMediaMetaDataRequest:
    """Decode one ``DescribeMediaMetaDataRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeMediaMetaDataRequest)
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
    v = get("Mode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Mode", "a string", v)
    o.mode = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeMediaMetaDataRequest, _structure)
