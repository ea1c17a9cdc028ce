# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageQualityConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageQualityConfig(Model):
    """Settings of an image quality assessment task: the dimensions to evaluate."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "attributes": "Attributes",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[str!",)

    attributes: list[str] | None = None
    """Quality dimensions to assess. Required.

    Known values (:class:`tencent_mps.enums.ImageQualityConfigAttributes`); others may appear:
    ``Brightness``: brightness assessment
    ``Contrast``: contrast assessment
    ``Sharpness``: sharpness assessment
    ``IQA``: overall image quality assessment

    Required in requests.

    Wire name: ``Attributes``.
    """


_KNOWN = frozenset(ImageQualityConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageQualityConfig:
    """Decode one ``ImageQualityConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageQualityConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Attributes")
    if v is not None:
        n += 1
        v = _d.str_list("Attributes", v)
    o.attributes = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageQualityConfig, _structure)
