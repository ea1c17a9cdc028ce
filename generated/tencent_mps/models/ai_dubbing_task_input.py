# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AIDubbingTaskInput``: the model and its codecs."""

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
class AIDubbingTaskInput:
    """Input parameters of an AI dubbing task, including the template, custom or override
    parameters, external subtitles and output settings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AIDubbingTaskInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "RawParameter",
        "OverrideParameter",
        "OutputStorage",
        "SrcSubtitleInfo",
        "DstSubtitleInfos",
        "OutputObjectPath",
        "ExtendedParameter",
        "DramaId",
    }
)


def _structure(data: Any) -> AIDubbingTaskInput:
    """Decode one ``AIDubbingTaskInput`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("DstSubtitleInfos", "an array", v)
        if v:
            f = _S["DstSubtitleInput"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("DstSubtitleInfos", v, f) from None
        else:
            v = []
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


def _unstructure(o: AIDubbingTaskInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.raw_parameter
    if v is not None:
        d["RawParameter"] = _d.wire(v)
    v = o.override_parameter
    if v is not None:
        d["OverrideParameter"] = _d.wire(v)
    v = o.output_storage
    if v is not None:
        d["OutputStorage"] = _d.wire(v)
    v = o.src_subtitle_info
    if v is not None:
        d["SrcSubtitleInfo"] = _d.wire(v)
    v = o.dst_subtitle_infos
    if v is not None:
        d["DstSubtitleInfos"] = [_d.wire(x) for x in v]
    v = o.output_object_path
    if v is not None:
        d["OutputObjectPath"] = v
    v = o.extended_parameter
    if v is not None:
        d["ExtendedParameter"] = v
    v = o.drama_id
    if v is not None:
        d["DramaId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AIDubbingTaskInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AIDubbingTaskInput:
        o = _e.as_model(o, AIDubbingTaskInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Definition", v)
        d["Definition"] = v
    v = o.raw_parameter
    if v is not None:
        try:
            d["RawParameter"] = _R["RawAIDubbingParameter"](v)
        except ValidationError as e:
            raise e.with_prefix("RawParameter") from None
    v = o.override_parameter
    if v is not None:
        try:
            d["OverrideParameter"] = _R["OverrideAIDubbingParameter"](v)
        except ValidationError as e:
            raise e.with_prefix("OverrideParameter") from None
    v = o.output_storage
    if v is not None:
        try:
            d["OutputStorage"] = _R["TaskOutputStorage"](v)
        except ValidationError as e:
            raise e.with_prefix("OutputStorage") from None
    v = o.src_subtitle_info
    if v is not None:
        try:
            d["SrcSubtitleInfo"] = _R["MediaInputInfo"](v)
        except ValidationError as e:
            raise e.with_prefix("SrcSubtitleInfo") from None
    v = o.dst_subtitle_infos
    if v is not None:
        d["DstSubtitleInfos"] = _e.models("DstSubtitleInfos", v, _R["DstSubtitleInput"])
    v = o.output_object_path
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("OutputObjectPath", v)
        d["OutputObjectPath"] = v
    v = o.extended_parameter
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ExtendedParameter", v)
        d["ExtendedParameter"] = v
    v = o.drama_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("DramaId", v)
        d["DramaId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
