# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UpdateProjectRequest`` (sent in requests)."""

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
class UpdateProjectRequest(Model):
    """Request of UpdateProject: the project ID and the name, description, glossary or speakers to
    change.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "project_id": "ProjectId",
        "project_name": "ProjectName",
        "term_base": "TermBase",
        "description": "Description",
        "speakers": "Speakers",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str",
        "[TermBase",
        "str",
        "[Speakers",
    )

    project_id: str | None = None
    """ID of the project to update.

    Required in requests.

    Wire name: ``ProjectId``.
    """

    project_name: str | None = None
    """New name of the project.

    Wire name: ``ProjectName``.
    """

    term_base: list[models.TermBase] | None = None
    """New glossary of terms for the project.

    Wire name: ``TermBase``.
    """

    description: str | None = None
    """New description of the project.

    Wire name: ``Description``.
    """

    speakers: list[models.Speakers] | None = None
    """New list of characters (speakers).

    Wire name: ``Speakers``.
    """


_KNOWN = frozenset(UpdateProjectRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> UpdateProjectRequest:
    """Decode one ``UpdateProjectRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UpdateProjectRequest)
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
    v = get("TermBase")
    if v is not None:
        n += 1
        v = _d.objects("TermBase", v, _S["TermBase"])
    o.term_base = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("Speakers")
    if v is not None:
        n += 1
        v = _d.objects("Speakers", v, _S["Speakers"])
    o.speakers = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(UpdateProjectRequest, _structure)
