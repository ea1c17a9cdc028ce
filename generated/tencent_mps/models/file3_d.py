# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``File3D``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class File3D:
    """One output file returned by a Hunyuan 3D task query.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "url": "Url",
        "preview_image_url": "PreviewImageUrl",
    }
    """Attribute name -> wire name, for every field."""

    type: str | None = None
    """File format: OBJ, GLB, FBX, STL or USDZ.

    Known values (:class:`tencent_mps.enums.File3DType`); others may appear:
    ``OBJ``: obj, a common 3d interchange format
    ``GLB``: binary gltf 2.0
    ``FBX``: autodesk fbx, a film and game industry standard
    ``STL``: stl triangle mesh for 3d printing and cad
    ``USDZ``: pixar/apple packaged usd scene

    Wire name: ``Type``.
    """

    url: str | None = None
    """Download URL of the file; a temporary signed link, usually valid for 24 hours.

    Wire name: ``Url``.
    """

    preview_image_url: str | None = None
    """URL of a preview image, if one exists.

    Wire name: ``PreviewImageUrl``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> File3D:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "Url",
        "PreviewImageUrl",
    }
)


def _structure(data: Any) -> File3D:
    """Decode one ``File3D`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(File3D)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    v = get("PreviewImageUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PreviewImageUrl", "a string", v)
    o.preview_image_url = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: File3D) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.url
    if v is not None:
        d["Url"] = v
    v = o.preview_image_url
    if v is not None:
        d["PreviewImageUrl"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
