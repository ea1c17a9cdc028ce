# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DeleteStreamPackageLinearAssemblyProgramsRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DeleteStreamPackageLinearAssemblyProgramsRequest:
    """Request of DeleteStreamPackageLinearAssemblyPrograms: the IDs of the programs to remove.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "ids": "Ids",
    }
    """Attribute name -> wire name, for every field."""

    ids: list[str] | None = None
    """IDs of the programs to delete. Required.

    Required in requests.

    Wire name: ``Ids``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeleteStreamPackageLinearAssemblyProgramsRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Ids",
    }
)


def _structure(data: Any) -> DeleteStreamPackageLinearAssemblyProgramsRequest:
    """Decode one ``DeleteStreamPackageLinearAssemblyProgramsRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DeleteStreamPackageLinearAssemblyProgramsRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Ids")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Ids", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Ids", v, "a string", _d.is_str)
    o.ids = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DeleteStreamPackageLinearAssemblyProgramsRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.ids
    if v is not None:
        d["Ids"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DeleteStreamPackageLinearAssemblyProgramsRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DeleteStreamPackageLinearAssemblyProgramsRequest:
        o = _e.as_model(o, DeleteStreamPackageLinearAssemblyProgramsRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.ids
    if v is None:
        raise _e.missing("Ids", "an array")
    d["Ids"] = _e.strs("Ids", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
