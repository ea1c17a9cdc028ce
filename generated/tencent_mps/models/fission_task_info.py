# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FissionTaskInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FissionTaskInfo:
    """Output settings of a product video fission task: duration, model tier, format, market,
    language, video type and featured model.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FissionTaskInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Duration",
        "ModelTier",
        "Ratio",
        "Resolution",
        "Market",
        "Language",
        "VideoType",
        "SplitCount",
        "CustomModel",
    }
)


def _structure(data: Any) -> FissionTaskInfo:
    """Decode one ``FissionTaskInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: FissionTaskInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.duration
    if v is not None:
        d["Duration"] = v
    v = o.model_tier
    if v is not None:
        d["ModelTier"] = v
    v = o.ratio
    if v is not None:
        d["Ratio"] = v
    v = o.resolution
    if v is not None:
        d["Resolution"] = v
    v = o.market
    if v is not None:
        d["Market"] = v
    v = o.language
    if v is not None:
        d["Language"] = v
    v = o.video_type
    if v is not None:
        d["VideoType"] = v
    v = o.split_count
    if v is not None:
        d["SplitCount"] = v
    v = o.custom_model
    if v is not None:
        d["CustomModel"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``FissionTaskInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not FissionTaskInfo:
        o = _e.as_model(o, FissionTaskInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.duration
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Duration", v)
        d["Duration"] = v
    v = o.model_tier
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ModelTier", v)
        d["ModelTier"] = v
    v = o.ratio
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Ratio", v)
        d["Ratio"] = v
    v = o.resolution
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Resolution", v)
        d["Resolution"] = v
    v = o.market
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Market", v)
        d["Market"] = v
    v = o.language
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Language", v)
        d["Language"] = v
    v = o.video_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("VideoType", v)
        d["VideoType"] = v
    v = o.split_count
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SplitCount", v)
        d["SplitCount"] = v
    v = o.custom_model
    if v is not None:
        try:
            d["CustomModel"] = _R["CustomModel"](v)
        except ValidationError as e:
            raise e.with_prefix("CustomModel") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
