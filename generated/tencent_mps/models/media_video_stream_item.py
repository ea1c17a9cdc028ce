# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaVideoStreamItem``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaVideoStreamItem(Model):
    """Properties of a single video stream in a media file, such as bitrate, resolution, codec,
    frame rate and color information.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "bitrate": "Bitrate",
        "height": "Height",
        "width": "Width",
        "codec": "Codec",
        "fps": "Fps",
        "color_primaries": "ColorPrimaries",
        "color_space": "ColorSpace",
        "color_transfer": "ColorTransfer",
        "hdr_type": "HdrType",
        "codecs": "Codecs",
        "fps_numerator": "FpsNumerator",
        "fps_denominator": "FpsDenominator",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "str",
        "int",
        "str",
        "str",
        "str",
        "str",
        "str",
        "int",
        "int",
    )

    bitrate: int | None = None
    """Bitrate of the video stream, in bits per second.

    Unit: bps.

    Wire name: ``Bitrate``.
    """

    height: int | None = None
    """Height of the video stream, in pixels.

    Unit: px.

    Wire name: ``Height``.
    """

    width: int | None = None
    """Width of the video stream, in pixels.

    Unit: px.

    Wire name: ``Width``.
    """

    codec: str | None = None
    """Encoding format of the video stream, e.g. h264.

    Wire name: ``Codec``.
    """

    fps: int | None = None
    """Frame rate of the video stream, in frames per second (Hz).

    Unit: Hz.

    Wire name: ``Fps``.
    """

    color_primaries: str | None = None
    """Color primaries of the video, e.g. bt470bg. May be null if unavailable.

    Wire name: ``ColorPrimaries``.
    """

    color_space: str | None = None
    """Color space (matrix coefficients) of the video, e.g. gbr. May be null if unavailable.

    Wire name: ``ColorSpace``.
    """

    color_transfer: str | None = None
    """Color transfer characteristics of the video, e.g. bt709. May be null if unavailable.

    Wire name: ``ColorTransfer``.
    """

    hdr_type: str | None = None
    """HDR type of the video, e.g. sdr. May be null if unavailable.

    Wire name: ``HdrType``.
    """

    codecs: str | None = None
    """Codecs string of the video stream, e.g. avc1.ffe100. May be null if unavailable.

    Wire name: ``Codecs``.
    """

    fps_numerator: int | None = None
    """Numerator of the frame rate expressed as a fraction. May be null if unavailable.

    Wire name: ``FpsNumerator``.
    """

    fps_denominator: int | None = None
    """Denominator of the frame rate expressed as a fraction. May be null if unavailable.

    Wire name: ``FpsDenominator``.
    """


_KNOWN = frozenset(MediaVideoStreamItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaVideoStreamItem:
    """Decode one ``MediaVideoStreamItem`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaVideoStreamItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Bitrate")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Bitrate", "an integer", v)
    o.bitrate = v
    v = get("Height")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Height", "an integer", v)
    o.height = v
    v = get("Width")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Width", "an integer", v)
    o.width = v
    v = get("Codec")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Codec", "a string", v)
    o.codec = v
    v = get("Fps")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Fps", "an integer", v)
    o.fps = v
    v = get("ColorPrimaries")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ColorPrimaries", "a string", v)
    o.color_primaries = v
    v = get("ColorSpace")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ColorSpace", "a string", v)
    o.color_space = v
    v = get("ColorTransfer")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ColorTransfer", "a string", v)
    o.color_transfer = v
    v = get("HdrType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("HdrType", "a string", v)
    o.hdr_type = v
    v = get("Codecs")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Codecs", "a string", v)
    o.codecs = v
    v = get("FpsNumerator")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FpsNumerator", "an integer", v)
    o.fps_numerator = v
    v = get("FpsDenominator")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FpsDenominator", "an integer", v)
    o.fps_denominator = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaVideoStreamItem, _structure)
