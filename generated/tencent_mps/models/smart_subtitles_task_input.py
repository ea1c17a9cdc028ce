# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SmartSubtitlesTaskInput`` (sent in requests)."""

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
class SmartSubtitlesTaskInput(Model):
    """Input parameters of a smart subtitle task (speech or OCR based subtitle generation and
    translation).
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "user_ext_para": "UserExtPara",
        "raw_parameter": "RawParameter",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "str",
        "RawSmartSubtitleParameter",
        "TaskOutputStorage",
        "str",
    )

    definition: int | None = None
    """ID of the smart subtitle template. Set to 0 to use RawParameter instead.

    Wire name: ``Definition``.
    """

    user_ext_para: str | None = None
    """Custom user extension parameters; not needed in normal scenarios.

    Wire name: ``UserExtPara``.
    """

    raw_parameter: models.RawSmartSubtitleParameter | None = None
    """Custom smart subtitle parameters, used only when Definition is 0. Intended for highly
    customized cases; using a template via Definition is preferred. May be null.

    Wire name: ``RawParameter``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for output files. Inherits the storage of InputInfo when omitted, and is
    required when InputInfo.Type is URL. May be null.

    Wire name: ``OutputStorage``.
    """

    output_object_path: str | None = None
    """Output path of the generated subtitle file, relative or absolute, which must end with
    .{format} and may contain filename variables. Defaults to
    {inputName}_smartsubtitle_{definition}.{format}.

    Wire name: ``OutputObjectPath``.
    """


_KNOWN = frozenset(SmartSubtitlesTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SmartSubtitlesTaskInput:
    """Decode one ``SmartSubtitlesTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SmartSubtitlesTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("UserExtPara")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UserExtPara", "a string", v)
    o.user_ext_para = v
    v = get("RawParameter")
    if v is not None:
        n += 1
        try:
            v = _S["RawSmartSubtitleParameter"](v)
        except DecodeError as e:
            raise e.with_prefix("RawParameter") from None
    o.raw_parameter = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("OutputObjectPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputObjectPath", "a string", v)
    o.output_object_path = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SmartSubtitlesTaskInput, _structure)
