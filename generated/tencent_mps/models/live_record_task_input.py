# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``LiveRecordTaskInput``."""

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
class LiveRecordTaskInput(Model):
    """Input parameters of a live stream recording task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "TaskOutputStorage",
        "str",
    )

    definition: int | None = None
    """ID of the live recording template.

    Wire name: ``Definition``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for recorded files; inherits the parent OutputStorage when omitted. May
    be null.

    Wire name: ``OutputStorage``.
    """

    output_object_path: str | None = None
    """Output path for recorded files. May be null.

    Wire name: ``OutputObjectPath``.
    """


_KNOWN = frozenset(LiveRecordTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> LiveRecordTaskInput:
    """Decode one ``LiveRecordTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(LiveRecordTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("OutputObjectPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputObjectPath", "a string", v)
    o.output_object_path = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(LiveRecordTaskInput, _structure)
