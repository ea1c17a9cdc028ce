# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyProcessImageTemplateRequest`` (sent in requests)."""

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
class ModifyProcessImageTemplateRequest(Model):
    """Request of ModifyProcessImageTemplate: the template ID with a new name, description or
    processing parameters.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "process_image_template": "ProcessImageTemplate",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str",
        "str",
        "ImageTaskInput",
    )

    definition: int | None = None
    """Unique ID of the image processing template to modify. Required.

    Required in requests.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """New template name; up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description; up to 256 characters.

    Wire name: ``Comment``.
    """

    process_image_template: models.ImageTaskInput | None = None
    """New image processing parameters of the template.

    Wire name: ``ProcessImageTemplate``.
    """


_KNOWN = frozenset(ModifyProcessImageTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyProcessImageTemplateRequest:
    """Decode one ``ModifyProcessImageTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyProcessImageTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
    v = get("ProcessImageTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["ImageTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("ProcessImageTemplate") from None
    o.process_image_template = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyProcessImageTemplateRequest, _structure)
