# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateJobRequest`` (sent in requests)."""

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
class CreateJobRequest(Model):
    """Request of CreateJob."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input": "Input",
        "outputs": "Outputs",
        "priority": "Priority",
        "ratio": "Ratio",
        "dry_run": "DryRun",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "JobInput!",
        "[OutputSpec",
        "int",
        "float",
        "bool",
    )

    input: models.JobInput | None = None
    """What to work on.

    Required in requests.

    Wire name: ``Input``.
    """

    outputs: list[models.OutputSpec] | None = None
    """Outputs to make.

    Wire name: ``Outputs``.
    """

    priority: int | None = None
    """Priority, -10 to 10.

    Wire name: ``Priority``.
    """

    ratio: float | None = None
    """Share of the quota to use.

    Unit: %.

    Wire name: ``Ratio``.
    """

    dry_run: bool | None = None
    """Check the request only.

    Wire name: ``DryRun``.
    """


_KNOWN = frozenset(CreateJobRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateJobRequest:
    """Decode one ``CreateJobRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateJobRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Input")
    if v is not None:
        n += 1
        try:
            v = _S["JobInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    v = get("Outputs")
    if v is not None:
        n += 1
        v = _d.objects("Outputs", v, _S["OutputSpec"])
    o.outputs = v
    v = get("Priority")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Priority", "an integer", v)
    o.priority = v
    v = get("Ratio")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Ratio", v)
    o.ratio = v
    v = get("DryRun")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("DryRun", "a boolean", v)
    o.dry_run = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateJobRequest, _structure)
