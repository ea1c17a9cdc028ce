# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ChannelAlertResp``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ChannelAlertResp:
    """Alerts of a linear assembly channel, both aggregated per program and in detail.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "program_alert_counts": "ProgramAlertCounts",
        "program_alert_infos": "ProgramAlertInfos",
    }
    """Attribute name -> wire name, for every field."""

    program_alert_counts: list[models.ProgramAlertCounts] | None = None
    """Alert counts aggregated per program.

    Wire name: ``ProgramAlertCounts``.
    """

    program_alert_infos: list[models.ProgramAlertInfos] | None = None
    """Detailed alert records per program.

    Wire name: ``ProgramAlertInfos``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChannelAlertResp:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ProgramAlertCounts",
        "ProgramAlertInfos",
    }
)


def _structure(data: Any) -> ChannelAlertResp:
    """Decode one ``ChannelAlertResp`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ChannelAlertResp)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ProgramAlertCounts")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ProgramAlertCounts", "an array", v)
        if v:
            f = _S["ProgramAlertCounts"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ProgramAlertCounts", v, f) from None
        else:
            v = []
    o.program_alert_counts = v
    v = get("ProgramAlertInfos")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ProgramAlertInfos", "an array", v)
        if v:
            f = _S["ProgramAlertInfos"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ProgramAlertInfos", v, f) from None
        else:
            v = []
    o.program_alert_infos = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ChannelAlertResp) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.program_alert_counts
    if v is not None:
        d["ProgramAlertCounts"] = [_d.wire(x) for x in v]
    v = o.program_alert_infos
    if v is not None:
        d["ProgramAlertInfos"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
