# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ManifestInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ManifestInfo(Model):
    """Manifest settings of a linear assembly channel output: window length and ad marker format."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "windows": "Windows",
        "ad_markup_type": "AdMarkupType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
    )

    windows: int | None = None
    """Length of the manifest window, in seconds.

    Unit: s.

    Wire name: ``Windows``.
    """

    ad_markup_type: str | None = None
    """Format of the ad markers written into the output: Date Range, Enhanced SCTE-35 or
    Standard SCTE-35.

    Wire name: ``AdMarkupType``.
    """


_KNOWN = frozenset(ManifestInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ManifestInfo:
    """Decode one ``ManifestInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ManifestInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Windows")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Windows", "an integer", v)
    o.windows = v
    v = get("AdMarkupType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AdMarkupType", "a string", v)
    o.ad_markup_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ManifestInfo, _structure)
