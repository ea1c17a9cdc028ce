# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaInputInfo``: the model and its codecs."""

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
class MediaInputInfo:
    """Describes where an input media file comes from (COS, URL, AWS S3 or VOD) and how to locate
    it.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "cos_input_info": "CosInputInfo",
        "url_input_info": "UrlInputInfo",
        "s3_input_info": "S3InputInfo",
        "vod_input_info": "VODInputInfo",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaInputInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "CosInputInfo",
        "UrlInputInfo",
        "S3InputInfo",
        "VODInputInfo",
    }
)


def _structure(data: Any) -> MediaInputInfo:
    """Decode one ``MediaInputInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: MediaInputInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.cos_input_info
    if v is not None:
        d["CosInputInfo"] = _d.wire(v)
    v = o.url_input_info
    if v is not None:
        d["UrlInputInfo"] = _d.wire(v)
    v = o.s3_input_info
    if v is not None:
        d["S3InputInfo"] = _d.wire(v)
    v = o.vod_input_info
    if v is not None:
        d["VODInputInfo"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``MediaInputInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not MediaInputInfo:
        o = _e.as_model(o, MediaInputInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.cos_input_info
    if v is not None:
        try:
            d["CosInputInfo"] = _R["CosInputInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("CosInputInfo") from None
    v = o.url_input_info
    if v is not None:
        try:
            d["UrlInputInfo"] = _R["UrlInputInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("UrlInputInfo") from None
    v = o.s3_input_info
    if v is not None:
        try:
            d["S3InputInfo"] = _R["S3InputInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("S3InputInfo") from None
    v = o.vod_input_info
    if v is not None:
        try:
            d["VODInputInfo"] = _R["VODInputInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("VODInputInfo") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
