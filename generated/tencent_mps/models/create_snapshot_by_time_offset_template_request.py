# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateSnapshotByTimeOffsetTemplateRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateSnapshotByTimeOffsetTemplateRequest(Model):
    """Request of CreateSnapshotByTimeOffsetTemplate: size, format and fill mode of the new time-
    point screenshot template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "width": "Width",
        "height": "Height",
        "resolution_adaptive": "ResolutionAdaptive",
        "format": "Format",
        "comment": "Comment",
        "fill_type": "FillType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "int",
        "str",
        "str",
        "str",
        "str",
    )

    name: str | None = None
    """Template name, at most 64 characters.

    Wire name: ``Name``.
    """

    width: int | None = None
    """Maximum screenshot width (or long side) in px: 0 or [128, 4096]. If both Width and
    Height are 0 the source resolution is kept; if only one is 0 it is scaled
    proportionally. Defaults to 0.

    Unit: px.

    Wire name: ``Width``.
    """

    height: int | None = None
    """Maximum screenshot height (or short side) in px: 0 or [128, 4096]. If both Width and
    Height are 0 the source resolution is kept; if only one is 0 it is scaled
    proportionally. Defaults to 0.

    Unit: px.

    Wire name: ``Height``.
    """

    resolution_adaptive: str | None = None
    """Whether Width and Height mean the long and short sides. Defaults to open.

    Known values (:class:`tencent_mps.enums.VideoTemplateInfoResolutionAdaptive`); others may appear:
    ``open``: enabled: Width is the long side and Height the short side
    ``close``: disabled: Width is the width and Height the height

    Wire name: ``ResolutionAdaptive``.
    """

    format: str | None = None
    """Image format of the screenshots. Defaults to jpg.

    Known values (:class:`tencent_mps.enums.CreateImageSpriteTemplateRequestFormat`); others may appear:
    ``jpg``: JPEG image
    ``png``: PNG image
    ``webp``: WebP image

    Wire name: ``Format``.
    """

    comment: str | None = None
    """Template description, at most 256 characters.

    Wire name: ``Comment``.
    """

    fill_type: str | None = None
    """How to fill when the configured size does not match the aspect ratio of the source
    video. Defaults to black.

    Known values (:class:`tencent_mps.enums.CreateSampleSnapshotTemplateRequestFillType`); others may appear:
    ``stretch``: stretch each frame to fill the picture, which may distort it
    ``black``: keep the aspect ratio and fill the edges with black
    ``white``: keep the aspect ratio and fill the edges with white
    ``gauss``: keep the aspect ratio and fill the edges with Gaussian blur

    Wire name: ``FillType``.
    """


_KNOWN = frozenset(CreateSnapshotByTimeOffsetTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateSnapshotByTimeOffsetTemplateRequest:
    """Decode one ``CreateSnapshotByTimeOffsetTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateSnapshotByTimeOffsetTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
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
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
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


bind(CreateSnapshotByTimeOffsetTemplateRequest, _structure)
