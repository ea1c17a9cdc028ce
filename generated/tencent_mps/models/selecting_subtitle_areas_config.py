# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SelectingSubtitleAreasConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SelectingSubtitleAreasConfig(Model):
    """Settings for choosing the screen areas in which subtitles are detected and extracted,
    relative to a sample frame size.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "auto_areas": "AutoAreas",
        "sample_width": "SampleWidth",
        "sample_height": "SampleHeight",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[EraseArea",
        "int",
        "int",
    )

    auto_areas: list[models.EraseArea] | None = None
    """Custom areas in which an AI model automatically detects and extracts the target content.

    Wire name: ``AutoAreas``.
    """

    sample_width: int | None = None
    """Width of the sample video or image the areas refer to, in pixels.

    Unit: px.

    Wire name: ``SampleWidth``.
    """

    sample_height: int | None = None
    """Height of the sample video or image the areas refer to, in pixels.

    Unit: px.

    Wire name: ``SampleHeight``.
    """


_KNOWN = frozenset(SelectingSubtitleAreasConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SelectingSubtitleAreasConfig:
    """Decode one ``SelectingSubtitleAreasConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SelectingSubtitleAreasConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AutoAreas")
    if v is not None:
        n += 1
        v = _d.objects("AutoAreas", v, _S["EraseArea"])
    o.auto_areas = v
    v = get("SampleWidth")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SampleWidth", "an integer", v)
    o.sample_width = v
    v = get("SampleHeight")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SampleHeight", "an integer", v)
    o.sample_height = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SelectingSubtitleAreasConfig, _structure)
