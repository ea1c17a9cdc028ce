# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TerrorismConfigureInfoForUpdate``: the model and its codecs."""

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
class TerrorismConfigureInfoForUpdate:
    """Changes to the terrorism moderation settings when modifying a moderation template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "img_review_info": "ImgReviewInfo",
        "ocr_review_info": "OcrReviewInfo",
    }
    """Attribute name -> wire name, for every field."""

    img_review_info: models.TerrorismImgReviewTemplateInfoForUpdate | None = None
    """New settings of the terrorism-content check on video frames.

    Wire name: ``ImgReviewInfo``.
    """

    ocr_review_info: models.TerrorismOcrReviewTemplateInfoForUpdate | None = None
    """New settings of the terrorism-content check on on-screen text.

    Wire name: ``OcrReviewInfo``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TerrorismConfigureInfoForUpdate:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ImgReviewInfo",
        "OcrReviewInfo",
    }
)


def _structure(data: Any) -> TerrorismConfigureInfoForUpdate:
    """Decode one ``TerrorismConfigureInfoForUpdate`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TerrorismConfigureInfoForUpdate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ImgReviewInfo")
    if v is not None:
        n += 1
        try:
            v = _S["TerrorismImgReviewTemplateInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("ImgReviewInfo") from None
    o.img_review_info = v
    v = get("OcrReviewInfo")
    if v is not None:
        n += 1
        try:
            v = _S["TerrorismOcrReviewTemplateInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("OcrReviewInfo") from None
    o.ocr_review_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: TerrorismConfigureInfoForUpdate) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.img_review_info
    if v is not None:
        d["ImgReviewInfo"] = _d.wire(v)
    v = o.ocr_review_info
    if v is not None:
        d["OcrReviewInfo"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``TerrorismConfigureInfoForUpdate`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not TerrorismConfigureInfoForUpdate:
        o = _e.as_model(o, TerrorismConfigureInfoForUpdate)
    d: dict[str, Any] = {}
    v: Any
    v = o.img_review_info
    if v is not None:
        try:
            d["ImgReviewInfo"] = _R["TerrorismImgReviewTemplateInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("ImgReviewInfo") from None
    v = o.ocr_review_info
    if v is not None:
        try:
            d["OcrReviewInfo"] = _R["TerrorismOcrReviewTemplateInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("OcrReviewInfo") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
