# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EditMediaTaskInput``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class EditMediaTaskInput(Model):
    """Input of a video editing task, i.e. the list of source video files to edit."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "file_info_set": "FileInfoSet",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[EditMediaFileInfo",)

    file_info_set: list[models.EditMediaFileInfo] | None = None
    """Information about each input video file.

    Wire name: ``FileInfoSet``.
    """


_KNOWN = frozenset(EditMediaTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EditMediaTaskInput:
    """Decode one ``EditMediaTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EditMediaTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FileInfoSet")
    if v is not None:
        n += 1
        v = _d.objects("FileInfoSet", v, _S["EditMediaFileInfo"])
    o.file_info_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(EditMediaTaskInput, _structure)
