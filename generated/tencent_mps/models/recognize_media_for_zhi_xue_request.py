# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RecognizeMediaForZhiXueRequest`` (sent in requests)."""

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
class RecognizeMediaForZhiXueRequest(Model):
    """Request of RecognizeMediaForZhiXue: the input media and the expression and action
    recognition switches.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "expression_config": "ExpressionConfig",
        "action_config": "ActionConfig",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo!",
        "ExpressionConfigInfo",
        "ActionConfigInfo",
    )

    input_info: models.MediaInputInfo | None = None
    """Storage information of the input media file.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    expression_config: models.ExpressionConfigInfo | None = None
    """Settings of facial expression recognition; enabled by default.

    Wire name: ``ExpressionConfig``.
    """

    action_config: models.ActionConfigInfo | None = None
    """Settings of action recognition; enabled by default.

    Wire name: ``ActionConfig``.
    """


_KNOWN = frozenset(RecognizeMediaForZhiXueRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RecognizeMediaForZhiXueRequest:
    """Decode one ``RecognizeMediaForZhiXueRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RecognizeMediaForZhiXueRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("ExpressionConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ExpressionConfigInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("ExpressionConfig") from None
    o.expression_config = v
    v = get("ActionConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ActionConfigInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("ActionConfig") from None
    o.action_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(RecognizeMediaForZhiXueRequest, _structure)
