# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AdaptiveDynamicStreamingInfoItem``: the model and its codecs."""

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
class AdaptiveDynamicStreamingInfoItem:
    """Describes one adaptive bitrate streaming output, including its packaging format and playback
    path.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "package": "Package",
        "path": "Path",
        "storage": "Storage",
    }
    """Attribute name -> wire name, for every field."""

    definition: int | None = None
    """ID of the adaptive bitrate streaming template (specification) used.

    Wire name: ``Definition``.
    """

    package: str | None = None
    """Packaging format of the output.

    Known values (:class:`tencent_mps.enums.AdaptiveDynamicStreamingInfoItemPackage`); others may appear:
    ``HLS``: HTTP Live Streaming
    ``MPEG-DASH``: MPEG Dynamic Adaptive Streaming over HTTP

    Wire name: ``Package``.
    """

    path: str | None = None
    """Playback path of the adaptive stream manifest.

    Wire name: ``Path``.
    """

    storage: models.TaskOutputStorage | None = None
    """Storage location of the adaptive streaming files.

    Wire name: ``Storage``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdaptiveDynamicStreamingInfoItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "Package",
        "Path",
        "Storage",
    }
)


def _structure(data: Any) -> AdaptiveDynamicStreamingInfoItem:
    """Decode one ``AdaptiveDynamicStreamingInfoItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AdaptiveDynamicStreamingInfoItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Package")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Package", "a string", v)
    o.package = v
    v = get("Path")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Path", "a string", v)
    o.path = v
    v = get("Storage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("Storage") from None
    o.storage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AdaptiveDynamicStreamingInfoItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.package
    if v is not None:
        d["Package"] = v
    v = o.path
    if v is not None:
        d["Path"] = v
    v = o.storage
    if v is not None:
        d["Storage"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
