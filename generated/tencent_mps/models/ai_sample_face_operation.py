# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiSampleFaceOperation``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiSampleFaceOperation:
    """An operation on the face images of a person sample: add, delete or reset.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "face_ids": "FaceIds",
        "face_contents": "FaceContents",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiSampleFaceOperation:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "FaceIds",
        "FaceContents",
    }
)


def _structure(data: Any) -> AiSampleFaceOperation:
    """Decode one ``AiSampleFaceOperation`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("FaceIds", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("FaceIds", v, "a string", _d.is_str)
    o.face_ids = v
    v = get("FaceContents")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("FaceContents", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("FaceContents", v, "a string", _d.is_str)
    o.face_contents = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiSampleFaceOperation) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.face_ids
    if v is not None:
        d["FaceIds"] = list(v)
    v = o.face_contents
    if v is not None:
        d["FaceContents"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AiSampleFaceOperation`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AiSampleFaceOperation:
        o = _e.as_model(o, AiSampleFaceOperation)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.face_ids
    if v is not None:
        d["FaceIds"] = _e.strs("FaceIds", v)
    v = o.face_contents
    if v is not None:
        d["FaceContents"] = _e.strs("FaceContents", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
