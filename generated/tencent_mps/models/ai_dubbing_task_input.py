# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AIDubbingTaskInput`` (sent in requests)."""

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
class AIDubbingTaskInput(Model):
    """Input parameters of an AI dubbing task, including the template, custom or override
    parameters, external subtitles and output settings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "raw_parameter": "RawParameter",
        "override_parameter": "OverrideParameter",
        "output_storage": "OutputStorage",
        "src_subtitle_info": "SrcSubtitleInfo",
        "dst_subtitle_infos": "DstSubtitleInfos",
        "output_object_path": "OutputObjectPath",
        "extended_parameter": "ExtendedParameter",
        "drama_id": "DramaId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int",
        "RawAIDubbingParameter",
        "OverrideAIDubbingParameter",
        "TaskOutputStorage",
        "MediaInputInfo",
        "[DstSubtitleInput",
        "str",
        "str",
        "str",
    )

    definition: int | None = None
    """ID of the AI dubbing template.

    Wire name: ``Definition``.
    """

    raw_parameter: models.RawAIDubbingParameter | None = None
    """Fully custom dubbing parameters, only used when Definition is 0. Intended for highly
    customized scenarios; using a template through Definition is recommended.

    Wire name: ``RawParameter``.
    """

    override_parameter: models.OverrideAIDubbingParameter | None = None
    """Partial dubbing parameters that override the matching template settings, only used when
    Definition is not 0. Intended for highly customized scenarios; specifying a template
    through Definition is recommended.

    Wire name: ``OverrideParameter``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for the output files; inherits the parent-level OutputStorage when not
    set.

    Wire name: ``OutputStorage``.
    """

    src_subtitle_info: models.MediaInputInfo | None = None
    """External source-language subtitle file to use instead of extracting subtitles from the
    video.

    Wire name: ``SrcSubtitleInfo``.
    """

    dst_subtitle_infos: list[models.DstSubtitleInput] | None = None
    """External translated subtitle files to use as the target-language subtitles.

    Wire name: ``DstSubtitleInfos``.
    """

    output_object_path: str | None = None
    """Output path of the file, relative or absolute; a custom path must end with .{format} and
    may use filename variables. Not supported by BatchProcessMedia.

    Wire name: ``OutputObjectPath``.
    """

    extended_parameter: str | None = None
    """Extended AI dubbing parameters as a serialized JSON string.

    Wire name: ``ExtendedParameter``.
    """

    drama_id: str | None = None
    """ID of the drama series the media belongs to. Only takes effect when the dubbing mode is
    role-based smart dubbing (RoleBasedSmartDubbing).

    Wire name: ``DramaId``.
    """


_KNOWN = frozenset(AIDubbingTaskInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AIDubbingTaskInput:
    """Decode one ``AIDubbingTaskInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AIDubbingTaskInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("RawParameter")
    if v is not None:
        n += 1
        try:
            v = _S["RawAIDubbingParameter"](v)
        except DecodeError as e:
            raise e.with_prefix("RawParameter") from None
    o.raw_parameter = v
    v = get("OverrideParameter")
    if v is not None:
        n += 1
        try:
            v = _S["OverrideAIDubbingParameter"](v)
        except DecodeError as e:
            raise e.with_prefix("OverrideParameter") from None
    o.override_parameter = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("SrcSubtitleInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("SrcSubtitleInfo") from None
    o.src_subtitle_info = v
    v = get("DstSubtitleInfos")
    if v is not None:
        n += 1
        v = _d.objects("DstSubtitleInfos", v, _S["DstSubtitleInput"])
    o.dst_subtitle_infos = v
    v = get("OutputObjectPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputObjectPath", "a string", v)
    o.output_object_path = v
    v = get("ExtendedParameter")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtendedParameter", "a string", v)
    o.extended_parameter = v
    v = get("DramaId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DramaId", "a string", v)
    o.drama_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AIDubbingTaskInput, _structure)
