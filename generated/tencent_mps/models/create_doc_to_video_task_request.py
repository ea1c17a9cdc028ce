# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CreateDocToVideoTaskRequest`` (sent in requests)."""

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
class CreateDocToVideoTaskRequest(Model):
    """Request of CreateDocToVideoTask: the document input, the COS location for results and the
    resource to use.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input": "Input",
        "cos_info": "CosInfo",
        "resource_id": "ResourceId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "DocToVideoInput!",
        "DocToVideoCosInfo",
        "str",
    )

    input: models.DocToVideoInput | None = None
    """Input of the AIGC document-to-video generation.

    Required in requests.

    Wire name: ``Input``.
    """

    cos_info: models.DocToVideoCosInfo | None = None
    """The user's COS information, used to save the generated results.

    Wire name: ``CosInfo``.
    """

    resource_id: str | None = None
    """ID of the resource to use, which must be enabled. Defaults to the account's primary
    resource ID.

    Wire name: ``ResourceId``.
    """


_KNOWN = frozenset(CreateDocToVideoTaskRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CreateDocToVideoTaskRequest:
    """Decode one ``CreateDocToVideoTaskRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CreateDocToVideoTaskRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Input")
    if v is not None:
        n += 1
        try:
            v = _S["DocToVideoInput"](v)
        except DecodeError as e:
            raise e.with_prefix("Input") from None
    o.input = v
    v = get("CosInfo")
    if v is not None:
        n += 1
        try:
            v = _S["DocToVideoCosInfo"](v)
        except DecodeError as e:
            raise e.with_prefix("CosInfo") from None
    o.cos_info = v
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


bind(CreateDocToVideoTaskRequest, _structure)
