# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreatePersonSampleRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreatePersonSampleRequest:
    """Request of CreatePersonSample: the name, usage scenarios, face images and tags of the new
    person sample.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "usages": "Usages",
        "description": "Description",
        "face_contents": "FaceContents",
        "tags": "Tags",
    }
    """Attribute name -> wire name, for every field."""

    name: str | None = None
    """Name of the sample, at most 20 characters.

    Required in requests.

    Wire name: ``Name``.
    """

    usages: list[str] | None = None
    """Scenarios the sample is used in: Recognition (content recognition, same as
    Recognition.Face), Review (inappropriate content detection, same as Review.Face) or All
    (both).

    Required in requests.

    Wire name: ``Usages``.
    """

    description: str | None = None
    """Description of the sample, at most 1024 characters.

    Wire name: ``Description``.
    """

    face_contents: list[str] | None = None
    """Base64-encoded jpeg or png images, at most 5. Each must be a clear photo of a single
    person of at least 200x200 pixels.

    Wire name: ``FaceContents``.
    """

    tags: list[str] | None = None
    """Tags for the sample: at most 20 tags, each at most 128 characters.

    Wire name: ``Tags``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreatePersonSampleRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Name",
        "Usages",
        "Description",
        "FaceContents",
        "Tags",
    }
)


def _structure(data: Any) -> CreatePersonSampleRequest:
    """Decode one ``CreatePersonSampleRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreatePersonSampleRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Usages")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Usages", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Usages", v, "a string", _d.is_str)
    o.usages = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("FaceContents")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("FaceContents", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("FaceContents", v, "a string", _d.is_str)
    o.face_contents = v
    v = get("Tags")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Tags", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Tags", v, "a string", _d.is_str)
    o.tags = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreatePersonSampleRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.usages
    if v is not None:
        d["Usages"] = list(v)
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.face_contents
    if v is not None:
        d["FaceContents"] = list(v)
    v = o.tags
    if v is not None:
        d["Tags"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreatePersonSampleRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreatePersonSampleRequest:
        o = _e.as_model(o, CreatePersonSampleRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is None:
        raise _e.missing("Name", "a string")
    if type(v) is not str:
        v = _e.as_str("Name", v)
    d["Name"] = v
    v = o.usages
    if v is None:
        raise _e.missing("Usages", "an array")
    d["Usages"] = _e.strs("Usages", v)
    v = o.description
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Description", v)
        d["Description"] = v
    v = o.face_contents
    if v is not None:
        d["FaceContents"] = _e.strs("FaceContents", v)
    v = o.tags
    if v is not None:
        d["Tags"] = _e.strs("Tags", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
