# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskReelOutput``."""

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
class AiAnalysisTaskReelOutput(Model):
    """Output of an intelligent reel creation task, including the generated commentary videos and
    the script file.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_path": "VideoPath",
        "video_paths": "VideoPaths",
        "script_path": "ScriptPath",
        "output_storage": "OutputStorage",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[str",
        "str",
        "TaskOutputStorage",
    )

    video_path: str | None = None
    """Path of the generated commentary video. Set when a single file is produced; an empty
    string when multiple files are produced.

    Wire name: ``VideoPath``.
    """

    video_paths: list[str] | None = None
    """Paths of all generated commentary videos. With a single output it holds the same path as
    VideoPath; with multiple outputs it lists every file.

    Wire name: ``VideoPaths``.
    """

    script_path: str | None = None
    """Path of the script file.

    Wire name: ``ScriptPath``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Storage location of the generated commentary videos.

    Wire name: ``OutputStorage``.
    """


_KNOWN = frozenset(AiAnalysisTaskReelOutput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiAnalysisTaskReelOutput:
    """Decode one ``AiAnalysisTaskReelOutput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiAnalysisTaskReelOutput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("VideoPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoPath", "a string", v)
    o.video_path = v
    v = get("VideoPaths")
    if v is not None:
        n += 1
        v = _d.str_list("VideoPaths", v)
    o.video_paths = v
    v = get("ScriptPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ScriptPath", "a string", v)
    o.script_path = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiAnalysisTaskReelOutput, _structure)
