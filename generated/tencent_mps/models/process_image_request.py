# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ProcessImageRequest`` (sent in requests)."""

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
class ProcessImageRequest(Model):
    """Request of ProcessImage: the input image, output location and the processing template or
    parameters.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_info": "InputInfo",
        "output_storage": "OutputStorage",
        "output_dir": "OutputDir",
        "output_path": "OutputPath",
        "definition": "Definition",
        "resource_id": "ResourceId",
        "image_task": "ImageTask",
        "schedule_id": "ScheduleId",
        "add_on_parameter": "AddOnParameter",
        "std_ext_info": "StdExtInfo",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "MediaInputInfo",
        "TaskOutputStorage",
        "str",
        "str",
        "int",
        "str",
        "ImageTaskInput",
        "int",
        "AddOnParameter",
        "str",
    )

    input_info: models.MediaInputInfo | None = None
    """Input image file to process.

    Wire name: ``InputInfo``.
    """

    output_storage: models.TaskOutputStorage | None = None
    """Target storage for the output files; inherits the storage of InputInfo when empty.

    Wire name: ``OutputStorage``.
    """

    output_dir: str | None = None
    """Output directory, for example /image/201907/, where files keep the source file name.
    Defaults to the directory of the input file.

    Wire name: ``OutputDir``.
    """

    output_path: str | None = None
    """Relative or absolute output path, which must end in .{format} and may use file name
    variables such as {inputName}. Defaults to the relative path {inputName}.{format}.

    Wire name: ``OutputPath``.
    """

    definition: int | None = None
    """Unique ID of the image processing template to use. Image templates are in beta and must
    be requested through a ticket.

    Wire name: ``Definition``.
    """

    resource_id: str | None = None
    """Resource ID to bill the task to; the resource must be enabled. Defaults to the account's
    primary resource ID.

    Wire name: ``ResourceId``.
    """

    image_task: models.ImageTaskInput | None = None
    """Image processing parameters.

    Wire name: ``ImageTask``.
    """

    schedule_id: int | None = None
    """ID of the orchestrated image processing scenario.

    Known values; others may appear:
    ``30000``: text watermark erasing
    ``30010``: image expansion
    ``30100``: clothing try-on

    Wire name: ``ScheduleId``.
    """

    add_on_parameter: models.AddOnParameter | None = None
    """Additional image processing parameters.

    Wire name: ``AddOnParameter``.
    """

    std_ext_info: str | None = None
    """Extension parameters for image processing as a JSON string.

    Wire name: ``StdExtInfo``.
    """


_KNOWN = frozenset(ProcessImageRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ProcessImageRequest:
    """Decode one ``ProcessImageRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ProcessImageRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfo")
    if v is not None:
        n += 1
        try:
            v = _S["MediaInputInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("InputInfo") from None
    o.input_info = v
    v = get("OutputStorage")
    if v is not None:
        n += 1
        try:
            v = _S["TaskOutputStorage"](v)
        except DecodeError as e:
            raise e.with_prefix("OutputStorage") from None
    o.output_storage = v
    v = get("OutputDir")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputDir", "a string", v)
    o.output_dir = v
    v = get("OutputPath")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("OutputPath", "a string", v)
    o.output_path = v
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("ResourceId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ResourceId", "a string", v)
    o.resource_id = v
    v = get("ImageTask")
    if v is not None:
        n += 1
        try:
            v = _S["ImageTaskInput"](v)
        except DecodeError as e:
            raise e.with_prefix("ImageTask") from None
    o.image_task = v
    v = get("ScheduleId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ScheduleId", "an integer", v)
    o.schedule_id = v
    v = get("AddOnParameter")
    if v is not None:
        n += 1
        try:
            v = _S["AddOnParameter"](v)
        except DecodeError as e:
            raise e.with_prefix("AddOnParameter") from None
    o.add_on_parameter = v
    v = get("StdExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StdExtInfo", "a string", v)
    o.std_ext_info = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ProcessImageRequest, _structure)
