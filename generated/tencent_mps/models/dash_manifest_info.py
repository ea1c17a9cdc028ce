# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DashManifestInfo`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DashManifestInfo(Model):
    """Manifest settings used when the package type is DASH."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "windows": "Windows",
        "min_buffer_time": "MinBufferTime",
        "min_update_period": "MinUpdatePeriod",
        "suggested_presentation_delay": "SuggestedPresentationDelay",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "int",
        "int",
        "int",
    )

    windows: int | None = None
    """Total duration covered by each manifest, in seconds. Range [30, 3600], default 60.

    Wire name: ``Windows``.
    """

    min_buffer_time: int | None = None
    """Minimum amount of content the player keeps in its buffer, in seconds. Range [2, 60],
    default 30.

    Wire name: ``MinBufferTime``.
    """

    min_update_period: int | None = None
    """Minimum time the player waits before requesting a manifest update, in seconds. Range [2,
    60], default 2.

    Wire name: ``MinUpdatePeriod``.
    """

    suggested_presentation_delay: int | None = None
    """How far behind the live edge the player starts playback, in seconds. Range [2, 60],
    default 10.

    Wire name: ``SuggestedPresentationDelay``.
    """


_KNOWN = frozenset(DashManifestInfo.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DashManifestInfo:
    """Decode one ``DashManifestInfo`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DashManifestInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Windows")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Windows", "an integer", v)
    o.windows = v
    v = get("MinBufferTime")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MinBufferTime", "an integer", v)
    o.min_buffer_time = v
    v = get("MinUpdatePeriod")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("MinUpdatePeriod", "an integer", v)
    o.min_update_period = v
    v = get("SuggestedPresentationDelay")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SuggestedPresentationDelay", "an integer", v)
    o.suggested_presentation_delay = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DashManifestInfo, _structure)
