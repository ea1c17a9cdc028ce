# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``File3D``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class File3D(Model):
    """One output file returned by a Hunyuan 3D task query."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "url": "Url",
        "preview_image_url": "PreviewImageUrl",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(File3D.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> File3D:
    """Decode one ``File3D`` wire object: the straight-line decoder of this model."""
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


bind(File3D, _structure)
