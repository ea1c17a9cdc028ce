# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DisassociateSecurityGroupRequest`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DisassociateSecurityGroupRequest(Model):
    """Request of DisassociateSecurityGroup: the security group and the inputs and outputs to
    unbind from it.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "id": "Id",
        "unattach_in_out_infos": "UnattachInOutInfos",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[UnattachSecurityGroupInOutInfo",
    )

    id: str | None = None
    """ID of the media transport security group.

    Wire name: ``Id``.
    """

    unattach_in_out_infos: list[models.UnattachSecurityGroupInOutInfo] | None = None
    """Inputs and outputs to unbind from the security group.

    Wire name: ``UnattachInOutInfos``.
    """


_KNOWN = frozenset(DisassociateSecurityGroupRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DisassociateSecurityGroupRequest:
    """Decode one ``DisassociateSecurityGroupRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DisassociateSecurityGroupRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Id")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Id", "a string", v)
    o.id = v
    v = get("UnattachInOutInfos")
    if v is not None:
        n += 1
        v = _d.objects("UnattachInOutInfos", v, _S["UnattachSecurityGroupInOutInfo"])
    o.unattach_in_out_infos = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DisassociateSecurityGroupRequest, _structure)
