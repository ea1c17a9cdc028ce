# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ManifestInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ManifestInfo:
    """Manifest settings of a linear assembly channel output: window length and ad marker format.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "windows": "Windows",
        "ad_markup_type": "AdMarkupType",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ManifestInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Windows",
        "AdMarkupType",
    }
)


def _structure(data: Any) -> ManifestInfo:
    """Decode one ``ManifestInfo`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ManifestInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.windows
    if v is not None:
        d["Windows"] = v
    v = o.ad_markup_type
    if v is not None:
        d["AdMarkupType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ManifestInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ManifestInfo:
        o = _e.as_model(o, ManifestInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.windows
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Windows", v)
        d["Windows"] = v
    v = o.ad_markup_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AdMarkupType", v)
        d["AdMarkupType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
