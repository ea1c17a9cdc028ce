# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyStreamPackageSSAIChannelRequest`` (sent in requests)."""

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
class ModifyStreamPackageSSAIChannelRequest(Model):
    """Request of ModifyStreamPackageSSAIChannel: the configuration ID with its new name, content
    source and ad insertion settings.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "content_source": "ContentSource",
        "ssai_info": "SSAIInfo",
        "id": "ID",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "SSAIConf!",
        "str!",
    )

    name: str | None = None
    """Name of the ad insertion configuration; must be globally unique and not reused by
    another channel. Required.

    Required in requests.

    Wire name: ``Name``.
    """

    content_source: str | None = None
    """URL of the content source used for ad insertion. Required.

    Required in requests.

    Wire name: ``ContentSource``.
    """

    ssai_info: models.SSAIConf | None = None
    """Ad insertion settings to apply. Required.

    Required in requests.

    Wire name: ``SSAIInfo``.
    """

    id: str | None = None
    """ID of the ad insertion configuration to modify. Required.

    Required in requests.

    Wire name: ``ID``.
    """


_KNOWN = frozenset(ModifyStreamPackageSSAIChannelRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifyStreamPackageSSAIChannelRequest:
    """Decode one ``ModifyStreamPackageSSAIChannelRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyStreamPackageSSAIChannelRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("ContentSource")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ContentSource", "a string", v)
    o.content_source = v
    v = get("SSAIInfo")
    if v is not None:
        n += 1
        try:
            v = _S["SSAIConf"](v)
        except DecodeError as e:
            raise e.with_prefix("SSAIInfo") from None
    o.ssai_info = v
    v = get("ID")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ID", "a string", v)
    o.id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ModifyStreamPackageSSAIChannelRequest, _structure)
