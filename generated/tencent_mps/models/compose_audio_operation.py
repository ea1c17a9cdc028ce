# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeAudioOperation`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeAudioOperation(Model):
    """Operation applied to audio in a video composition task, such as volume adjustment."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "volume": "Volume",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "float",
    )

    type: str | None = None
    """Kind of audio operation; currently only Volume.

    Known values (:class:`tencent_mps.enums.ComposeAudioOperationType`); others may appear:
    ``Volume``: adjust the volume

    Required in requests.

    Wire name: ``Type``.
    """

    volume: float | None = None
    """Volume factor, valid when Type is Volume, in the range 0-5: 0 mutes, below 1 lowers, 1
    keeps and above 1 raises the volume.

    Wire name: ``Volume``.
    """


_KNOWN = frozenset(ComposeAudioOperation.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeAudioOperation:
    """Decode one ``ComposeAudioOperation`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeAudioOperation)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Volume")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Volume", v)
    o.volume = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeAudioOperation, _structure)
