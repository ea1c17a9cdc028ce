# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DubbingConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DubbingConfig(Model):
    """Voice settings of an AI dubbing task, such as the dubbing mode, background volume and voice."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "dubbing_mode": "DubbingMode",
        "background_volume": "BackgroundVolume",
        "secondary_tuning": "SecondaryTuning",
        "voice_id": "VoiceId",
        "dubbing_version": "DubbingVersion",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "int",
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(DubbingConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DubbingConfig:
    """Decode one ``DubbingConfig`` wire object: the straight-line decoder of this model."""
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


bind(DubbingConfig, _structure)
