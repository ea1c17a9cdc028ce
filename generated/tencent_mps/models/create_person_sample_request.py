# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreatePersonSampleRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreatePersonSampleRequest(Model):
    """Request of CreatePersonSample: the name, usage scenarios, face images and tags of the new
    person sample.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "usages": "Usages",
        "description": "Description",
        "face_contents": "FaceContents",
        "tags": "Tags",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[str!",
        "str",
        "[str",
        "[str",
    )

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


_KNOWN = frozenset(CreatePersonSampleRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreatePersonSampleRequest:
    """Decode one ``CreatePersonSampleRequest`` wire object: the straight-line decoder of this model."""
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
        v = _d.str_list("Usages", v)
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
        v = _d.str_list("FaceContents", v)
    o.face_contents = v
    v = get("Tags")
    if v is not None:
        n += 1
        v = _d.str_list("Tags", v)
    o.tags = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreatePersonSampleRequest, _structure)
