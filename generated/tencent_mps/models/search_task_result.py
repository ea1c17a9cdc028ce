# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SearchTaskResult``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SearchTaskResult(Model):
    """One video matched by a video search task, with its similarity score."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "score": "Score",
        "video_id": "VideoId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "float",
        "str",
    )

    score: float | None = None
    """Similarity score of the video in this search, range [0, 1]; higher means closer to the
    search value. May be null if unavailable.

    Wire name: ``Score``.
    """

    video_id: str | None = None
    """ID of the matched video. May be null if unavailable.

    Wire name: ``VideoId``.
    """


_KNOWN = frozenset(SearchTaskResult.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SearchTaskResult:
    """Decode one ``SearchTaskResult`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SearchTaskResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Score")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Score", v)
    o.score = v
    v = get("VideoId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoId", "a string", v)
    o.video_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SearchTaskResult, _structure)
