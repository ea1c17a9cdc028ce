# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DrmInfo``: the model and its codecs."""

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
class DrmInfo:
    """DRM encryption settings for the packaged output.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "simple_aes_drm": "SimpleAesDrm",
        "speke_drm": "SpekeDrm",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DrmInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "SimpleAesDrm",
        "SpekeDrm",
    }
)


def _structure(data: Any) -> DrmInfo:
    """Decode one ``DrmInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: DrmInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.simple_aes_drm
    if v is not None:
        d["SimpleAesDrm"] = _d.wire(v)
    v = o.speke_drm
    if v is not None:
        d["SpekeDrm"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DrmInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DrmInfo:
        o = _e.as_model(o, DrmInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.simple_aes_drm
    if v is not None:
        try:
            d["SimpleAesDrm"] = _R["SimpleAesDrm"](v)
        except ValidationError as e:
            raise e.with_prefix("SimpleAesDrm") from None
    v = o.speke_drm
    if v is not None:
        try:
            d["SpekeDrm"] = _R["SpekeDrm"](v)
        except ValidationError as e:
            raise e.with_prefix("SpekeDrm") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
