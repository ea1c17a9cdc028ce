# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``Project``: the model and its codecs."""

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
class Project:
    """A drama (series) project with its glossary, speakers and timestamps.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "project_id": "ProjectId",
        "project_name": "ProjectName",
        "description": "Description",
        "term_base": "TermBase",
        "speakers": "Speakers",
        "created_at": "CreatedAt",
        "updated_at": "UpdatedAt",
    }
    """Attribute name -> wire name, for every field."""

    project_id: str | None = None
    """Unique ID of the drama project.

    Wire name: ``ProjectId``.
    """

    project_name: str | None = None
    """Display name of the project.

    Wire name: ``ProjectName``.
    """

    description: str | None = None
    """Free-text description of the project.

    Wire name: ``Description``.
    """

    term_base: list[models.TermBase] | None = None
    """Glossary of terms used in the project.

    Wire name: ``TermBase``.
    """

    speakers: list[models.Speakers] | None = None
    """Characters (speakers) in the project.

    Wire name: ``Speakers``.
    """

    created_at: int | None = None
    """Creation time as a Unix timestamp.

    Wire name: ``CreatedAt``.
    """

    updated_at: int | None = None
    """Last update time as a Unix timestamp.

    Wire name: ``UpdatedAt``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Project:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ProjectId",
        "ProjectName",
        "Description",
        "TermBase",
        "Speakers",
        "CreatedAt",
        "UpdatedAt",
    }
)


def _structure(data: Any) -> Project:
    """Decode one ``Project`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(Project)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ProjectId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProjectId", "a string", v)
    o.project_id = v
    v = get("ProjectName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProjectName", "a string", v)
    o.project_name = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("TermBase")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("TermBase", "an array", v)
        if v:
            f = _S["TermBase"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("TermBase", v, f) from None
        else:
            v = []
    o.term_base = v
    v = get("Speakers")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Speakers", "an array", v)
        if v:
            f = _S["Speakers"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Speakers", v, f) from None
        else:
            v = []
    o.speakers = v
    v = get("CreatedAt")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("CreatedAt", "an integer", v)
    o.created_at = v
    v = get("UpdatedAt")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("UpdatedAt", "an integer", v)
    o.updated_at = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: Project) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.project_id
    if v is not None:
        d["ProjectId"] = v
    v = o.project_name
    if v is not None:
        d["ProjectName"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.term_base
    if v is not None:
        d["TermBase"] = [_d.wire(x) for x in v]
    v = o.speakers
    if v is not None:
        d["Speakers"] = [_d.wire(x) for x in v]
    v = o.created_at
    if v is not None:
        d["CreatedAt"] = v
    v = o.updated_at
    if v is not None:
        d["UpdatedAt"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
