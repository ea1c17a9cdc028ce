# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SubmitHunyuan3DTaskRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SubmitHunyuan3DTaskRequest:
    """Request of SubmitHunyuan3DTask: the prompt, image or mesh input and the generation options
    of the 3D task.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SubmitHunyuan3DTaskRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Prompt",
        "ImageUrl",
        "MultiViewImages",
        "GenerateType",
        "MeshUrl",
        "EnablePBR",
        "FaceCount",
        "KeepUV",
        "ResultFormat",
        "Seed",
        "Style",
        "StoreCosParam",
    }
)


def _structure(data: Any) -> SubmitHunyuan3DTaskRequest:
    """Decode one ``SubmitHunyuan3DTaskRequest`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("MultiViewImages", "an array", v)
        if v:
            f = _S["ViewImage"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("MultiViewImages", v, f) from None
        else:
            v = []
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


def _unstructure(o: SubmitHunyuan3DTaskRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.prompt
    if v is not None:
        d["Prompt"] = v
    v = o.image_url
    if v is not None:
        d["ImageUrl"] = v
    v = o.multi_view_images
    if v is not None:
        d["MultiViewImages"] = [_d.wire(x) for x in v]
    v = o.generate_type
    if v is not None:
        d["GenerateType"] = v
    v = o.mesh_url
    if v is not None:
        d["MeshUrl"] = v
    v = o.enable_pbr
    if v is not None:
        d["EnablePBR"] = v
    v = o.face_count
    if v is not None:
        d["FaceCount"] = v
    v = o.keep_uv
    if v is not None:
        d["KeepUV"] = v
    v = o.result_format
    if v is not None:
        d["ResultFormat"] = v
    v = o.seed
    if v is not None:
        d["Seed"] = v
    v = o.style
    if v is not None:
        d["Style"] = v
    v = o.store_cos_param
    if v is not None:
        d["StoreCosParam"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SubmitHunyuan3DTaskRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SubmitHunyuan3DTaskRequest:
        o = _e.as_model(o, SubmitHunyuan3DTaskRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.prompt
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Prompt", v)
        d["Prompt"] = v
    v = o.image_url
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ImageUrl", v)
        d["ImageUrl"] = v
    v = o.multi_view_images
    if v is not None:
        d["MultiViewImages"] = _e.models("MultiViewImages", v, _R["ViewImage"])
    v = o.generate_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("GenerateType", v)
        d["GenerateType"] = v
    v = o.mesh_url
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("MeshUrl", v)
        d["MeshUrl"] = v
    v = o.enable_pbr
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("EnablePBR", "a boolean", v)
        d["EnablePBR"] = v
    v = o.face_count
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("FaceCount", v)
        d["FaceCount"] = v
    v = o.keep_uv
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("KeepUV", "a boolean", v)
        d["KeepUV"] = v
    v = o.result_format
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ResultFormat", v)
        d["ResultFormat"] = v
    v = o.seed
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Seed", v)
        d["Seed"] = v
    v = o.style
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Style", v)
        d["Style"] = v
    v = o.store_cos_param
    if v is not None:
        try:
            d["StoreCosParam"] = _R["AigcStoreCosParam"](v)
        except ValidationError as e:
            raise e.with_prefix("StoreCosParam") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
