# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``JobDetail``."""

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
class JobDetail(Model):
    """A job and how far it got."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "job_id": "JobId",
        "status": "Status",
        "input": "Input",
        "steps": "Steps",
        "legacy": "Legacy",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "JobInput",
        "[Step",
        "str",
    )

    job_id: str | None = None
    """ID of the job.

    Wire name: ``JobId``.
    """

    status: str | None = None
    """State of the job.

    Known values (:class:`tencent_mps.enums.JobStatus`); others may appear:
    ``WAITING``: queued
    ``RUNNING``: being worked on
    ``DONE``: finished
    ``FAILED``: gave up

    Wire name: ``Status``.
    """

    input: models.JobInput | None = None
    """What the job works on.

    Wire name: ``Input``.
    """

    steps: list[models.Step] | None = None
    """The job's steps.

    Wire name: ``Steps``.
    """

    legacy: str | None = None
    """An old field.

    Deprecated: the service no longer uses this field.

    Wire name: ``Legacy``.
    """


_KNOWN = frozenset(JobDetail.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> JobDetail:
    """Decode one ``JobDetail`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(JobDetail)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("JobId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("JobId", "a string", v)
    o.job_id = v
    v = get("Status")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Status", "a string", v)
    o.status = v
    v = get("Input")
    if v is not None:
        n += 1
        try:
            v = _S["JobInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    v = get("Steps")
    if v is not None:
        n += 1
        v = _d.objects("Steps", v, _S["Step"])
    o.steps = v
    v = get("Legacy")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Legacy", "a string", v)
    o.legacy = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(JobDetail, _structure)
