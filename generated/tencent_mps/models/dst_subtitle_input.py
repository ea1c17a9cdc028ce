# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DstSubtitleInput`` (sent in requests)."""

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
class DstSubtitleInput(Model):
    """An external translated (target language) subtitle file supplied to an AI dubbing task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "dst_subtitle_info": "DstSubtitleInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("MediaInputInfo",)

    dst_subtitle_info: models.MediaInputInfo | None = None
    """Location of the external translated subtitle file.

    Wire name: ``DstSubtitleInfo``.
    """


_KNOWN = frozenset(DstSubtitleInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DstSubtitleInput:
    """Decode one ``DstSubtitleInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DstSubtitleInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("DstSubtitleInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("DstSubtitleInfo") from None
    o.dst_subtitle_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DstSubtitleInput, _structure)
