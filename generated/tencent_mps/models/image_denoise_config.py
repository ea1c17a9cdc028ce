# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageDenoiseConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageDenoiseConfig(Model):
    """Settings for image denoising: an on/off switch and a strength type."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "type": "Type",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    switch: str | None = None
    """Whether denoising is enabled. Defaults to ON.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enabled
    ``OFF``: disabled

    Wire name: ``Switch``.
    """

    type: str | None = None
    """Denoising strength: weak or strong. Defaults to weak. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.ArtifactRepairConfigType`); others may appear:
    ``weak``: light denoising
    ``strong``: strong denoising

    Wire name: ``Type``.
    """


_KNOWN = frozenset(ImageDenoiseConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageDenoiseConfig:
    """Decode one ``ImageDenoiseConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageDenoiseConfig)
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageDenoiseConfig, _structure)
