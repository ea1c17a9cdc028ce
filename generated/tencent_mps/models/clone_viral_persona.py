# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CloneViralPersona`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CloneViralPersona(Model):
    """Appearance of the model (presenter) in a cloned viral video."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "gender": "Gender",
        "age": "Age",
        "ethnicity": "Ethnicity",
        "body_type": "BodyType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(CloneViralPersona.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CloneViralPersona:
    """Decode one ``CloneViralPersona`` wire object: the straight-line decoder of this model."""
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


bind(CloneViralPersona, _structure)
