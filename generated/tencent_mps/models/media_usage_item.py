# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``MediaUsageItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class MediaUsageItem:
    """Usage figures of an AIGC processing job, counting input images and input, output and total
    seconds.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_image_count": "InputImageCount",
        "input_seconds": "InputSeconds",
        "output_seconds": "OutputSeconds",
        "total_seconds": "TotalSeconds",
    }
    """Attribute name -> wire name, for every field."""

    input_image_count: int | None = None
    """Number of input images.

    Wire name: ``InputImageCount``.
    """

    input_seconds: int | None = None
    """Duration of the input media that was counted.

    Unit: s.

    Wire name: ``InputSeconds``.
    """

    output_seconds: int | None = None
    """Duration of the generated output that was counted.

    Unit: s.

    Wire name: ``OutputSeconds``.
    """

    total_seconds: int | None = None
    """Total duration counted for usage.

    Unit: s.

    Wire name: ``TotalSeconds``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MediaUsageItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "InputImageCount",
        "InputSeconds",
        "OutputSeconds",
        "TotalSeconds",
    }
)


def _structure(data: Any) -> MediaUsageItem:
    """Decode one ``MediaUsageItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(MediaUsageItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputImageCount")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("InputImageCount", "an integer", v)
    o.input_image_count = v
    v = get("InputSeconds")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("InputSeconds", "an integer", v)
    o.input_seconds = v
    v = get("OutputSeconds")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("OutputSeconds", "an integer", v)
    o.output_seconds = v
    v = get("TotalSeconds")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TotalSeconds", "an integer", v)
    o.total_seconds = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: MediaUsageItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.input_image_count
    if v is not None:
        d["InputImageCount"] = v
    v = o.input_seconds
    if v is not None:
        d["InputSeconds"] = v
    v = o.output_seconds
    if v is not None:
        d["OutputSeconds"] = v
    v = o.total_seconds
    if v is not None:
        d["TotalSeconds"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
