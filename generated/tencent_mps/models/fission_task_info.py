# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FissionTaskInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FissionTaskInfo(Model):
    """Output settings of a product video fission task: duration, model tier, format, market,
    language, video type and featured model.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "duration": "Duration",
        "model_tier": "ModelTier",
        "ratio": "Ratio",
        "resolution": "Resolution",
        "market": "Market",
        "language": "Language",
        "video_type": "VideoType",
        "split_count": "SplitCount",
        "custom_model": "CustomModel",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "int",
        "CustomModel",
    )

    duration: int | None = None
    """Length of each output video in seconds, in [4, 15]. Defaults to 15.

    Unit: s.

    Wire name: ``Duration``.
    """

    model_tier: str | None = None
    """Tier of the generation model to use.

    Known values (:class:`tencent_mps.enums.FissionTaskInfoModelTier`); others may appear:
    ``standard``: standard edition
    ``flagship``: flagship edition

    Wire name: ``ModelTier``.
    """

    ratio: str | None = None
    """Aspect ratio (width:height) of the output video.

    Known values (:class:`tencent_mps.enums.AiPosterSuiteConfigPanelRatio`); others may appear:
    ``9:16``: portrait 9:16
    ``16:9``: landscape 16:9
    ``1:1``: square 1:1
    ``3:4``: portrait 3:4
    ``4:3``: landscape 4:3

    Wire name: ``Ratio``.
    """

    resolution: str | None = None
    """Resolution of the output video.

    Known values (:class:`tencent_mps.enums.FissionTaskInfoResolution`); others may appear:
    ``720p``: 720p output
    ``1080p``: 1080p output
    ``2k``: 2k output
    ``4k``: 4k output

    Wire name: ``Resolution``.
    """

    market: str | None = None
    """Target market; it shapes the localized style and, when CustomModel is not given, the
    ethnicity of the on-screen model.

    Known values (:class:`tencent_mps.enums.FissionTaskInfoMarket`); others may appear:
    ``north_america``: north america
    ``europe``: europe
    ``china``: china
    ``japan``: japan
    ``korea``: korea
    ``southeast_asia``: southeast asia
    ``brazil``: brazil
    ``global``: worldwide
    ``other``: other markets

    Wire name: ``Market``.
    """

    language: str | None = None
    """Language of the voice-over and subtitles, or music only.

    Known values (:class:`tencent_mps.enums.FissionTaskInfoLanguage`); others may appear:
    ``english``: english
    ``chinese``: chinese
    ``japanese``: japanese
    ``korean``: korean
    ``spanish``: spanish
    ``portuguese``: portuguese
    ``music_only``: background music only, no voice-over

    Wire name: ``Language``.
    """

    video_type: str | None = None
    """Kind of promotional video to generate.

    Known values (:class:`tencent_mps.enums.FissionTaskInfoVideoType`); others may appear:
    ``ugc``: ugc-style product recommendation
    ``talk``: product voice-over presentation
    ``display``: product showcase with no human voice
    ``unboxing``: unboxing video
    ``reaction``: reaction video

    Wire name: ``VideoType``.
    """

    split_count: int | None = None
    """Number of fission variants to generate, in [0, 1].

    Wire name: ``SplitCount``.
    """

    custom_model: models.CustomModel | None = None
    """Appearance of a custom on-screen model; when omitted the model is chosen from Market.

    Wire name: ``CustomModel``.
    """


_KNOWN = frozenset(FissionTaskInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FissionTaskInfo:
    """Decode one ``FissionTaskInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FissionTaskInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Duration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Duration", "an integer", v)
    o.duration = v
    v = get("ModelTier")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ModelTier", "a string", v)
    o.model_tier = v
    v = get("Ratio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Ratio", "a string", v)
    o.ratio = v
    v = get("Resolution")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Resolution", "a string", v)
    o.resolution = v
    v = get("Market")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Market", "a string", v)
    o.market = v
    v = get("Language")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Language", "a string", v)
    o.language = v
    v = get("VideoType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoType", "a string", v)
    o.video_type = v
    v = get("SplitCount")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SplitCount", "an integer", v)
    o.split_count = v
    v = get("CustomModel")
    if v is not None:
        n += 1
        try:
            v = _S["CustomModel"](v)
        except DecodeError as e:
            raise e.with_prefix("CustomModel") from None
    o.custom_model = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(FissionTaskInfo, _structure)
