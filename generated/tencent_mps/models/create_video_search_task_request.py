# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateVideoSearchTaskRequest`` (sent in requests)."""

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
class CreateVideoSearchTaskRequest(Model):
    """Request of CreateVideoSearchTask: the search input, how many matches to return and an
    optional result callback.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "search_value_input": "SearchValueInput",
        "limit": "Limit",
        "task_notify_config": "TaskNotifyConfig",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "SearchValueInput!",
        "int",
        "TaskNotifyConfig",
    )

    search_value_input: models.SearchValueInput | None = None
    """Search input used to find matching videos.

    Required in requests.

    Wire name: ``SearchValueInput``.
    """

    limit: int | None = None
    """Maximum number of videos to return, range [1, 20]; the closest Limit matches are
    returned. Defaults to 5.

    Wire name: ``Limit``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Optional callback that receives the search results when the task finishes; only URL
    callbacks are currently supported.

    Wire name: ``TaskNotifyConfig``.
    """


_KNOWN = frozenset(CreateVideoSearchTaskRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateVideoSearchTaskRequest:
    """Decode one ``CreateVideoSearchTaskRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateVideoSearchTaskRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SearchValueInput")
    if v is not None:
        n += 1
        try:
            v = _S["SearchValueInput"](v)
        except DecodeError as e:
            raise e.with_prefix("SearchValueInput") from None
    o.search_value_input = v
    v = get("Limit")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Limit", "an integer", v)
    o.limit = v
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CreateVideoSearchTaskRequest, _structure)
