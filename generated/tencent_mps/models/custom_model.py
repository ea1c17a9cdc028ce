# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CustomModel`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CustomModel(Model):
    """Appearance of the model (person) to feature in product fission videos."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "gender": "Gender",
        "age": "Age",
        "appearance": "Appearance",
        "body_type": "BodyType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
    )

    gender: str | None = None
    """Gender of the on-screen model in the fission video.

    Known values (:class:`tencent_mps.enums.CustomModelGender`); others may appear:
    ``male``: male
    ``female``: female
    ``any``: no preference

    Wire name: ``Gender``.
    """

    age: str | None = None
    """Age range of the on-screen model in the fission video.

    Known values (:class:`tencent_mps.enums.CustomModelAge`); others may appear:
    ``teen``: youth
    ``young_adult``: adult
    ``middle_aged``: middle-aged
    ``mature``: mature

    Wire name: ``Age``.
    """

    appearance: str | None = None
    """Ethnic appearance of the on-screen model.

    Known values (:class:`tencent_mps.enums.CustomModelAppearance`); others may appear:
    ``caucasian``: caucasian (white)
    ``asian``: asian
    ``latino``: latino
    ``african``: african descent
    ``middle_eastern``: middle eastern

    Wire name: ``Appearance``.
    """

    body_type: str | None = None
    """Body shape of the on-screen model.

    Known values (:class:`tencent_mps.enums.CustomModelBodyType`); others may appear:
    ``slim``: slim
    ``standard``: average build
    ``athletic``: athletic, well-built
    ``chubby``: full-figured

    Wire name: ``BodyType``.
    """


_KNOWN = frozenset(CustomModel.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CustomModel:
    """Decode one ``CustomModel`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CustomModel)
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
    v = get("Appearance")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Appearance", "a string", v)
    o.appearance = v
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


bind(CustomModel, _structure)
