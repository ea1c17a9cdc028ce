# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AddOnImageInput`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AddOnImageInput(Model):
    """An extra input image used by an image processing pipeline, such as a mask."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "image": "Image",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "MediaInputInfo",
    )

    type: str | None = None
    """Role of the extra image, for example mask.

    Wire name: ``Type``.
    """

    image: models.MediaInputInfo | None = None
    """Location of the extra image file.

    Wire name: ``Image``.
    """


_KNOWN = frozenset(AddOnImageInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AddOnImageInput:
    """Decode one ``AddOnImageInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AddOnImageInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Image")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("Image") from None
    o.image = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AddOnImageInput, _structure)
