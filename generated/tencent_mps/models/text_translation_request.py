# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``TextTranslationRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class TextTranslationRequest:
    """Request of TextTranslation: the text to translate with its source and target languages.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "source_text": "SourceText",
        "source": "Source",
        "target": "Target",
        "user_ext_para": "UserExtPara",
    }
    """Attribute name -> wire name, for every field."""

    source_text: str | None = None
    """Text to translate, UTF-8 encoded and shorter than 2000 characters per request. Non-UTF-8
    characters fail, and unusual content such as HTML markup may fail.

    Required in requests.

    Wire name: ``SourceText``.
    """

    source: str | None = None
    """Source language code, for example zh, en or zh-TW; auto detects a single language
    automatically. Required.

    Required in requests.

    Wire name: ``Source``.
    """

    target: str | None = None
    """Target language code, for example en, zh or zh-TW. Required.

    Required in requests.

    Wire name: ``Target``.
    """

    user_ext_para: str | None = None
    """User extension parameters.

    Wire name: ``UserExtPara``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextTranslationRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SourceText",
        "Source",
        "Target",
        "UserExtPara",
    }
)


def _structure(data: Any) -> TextTranslationRequest:
    """Decode one ``TextTranslationRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(TextTranslationRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SourceText")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceText", "a string", v)
    o.source_text = v
    v = get("Source")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Source", "a string", v)
    o.source = v
    v = get("Target")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Target", "a string", v)
    o.target = v
    v = get("UserExtPara")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UserExtPara", "a string", v)
    o.user_ext_para = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: TextTranslationRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.source_text
    if v is not None:
        d["SourceText"] = v
    v = o.source
    if v is not None:
        d["Source"] = v
    v = o.target
    if v is not None:
        d["Target"] = v
    v = o.user_ext_para
    if v is not None:
        d["UserExtPara"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``TextTranslationRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not TextTranslationRequest:
        o = _e.as_model(o, TextTranslationRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.source_text
    if v is None:
        raise _e.missing("SourceText", "a string")
    if type(v) is not str:
        v = _e.as_str("SourceText", v)
    d["SourceText"] = v
    v = o.source
    if v is None:
        raise _e.missing("Source", "a string")
    if type(v) is not str:
        v = _e.as_str("Source", v)
    d["Source"] = v
    v = o.target
    if v is None:
        raise _e.missing("Target", "a string")
    if type(v) is not str:
        v = _e.as_str("Target", v)
    d["Target"] = v
    v = o.user_ext_para
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("UserExtPara", v)
        d["UserExtPara"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
