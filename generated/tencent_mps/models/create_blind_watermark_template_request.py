# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateBlindWatermarkTemplateRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CreateBlindWatermarkTemplateRequest:
    """Request of CreateBlindWatermarkTemplate: type, text and strength of the new digital
    watermark template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "text_content": "TextContent",
        "name": "Name",
        "comment": "Comment",
        "strength": "Strength",
    }
    """Attribute name -> wire name, for every field."""

    type: str | None = None
    """Kind of digital watermark.

    Known values (:class:`tencent_mps.enums.BlindWatermarkTemplateType`); others may appear:
    ``blind-basic``: basic copyright digital watermark
    ``blind-nagra``: NAGRA watermark

    Required in requests.

    Wire name: ``Type``.
    """

    text_content: str | None = None
    """Watermark text, at most 64 characters. For NAGRA templates the text cannot be changed
    after creation.

    Required in requests.

    Wire name: ``TextContent``.
    """

    name: str | None = None
    """Template name of up to 64 characters; letters (including Chinese), digits, _, - and .
    are allowed.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description, at most 256 characters.

    Wire name: ``Comment``.
    """

    strength: str | None = None
    """Watermark strength, trading picture quality against robustness.

    Known values (:class:`tencent_mps.enums.CreateBlindWatermarkTemplateRequestStrength`); others may appear:
    ``default``: balance between picture quality and robustness
    ``stronger``: clear picture, higher robustness
    ``strongest``: average picture quality, highest robustness

    Wire name: ``Strength``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateBlindWatermarkTemplateRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "TextContent",
        "Name",
        "Comment",
        "Strength",
    }
)


def _structure(data: Any) -> CreateBlindWatermarkTemplateRequest:
    """Decode one ``CreateBlindWatermarkTemplateRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateBlindWatermarkTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("TextContent")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TextContent", "a string", v)
    o.text_content = v
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
    v = get("Strength")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Strength", "a string", v)
    o.strength = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: CreateBlindWatermarkTemplateRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.text_content
    if v is not None:
        d["TextContent"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.strength
    if v is not None:
        d["Strength"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateBlindWatermarkTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateBlindWatermarkTemplateRequest:
        o = _e.as_model(o, CreateBlindWatermarkTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.text_content
    if v is None:
        raise _e.missing("TextContent", "a string")
    if type(v) is not str:
        v = _e.as_str("TextContent", v)
    d["TextContent"] = v
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
    v = o.strength
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Strength", v)
        d["Strength"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
