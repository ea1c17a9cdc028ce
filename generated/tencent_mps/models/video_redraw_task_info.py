# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VideoRedrawTaskInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class VideoRedrawTaskInfo(Model):
    """Parameters of an AIGC video redraw or replacement task, such as the target style."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "style": "Style",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str",)

    style: str | None = None
    """Target style of the redrawn video, such as anime, cyberpunk or ink painting.

    Wire name: ``Style``.
    """


_KNOWN = frozenset(VideoRedrawTaskInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> VideoRedrawTaskInfo:
    """Decode one ``VideoRedrawTaskInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(VideoRedrawTaskInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Style")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Style", "a string", v)
    o.style = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(VideoRedrawTaskInfo, _structure)
