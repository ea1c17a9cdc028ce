# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``Project``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class Project(Model):
    """A drama (series) project with its glossary, speakers and timestamps."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "project_id": "ProjectId",
        "project_name": "ProjectName",
        "description": "Description",
        "term_base": "TermBase",
        "speakers": "Speakers",
        "created_at": "CreatedAt",
        "updated_at": "UpdatedAt",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "[TermBase",
        "[Speakers",
        "int",
        "int",
    )

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


_KNOWN = frozenset(Project.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> Project:
    """Decode one ``Project`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("TermBase", v, _S["TermBase"])
    o.term_base = v
    v = get("Speakers")
    if v is not None:
        n += 1
        v = _d.objects("Speakers", v, _S["Speakers"])
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


bind(Project, _structure)
