# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SourcePackageConf`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SourcePackageConf(Model):
    """One package configuration of a Source: its group name, HLS or DASH type and access path."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "group_name": "GroupName",
        "type": "Type",
        "path": "Path",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
    )

    group_name: str | None = None
    """Group name; when the channel is in Linear mode and a VOD Source is chosen, it is matched
    to the output group name of the channel output.

    Wire name: ``GroupName``.
    """

    type: str | None = None
    """Packaging type of this configuration: HLS or DASH.

    Known values (:class:`tencent_mps.enums.SourcePackageConfType`); others may appear:
    ``HLS``: HTTP Live Streaming package
    ``DASH``: MPEG-DASH package

    Wire name: ``Type``.
    """

    path: str | None = None
    """Access path of the content relative to the SourceLocation, for example /vod/main.m3u8.

    Wire name: ``Path``.
    """


_KNOWN = frozenset(SourcePackageConf.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SourcePackageConf:
    """Decode one ``SourcePackageConf`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SourcePackageConf)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("GroupName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("GroupName", "a string", v)
    o.group_name = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Path")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Path", "a string", v)
    o.path = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SourcePackageConf, _structure)
