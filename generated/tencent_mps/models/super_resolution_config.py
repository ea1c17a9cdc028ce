# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SuperResolutionConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SuperResolutionConfig(Model):
    """Super resolution settings that upscale the video using AI."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "type": "Type",
        "size": "Size",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
    )

    switch: str | None = None
    """Switch for this capability. Default ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: Enabled
    ``OFF``: Disabled

    Wire name: ``Switch``.
    """

    type: str | None = None
    """Super resolution model type. Default lq. May be null.

    Known values (:class:`tencent_mps.enums.SuperResolutionConfigType`); others may appear:
    ``lq``: For low-definition videos with more noise
    ``hq``: For high-definition videos

    Wire name: ``Type``.
    """

    size: int | None = None
    """Upscaling factor; only 2x is currently supported. Default 2. May be null.

    Known values; others may appear:
    ``2``: 2x upscaling

    Wire name: ``Size``.
    """


_KNOWN = frozenset(SuperResolutionConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SuperResolutionConfig:
    """Decode one ``SuperResolutionConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SuperResolutionConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Size")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Size", "an integer", v)
    o.size = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SuperResolutionConfig, _structure)
