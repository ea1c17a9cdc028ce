# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartEraseWatermarkConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SmartEraseWatermarkConfig:
    """Watermark erasing settings of a smart erase task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "watermark_erase_method": "WatermarkEraseMethod",
        "watermark_model": "WatermarkModel",
        "auto_areas": "AutoAreas",
        "custom_areas": "CustomAreas",
    }
    """Attribute name -> wire name, for every field."""

    watermark_erase_method: str | None = None
    """How watermarks are erased. auto detects watermarks with an AI model and suits moving
    watermarks (whole frame by default, or the AutoAreas if given); custom erases fixed
    regions and needs at least one region, which suits static watermarks.

    Known values (:class:`tencent_mps.enums.SmartEraseSubtitleConfigSubtitleEraseMethod`); others may appear:
    ``auto``: Automatic erasing
    ``custom``: Erase specified regions

    Required in requests.

    Wire name: ``WatermarkEraseMethod``.
    """

    watermark_model: str | None = None
    """Watermark erasing model. basic is cheaper with average quality, suitable for animation
    or clean backgrounds; advanced gives better results for live-action content such as
    short dramas.

    Known values (:class:`tencent_mps.enums.SmartEraseWatermarkConfigWatermarkModel`); others may appear:
    ``basic``: Basic model
    ``advanced``: Advanced model

    Required in requests.

    Wire name: ``WatermarkModel``.
    """

    auto_areas: list[models.EraseArea] | None = None
    """Regions in which the AI model automatically detects and erases targets. Ignored when the
    erase method is custom; when updating a template pass [] to clear the regions, or omit
    it to keep the existing ones.

    Wire name: ``AutoAreas``.
    """

    custom_areas: list[models.EraseTimeArea] | None = None
    """Regions that are erased directly, without detection, during the specified time ranges.
    When updating a template pass [] to clear the regions, or omit it to keep the existing
    ones.

    Wire name: ``CustomAreas``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SmartEraseWatermarkConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "WatermarkEraseMethod",
        "WatermarkModel",
        "AutoAreas",
        "CustomAreas",
    }
)


def _structure(data: Any) -> SmartEraseWatermarkConfig:
    """Decode one ``SmartEraseWatermarkConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartEraseWatermarkConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("WatermarkEraseMethod")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("WatermarkEraseMethod", "a string", v)
    o.watermark_erase_method = v
    v = get("WatermarkModel")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("WatermarkModel", "a string", v)
    o.watermark_model = v
    v = get("AutoAreas")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("AutoAreas", "an array", v)
        if v:
            f = _S["EraseArea"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("AutoAreas", v, f) from None
        else:
            v = []
    o.auto_areas = v
    v = get("CustomAreas")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("CustomAreas", "an array", v)
        if v:
            f = _S["EraseTimeArea"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("CustomAreas", v, f) from None
        else:
            v = []
    o.custom_areas = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SmartEraseWatermarkConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.watermark_erase_method
    if v is not None:
        d["WatermarkEraseMethod"] = v
    v = o.watermark_model
    if v is not None:
        d["WatermarkModel"] = v
    v = o.auto_areas
    if v is not None:
        d["AutoAreas"] = [_d.wire(x) for x in v]
    v = o.custom_areas
    if v is not None:
        d["CustomAreas"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SmartEraseWatermarkConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SmartEraseWatermarkConfig:
        o = _e.as_model(o, SmartEraseWatermarkConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.watermark_erase_method
    if v is None:
        raise _e.missing("WatermarkEraseMethod", "a string")
    if type(v) is not str:
        v = _e.as_str("WatermarkEraseMethod", v)
    d["WatermarkEraseMethod"] = v
    v = o.watermark_model
    if v is None:
        raise _e.missing("WatermarkModel", "a string")
    if type(v) is not str:
        v = _e.as_str("WatermarkModel", v)
    d["WatermarkModel"] = v
    v = o.auto_areas
    if v is not None:
        d["AutoAreas"] = _e.models("AutoAreas", v, _R["EraseArea"])
    v = o.custom_areas
    if v is not None:
        d["CustomAreas"] = _e.models("CustomAreas", v, _R["EraseTimeArea"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
