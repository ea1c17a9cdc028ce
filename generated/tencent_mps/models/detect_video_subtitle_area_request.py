# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DetectVideoSubtitleAreaRequest`` (sent in requests)."""

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
class DetectVideoSubtitleAreaRequest(Model):
    """Request of DetectVideoSubtitleArea: the video to scan for burned-in subtitles and an
    optional language hint.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "video_language": "VideoLanguage",
        "user_ext_para": "UserExtPara",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo!",
        "str",
        "str",
    )

    input_info: models.MediaInputInfo | None = None
    """Input video to analyse; only URL and COS inputs are currently supported. Required.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    video_language: str | None = None
    """Language of the video, if known; setting it improves detection accuracy.

    Known values (:class:`tencent_mps.enums.DetectVideoSubtitleAreaRequestVideoLanguage`); others may appear:
    ``zh_en``: chinese and english
    ``en``: english
    ``ja``: japanese
    ``ko``: korean

    Wire name: ``VideoLanguage``.
    """

    user_ext_para: str | None = None
    """Extension parameters as a JSON string; normally left empty.

    Wire name: ``UserExtPara``.
    """


_KNOWN = frozenset(DetectVideoSubtitleAreaRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DetectVideoSubtitleAreaRequest:
    """Decode one ``DetectVideoSubtitleAreaRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DetectVideoSubtitleAreaRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("VideoLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoLanguage", "a string", v)
    o.video_language = v
    v = get("UserExtPara")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UserExtPara", "a string", v)
    o.user_ext_para = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DetectVideoSubtitleAreaRequest, _structure)
