# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RecognizeMediaForZhiXueRequest``: the model and its codecs."""

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
class RecognizeMediaForZhiXueRequest:
    """Request of RecognizeMediaForZhiXue: the input media and the expression and action
    recognition switches.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "expression_config": "ExpressionConfig",
        "action_config": "ActionConfig",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RecognizeMediaForZhiXueRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "InputInfo",
        "ExpressionConfig",
        "ActionConfig",
    }
)


def _structure(data: Any) -> RecognizeMediaForZhiXueRequest:
    """Decode one ``RecognizeMediaForZhiXueRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: RecognizeMediaForZhiXueRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.input_info
    if v is not None:
        d["InputInfo"] = _d.wire(v)
    v = o.expression_config
    if v is not None:
        d["ExpressionConfig"] = _d.wire(v)
    v = o.action_config
    if v is not None:
        d["ActionConfig"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``RecognizeMediaForZhiXueRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not RecognizeMediaForZhiXueRequest:
        o = _e.as_model(o, RecognizeMediaForZhiXueRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.input_info
    if v is None:
        raise _e.missing("InputInfo", "an object")
    try:
        d["InputInfo"] = _R["MediaInputInfo"](v)
    except ValidationError as e:
        raise e.with_prefix("InputInfo") from None
    v = o.expression_config
    if v is not None:
        try:
            d["ExpressionConfig"] = _R["ExpressionConfigInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("ExpressionConfig") from None
    v = o.action_config
    if v is not None:
        try:
            d["ActionConfig"] = _R["ActionConfigInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("ActionConfig") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
