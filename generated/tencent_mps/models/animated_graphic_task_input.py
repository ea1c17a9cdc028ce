# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AnimatedGraphicTaskInput`` (sent in requests)."""

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
class AnimatedGraphicTaskInput(Model):
    """Input parameters of a task that converts a section of video into an animated image such as a
    GIF.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "start_time_offset": "StartTimeOffset",
        "end_time_offset": "EndTimeOffset",
        "output_storage": "OutputStorage",
        "output_object_path": "OutputObjectPath",
        "ext_info": "ExtInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "float!",
        "float!",
        "TaskOutputStorage",
        "str",
        "str",
    )

    definition: int | None = None
    """ID of the video-to-animated-image template.

    Required in requests.

    Wire name: ``Definition``.
    """

    start_time_offset: float | None = None
    """Start time of the animated image within the video, in seconds.

    Unit: s.

    Required in requests.

    Wire name: ``StartTimeOffset``.
    """

    end_time_offset: float | None = None
    """End time of the animated image within the video, in seconds.

    Unit: s.

    Required in requests.

    Wire name: ``EndTimeOffset``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for the animated image; inherits the parent-level OutputStorage when not
    set. May be null.

    Wire name: ``OutputStorage``.
    """

    output_object_path: str | None = None
    """Output path of the animated image, relative or absolute, ending with .{format} and
    optionally using filename variables. Defaults to
    {inputName}_animatedGraphic_{definition}.{format}.

    Wire name: ``OutputObjectPath``.
    """

    ext_info: str | None = None
    """Extension parameters as a JSON string.

    Wire name: ``ExtInfo``.
    """


_KNOWN = frozenset(AnimatedGraphicTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AnimatedGraphicTaskInput:
    """Decode one ``AnimatedGraphicTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AnimatedGraphicTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("StartTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("StartTimeOffset", v)
    o.start_time_offset = v
    v = get("EndTimeOffset")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("EndTimeOffset", v)
    o.end_time_offset = v
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
    v = get("ExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtInfo", "a string", v)
    o.ext_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AnimatedGraphicTaskInput, _structure)
