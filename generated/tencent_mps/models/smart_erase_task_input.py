# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartEraseTaskInput``: the model and its codecs."""

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
class SmartEraseTaskInput:
    """Input parameters of a smart erase task, which removes elements such as logos, watermarks or
    subtitles from a video.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "raw_parameter": "RawParameter",
        "override_parameter": "OverrideParameter",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SmartEraseTaskInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "RawParameter",
        "OverrideParameter",
        "OutputStorage",
        "OutputObjectPath",
    }
)


def _structure(data: Any) -> SmartEraseTaskInput:
    """Decode one ``SmartEraseTaskInput`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: SmartEraseTaskInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.raw_parameter
    if v is not None:
        d["RawParameter"] = _d.wire(v)
    v = o.override_parameter
    if v is not None:
        d["OverrideParameter"] = _d.wire(v)
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.output_object_path
    if v is not None:
        d["OutputObjectPath"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SmartEraseTaskInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SmartEraseTaskInput:
        o = _e.as_model(o, SmartEraseTaskInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Definition", v)
        d["Definition"] = v
    v = o.raw_parameter
    if v is not None:
        try:
            d["RawParameter"] = _R["RawSmartEraseParameter"](v)
        except ValidationError as e:
            raise e.with_prefix("RawParameter") from None
    v = o.override_parameter
    if v is not None:
        try:
            d["OverrideParameter"] = _R["OverrideEraseParameter"](v)
        except ValidationError as e:
            raise e.with_prefix("OverrideParameter") from None
    v = o.output_storage
    if v is not None:
        try:
            d["OutputStorage"] = _R["TaskOutputStorage"](v)
        except ValidationError as e:
            raise e.with_prefix("OutputStorage") from None
    v = o.output_object_path
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputObjectPath", v)
        d["OutputObjectPath"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
