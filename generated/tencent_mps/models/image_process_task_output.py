# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageProcessTaskOutput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageProcessTaskOutput:
    """Output of an image processing task: where the result file is stored, its URL, or the
    generated text.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "path": "Path",
        "output_storage": "OutputStorage",
        "signed_url": "SignedUrl",
        "content": "Content",
        "file_id": "FileId",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImageProcessTaskOutput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Path",
        "OutputStorage",
        "SignedUrl",
        "Content",
        "FileId",
    }
)


def _structure(data: Any) -> ImageProcessTaskOutput:
    """Decode one ``ImageProcessTaskOutput`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ImageProcessTaskOutput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.path
    if v is not None:
        d["Path"] = v
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.signed_url
    if v is not None:
        d["SignedUrl"] = v
    v = o.content
    if v is not None:
        d["Content"] = v
    v = o.file_id
    if v is not None:
        d["FileId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
