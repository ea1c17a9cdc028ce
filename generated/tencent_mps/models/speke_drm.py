# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SpekeDrm`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SpekeDrm(Model):
    """DRM encryption settings that obtain keys from a third-party DRM vendor over the SPEKE
    protocol.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "resource_id": "ResourceId",
        "key_server_url": "KeyServerUrl",
        "vector": "Vector",
        "encryption_method": "EncryptionMethod",
        "encryption_preset": "EncryptionPreset",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str!",
        "str",
        "str",
    )

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


_KNOWN = frozenset(SpekeDrm.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SpekeDrm:
    """Decode one ``SpekeDrm`` wire object: the straight-line decoder of this model."""
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


bind(SpekeDrm, _structure)
