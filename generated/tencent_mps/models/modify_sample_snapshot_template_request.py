# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifySampleSnapshotTemplateRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ModifySampleSnapshotTemplateRequest:
    """Request of ModifySampleSnapshotTemplate: the template ID and the sampled screenshot settings
    to change.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifySampleSnapshotTemplateRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "Name",
        "Width",
        "Height",
        "ResolutionAdaptive",
        "SampleType",
        "SampleInterval",
        "Format",
        "Comment",
        "FillType",
    }
)


def _structure(data: Any) -> ModifySampleSnapshotTemplateRequest:
    """Decode one ``ModifySampleSnapshotTemplateRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ModifySampleSnapshotTemplateRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.width
    if v is not None:
        d["Width"] = v
    v = o.height
    if v is not None:
        d["Height"] = v
    v = o.resolution_adaptive
    if v is not None:
        d["ResolutionAdaptive"] = v
    v = o.sample_type
    if v is not None:
        d["SampleType"] = v
    v = o.sample_interval
    if v is not None:
        d["SampleInterval"] = v
    v = o.format
    if v is not None:
        d["Format"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.fill_type
    if v is not None:
        d["FillType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifySampleSnapshotTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifySampleSnapshotTemplateRequest:
        o = _e.as_model(o, ModifySampleSnapshotTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is None:
        raise _e.missing("Definition", "an integer")
    if type(v) is not int:
        v = _e.as_int("Definition", v)
    d["Definition"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.width
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Width", v)
        d["Width"] = v
    v = o.height
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Height", v)
        d["Height"] = v
    v = o.resolution_adaptive
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ResolutionAdaptive", v)
        d["ResolutionAdaptive"] = v
    v = o.sample_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SampleType", v)
        d["SampleType"] = v
    v = o.sample_interval
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SampleInterval", v)
        d["SampleInterval"] = v
    v = o.format
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Format", v)
        d["Format"] = v
    v = o.comment
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Comment", v)
        d["Comment"] = v
    v = o.fill_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FillType", v)
        d["FillType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
