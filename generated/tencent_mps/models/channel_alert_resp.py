# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ChannelAlertResp``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ChannelAlertResp(Model):
    """Alerts of a linear assembly channel, both aggregated per program and in detail."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "program_alert_counts": "ProgramAlertCounts",
        "program_alert_infos": "ProgramAlertInfos",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "[ProgramAlertCounts",
        "[ProgramAlertInfos",
    )

    program_alert_counts: list[models.ProgramAlertCounts] | None = None
    """Alert counts aggregated per program.

    Wire name: ``ProgramAlertCounts``.
    """

    program_alert_infos: list[models.ProgramAlertInfos] | None = None
    """Detailed alert records per program.

    Wire name: ``ProgramAlertInfos``.
    """


_KNOWN = frozenset(ChannelAlertResp.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ChannelAlertResp:
    """Decode one ``ChannelAlertResp`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ChannelAlertResp)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ProgramAlertCounts")
    if v is not None:
        n += 1
        v = _d.objects("ProgramAlertCounts", v, _S["ProgramAlertCounts"])
    o.program_alert_counts = v
    v = get("ProgramAlertInfos")
    if v is not None:
        n += 1
        v = _d.objects("ProgramAlertInfos", v, _S["ProgramAlertInfos"])
    o.program_alert_infos = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ChannelAlertResp, _structure)
