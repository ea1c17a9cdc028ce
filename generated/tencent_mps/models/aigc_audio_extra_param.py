# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AigcAudioExtraParam`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AigcAudioExtraParam(Model):
    """Extra settings for an AIGC audio generation task, such as the resource and the output
    format.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "resource_id": "ResourceId",
        "output_audio_format": "OutputAudioFormat",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    resource_id: str | None = None
    """Resource identifier, filled in as the specific use case requires.

    Wire name: ``ResourceId``.
    """

    output_audio_format: str | None = None
    """Format of the generated audio, for example mp3.

    Wire name: ``OutputAudioFormat``.
    """


_KNOWN = frozenset(AigcAudioExtraParam.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AigcAudioExtraParam:
    """Decode one ``AigcAudioExtraParam`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AigcAudioExtraParam)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ResourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResourceId", "a string", v)
    o.resource_id = v
    v = get("OutputAudioFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputAudioFormat", "a string", v)
    o.output_audio_format = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AigcAudioExtraParam, _structure)
