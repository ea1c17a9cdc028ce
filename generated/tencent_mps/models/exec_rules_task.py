# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ExecRulesTask`` (sent in requests)."""

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
class ExecRulesTask(Model):
    """A rule-evaluation step in a workflow that checks conditions to decide which downstream nodes
    run.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "rules": "Rules",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[Rules",)

    rules: list[models.Rules] | None = None
    """Condition rules to evaluate. May be null.

    Wire name: ``Rules``.
    """


_KNOWN = frozenset(ExecRulesTask.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ExecRulesTask:
    """Decode one ``ExecRulesTask`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ExecRulesTask)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Rules")
    if v is not None:
        n += 1
        v = _d.objects("Rules", v, _S["Rules"])
    o.rules = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ExecRulesTask, _structure)
