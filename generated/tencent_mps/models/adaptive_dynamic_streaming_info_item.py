# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AdaptiveDynamicStreamingInfoItem``."""

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
class AdaptiveDynamicStreamingInfoItem(Model):
    """Describes one adaptive bitrate streaming output, including its packaging format and playback
    path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "package": "Package",
        "path": "Path",
        "storage": "Storage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "str",
        "TaskOutputStorage",
    )

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


_KNOWN = frozenset(AdaptiveDynamicStreamingInfoItem.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AdaptiveDynamicStreamingInfoItem:
    """Decode one ``AdaptiveDynamicStreamingInfoItem`` wire object: the straight-line decoder of this model."""
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


bind(AdaptiveDynamicStreamingInfoItem, _structure)
