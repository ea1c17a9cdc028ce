# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DesignVoiceAsyncRequest`` (sent in requests)."""

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
class DesignVoiceAsyncRequest(Model):
    """Request of DesignVoiceAsync: the text prompt describing the wanted voice, with optional
    voice attributes and preview text.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "prompt": "Prompt",
        "voice_profile": "VoiceProfile",
        "text": "Text",
        "ext_param": "ExtParam",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "VoiceProfile",
        "str",
        "str",
    )

    prompt: str | None = None
    """Natural-language description of the voice to design. Required.

    Required in requests.

    Wire name: ``Prompt``.
    """

    voice_profile: models.VoiceProfile | None = None
    """Attributes of the voice to design, such as gender, age or style.

    Wire name: ``VoiceProfile``.
    """

    text: str | None = None
    """Text to speak in the preview audio; at most 500 characters.

    Wire name: ``Text``.
    """

    ext_param: str | None = None
    """Extension parameters as a JSON string, for example {"promptEnhance": true}.

    Wire name: ``ExtParam``.
    """


_KNOWN = frozenset(DesignVoiceAsyncRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DesignVoiceAsyncRequest:
    """Decode one ``DesignVoiceAsyncRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DesignVoiceAsyncRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Prompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Prompt", "a string", v)
    o.prompt = v
    v = get("VoiceProfile")
    if v is not None:
        n += 1
        try:
            v = _S["VoiceProfile"](v)
        except DecodeError as e:
            raise e.with_prefix("VoiceProfile") from None
    o.voice_profile = v
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    v = get("ExtParam")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtParam", "a string", v)
    o.ext_param = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DesignVoiceAsyncRequest, _structure)
