# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateVideoSearchTaskRequest``: the model and its codecs."""

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
class CreateVideoSearchTaskRequest:
    """Request of CreateVideoSearchTask: the search input, how many matches to return and an
    optional result callback.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "search_value_input": "SearchValueInput",
        "limit": "Limit",
        "task_notify_config": "TaskNotifyConfig",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateVideoSearchTaskRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "SearchValueInput",
        "Limit",
        "TaskNotifyConfig",
    }
)


def _structure(data: Any) -> CreateVideoSearchTaskRequest:
    """Decode one ``CreateVideoSearchTaskRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: CreateVideoSearchTaskRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.search_value_input
    if v is not None:
        d["SearchValueInput"] = _d.wire(v)
    v = o.limit
    if v is not None:
        d["Limit"] = v
    v = o.task_notify_config
    if v is not None:
        d["TaskNotifyConfig"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``CreateVideoSearchTaskRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not CreateVideoSearchTaskRequest:
        o = _e.as_model(o, CreateVideoSearchTaskRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.search_value_input
    if v is None:
        raise _e.missing("SearchValueInput", "an object")
    try:
        d["SearchValueInput"] = _R["SearchValueInput"](v)
    except ValidationError as e:
        raise e.with_prefix("SearchValueInput") from None
    v = o.limit
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Limit", v)
        d["Limit"] = v
    v = o.task_notify_config
    if v is not None:
        try:
            d["TaskNotifyConfig"] = _R["TaskNotifyConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
