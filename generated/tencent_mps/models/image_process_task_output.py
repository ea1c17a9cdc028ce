# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageProcessTaskOutput``."""

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
class ImageProcessTaskOutput(Model):
    """Output of an image processing task: where the result file is stored, its URL, or the
    generated text.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "Path",
        "output_storage": "OutputStorage",
        "signed_url": "SignedUrl",
        "content": "Content",
        "file_id": "FileId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "TaskOutputStorage",
        "str",
        "str",
        "str",
    )

    path: str | None = None
    """Path of the output file. May be null if unavailable.

    Wire name: ``Path``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the output file. May be null if unavailable.

    Wire name: ``OutputStorage``.
    """

    signed_url: str | None = None
    """URL of the output file.

    Wire name: ``SignedUrl``.
    """

    content: str | None = None
    """Text result of an image-to-text task.

    Wire name: ``Content``.
    """

    file_id: str | None = None
    """FileId of the output in VOD standard edition.

    Wire name: ``FileId``.
    """


_KNOWN = frozenset(ImageProcessTaskOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageProcessTaskOutput:
    """Decode one ``ImageProcessTaskOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageProcessTaskOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Path")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Path", "a string", v)
    o.path = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("SignedUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SignedUrl", "a string", v)
    o.signed_url = v
    v = get("Content")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Content", "a string", v)
    o.content = v
    v = get("FileId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FileId", "a string", v)
    o.file_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageProcessTaskOutput, _structure)
