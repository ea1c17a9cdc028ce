# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EditMediaRequest``: the model and its codecs."""

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
class EditMediaRequest:
    """Request of EditMedia: the input files, output storage and path, clipping or composition
    settings, notifications and priority.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "file_infos": "FileInfos",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
        "output_config": "OutputConfig",
        "compose_config": "ComposeConfig",
        "task_notify_config": "TaskNotifyConfig",
        "tasks_priority": "TasksPriority",
        "session_id": "SessionId",
        "session_context": "SessionContext",
        "resource_id": "ResourceId",
    }
    """Attribute name -> wire name, for every field."""

    file_infos: list[models.EditMediaFileInfo] | None = None
    """Input video files.

    Required in requests.

    Wire name: ``FileInfos``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage of the output file.

    Required in requests.

    Wire name: ``OutputStorage``.
    """

    output_object_path: str | None = None
    """Target path of the output file; for complex composition tasks the file name may contain
    only digits, letters, - and _, up to 64 characters.

    Required in requests.

    Wire name: ``OutputObjectPath``.
    """

    output_config: models.EditMediaOutputConfig | None = None
    """Output file settings of a clipping task.

    Wire name: ``OutputConfig``.
    """

    compose_config: models.ComposeMediaConfig | None = None
    """Settings of a composition task; when present the request is treated as composition,
    otherwise as clipping.

    Wire name: ``ComposeConfig``.
    """

    task_notify_config: models.TaskNotifyConfig | None = None
    """Event notification settings of the task; no notifications are sent when empty.

    Wire name: ``TaskNotifyConfig``.
    """

    tasks_priority: int | None = None
    """Task priority from -10 to 10; larger values run first. Defaults to 0.

    Wire name: ``TasksPriority``.
    """

    session_id: str | None = None
    """Deduplication ID, up to 50 characters: a request reusing an ID seen within the last
    three days returns an error. Empty means no deduplication.

    Wire name: ``SessionId``.
    """

    session_context: str | None = None
    """Caller-defined context passed through and returned in task flow status callbacks; up to
    1000 characters.

    Wire name: ``SessionContext``.
    """

    resource_id: str | None = None
    """ID of the resource to use, which must be enabled. Defaults to the account's primary
    resource ID.

    Wire name: ``ResourceId``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EditMediaRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "FileInfos",
        "OutputStorage",
        "OutputObjectPath",
        "OutputConfig",
        "ComposeConfig",
        "TaskNotifyConfig",
        "TasksPriority",
        "SessionId",
        "SessionContext",
        "ResourceId",
    }
)


def _structure(data: Any) -> EditMediaRequest:
    """Decode one ``EditMediaRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EditMediaRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("FileInfos")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("FileInfos", "an array", v)
        if v:
            f = _S["EditMediaFileInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("FileInfos", v, f) from None
        else:
            v = []
    o.file_infos = v
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
    v = get("OutputConfig")
    if v is not None:
        n += 1
        try:
            v = _S["EditMediaOutputConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputConfig") from None
    o.output_config = v
    v = get("ComposeConfig")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeMediaConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("ComposeConfig") from None
    o.compose_config = v
    v = get("TaskNotifyConfig")
    if v is not None:
        n += 1
        try:
            v = _S["TaskNotifyConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    o.task_notify_config = v
    v = get("TasksPriority")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("TasksPriority", "an integer", v)
    o.tasks_priority = v
    v = get("SessionId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionId", "a string", v)
    o.session_id = v
    v = get("SessionContext")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SessionContext", "a string", v)
    o.session_context = v
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


def _unstructure(o: EditMediaRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.file_infos
    if v is not None:
        d["FileInfos"] = [_d.wire(x) for x in v]
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.output_object_path
    if v is not None:
        d["OutputObjectPath"] = v
    v = o.output_config
    if v is not None:
        d["OutputConfig"] = _d.wire(v)
    v = o.compose_config
    if v is not None:
        d["ComposeConfig"] = _d.wire(v)
    v = o.task_notify_config
    if v is not None:
        d["TaskNotifyConfig"] = _d.wire(v)
    v = o.tasks_priority
    if v is not None:
        d["TasksPriority"] = v
    v = o.session_id
    if v is not None:
        d["SessionId"] = v
    v = o.session_context
    if v is not None:
        d["SessionContext"] = v
    v = o.resource_id
    if v is not None:
        d["ResourceId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``EditMediaRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not EditMediaRequest:
        o = _e.as_model(o, EditMediaRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.file_infos
    if v is None:
        raise _e.missing("FileInfos", "an array")
    d["FileInfos"] = _e.models("FileInfos", v, _R["EditMediaFileInfo"])
    v = o.output_storage
    if v is None:
        raise _e.missing("OutputStorage", "an object")
    try:
        d["OutputStorage"] = _R["TaskOutputStorage"](v)
    except ValidationError as e:
        raise e.with_prefix("OutputStorage") from None
    v = o.output_object_path
    if v is None:
        raise _e.missing("OutputObjectPath", "a string")
    if type(v) is not str:
        v = _e.as_str("OutputObjectPath", v)
    d["OutputObjectPath"] = v
    v = o.output_config
    if v is not None:
        try:
            d["OutputConfig"] = _R["EditMediaOutputConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("OutputConfig") from None
    v = o.compose_config
    if v is not None:
        try:
            d["ComposeConfig"] = _R["ComposeMediaConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("ComposeConfig") from None
    v = o.task_notify_config
    if v is not None:
        try:
            d["TaskNotifyConfig"] = _R["TaskNotifyConfig"](v)
        except ValidationError as e:
            raise e.with_prefix("TaskNotifyConfig") from None
    v = o.tasks_priority
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("TasksPriority", v)
        d["TasksPriority"] = v
    v = o.session_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SessionId", v)
        d["SessionId"] = v
    v = o.session_context
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SessionContext", v)
        d["SessionContext"] = v
    v = o.resource_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ResourceId", v)
        d["ResourceId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
