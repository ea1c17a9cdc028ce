# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``JobInput`` (sent in requests)."""

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
class JobInput(Model):
    """What a job works on; sent in requests and echoed in responses."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source": "Source",
        "tags": "Tags",
        "weights": "Weights",
        "kind": "Kind",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "SourceInfo!",
        "[str",
        "[float",
        "str",
    )

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


_KNOWN = frozenset(JobInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> JobInput:
    """Decode one ``JobInput`` wire object: the straight-line decoder of this model."""
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
        v = _d.str_list("Tags", v)
    o.tags = v
    v = get("Weights")
    if v is not None:
        n += 1
        v = _d.float_list("Weights", v)
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


bind(JobInput, _structure)
