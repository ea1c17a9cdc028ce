# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartSubtitleTaskResultInput``."""

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
class SmartSubtitleTaskResultInput(Model):
    """Input of a smart subtitle task, identifying the template or custom parameters used."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "raw_parameter": "RawParameter",
        "user_ext_para": "UserExtPara",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "RawSmartSubtitleParameter",
        "str",
    )

    definition: int | None = None
    """ID of the smart subtitle template.

    Wire name: ``Definition``.
    """

    raw_parameter: models.RawSmartSubtitleParameter | None = None
    """Custom smart subtitle parameters, effective only when Definition is 0. Intended for
    highly customized cases; using Definition is recommended. May be null.

    Wire name: ``RawParameter``.
    """

    user_ext_para: str | None = None
    """Extended parameters, passed as a JSON string.

    Wire name: ``UserExtPara``.
    """


_KNOWN = frozenset(SmartSubtitleTaskResultInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartSubtitleTaskResultInput:
    """Decode one ``SmartSubtitleTaskResultInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartSubtitleTaskResultInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("RawParameter")
    if v is not None:
        n += 1
        try:
            v = _S["RawSmartSubtitleParameter"](v)
        except DecodeError as e:
            raise e.with_prefix("RawParameter") from None
    o.raw_parameter = v
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


bind(SmartSubtitleTaskResultInput, _structure)
