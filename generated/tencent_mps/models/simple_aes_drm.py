# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SimpleAesDrm`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SimpleAesDrm(Model):
    """Parameters for simple AES-128 encryption of the output, consisting of the key server URI,
    the key and the initialization vector.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "uri": "Uri",
        "key": "Key",
        "vector": "Vector",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
    )

    uri: str | None = None
    """URI from which players request the decryption key. May be null.

    Required in requests.

    Wire name: ``Uri``.
    """

    key: str | None = attrs.field(default=None, repr=False)
    """Encryption key as a 32-character hexadecimal string. May be null.

    Required in requests.

    Sensitive: left out of ``repr()``.

    Wire name: ``Key``.
    """

    vector: str | None = None
    """Encryption initialization vector as a 32-character hexadecimal string. May be null.

    Wire name: ``Vector``.
    """


_KNOWN = frozenset(SimpleAesDrm.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SimpleAesDrm:
    """Decode one ``SimpleAesDrm`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SimpleAesDrm)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Uri")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Uri", "a string", v)
    o.uri = v
    v = get("Key")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Key", "a string", v)
    o.key = v
    v = get("Vector")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Vector", "a string", v)
    o.vector = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SimpleAesDrm, _structure)
