# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SnapshotByTimeOffsetTemplate``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SnapshotByTimeOffsetTemplate(Model):
    """Details of a template for taking screenshots at specified time points."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "type": "Type",
        "name": "Name",
        "comment": "Comment",
        "width": "Width",
        "height": "Height",
        "resolution_adaptive": "ResolutionAdaptive",
        "format": "Format",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
        "fill_type": "FillType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "int",
        "int",
        "str",
        "str",
        "datetime",
        "datetime",
        "str",
    )

    definition: int | None = None
    """Unique ID of the time-point screenshot template.

    Wire name: ``Definition``.
    """

    type: str | None = None
    """Whether the template is a system preset or user-defined.

    Known values (:class:`tencent_mps.enums.AIAnalysisTemplateItemType`); others may appear:
    ``Preset``: system preset template
    ``Custom``: user-defined template

    Wire name: ``Type``.
    """

    name: str | None = None
    """Name of the time-point screenshot template.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Free-text description of the template.

    Wire name: ``Comment``.
    """

    width: int | None = None
    """Maximum width (or long side) of the screenshots, in px: 0 or [128, 4096]. With both
    Width and Height 0 the source resolution is kept; when only one is 0 it scales
    proportionally. Defaults to 0.

    Unit: px.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Maximum height (or short side) of the screenshots, in px: 0 or [128, 4096]. With both
    Width and Height 0 the source resolution is kept; when only one is 0 it scales
    proportionally. Defaults to 0.

    Unit: px.

    Wire name: ``Height``.
    """

    resolution_adaptive: str | None = None
    """Whether Width and Height are read as long and short side (open) or as width and height
    (close). Defaults to open.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoResolutionAdaptive`); others may appear:
    ``open``: width is the long side, height the short side
    ``close``: width and height are taken literally

    Wire name: ``ResolutionAdaptive``.
    """

    format: str | None = None
    """Image format of the screenshots, for example jpg.

    Wire name: ``Format``.
    """

    create_time: datetime | None = None
    """Time the template was created, in ISO date format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the template was last modified, in ISO date format.

    Wire name: ``UpdateTime``.
    """

    fill_type: str | None = None
    """How frames are fitted when the configured size does not match the source aspect ratio.
    Defaults to black.

    Known values (:class:`tencent_mps.enums.CreateImageSpriteTemplateRequestFillType`); others may appear:
    ``stretch``: stretch each frame to fill the picture, which may distort it
    ``black``: keep the aspect ratio and fill the remaining edges with black

    Wire name: ``FillType``.
    """


_KNOWN = frozenset(SnapshotByTimeOffsetTemplate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SnapshotByTimeOffsetTemplate:
    """Decode one ``SnapshotByTimeOffsetTemplate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SnapshotByTimeOffsetTemplate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Width", "an integer", v)
    o.width = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Height", "an integer", v)
    o.height = v
    v = get("ResolutionAdaptive")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResolutionAdaptive", "a string", v)
    o.resolution_adaptive = v
    v = get("Format")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Format", "a string", v)
    o.format = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        v = _t.decode("UpdateTime", v)
    o.update_time = v
    v = get("FillType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FillType", "a string", v)
    o.fill_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SnapshotByTimeOffsetTemplate, _structure)
