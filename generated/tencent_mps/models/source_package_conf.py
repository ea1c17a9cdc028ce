# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SourcePackageConf``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SourcePackageConf:
    """One package configuration of a Source: its group name, HLS or DASH type and access path.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "group_name": "GroupName",
        "type": "Type",
        "path": "Path",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SourcePackageConf:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "GroupName",
        "Type",
        "Path",
    }
)


def _structure(data: Any) -> SourcePackageConf:
    """Decode one ``SourcePackageConf`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: SourcePackageConf) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.group_name
    if v is not None:
        d["GroupName"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.path
    if v is not None:
        d["Path"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SourcePackageConf`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SourcePackageConf:
        o = _e.as_model(o, SourcePackageConf)
    d: dict[str, Any] = {}
    v: Any
    v = o.group_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("GroupName", v)
        d["GroupName"] = v
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    v = o.path
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Path", v)
        d["Path"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
