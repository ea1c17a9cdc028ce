# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcVideoExtraParam`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcVideoExtraParam(Model):
    """Extra settings for AIGC video generation, such as resolution, aspect ratio, watermark, audio
    and off-peak mode.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "resolution": "Resolution",
        "aspect_ratio": "AspectRatio",
        "logo_add": "LogoAdd",
        "enable_audio": "EnableAudio",
        "off_peak": "OffPeak",
        "enable_bgm": "EnableBgm",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
        "bool",
        "bool",
        "bool",
    )

    resolution: str | None = None
    """Resolution of the generated video; options depend on the model and duration. Kling: 720P
    (default) or 1080P, plus 4K on Kling 3.0 and 3.0-Omni; Hailuo: 768P (default) or 1080P;
    Vidu and PixVerse: 540P, 720P (default) or 1080P; H2: 720P or 1080P (default). 2K and 4K
    output can also be produced beyond the model's own options.

    Known values (:class:`tencent_mps.enums.AigcVideoExtraParamResolution`); others may appear:
    ``540P``: Vidu and PixVerse
    ``720P``: Kling, Vidu and PixVerse (their default), H2
    ``768P``: Hailuo (its default)
    ``1080P``: Kling, Hailuo, Vidu, PixVerse, H2 (its default)
    ``2K``: generated beyond the models' own resolutions
    ``4K``: Kling 3.0 and 3.0-Omni, or generated beyond the models' own resolutions

    Wire name: ``Resolution``.
    """

    aspect_ratio: str | None = None
    """Aspect ratio of the generated video. Kling: text-to-video only, 16:9 (default), 9:16 or
    1:1; Hailuo: not supported; Vidu: text and reference-image video only, 16:9, 9:16, 4:3,
    3:4, 1:1 (4:3 and 3:4 on q2 only); PixVerse: text and reference-image video only, 16:9,
    9:16, 4:3, 3:4, 1:1, 2:3, 3:2, 21:9 (the last three on v6 and c1 only); H2: text and
    reference-image video only, 16:9, 9:16, 4:3, 3:4, 4:5, 5:4, 1:1, 21:9, 9:21.

    Known values (:class:`tencent_mps.enums.AigcVideoExtraParamResolution`); others may appear:
    ``Kling``: kling model: 16:9 (default), 9:16 or 1:1
    ``Hailuo``: hailuo model: not supported
    ``Vidu``: vidu model: 16:9, 9:16, 4:3, 3:4 or 1:1
    ``PixVerse``: pixverse model: up to eight ratios
    ``H2``: h2 model: nine ratios from 16:9 to 9:21

    Wire name: ``AspectRatio``.
    """

    logo_add: int | None = None
    """Whether to add a logo watermark; supported by Hailuo, Kling, Vidu and H2.

    Wire name: ``LogoAdd``.
    """

    enable_audio: bool | None = None
    """Whether to generate audio for the video. Supported by Vidu (q3 series only), PixVerse
    and Kling; default false.

    Wire name: ``EnableAudio``.
    """

    off_peak: bool | None = None
    """Off-peak mode, currently Vidu only: tasks are generated within 48 hours and cancelled
    automatically if not finished by then.

    Wire name: ``OffPeak``.
    """

    enable_bgm: bool | None = None
    """Whether to add background music to the generated video; default false. Only some model
    versions support it.

    Wire name: ``EnableBgm``.
    """


_KNOWN = frozenset(AigcVideoExtraParam.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AigcVideoExtraParam:
    """Decode one ``AigcVideoExtraParam`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AigcVideoExtraParam)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Resolution")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Resolution", "a string", v)
    o.resolution = v
    v = get("AspectRatio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AspectRatio", "a string", v)
    o.aspect_ratio = v
    v = get("LogoAdd")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("LogoAdd", "an integer", v)
    o.logo_add = v
    v = get("EnableAudio")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("EnableAudio", "a boolean", v)
    o.enable_audio = v
    v = get("OffPeak")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("OffPeak", "a boolean", v)
    o.off_peak = v
    v = get("EnableBgm")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("EnableBgm", "a boolean", v)
    o.enable_bgm = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AigcVideoExtraParam, _structure)
