# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DubbingConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DubbingConfig:
    """Voice settings of an AI dubbing task, such as the dubbing mode, background volume and voice.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "dubbing_mode": "DubbingMode",
        "background_volume": "BackgroundVolume",
        "secondary_tuning": "SecondaryTuning",
        "voice_id": "VoiceId",
        "dubbing_version": "DubbingVersion",
    }
    """Attribute name -> wire name, for every field."""

    dubbing_mode: str | None = None
    """Dubbing mode: FullAutoEmotionClone (fully automatic, highly expressive voice cloning),
    RoleBasedSmartDubbing (smart dubbing per character) or SingleVoice (one specified
    voice).

    Required in requests.

    Wire name: ``DubbingMode``.
    """

    background_volume: int | None = None
    """Volume of the background audio, from 0 to 100. Default 80.

    Wire name: ``BackgroundVolume``.
    """

    secondary_tuning: str | None = None
    """Switch for secondary fine-tuning of the dubbing. Default OFF; may only be ON when
    DubbingMode is RoleBasedSmartDubbing.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: secondary fine-tuning enabled
    ``OFF``: no secondary fine-tuning (default)

    Wire name: ``SecondaryTuning``.
    """

    voice_id: str | None = None
    """ID of the voice to use. Only valid when DubbingMode is SingleVoice, and required at
    creation in that mode.

    Wire name: ``VoiceId``.
    """

    dubbing_version: str | None = None
    """Dubbing engine version, v1 or v2. Default v2. Only applies when DubbingMode is
    FullAutoEmotionClone.

    Wire name: ``DubbingVersion``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DubbingConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "DubbingMode",
        "BackgroundVolume",
        "SecondaryTuning",
        "VoiceId",
        "DubbingVersion",
    }
)


def _structure(data: Any) -> DubbingConfig:
    """Decode one ``DubbingConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DubbingConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("DubbingMode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DubbingMode", "a string", v)
    o.dubbing_mode = v
    v = get("BackgroundVolume")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BackgroundVolume", "an integer", v)
    o.background_volume = v
    v = get("SecondaryTuning")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SecondaryTuning", "a string", v)
    o.secondary_tuning = v
    v = get("VoiceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VoiceId", "a string", v)
    o.voice_id = v
    v = get("DubbingVersion")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DubbingVersion", "a string", v)
    o.dubbing_version = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DubbingConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.dubbing_mode
    if v is not None:
        d["DubbingMode"] = v
    v = o.background_volume
    if v is not None:
        d["BackgroundVolume"] = v
    v = o.secondary_tuning
    if v is not None:
        d["SecondaryTuning"] = v
    v = o.voice_id
    if v is not None:
        d["VoiceId"] = v
    v = o.dubbing_version
    if v is not None:
        d["DubbingVersion"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DubbingConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DubbingConfig:
        o = _e.as_model(o, DubbingConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.dubbing_mode
    if v is None:
        raise _e.missing("DubbingMode", "a string")
    if type(v) is not str:
        v = _e.as_str("DubbingMode", v)
    d["DubbingMode"] = v
    v = o.background_volume
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("BackgroundVolume", v)
        d["BackgroundVolume"] = v
    v = o.secondary_tuning
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SecondaryTuning", v)
        d["SecondaryTuning"] = v
    v = o.voice_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("VoiceId", v)
        d["VoiceId"] = v
    v = o.dubbing_version
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("DubbingVersion", v)
        d["DubbingVersion"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
