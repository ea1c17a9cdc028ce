# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``OverrideAIDubbingParameter``: the model and its codecs."""

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
class OverrideAIDubbingParameter:
    """Custom AI dubbing parameters that override the matching settings of the chosen dubbing
    template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "translate_config": "TranslateConfig",
        "subtitle_config": "SubtitleConfig",
        "dubbing_config": "DubbingConfig",
        "output_config": "OutputConfig",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OverrideAIDubbingParameter:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TranslateConfig",
        "SubtitleConfig",
        "DubbingConfig",
        "OutputConfig",
    }
)


def _structure(data: Any) -> OverrideAIDubbingParameter:
    """Decode one ``OverrideAIDubbingParameter`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(OverrideAIDubbingParameter)
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


def _unstructure(o: OverrideAIDubbingParameter) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.translate_config
    if v is not None:
        d["TranslateConfig"] = _d.wire(v)
    v = o.subtitle_config
    if v is not None:
        d["SubtitleConfig"] = _d.wire(v)
    v = o.dubbing_config
    if v is not None:
        d["DubbingConfig"] = _d.wire(v)
    v = o.output_config
    if v is not None:
        d["OutputConfig"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``OverrideAIDubbingParameter`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not OverrideAIDubbingParameter:
        o = _e.as_model(o, OverrideAIDubbingParameter)
    d: dict[str, Any] = {}
    v: Any
    v = o.translate_config
    if v is not None:
        try:
            d["TranslateConfig"] = _R["DubbingTranslateConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("TranslateConfig") from None
    v = o.subtitle_config
    if v is not None:
        try:
            d["SubtitleConfig"] = _R["DubbingSubtitleConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("SubtitleConfig") from None
    v = o.dubbing_config
    if v is not None:
        try:
            d["DubbingConfig"] = _R["DubbingConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("DubbingConfig") from None
    v = o.output_config
    if v is not None:
        try:
            d["OutputConfig"] = _R["DubbingOutputConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("OutputConfig") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
