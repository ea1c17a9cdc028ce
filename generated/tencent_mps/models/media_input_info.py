# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaInputInfo`` (sent in requests)."""

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
class MediaInputInfo(Model):
    """Describes where an input media file comes from (COS, URL, AWS S3 or VOD) and how to locate
    it.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "cos_input_info": "CosInputInfo",
        "url_input_info": "UrlInputInfo",
        "s3_input_info": "S3InputInfo",
        "vod_input_info": "VODInputInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "CosInputInfo",
        "UrlInputInfo",
        "S3InputInfo",
        "VODInputInfo",
    )

    type: str | None = None
    """Type of the input source.

    Known values (:class:`tencent_mps.enums.MediaInputInfoType`); others may appear:
    ``COS``: Tencent Cloud COS object
    ``URL``: file reachable by URL
    ``AWS-S3``: AWS S3 object; currently transcoding tasks only
    ``VOD``: VOD Professional edition

    Required in requests.

    Wire name: ``Type``.
    """

    cos_input_info: models.CosInputInfo | None = None
    """COS object information of the input; required and used only when Type is COS.

    Wire name: ``CosInputInfo``.
    """

    url_input_info: models.UrlInputInfo | None = None
    """URL information of the input; required and used only when Type is URL. May be null if
    unavailable.

    Wire name: ``UrlInputInfo``.
    """

    s3_input_info: models.S3InputInfo | None = None
    """AWS S3 object information of the input; required and used only when Type is AWS-S3. May
    be null if unavailable.

    Wire name: ``S3InputInfo``.
    """

    vod_input_info: models.VODInputInfo | None = None
    """VOD Professional edition object information of the input; required and used only when
    Type is VOD. May be null if unavailable.

    Wire name: ``VODInputInfo``.
    """


_KNOWN = frozenset(MediaInputInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> MediaInputInfo:
    """Decode one ``MediaInputInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaInputInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("CosInputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["CosInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("CosInputInfo") from None
    o.cos_input_info = v
    v = get("UrlInputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["UrlInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("UrlInputInfo") from None
    o.url_input_info = v
    v = get("S3InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["S3InputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("S3InputInfo") from None
    o.s3_input_info = v
    v = get("VODInputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["VODInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("VODInputInfo") from None
    o.vod_input_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(MediaInputInfo, _structure)
