# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiAnalysisTaskReelOutput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiAnalysisTaskReelOutput:
    """Output of an intelligent reel creation task, including the generated commentary videos and
    the script file.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "video_path": "VideoPath",
        "video_paths": "VideoPaths",
        "script_path": "ScriptPath",
        "output_storage": "OutputStorage",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiAnalysisTaskReelOutput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "VideoPath",
        "VideoPaths",
        "ScriptPath",
        "OutputStorage",
    }
)


def _structure(data: Any) -> AiAnalysisTaskReelOutput:
    """Decode one ``AiAnalysisTaskReelOutput`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("VideoPaths", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("VideoPaths", v, "a string", _d.is_str)
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


def _unstructure(o: AiAnalysisTaskReelOutput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.video_path
    if v is not None:
        d["VideoPath"] = v
    v = o.video_paths
    if v is not None:
        d["VideoPaths"] = list(v)
    v = o.script_path
    if v is not None:
        d["ScriptPath"] = v
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
