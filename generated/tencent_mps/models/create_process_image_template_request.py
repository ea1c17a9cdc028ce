# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateProcessImageTemplateRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateProcessImageTemplateRequest:
    """Request of CreateProcessImageTemplate: the image processing settings, name and comment of
    the new template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "process_image_template": "ProcessImageTemplate",
        "name": "Name",
        "comment": "Comment",
        "std_ext_info": "StdExtInfo",
    }
    """Attribute name -> wire name, for every field."""

    process_image_template: models.ImageTaskInput | None = None
    """Image processing settings stored in the template.

    Required in requests.

    Wire name: ``ProcessImageTemplate``.
    """

    name: str | None = None
    """Template name, at most 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description, at most 256 characters.

    Wire name: ``Comment``.
    """

    std_ext_info: str | None = None
    """Extended parameters of the template as a JSON string.

    Wire name: ``StdExtInfo``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateProcessImageTemplateRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ProcessImageTemplate",
        "Name",
        "Comment",
        "StdExtInfo",
    }
)


def _structure(data: Any) -> CreateProcessImageTemplateRequest:
    """Decode one ``CreateProcessImageTemplateRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateProcessImageTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ProcessImageTemplate")
    if v is not None:
        n += 1
        try:
            v = _S["ImageTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("ProcessImageTemplate") from None
    o.process_image_template = v
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
    v = get("StdExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StdExtInfo", "a string", v)
    o.std_ext_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreateProcessImageTemplateRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.process_image_template
    if v is not None:
        d["ProcessImageTemplate"] = _d.wire(v)
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.std_ext_info
    if v is not None:
        d["StdExtInfo"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateProcessImageTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateProcessImageTemplateRequest:
        o = _e.as_model(o, CreateProcessImageTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.process_image_template
    if v is None:
        raise _e.missing("ProcessImageTemplate", "an object")
    try:
        d["ProcessImageTemplate"] = _R["ImageTaskInput"](v)
    except ValidationError as e:
        raise e.with_prefix("ProcessImageTemplate") from None
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.comment
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Comment", v)
        d["Comment"] = v
    v = o.std_ext_info
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("StdExtInfo", v)
        d["StdExtInfo"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
