# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ProcessImageTemplate``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ProcessImageTemplate(Model):
    """Details of an image processing template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "type": "Type",
        "process_image_config": "ProcessImageConfig",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "str",
        "ImageTaskInput",
        "datetime",
        "datetime",
    )

    definition: int | None = None
    """Unique ID of the image processing template.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """Name of the image processing template.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Free-text description of the template.

    Wire name: ``Comment``.
    """

    type: str | None = None
    """Template type, for example Custom.

    Wire name: ``Type``.
    """

    process_image_config: models.ImageTaskInput | None = None
    """Image processing parameters stored in the template.

    Wire name: ``ProcessImageConfig``.
    """

    create_time: datetime | None = None
    """Time the template was created.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the template was last modified.

    Wire name: ``UpdateTime``.
    """


_KNOWN = frozenset(ProcessImageTemplate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ProcessImageTemplate:
    """Decode one ``ProcessImageTemplate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ProcessImageTemplate)
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
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("ProcessImageConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ImageTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("ProcessImageConfig") from None
    o.process_image_config = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        v = _t.decode("UpdateTime", v)
    o.update_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ProcessImageTemplate, _structure)
