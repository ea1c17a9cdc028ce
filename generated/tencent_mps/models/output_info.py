# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``OutputInfo``: the model and its codecs."""

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
class OutputInfo:
    """Output of a linear assembly channel as returned by queries, including its playback URL.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "group_name": "GroupName",
        "manifest_name": "ManifestName",
        "manifest_conf": "ManifestConf",
        "playback_url": "PlaybackURL",
        "dash_manifest_conf": "DashManifestConf",
    }
    """Attribute name -> wire name, for every field."""

    type: str | None = None
    """Output protocol: HLS or DASH.

    Wire name: ``Type``.
    """

    group_name: str | None = None
    """Name of the output group; it can be matched to a group name of a Source package
    configuration.

    Wire name: ``GroupName``.
    """

    manifest_name: str | None = None
    """File name of the manifest produced after the channel schedules its programs, for example
    master.

    Wire name: ``ManifestName``.
    """

    manifest_conf: models.ManifestInfo | None = None
    """Manifest settings; used when Type is HLS.

    Wire name: ``ManifestConf``.
    """

    playback_url: str | None = None
    """Playback URL of this output.

    Wire name: ``PlaybackURL``.
    """

    dash_manifest_conf: models.DashManifestInfo | None = None
    """DASH manifest settings; used when Type is DASH.

    Wire name: ``DashManifestConf``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OutputInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "GroupName",
        "ManifestName",
        "ManifestConf",
        "PlaybackURL",
        "DashManifestConf",
    }
)


def _structure(data: Any) -> OutputInfo:
    """Decode one ``OutputInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(OutputInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("GroupName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("GroupName", "a string", v)
    o.group_name = v
    v = get("ManifestName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ManifestName", "a string", v)
    o.manifest_name = v
    v = get("ManifestConf")
    if v is not None:
        n += 1
        try:
            v = _S["ManifestInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("ManifestConf") from None
    o.manifest_conf = v
    v = get("PlaybackURL")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PlaybackURL", "a string", v)
    o.playback_url = v
    v = get("DashManifestConf")
    if v is not None:
        n += 1
        try:
            v = _S["DashManifestInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("DashManifestConf") from None
    o.dash_manifest_conf = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: OutputInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.group_name
    if v is not None:
        d["GroupName"] = v
    v = o.manifest_name
    if v is not None:
        d["ManifestName"] = v
    v = o.manifest_conf
    if v is not None:
        d["ManifestConf"] = _d.wire(v)
    v = o.playback_url
    if v is not None:
        d["PlaybackURL"] = v
    v = o.dash_manifest_conf
    if v is not None:
        d["DashManifestConf"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``OutputInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not OutputInfo:
        o = _e.as_model(o, OutputInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Type", v)
        d["Type"] = v
    v = o.group_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("GroupName", v)
        d["GroupName"] = v
    v = o.manifest_name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ManifestName", v)
        d["ManifestName"] = v
    v = o.manifest_conf
    if v is not None:
        try:
            d["ManifestConf"] = _R["ManifestInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("ManifestConf") from None
    v = o.playback_url
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("PlaybackURL", v)
        d["PlaybackURL"] = v
    v = o.dash_manifest_conf
    if v is not None:
        try:
            d["DashManifestConf"] = _R["DashManifestInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("DashManifestConf") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
