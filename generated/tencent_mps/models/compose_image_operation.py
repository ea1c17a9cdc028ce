# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeImageOperation``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeImageOperation:
    """Image transformation applied in a video composition task, such as rotation or flipping.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "rotate_angle": "RotateAngle",
        "flip_type": "FlipType",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeImageOperation:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "RotateAngle",
        "FlipType",
    }
)


def _structure(data: Any) -> ComposeImageOperation:
    """Decode one ``ComposeImageOperation`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ComposeImageOperation) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.rotate_angle
    if v is not None:
        d["RotateAngle"] = v
    v = o.flip_type
    if v is not None:
        d["FlipType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeImageOperation`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeImageOperation:
        o = _e.as_model(o, ComposeImageOperation)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.rotate_angle
    if v is not None:
        d["RotateAngle"] = _e.number("RotateAngle", v)
    v = o.flip_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FlipType", v)
        d["FlipType"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
