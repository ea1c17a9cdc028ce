# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ExtractBlindWatermarkRequest``: the model and its codecs."""

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
class ExtractBlindWatermarkRequest:
    """Request of ExtractBlindWatermark: the watermark type, the input media and optional
    notification and task settings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "type": "Type",
        "input_info": "InputInfo",
        "task_notify_config": "TaskNotifyConfig",
        "extract_blind_watermark_config": "ExtractBlindWatermarkConfig",
        "resource_id": "ResourceId",
    }
    """Attribute name -> wire name, for every field."""

    type: str | None = None
    """Type of digital watermark to extract. Required.

    Known values (:class:`tencent_mps.enums.ExtractBlindWatermarkRequestType`); others may appear:
    ``blind-basic``: basic copyright digital watermark
    ``blind-abseq``: a/b sequence copyright digital watermark

    Required in requests.

    Wire name: ``Type``.
    """

    input_info: models.MediaInputInfo | None = None
    """Input media file to process. Required.

    Required in requests.

    Wire name: ``InputInfo``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings for the task; leave empty to receive no notifications.

    Wire name: ``TaskNotifyConfig``.
    """

    extract_blind_watermark_config: models.ExtractBlindWatermarkTaskConfig | None = None
    """Configuration of the watermark extraction task.

    Wire name: ``ExtractBlindWatermarkConfig``.
    """

    resource_id: str | None = None
    """Resource ID to bill the task to; the resource must be enabled. Defaults to the account's
    primary resource ID.

    Wire name: ``ResourceId``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExtractBlindWatermarkRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Type",
        "InputInfo",
        "TaskNotifyConfig",
        "ExtractBlindWatermarkConfig",
        "ResourceId",
    }
)


def _structure(data: Any) -> ExtractBlindWatermarkRequest:
    """Decode one ``ExtractBlindWatermarkRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ExtractBlindWatermarkRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
    v = get("ExtractBlindWatermarkConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ExtractBlindWatermarkTaskConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ExtractBlindWatermarkConfig") from None
    o.extract_blind_watermark_config = v
    v = get("ResourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResourceId", "a string", v)
    o.resource_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ExtractBlindWatermarkRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is not None:
        d["Type"] = v
    v = o.input_info
    if v is not None:
        d["InputInfo"] = _d.wire(v)
    v = o.task_notify_config
    if v is not None:
        d["TaskNotifyConfig"] = _d.wire(v)
    v = o.extract_blind_watermark_config
    if v is not None:
        d["ExtractBlindWatermarkConfig"] = _d.wire(v)
    v = o.resource_id
    if v is not None:
        d["ResourceId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ExtractBlindWatermarkRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ExtractBlindWatermarkRequest:
        o = _e.as_model(o, ExtractBlindWatermarkRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.type
    if v is None:
        raise _e.missing("Type", "a string")
    if type(v) is not str:
        v = _e.as_str("Type", v)
    d["Type"] = v
    v = o.input_info
    if v is None:
        raise _e.missing("InputInfo", "an object")
    try:
        d["InputInfo"] = _R["MediaInputInfo"](v)
    except ValidationError as e:
        raise e.with_prefix("InputInfo") from None
    v = o.task_notify_config
    if v is not None:
        try:
            d["TaskNotifyConfig"] = _R["TaskNotifyConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    v = o.extract_blind_watermark_config
    if v is not None:
        try:
            d["ExtractBlindWatermarkConfig"] = _R["ExtractBlindWatermarkTaskConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("ExtractBlindWatermarkConfig") from None
    v = o.resource_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ResourceId", v)
        d["ResourceId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
