# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DrmInfo`` (sent in requests)."""

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
class DrmInfo(Model):
    """DRM encryption settings for the packaged output."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "simple_aes_drm": "SimpleAesDrm",
        "speke_drm": "SpekeDrm",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "SimpleAesDrm",
        "SpekeDrm",
    )

    type: str | None = None
    """Encryption type. simpleaes and fairplay are HLS only; widevine, playready and
    widevine+playready work with HLS and DASH (DASH only in single-file mode); fairplay
    combinations are HLS only. All types except simpleaes require mp4 segments.

    Known values (:class:`tencent_mps.enums.DrmInfoType`); others may appear:
    ``simpleaes``: HLS only, ts or mp4 segments, segmented mode only
    ``fairplay``: HLS only, mp4 segments, segmented or single-file mode
    ``widevine``: HLS or DASH, mp4 segments; DASH requires single-file mode
    ``playready``: HLS or DASH, mp4 segments; DASH requires single-file mode
    ``widevine+fairplay``: HLS only, mp4 segments, segmented or single-file mode
    ``playready+fairplay``: HLS only, mp4 segments, segmented or single-file mode
    ``widevine+playready+fairplay``: HLS only, mp4 segments, segmented or single-file mode
    ``widevine+playready``: HLS or MPEG-DASH, mp4 segments; DASH requires single-file mode

    Required in requests.

    Wire name: ``Type``.
    """

    simple_aes_drm: models.SimpleAesDrm | None = None
    """SimpleAES encryption settings. May be null.

    Wire name: ``SimpleAesDrm``.
    """

    speke_drm: models.SpekeDrm | None = None
    """Encryption settings for FairPlay, Widevine and PlayReady (via SPEKE).

    Wire name: ``SpekeDrm``.
    """


_KNOWN = frozenset(DrmInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DrmInfo:
    """Decode one ``DrmInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DrmInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("SimpleAesDrm")
    if v is not None:
        n += 1
        try:
            v = _S["SimpleAesDrm"](v)
        except DecodeError as e:
            raise e.with_prefix("SimpleAesDrm") from None
    o.simple_aes_drm = v
    v = get("SpekeDrm")
    if v is not None:
        n += 1
        try:
            v = _S["SpekeDrm"](v)
        except DecodeError as e:
            raise e.with_prefix("SpekeDrm") from None
    o.speke_drm = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DrmInfo, _structure)
