# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RawAIDubbingParameter`` (sent in requests)."""

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
class RawAIDubbingParameter(Model):
    """Complete set of custom AI dubbing parameters, used in place of a dubbing template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "translate_config": "TranslateConfig",
        "subtitle_config": "SubtitleConfig",
        "dubbing_config": "DubbingConfig",
        "output_config": "OutputConfig",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "DubbingTranslateConfig",
        "DubbingSubtitleConfig",
        "DubbingConfig",
        "DubbingOutputConfig",
    )

    translate_config: models.DubbingTranslateConfig | None = None
    """Translation settings.

    Wire name: ``TranslateConfig``.
    """

    subtitle_config: models.DubbingSubtitleConfig | None = None
    """Subtitle settings.

    Wire name: ``SubtitleConfig``.
    """

    dubbing_config: models.DubbingConfig | None = None
    """Voice dubbing settings.

    Wire name: ``DubbingConfig``.
    """

    output_config: models.DubbingOutputConfig | None = None
    """Output settings.

    Wire name: ``OutputConfig``.
    """


_KNOWN = frozenset(RawAIDubbingParameter.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RawAIDubbingParameter:
    """Decode one ``RawAIDubbingParameter`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RawAIDubbingParameter)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TranslateConfig")
    if v is not None:
        n += 1
        try:
            v = _S["DubbingTranslateConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TranslateConfig") from None
    o.translate_config = v
    v = get("SubtitleConfig")
    if v is not None:
        n += 1
        try:
            v = _S["DubbingSubtitleConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SubtitleConfig") from None
    o.subtitle_config = v
    v = get("DubbingConfig")
    if v is not None:
        n += 1
        try:
            v = _S["DubbingConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("DubbingConfig") from None
    o.dubbing_config = v
    v = get("OutputConfig")
    if v is not None:
        n += 1
        try:
            v = _S["DubbingOutputConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputConfig") from None
    o.output_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(RawAIDubbingParameter, _structure)
