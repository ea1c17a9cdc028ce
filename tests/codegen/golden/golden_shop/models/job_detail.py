# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``JobDetail``: the model and its codecs."""

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
class JobDetail:
    """A job and how far it got.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "job_id": "JobId",
        "status": "Status",
        "input": "Input",
        "steps": "Steps",
        "legacy": "Legacy",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> JobDetail:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "JobId",
        "Status",
        "Input",
        "Steps",
        "Legacy",
    }
)


def _structure(data: Any) -> JobDetail:
    """Decode one ``JobDetail`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Steps", "an array", v)
        if v:
            f = _S["Step"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Steps", v, f) from None
        else:
            v = []
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


def _unstructure(o: JobDetail) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.job_id
    if v is not None:
        d["JobId"] = v
    v = o.status
    if v is not None:
        d["Status"] = v
    v = o.input
    if v is not None:
        d["Input"] = _d.wire(v)
    v = o.steps
    if v is not None:
        d["Steps"] = [_d.wire(x) for x in v]
    v = o.legacy
    if v is not None:
        d["Legacy"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
