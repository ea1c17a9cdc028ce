# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``Rules``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class Rules:
    """A conditional rule in an orchestration flow: a set of conditions joined by a logical
    operator and the nodes to run when the rule matches.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "conditions": "Conditions",
        "linker": "Linker",
        "rear_drive_indexs": "RearDriveIndexs",
    }
    """Attribute name -> wire name, for every field."""

    id: str | None = None
    """ID of the condition rule. May be null.

    Wire name: ``Id``.
    """

    conditions: list[models.RuleConditionItem] | None = None
    """List of conditions to evaluate. May be null.

    Wire name: ``Conditions``.
    """

    linker: str | None = None
    """Logical operator joining the conditions.

    Known values (:class:`tencent_mps.enums.RulesLinker`); others may appear:
    ``&&``: Logical AND
    ``||``: Logical OR

    Wire name: ``Linker``.
    """

    rear_drive_indexs: list[int] | None = None
    """Indexes of the nodes to execute when the conditions are met. May be null.

    Wire name: ``RearDriveIndexs``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Rules:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Id",
        "Conditions",
        "Linker",
        "RearDriveIndexs",
    }
)


def _structure(data: Any) -> Rules:
    """Decode one ``Rules`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(Rules)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    v = get("Conditions")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Conditions", "an array", v)
        if v:
            f = _S["RuleConditionItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Conditions", v, f) from None
        else:
            v = []
    o.conditions = v
    v = get("Linker")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Linker", "a string", v)
    o.linker = v
    v = get("RearDriveIndexs")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("RearDriveIndexs", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("RearDriveIndexs", v, "an integer", _d.is_int)
    o.rear_drive_indexs = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: Rules) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.conditions
    if v is not None:
        d["Conditions"] = [_d.wire(x) for x in v]
    v = o.linker
    if v is not None:
        d["Linker"] = v
    v = o.rear_drive_indexs
    if v is not None:
        d["RearDriveIndexs"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``Rules`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not Rules:
        o = _e.as_model(o, Rules)
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Id", v)
        d["Id"] = v
    v = o.conditions
    if v is not None:
        d["Conditions"] = _e.models("Conditions", v, _R["RuleConditionItem"])
    v = o.linker
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Linker", v)
        d["Linker"] = v
    v = o.rear_drive_indexs
    if v is not None:
        d["RearDriveIndexs"] = _e.ints("RearDriveIndexs", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
