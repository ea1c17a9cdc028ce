# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``Step``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class Step(Model):
    """One step of a job."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "status": "Status",
        "progress": "Progress",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "int",
    )

    name: str | None = None
    """Name of the step.

    Wire name: ``Name``.
    """

    status: str | None = None
    """State of the step.

    Known values (:class:`tencent_mps.enums.JobStatus`); others may appear:
    ``WAITING``: queued
    ``RUNNING``: being worked on
    ``DONE``: finished
    ``FAILED``: gave up

    Wire name: ``Status``.
    """

    progress: int | None = None
    """Progress of the step.

    Unit: %.

    Wire name: ``Progress``.
    """


_KNOWN = frozenset(Step.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> Step:
    """Decode one ``Step`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(Step)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("Progress")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Progress", "an integer", v)
    o.progress = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(Step, _structure)
