# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeStyles``: the model and its codecs."""

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
class ComposeStyles:
    """Global style of a composition task, referenced by track elements through its Id.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "type": "Type",
        "subtitle": "Subtitle",
    }
    """Attribute name -> wire name, for every field."""

    id: str | None = None
    """Style ID that track elements use to refer to this style; letters, digits, - and _, up to
    32 characters.

    Required in requests.

    Wire name: ``Id``.
    """

    type: str | None = None
    """Kind of style; currently only Subtitle.

    Known values (:class:`tencent_mps.enums.ComposeStylesType`); others may appear:
    ``Subtitle``: subtitle style

    Required in requests.

    Wire name: ``Type``.
    """

    subtitle: models.ComposeSubtitleStyle | None = None
    """Subtitle style settings; used when Type is Subtitle.

    Wire name: ``Subtitle``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeStyles:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Id",
        "Type",
        "Subtitle",
    }
)


def _structure(data: Any) -> ComposeStyles:
    """Decode one ``ComposeStyles`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeStyles)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Subtitle")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeSubtitleStyle"](v)
        except DecodeError as e:
            raise e.with_prefix("Subtitle") from None
    o.subtitle = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ComposeStyles) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is not None:
        d["Id"] = v
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.subtitle
    if v is not None:
        d["Subtitle"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeStyles`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeStyles:
        o = _e.as_model(o, ComposeStyles)
    d: dict[str, Any] = {}
    v: Any
    v = o.id
    if v is None:
        raise _e.missing("Id", "a string")
    if type(v) is not str:
        v = _e.as_str("Id", v)
    d["Id"] = v
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.subtitle
    if v is not None:
        try:
            d["Subtitle"] = _R["ComposeSubtitleStyle"](v)
        except ValidationError as e:
            raise e.with_prefix("Subtitle") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
