# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``StreamUrlDetail``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class StreamUrlDetail(Model):
    """Full description of a stream URL: the address, its purpose and a label such as the carrier."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "label": "Label",
        "url": "Url",
        "type": "Type",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
    )

    label: str | None = None
    """Label describing the URL, such as carrier information (for example BGP).

    Wire name: ``Label``.
    """

    url: str | None = None
    """The stream address itself, for example rtmp://example.com/live/live_channel.

    Wire name: ``Url``.
    """

    type: str | None = None
    """Purpose of the URL: Playback (pull playback address), RelayDestination (relay target),
    SourceCaptureUrl (origin pull address) or IngestEndpoint (push address).

    Wire name: ``Type``.
    """


_KNOWN = frozenset(StreamUrlDetail.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> StreamUrlDetail:
    """Decode one ``StreamUrlDetail`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(StreamUrlDetail)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Label")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Label", "a string", v)
    o.label = v
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(StreamUrlDetail, _structure)
