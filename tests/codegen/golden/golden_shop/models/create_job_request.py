# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateJobRequest``: the model and its codecs."""

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
class CreateJobRequest:
    """Request of CreateJob.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input": "Input",
        "outputs": "Outputs",
        "priority": "Priority",
        "ratio": "Ratio",
        "dry_run": "DryRun",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateJobRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Input",
        "Outputs",
        "Priority",
        "Ratio",
        "DryRun",
    }
)


def _structure(data: Any) -> CreateJobRequest:
    """Decode one ``CreateJobRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("Outputs", "an array", v)
        if v:
            f = _S["OutputSpec"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Outputs", v, f) from None
        else:
            v = []
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


def _unstructure(o: CreateJobRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.input
    if v is not None:
        d["Input"] = _d.wire(v)
    v = o.outputs
    if v is not None:
        d["Outputs"] = [_d.wire(x) for x in v]
    v = o.priority
    if v is not None:
        d["Priority"] = v
    v = o.ratio
    if v is not None:
        d["Ratio"] = v
    v = o.dry_run
    if v is not None:
        d["DryRun"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateJobRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateJobRequest:
        o = _e.as_model(o, CreateJobRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.input
    if v is None:
        raise _e.missing("Input", "an object")
    try:
        d["Input"] = _R["JobInput"](v)
    except ValidationError as e:
        raise e.with_prefix("Input") from None
    v = o.outputs
    if v is not None:
        d["Outputs"] = _e.models("Outputs", v, _R["OutputSpec"])
    v = o.priority
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Priority", v)
        d["Priority"] = v
    v = o.ratio
    if v is not None:
        d["Ratio"] = _e.number("Ratio", v)
    v = o.dry_run
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("DryRun", "a boolean", v)
        d["DryRun"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
