# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneViralPersona``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CloneViralPersona:
    """Appearance of the model (presenter) in a cloned viral video.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "gender": "Gender",
        "age": "Age",
        "ethnicity": "Ethnicity",
        "body_type": "BodyType",
    }
    """Attribute name -> wire name, for every field."""

    gender: str | None = None
    """Gender of the model: male, female or any.

    Wire name: ``Gender``.
    """

    age: str | None = None
    """Age group of the model: teenager, youth, middle_aged or senior.

    Wire name: ``Age``.
    """

    ethnicity: str | None = None
    """Appearance of the model: caucasian, asian, latino, african or middle_eastern.

    Wire name: ``Ethnicity``.
    """

    body_type: str | None = None
    """Body type of the model: slim, standard, athletic or chubby.

    Wire name: ``BodyType``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CloneViralPersona:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Gender",
        "Age",
        "Ethnicity",
        "BodyType",
    }
)


def _structure(data: Any) -> CloneViralPersona:
    """Decode one ``CloneViralPersona`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CloneViralPersona)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Gender")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Gender", "a string", v)
    o.gender = v
    v = get("Age")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Age", "a string", v)
    o.age = v
    v = get("Ethnicity")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Ethnicity", "a string", v)
    o.ethnicity = v
    v = get("BodyType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("BodyType", "a string", v)
    o.body_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CloneViralPersona) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.gender
    if v is not None:
        d["Gender"] = v
    v = o.age
    if v is not None:
        d["Age"] = v
    v = o.ethnicity
    if v is not None:
        d["Ethnicity"] = v
    v = o.body_type
    if v is not None:
        d["BodyType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CloneViralPersona`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CloneViralPersona:
        o = _e.as_model(o, CloneViralPersona)
    d: dict[str, Any] = {}
    v: Any
    v = o.gender
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Gender", v)
        d["Gender"] = v
    v = o.age
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Age", v)
        d["Age"] = v
    v = o.ethnicity
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Ethnicity", v)
        d["Ethnicity"] = v
    v = o.body_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("BodyType", v)
        d["BodyType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
