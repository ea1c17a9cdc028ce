# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``OutputReq`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class OutputReq(Model):
    """Output settings of a linear assembly channel as supplied in create or modify requests."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "group_name": "GroupName",
        "manifest_name": "ManifestName",
        "manifest_conf": "ManifestConf",
        "dash_manifest_conf": "DashManifestConf",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "ManifestInfo",
        "DashManifestInfo",
    )

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

    dash_manifest_conf: models.DashManifestInfo | None = None
    """DASH manifest settings; used when Type is DASH.

    Wire name: ``DashManifestConf``.
    """


_KNOWN = frozenset(OutputReq.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> OutputReq:
    """Decode one ``OutputReq`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(OutputReq)
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


bind(OutputReq, _structure)
