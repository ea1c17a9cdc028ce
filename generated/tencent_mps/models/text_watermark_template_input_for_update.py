# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TextWatermarkTemplateInputForUpdate``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TextWatermarkTemplateInputForUpdate:
    """Text watermark settings when modifying a watermark template; every field is optional.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "font_type": "FontType",
        "font_size": "FontSize",
        "font_color": "FontColor",
        "font_alpha": "FontAlpha",
        "text_content": "TextContent",
    }
    """Attribute name -> wire name, for every field."""

    font_type: str | None = None
    """Font of the watermark text.

    Known values (:class:`tencent_mps.enums.TextWatermarkTemplateInputFontType`); others may appear:
    ``simkai.ttf``: kaiti, supports chinese and english
    ``arial.ttf``: arial, english only

    Wire name: ``FontType``.
    """

    font_size: str | None = None
    """Font size in the format Npx, with N in [0, 1] or [8, 4096].

    Wire name: ``FontSize``.
    """

    font_color: str | None = None
    """Font color in 0xRRGGBB format. Defaults to 0xFFFFFF (white).

    Wire name: ``FontColor``.
    """

    font_alpha: float | None = None
    """Text opacity in the range (0, 1], where 1 is fully opaque.

    Wire name: ``FontAlpha``.
    """

    text_content: str | None = None
    """Watermark text, up to 100 characters.

    Wire name: ``TextContent``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextWatermarkTemplateInputForUpdate:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "FontType",
        "FontSize",
        "FontColor",
        "FontAlpha",
        "TextContent",
    }
)


def _structure(data: Any) -> TextWatermarkTemplateInputForUpdate:
    """Decode one ``TextWatermarkTemplateInputForUpdate`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TextWatermarkTemplateInputForUpdate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FontType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FontType", "a string", v)
    o.font_type = v
    v = get("FontSize")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FontSize", "a string", v)
    o.font_size = v
    v = get("FontColor")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FontColor", "a string", v)
    o.font_color = v
    v = get("FontAlpha")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("FontAlpha", v)
    o.font_alpha = v
    v = get("TextContent")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TextContent", "a string", v)
    o.text_content = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: TextWatermarkTemplateInputForUpdate) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.font_type
    if v is not None:
        d["FontType"] = v
    v = o.font_size
    if v is not None:
        d["FontSize"] = v
    v = o.font_color
    if v is not None:
        d["FontColor"] = v
    v = o.font_alpha
    if v is not None:
        d["FontAlpha"] = v
    v = o.text_content
    if v is not None:
        d["TextContent"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``TextWatermarkTemplateInputForUpdate`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not TextWatermarkTemplateInputForUpdate:
        o = _e.as_model(o, TextWatermarkTemplateInputForUpdate)
    d: dict[str, Any] = {}
    v: Any
    v = o.font_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FontType", v)
        d["FontType"] = v
    v = o.font_size
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FontSize", v)
        d["FontSize"] = v
    v = o.font_color
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FontColor", v)
        d["FontColor"] = v
    v = o.font_alpha
    if v is not None:
        d["FontAlpha"] = _e.number("FontAlpha", v)
    v = o.text_content
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TextContent", v)
        d["TextContent"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
