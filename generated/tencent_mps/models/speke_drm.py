# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SpekeDrm``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SpekeDrm:
    """DRM encryption settings that obtain keys from a third-party DRM vendor over the SPEKE
    protocol.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "resource_id": "ResourceId",
        "key_server_url": "KeyServerUrl",
        "vector": "Vector",
        "encryption_method": "EncryptionMethod",
        "encryption_preset": "EncryptionPreset",
    }
    """Attribute name -> wire name, for every field."""

    resource_id: str | None = None
    """User-defined resource identifier sent as the cid field of the SPEKE request, 1-128
    characters of digits, letters, underscores and hyphens. Some vendors add further limits
    (for example disallowing underscores), so confirm with your vendor.

    Required in requests.

    Wire name: ``ResourceId``.
    """

    key_server_url: str | None = None
    """Key server address provided by the DRM vendor. Vendors limit the number of substreams,
    e.g. PallyCon allows at most 5 and DRMtoday at most 9.

    Required in requests.

    Wire name: ``KeyServerUrl``.
    """

    vector: str | None = None
    """User-defined encryption initialization vector as a 32-character hexadecimal string.

    Required in requests.

    Wire name: ``Vector``.
    """

    encryption_method: str | None = None
    """Encryption scheme. If unset, FairPlay and combinations including FairPlay default to
    cbcs, while PlayReady, Widevine and Widevine+PlayReady default to cenc.

    Known values (:class:`tencent_mps.enums.SpekeDrmEncryptionMethod`); others may appear:
    ``cbcs``: Supported by PlayReady, Widevine, FairPlay and their combinations
    ``cenc``: Supported by PlayReady, Widevine and Widevine+PlayReady

    Wire name: ``EncryptionMethod``.
    """

    encryption_preset: str | None = None
    """Key assignment rule for substreams. Default preset0.

    Known values (:class:`tencent_mps.enums.SpekeDrmEncryptionPreset`); others may appear:
    ``preset0``: All substreams share one key
    ``preset1``: Each substream uses its own key

    Wire name: ``EncryptionPreset``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SpekeDrm:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ResourceId",
        "KeyServerUrl",
        "Vector",
        "EncryptionMethod",
        "EncryptionPreset",
    }
)


def _structure(data: Any) -> SpekeDrm:
    """Decode one ``SpekeDrm`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SpekeDrm)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ResourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResourceId", "a string", v)
    o.resource_id = v
    v = get("KeyServerUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("KeyServerUrl", "a string", v)
    o.key_server_url = v
    v = get("Vector")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Vector", "a string", v)
    o.vector = v
    v = get("EncryptionMethod")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EncryptionMethod", "a string", v)
    o.encryption_method = v
    v = get("EncryptionPreset")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("EncryptionPreset", "a string", v)
    o.encryption_preset = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: SpekeDrm) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.resource_id
    if v is not None:
        d["ResourceId"] = v
    v = o.key_server_url
    if v is not None:
        d["KeyServerUrl"] = v
    v = o.vector
    if v is not None:
        d["Vector"] = v
    v = o.encryption_method
    if v is not None:
        d["EncryptionMethod"] = v
    v = o.encryption_preset
    if v is not None:
        d["EncryptionPreset"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SpekeDrm`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SpekeDrm:
        o = _e.as_model(o, SpekeDrm)
    d: dict[str, Any] = {}
    v: Any
    v = o.resource_id
    if v is None:
        raise _e.missing("ResourceId", "a string")
    if type(v) is not str:
        v = _e.as_str("ResourceId", v)
    d["ResourceId"] = v
    v = o.key_server_url
    if v is None:
        raise _e.missing("KeyServerUrl", "a string")
    if type(v) is not str:
        v = _e.as_str("KeyServerUrl", v)
    d["KeyServerUrl"] = v
    v = o.vector
    if v is None:
        raise _e.missing("Vector", "a string")
    if type(v) is not str:
        v = _e.as_str("Vector", v)
    d["Vector"] = v
    v = o.encryption_method
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EncryptionMethod", v)
        d["EncryptionMethod"] = v
    v = o.encryption_preset
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("EncryptionPreset", v)
        d["EncryptionPreset"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
