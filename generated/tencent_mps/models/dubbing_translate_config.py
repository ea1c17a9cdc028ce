# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DubbingTranslateConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DubbingTranslateConfig:
    """Translation settings of an AI dubbing task, giving the source and target languages and
    whether the translation is shortened.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_src_language": "VideoSrcLanguage",
        "translate_dst_language": "TranslateDstLanguage",
        "simplify_translation": "SimplifyTranslation",
    }
    """Attribute name -> wire name, for every field."""

    video_src_language: str | None = None
    """Spoken language of the source video, such as zh.

    Required in requests.

    Wire name: ``VideoSrcLanguage``.
    """

    translate_dst_language: str | None = None
    """Target language of the translation, such as en.

    Required in requests.

    Wire name: ``TranslateDstLanguage``.
    """

    simplify_translation: str | None = None
    """Whether the translated text is smartly shortened. Defaults to OFF.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: shorten the translation smartly
    ``OFF``: keep the full translation (default)

    Wire name: ``SimplifyTranslation``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DubbingTranslateConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "VideoSrcLanguage",
        "TranslateDstLanguage",
        "SimplifyTranslation",
    }
)


def _structure(data: Any) -> DubbingTranslateConfig:
    """Decode one ``DubbingTranslateConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DubbingTranslateConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoSrcLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoSrcLanguage", "a string", v)
    o.video_src_language = v
    v = get("TranslateDstLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TranslateDstLanguage", "a string", v)
    o.translate_dst_language = v
    v = get("SimplifyTranslation")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SimplifyTranslation", "a string", v)
    o.simplify_translation = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DubbingTranslateConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.video_src_language
    if v is not None:
        d["VideoSrcLanguage"] = v
    v = o.translate_dst_language
    if v is not None:
        d["TranslateDstLanguage"] = v
    v = o.simplify_translation
    if v is not None:
        d["SimplifyTranslation"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DubbingTranslateConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DubbingTranslateConfig:
        o = _e.as_model(o, DubbingTranslateConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.video_src_language
    if v is None:
        raise _e.missing("VideoSrcLanguage", "a string")
    if type(v) is not str:
        v = _e.as_str("VideoSrcLanguage", v)
    d["VideoSrcLanguage"] = v
    v = o.translate_dst_language
    if v is None:
        raise _e.missing("TranslateDstLanguage", "a string")
    if type(v) is not str:
        v = _e.as_str("TranslateDstLanguage", v)
    d["TranslateDstLanguage"] = v
    v = o.simplify_translation
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SimplifyTranslation", v)
        d["SimplifyTranslation"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
