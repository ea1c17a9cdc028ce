# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ChangeVoiceRequest``: the model and its codecs."""

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
class ChangeVoiceRequest:
    """Request of ChangeVoice: the source audio and the target voice to convert it to.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "audio_data": "AudioData",
        "audio_url": "AudioUrl",
        "voice_id": "VoiceId",
        "output": "Output",
        "ext_param": "ExtParam",
    }
    """Attribute name -> wire name, for every field."""

    audio_data: str | None = None
    """Base64-encoded audio to convert.

    Wire name: ``AudioData``.
    """

    audio_url: str | None = None
    """URL of the audio to convert; used only when AudioData is empty.

    Wire name: ``AudioUrl``.
    """

    voice_id: str | None = None
    """ID of the target voice.

    Wire name: ``VoiceId``.
    """

    output: models.SyncDubbingOutputOption | None = None
    """Output options for the converted audio.

    Wire name: ``Output``.
    """

    ext_param: str | None = None
    """Extra parameters as a JSON string, for example a time range.

    Wire name: ``ExtParam``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChangeVoiceRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "AudioData",
        "AudioUrl",
        "VoiceId",
        "Output",
        "ExtParam",
    }
)


def _structure(data: Any) -> ChangeVoiceRequest:
    """Decode one ``ChangeVoiceRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ChangeVoiceRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AudioData")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioData", "a string", v)
    o.audio_data = v
    v = get("AudioUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AudioUrl", "a string", v)
    o.audio_url = v
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
    v = get("Output")
    if v is not None:
        n += 1
        try:
            v = _S["SyncDubbingOutputOption"](v)
        except DecodeError as e:
            raise e.with_prefix("Output") from None
    o.output = v
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


def _unstructure(o: ChangeVoiceRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.audio_data
    if v is not None:
        d["AudioData"] = v
    v = o.audio_url
    if v is not None:
        d["AudioUrl"] = v
    v = o.voice_id
    if v is not None:
        d["VoiceId"] = v
    v = o.output
    if v is not None:
        d["Output"] = _d.wire(v)
    v = o.ext_param
    if v is not None:
        d["ExtParam"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ChangeVoiceRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ChangeVoiceRequest:
        o = _e.as_model(o, ChangeVoiceRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.audio_data
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AudioData", v)
        d["AudioData"] = v
    v = o.audio_url
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AudioUrl", v)
        d["AudioUrl"] = v
    v = o.voice_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("VoiceId", v)
        d["VoiceId"] = v
    v = o.output
    if v is not None:
        try:
            d["Output"] = _R["SyncDubbingOutputOption"](v)
        except ValidationError as e:
            raise e.with_prefix("Output") from None
    v = o.ext_param
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ExtParam", v)
        d["ExtParam"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
