# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubmitHunyuan3DTaskRequest`` (sent in requests)."""

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
class SubmitHunyuan3DTaskRequest(Model):
    """Request of SubmitHunyuan3DTask: the prompt, image or mesh input and the generation options
    of the 3D task.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "prompt": "Prompt",
        "image_url": "ImageUrl",
        "multi_view_images": "MultiViewImages",
        "generate_type": "GenerateType",
        "mesh_url": "MeshUrl",
        "enable_pbr": "EnablePBR",
        "face_count": "FaceCount",
        "keep_uv": "KeepUV",
        "result_format": "ResultFormat",
        "seed": "Seed",
        "style": "Style",
        "store_cos_param": "StoreCosParam",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "[ViewImage",
        "str",
        "str",
        "bool",
        "int",
        "bool",
        "str",
        "int",
        "str",
        "AigcStoreCosParam",
    )

    prompt: str | None = None
    """Prompt for text-to-3D generation, up to 1024 UTF-8 characters.

    Wire name: ``Prompt``.
    """

    image_url: str | None = None
    """HTTP or HTTPS URL of the image for image-to-3D generation.

    Wire name: ``ImageUrl``.
    """

    multi_view_images: list[models.ViewImage] | None = None
    """Images for multi-view image-to-3D generation: at least 2, including a front view.

    Wire name: ``MultiViewImages``.
    """

    generate_type: str | None = None
    """What to generate: Normal (default, full asset), Geometry (geometry only) or Texture
    (texture only, needs MeshUrl).

    Known values (:class:`tencent_mps.enums.QueryHunyuan3DTaskResponseGenerateType`); others may appear:
    ``Normal``: full 3d asset with geometry and texture (default)
    ``Geometry``: geometry only, no texture, faster
    ``Texture``: texture only, requires MeshUrl

    Wire name: ``GenerateType``.
    """

    mesh_url: str | None = None
    """URL of an existing 3D model (.glb or .obj only); when given, GenerateType is forced to
    Texture.

    Wire name: ``MeshUrl``.
    """

    enable_pbr: bool | None = None
    """Whether PBR materials are output. Defaults to false.

    Wire name: ``EnablePBR``.
    """

    face_count: int | None = None
    """Number of mesh faces, range [3000, 1500000]; applies only to Normal and Geometry.
    Defaults to 500000.

    Wire name: ``FaceCount``.
    """

    keep_uv: bool | None = None
    """Whether the UV unwrapping is kept. Defaults to false.

    Wire name: ``KeepUV``.
    """

    result_format: str | None = None
    """One extra output format besides the default obj and glb; currently only FBX.

    Wire name: ``ResultFormat``.
    """

    seed: int | None = None
    """Random seed; the same seed with the same input reproduces the result.

    Wire name: ``Seed``.
    """

    style: str | None = None
    """Style keyword that steers the generation, for example cyberpunk.

    Wire name: ``Style``.
    """

    store_cos_param: models.AigcStoreCosParam | None = None
    """COS bucket created by the customer for storing results.

    Wire name: ``StoreCosParam``.
    """


_KNOWN = frozenset(SubmitHunyuan3DTaskRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SubmitHunyuan3DTaskRequest:
    """Decode one ``SubmitHunyuan3DTaskRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SubmitHunyuan3DTaskRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Prompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Prompt", "a string", v)
    o.prompt = v
    v = get("ImageUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ImageUrl", "a string", v)
    o.image_url = v
    v = get("MultiViewImages")
    if v is not None:
        n += 1
        v = _d.objects("MultiViewImages", v, _S["ViewImage"])
    o.multi_view_images = v
    v = get("GenerateType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("GenerateType", "a string", v)
    o.generate_type = v
    v = get("MeshUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("MeshUrl", "a string", v)
    o.mesh_url = v
    v = get("EnablePBR")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("EnablePBR", "a boolean", v)
    o.enable_pbr = v
    v = get("FaceCount")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("FaceCount", "an integer", v)
    o.face_count = v
    v = get("KeepUV")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("KeepUV", "a boolean", v)
    o.keep_uv = v
    v = get("ResultFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResultFormat", "a string", v)
    o.result_format = v
    v = get("Seed")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Seed", "an integer", v)
    o.seed = v
    v = get("Style")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Style", "a string", v)
    o.style = v
    v = get("StoreCosParam")
    if v is not None:
        n += 1
        try:
            v = _S["AigcStoreCosParam"](v)
        except DecodeError as e:
            raise e.with_prefix("StoreCosParam") from None
    o.store_cos_param = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SubmitHunyuan3DTaskRequest, _structure)
