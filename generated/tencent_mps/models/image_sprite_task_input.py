# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageSpriteTaskInput`` (sent in requests)."""

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
class ImageSpriteTaskInput(Model):
    """Input parameters of a task that generates image sprites (thumbnail grids) from a video."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
        "web_vtt_object_name": "WebVttObjectName",
        "object_number_format": "ObjectNumberFormat",
        "ext_info": "ExtInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "TaskOutputStorage",
        "str",
        "str",
        "NumberFormat",
        "str",
    )

    definition: int | None = None
    """ID of the image sprite template.

    Required in requests.

    Wire name: ``Definition``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for the sprite files; inherits the parent-level OutputStorage when not
    set. May be null.

    Wire name: ``OutputStorage``.
    """

    output_object_path: str | None = None
    """Output path of the sprite images, relative or absolute, ending with .{format} and
    optionally using filename variables. Defaults to
    {inputName}_imageSprite_{definition}_{number}.{format}.

    Wire name: ``OutputObjectPath``.
    """

    web_vtt_object_name: str | None = None
    """Relative output path of the WebVTT file that maps sprite tiles to time ranges. Defaults
    to {inputName}_imageSprite_{definition}.{format}.

    Wire name: ``WebVttObjectName``.
    """

    object_number_format: models.NumberFormat | None = None
    """Rules for generating the {number} variable in sprite output paths. May be null.

    Wire name: ``ObjectNumberFormat``.
    """

    ext_info: str | None = None
    """Extension parameters as a JSON string.

    Wire name: ``ExtInfo``.
    """


_KNOWN = frozenset(ImageSpriteTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageSpriteTaskInput:
    """Decode one ``ImageSpriteTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageSpriteTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("OutputObjectPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputObjectPath", "a string", v)
    o.output_object_path = v
    v = get("WebVttObjectName")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("WebVttObjectName", "a string", v)
    o.web_vtt_object_name = v
    v = get("ObjectNumberFormat")
    if v is not None:
        n += 1
        try:
            v = _S["NumberFormat"](v)
        except DecodeError as e:
            raise e.with_prefix("ObjectNumberFormat") from None
    o.object_number_format = v
    v = get("ExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtInfo", "a string", v)
    o.ext_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageSpriteTaskInput, _structure)
