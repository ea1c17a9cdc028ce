# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartEraseTaskInput`` (sent in requests)."""

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
class SmartEraseTaskInput(Model):
    """Input parameters of a smart erase task, which removes elements such as logos, watermarks or
    subtitles from a video.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "raw_parameter": "RawParameter",
        "override_parameter": "OverrideParameter",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "RawSmartEraseParameter",
        "OverrideEraseParameter",
        "TaskOutputStorage",
        "str",
    )

    definition: int | None = None
    """ID of the smart erase template to apply.

    Wire name: ``Definition``.
    """

    raw_parameter: models.RawSmartEraseParameter | None = None
    """Fully custom smart erase parameters, only used when Definition is 0. Intended for highly
    customized scenarios; specifying a template through Definition is recommended instead.
    May be null.

    Wire name: ``RawParameter``.
    """

    override_parameter: models.OverrideEraseParameter | None = None
    """Partial smart erase parameters that override the matching settings of the template, only
    used when Definition is not 0. Intended for highly customized scenarios.

    Wire name: ``OverrideParameter``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for the output file; inherits the parent-level OutputStorage when not
    set. May be null.

    Wire name: ``OutputStorage``.
    """

    output_object_path: str | None = None
    """Output path of the resulting file, either relative or absolute, ending with .{format}
    and optionally using filename variables such as {inputName}. Not supported by the
    BatchProcessMedia API.

    Wire name: ``OutputObjectPath``.
    """


_KNOWN = frozenset(SmartEraseTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartEraseTaskInput:
    """Decode one ``SmartEraseTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartEraseTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("RawParameter")
    if v is not None:
        n += 1
        try:
            v = _S["RawSmartEraseParameter"](v)
        except DecodeError as e:
            raise e.with_prefix("RawParameter") from None
    o.raw_parameter = v
    v = get("OverrideParameter")
    if v is not None:
        n += 1
        try:
            v = _S["OverrideEraseParameter"](v)
        except DecodeError as e:
            raise e.with_prefix("OverrideParameter") from None
    o.override_parameter = v
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


bind(SmartEraseTaskInput, _structure)
