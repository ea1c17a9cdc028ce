# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateProcessImageTemplateRequest`` (sent in requests)."""

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
class CreateProcessImageTemplateRequest(Model):
    """Request of CreateProcessImageTemplate: the image processing settings, name and comment of
    the new template.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "process_image_template": "ProcessImageTemplate",
        "name": "Name",
        "comment": "Comment",
        "std_ext_info": "StdExtInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "ImageTaskInput!",
        "str",
        "str",
        "str",
    )

    process_image_template: models.ImageTaskInput | None = None
    """Image processing settings stored in the template.

    Required in requests.

    Wire name: ``ProcessImageTemplate``.
    """

    name: str | None = None
    """Template name, at most 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description, at most 256 characters.

    Wire name: ``Comment``.
    """

    std_ext_info: str | None = None
    """Extended parameters of the template as a JSON string.

    Wire name: ``StdExtInfo``.
    """


_KNOWN = frozenset(CreateProcessImageTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateProcessImageTemplateRequest:
    """Decode one ``CreateProcessImageTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateProcessImageTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ProcessImageTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["ImageTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("ProcessImageTemplate") from None
    o.process_image_template = v
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
    v = get("StdExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StdExtInfo", "a string", v)
    o.std_ext_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateProcessImageTemplateRequest, _structure)
