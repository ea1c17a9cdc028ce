# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifySampleSnapshotTemplateRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifySampleSnapshotTemplateRequest(Model):
    """Request of ModifySampleSnapshotTemplate: the template ID and the sampled screenshot settings
    to change.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "width": "Width",
        "height": "Height",
        "resolution_adaptive": "ResolutionAdaptive",
        "sample_type": "SampleType",
        "sample_interval": "SampleInterval",
        "format": "Format",
        "comment": "Comment",
        "fill_type": "FillType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str",
        "int",
        "int",
        "str",
        "str",
        "int",
        "str",
        "str",
        "str",
    )

    definition: int | None = None
    """Unique ID of the sampled screenshot template to modify. Required.

    Required in requests.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """New template name; up to 64 characters.

    Wire name: ``Name``.
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

    sample_type: str | None = None
    """How screenshots are sampled: by percentage or by time interval.

    Known values (:class:`tencent_mps.enums.MediaSampleSnapshotItemSampleType`); others may appear:
    ``Percent``: sample at a percentage interval
    ``Time``: sample at a time interval in seconds

    Wire name: ``SampleType``.
    """

    sample_interval: int | None = None
    """Sampling interval: a percentage when SampleType is Percent, or seconds when SampleType
    is Time.

    Wire name: ``SampleInterval``.
    """

    format: str | None = None
    """Image format of the screenshots: jpg, png or webp.

    Known values (:class:`tencent_mps.enums.CreateImageSpriteTemplateRequestFormat`); others may appear:
    ``jpg``: jpeg image
    ``png``: png image
    ``webp``: webp image

    Wire name: ``Format``.
    """

    comment: str | None = None
    """Template description; up to 256 characters.

    Wire name: ``Comment``.
    """

    fill_type: str | None = None
    """How frames are fitted when the configured size does not match the source aspect ratio.
    Defaults to black.

    Known values (:class:`tencent_mps.enums.CreateSampleSnapshotTemplateRequestFillType`); others may appear:
    ``stretch``: stretch each frame to fill the picture, which may distort it
    ``black``: keep the aspect ratio and fill the remaining edges with black
    ``white``: keep the aspect ratio and fill the remaining edges with white
    ``gauss``: keep the aspect ratio and fill the remaining edges with gaussian blur

    Wire name: ``FillType``.
    """


_KNOWN = frozenset(ModifySampleSnapshotTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifySampleSnapshotTemplateRequest:
    """Decode one ``ModifySampleSnapshotTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifySampleSnapshotTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
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
    v = get("SampleType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SampleType", "a string", v)
    o.sample_type = v
    v = get("SampleInterval")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SampleInterval", "an integer", v)
    o.sample_interval = v
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


bind(ModifySampleSnapshotTemplateRequest, _structure)
