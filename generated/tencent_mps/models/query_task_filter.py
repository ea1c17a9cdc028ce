# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QueryTaskFilter``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class QueryTaskFilter:
    """Filter conditions for listing AIGC tasks with DescribeAigcTaskList.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "task_id": "TaskId",
        "task_type": "TaskType",
        "task_status": "TaskStatus",
        "resolution": "Resolution",
        "ratio": "Ratio",
        "execute_mode": "ExecuteMode",
        "video_type": "VideoType",
        "model_tier": "ModelTier",
    }
    """Attribute name -> wire name, for every field."""

    task_id: str | None = None
    """Return only the task with this ID.

    Wire name: ``TaskId``.
    """

    task_type: str | None = None
    """Task type to match: RedrawVideo, AIDrama, DocGenVideo or FissionVideo.

    Known values (:class:`tencent_mps.enums.QueryTaskFilterTaskType`); others may appear:
    ``RedrawVideo``: video redraw (restyling)
    ``AIDrama``: ai comic drama
    ``DocGenVideo``: video generated from a document
    ``FissionVideo``: video fission (variant generation)

    Wire name: ``TaskType``.
    """

    task_status: str | None = None
    """Task status to match, for example FINISHED.

    Wire name: ``TaskStatus``.
    """

    resolution: str | None = None
    """Output resolution to match, for example 720p.

    Wire name: ``Resolution``.
    """

    ratio: str | None = None
    """Output aspect ratio to match, for example 16:9.

    Wire name: ``Ratio``.
    """

    execute_mode: str | None = None
    """Execution mode to match: auto or phased.

    Known values (:class:`tencent_mps.enums.QueryTaskFilterExecuteMode`); others may appear:
    ``auto``: generate directly
    ``phased``: generate after confirmation

    Wire name: ``ExecuteMode``.
    """

    video_type: str | None = None
    """Video type of fission tasks to match: ugc, talk, display, unboxing or reaction.

    Known values (:class:`tencent_mps.enums.FissionTaskInfoVideoType`); others may appear:
    ``ugc``: ugc-style product recommendation
    ``talk``: product talk (voice-over)
    ``display``: product display
    ``unboxing``: unboxing video
    ``reaction``: reaction video

    Wire name: ``VideoType``.
    """

    model_tier: str | None = None
    """Model tier to match: standard or flagship.

    Known values (:class:`tencent_mps.enums.FissionTaskInfoModelTier`); others may appear:
    ``standard``: standard tier
    ``flagship``: flagship (advanced) tier

    Wire name: ``ModelTier``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QueryTaskFilter:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "TaskId",
        "TaskType",
        "TaskStatus",
        "Resolution",
        "Ratio",
        "ExecuteMode",
        "VideoType",
        "ModelTier",
    }
)


def _structure(data: Any) -> QueryTaskFilter:
    """Decode one ``QueryTaskFilter`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(QueryTaskFilter)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("TaskId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskId", "a string", v)
    o.task_id = v
    v = get("TaskType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskType", "a string", v)
    o.task_type = v
    v = get("TaskStatus")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TaskStatus", "a string", v)
    o.task_status = v
    v = get("Resolution")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Resolution", "a string", v)
    o.resolution = v
    v = get("Ratio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Ratio", "a string", v)
    o.ratio = v
    v = get("ExecuteMode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExecuteMode", "a string", v)
    o.execute_mode = v
    v = get("VideoType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoType", "a string", v)
    o.video_type = v
    v = get("ModelTier")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ModelTier", "a string", v)
    o.model_tier = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: QueryTaskFilter) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.task_id
    if v is not None:
        d["TaskId"] = v
    v = o.task_type
    if v is not None:
        d["TaskType"] = v
    v = o.task_status
    if v is not None:
        d["TaskStatus"] = v
    v = o.resolution
    if v is not None:
        d["Resolution"] = v
    v = o.ratio
    if v is not None:
        d["Ratio"] = v
    v = o.execute_mode
    if v is not None:
        d["ExecuteMode"] = v
    v = o.video_type
    if v is not None:
        d["VideoType"] = v
    v = o.model_tier
    if v is not None:
        d["ModelTier"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``QueryTaskFilter`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not QueryTaskFilter:
        o = _e.as_model(o, QueryTaskFilter)
    d: dict[str, Any] = {}
    v: Any
    v = o.task_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TaskId", v)
        d["TaskId"] = v
    v = o.task_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TaskType", v)
        d["TaskType"] = v
    v = o.task_status
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("TaskStatus", v)
        d["TaskStatus"] = v
    v = o.resolution
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Resolution", v)
        d["Resolution"] = v
    v = o.ratio
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Ratio", v)
        d["Ratio"] = v
    v = o.execute_mode
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ExecuteMode", v)
        d["ExecuteMode"] = v
    v = o.video_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("VideoType", v)
        d["VideoType"] = v
    v = o.model_tier
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ModelTier", v)
        d["ModelTier"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
