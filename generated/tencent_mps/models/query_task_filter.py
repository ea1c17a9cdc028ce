# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``QueryTaskFilter`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class QueryTaskFilter(Model):
    """Filter conditions for listing AIGC tasks with DescribeAigcTaskList."""

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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
        "str",
    )

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


_KNOWN = frozenset(QueryTaskFilter.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> QueryTaskFilter:
    """Decode one ``QueryTaskFilter`` wire object: the straight-line decoder of this model."""
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


bind(QueryTaskFilter, _structure)
