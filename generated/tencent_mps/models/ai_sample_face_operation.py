# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiSampleFaceOperation`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiSampleFaceOperation(Model):
    """An operation on the face images of a person sample: add, delete or reset."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "face_ids": "FaceIds",
        "face_contents": "FaceContents",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[str",
        "[str",
    )

    type: str | None = None
    """Operation to perform: add, delete or reset. Reset removes all existing faces of the
    person and then adds those given in FaceContents.

    Required in requests.

    Wire name: ``Type``.
    """

    face_ids: list[str] | None = None
    """IDs of the faces to remove; required when Type is delete.

    Wire name: ``FaceIds``.
    """

    face_contents: list[str] | None = None
    """Base64-encoded face images; required when Type is add or reset. At most 5 images, each a
    clear frontal photo of a single person of at least 200x200 pixels.

    Wire name: ``FaceContents``.
    """


_KNOWN = frozenset(AiSampleFaceOperation.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiSampleFaceOperation:
    """Decode one ``AiSampleFaceOperation`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiSampleFaceOperation)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("FaceIds")
    if v is not None:
        n += 1
        v = _d.str_list("FaceIds", v)
    o.face_ids = v
    v = get("FaceContents")
    if v is not None:
        n += 1
        v = _d.str_list("FaceContents", v)
    o.face_contents = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiSampleFaceOperation, _structure)
