# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeImageOperation`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeImageOperation(Model):
    """Image transformation applied in a video composition task, such as rotation or flipping."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "rotate_angle": "RotateAngle",
        "flip_type": "FlipType",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "float",
        "str",
    )

    type: str | None = None
    """Kind of image operation: Rotate or Flip.

    Known values (:class:`tencent_mps.enums.ComposeImageOperationType`); others may appear:
    ``Rotate``: rotate the image
    ``Flip``: flip the image

    Required in requests.

    Wire name: ``Type``.
    """

    rotate_angle: float | None = None
    """Rotation angle around the image center, 0-360; valid when Type is Rotate.

    Wire name: ``RotateAngle``.
    """

    flip_type: str | None = None
    """Flip direction, valid when Type is Flip: Horizental mirrors left-right, Vertical mirrors
    top-bottom.

    Known values (:class:`tencent_mps.enums.ComposeImageOperationFlipType`); others may appear:
    ``Horizental``: horizontal flip, left-right mirror
    ``Vertical``: vertical flip, top-bottom mirror

    Wire name: ``FlipType``.
    """


_KNOWN = frozenset(ComposeImageOperation.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ComposeImageOperation:
    """Decode one ``ComposeImageOperation`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeImageOperation)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("RotateAngle")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("RotateAngle", v)
    o.rotate_angle = v
    v = get("FlipType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FlipType", "a string", v)
    o.flip_type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ComposeImageOperation, _structure)
