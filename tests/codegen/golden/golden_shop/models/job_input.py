# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``JobInput``: the model and its codecs."""

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
class JobInput:
    """What a job works on; sent in requests and echoed in responses.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source": "Source",
        "tags": "Tags",
        "weights": "Weights",
        "kind": "Kind",
    }
    """Attribute name -> wire name, for every field."""

    source: models.SourceInfo | None = None
    """The input file.

    Required in requests.

    Wire name: ``Source``.
    """

    tags: list[str] | None = None
    """Labels of the job.

    Wire name: ``Tags``.
    """

    weights: list[float] | None = None
    """Relative weights.

    Unit: %.

    Wire name: ``Weights``.
    """

    kind: str | None = None
    """The kind of job.

    Known values (:class:`tencent_mps.enums.JobInputKind`); others may appear:
    ``fast``: quick and rough
    ``best``: slow and careful

    Wire name: ``Kind``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> JobInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Source",
        "Tags",
        "Weights",
        "Kind",
    }
)


def _structure(data: Any) -> JobInput:
    """Decode one ``JobInput`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(JobInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Source")
    if v is not None:
        n += 1
        try:
            v = _S["SourceInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("Source") from None
    o.source = v
    v = get("Tags")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Tags", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Tags", v, "a string", _d.is_str)
    o.tags = v
    v = get("Weights")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Weights", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is float for x in v):
            v = _d.numbers("Weights", v)
    o.weights = v
    v = get("Kind")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Kind", "a string", v)
    o.kind = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: JobInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.source
    if v is not None:
        d["Source"] = _d.wire(v)
    v = o.tags
    if v is not None:
        d["Tags"] = list(v)
    v = o.weights
    if v is not None:
        d["Weights"] = list(v)
    v = o.kind
    if v is not None:
        d["Kind"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``JobInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not JobInput:
        o = _e.as_model(o, JobInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.source
    if v is None:
        raise _e.missing("Source", "an object")
    try:
        d["Source"] = _R["SourceInfo"](v)
    except ValidationError as e:
        raise e.with_prefix("Source") from None
    v = o.tags
    if v is not None:
        d["Tags"] = _e.strs("Tags", v)
    v = o.weights
    if v is not None:
        d["Weights"] = _e.floats("Weights", v)
    v = o.kind
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Kind", v)
        d["Kind"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
