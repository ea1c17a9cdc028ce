# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiQualityControlTaskInput`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiQualityControlTaskInput(Model):
    """Input parameters of a media quality control (QC) task, identifying which QC template to
    apply.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "channel_ext_para": "ChannelExtPara",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
    )

    definition: int | None = None
    """ID of the media quality control template to use; either a preset template or a custom
    one created in the console. May be null.

    Known values; others may appear:
    ``10``: Preset that enables all quality check items
    ``20``: Preset that enables only the format diagnosis checks
    ``30``: Preset that enables only the no-reference quality scoring checks
    ``40``: Preset that enables only the picture quality checks

    Wire name: ``Definition``.
    """

    channel_ext_para: str | None = None
    """Channel-specific extension parameters serialized as a JSON string, for example an output
    directory. May be null.

    Wire name: ``ChannelExtPara``.
    """


_KNOWN = frozenset(AiQualityControlTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiQualityControlTaskInput:
    """Decode one ``AiQualityControlTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiQualityControlTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("ChannelExtPara")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ChannelExtPara", "a string", v)
    o.channel_ext_para = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiQualityControlTaskInput, _structure)
