# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateProjectRequest``: the model and its codecs."""

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
class CreateProjectRequest:
    """Request of CreateProject: the name, description, glossary and speakers of the new drama
    project.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "project_name": "ProjectName",
        "term_base": "TermBase",
        "description": "Description",
        "speakers": "Speakers",
    }
    """Attribute name -> wire name, for every field."""

    project_name: str | None = None
    """Name of the drama project.

    Required in requests.

    Wire name: ``ProjectName``.
    """

    term_base: list[models.TermBase] | None = None
    """Glossary of terms for the project.

    Wire name: ``TermBase``.
    """

    description: str | None = None
    """Free-text description of the project.

    Wire name: ``Description``.
    """

    speakers: list[models.Speakers] | None = None
    """Characters (speakers) appearing in the project.

    Wire name: ``Speakers``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateProjectRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ProjectName",
        "TermBase",
        "Description",
        "Speakers",
    }
)


def _structure(data: Any) -> CreateProjectRequest:
    """Decode one ``CreateProjectRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateProjectRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ProjectName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ProjectName", "a string", v)
    o.project_name = v
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
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
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
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreateProjectRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.project_name
    if v is not None:
        d["ProjectName"] = v
    v = o.term_base
    if v is not None:
        d["TermBase"] = [_d.wire(x) for x in v]
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.speakers
    if v is not None:
        d["Speakers"] = [_d.wire(x) for x in v]
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateProjectRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateProjectRequest:
        o = _e.as_model(o, CreateProjectRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.project_name
    if v is None:
        raise _e.missing("ProjectName", "a string")
    if type(v) is not str:
        v = _e.as_str("ProjectName", v)
    d["ProjectName"] = v
    v = o.term_base
    if v is not None:
        d["TermBase"] = _e.models("TermBase", v, _R["TermBase"])
    v = o.description
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Description", v)
        d["Description"] = v
    v = o.speakers
    if v is not None:
        d["Speakers"] = _e.models("Speakers", v, _R["Speakers"])
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
