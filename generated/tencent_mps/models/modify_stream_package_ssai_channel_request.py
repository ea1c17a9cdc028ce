# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyStreamPackageSSAIChannelRequest``: the model and its codecs."""

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
class ModifyStreamPackageSSAIChannelRequest:
    """Request of ModifyStreamPackageSSAIChannel: the configuration ID with its new name, content
    source and ad insertion settings.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "content_source": "ContentSource",
        "ssai_info": "SSAIInfo",
        "id": "ID",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyStreamPackageSSAIChannelRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Name",
        "ContentSource",
        "SSAIInfo",
        "ID",
    }
)


def _structure(data: Any) -> ModifyStreamPackageSSAIChannelRequest:
    """Decode one ``ModifyStreamPackageSSAIChannelRequest`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: ModifyStreamPackageSSAIChannelRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.content_source
    if v is not None:
        d["ContentSource"] = v
    v = o.ssai_info
    if v is not None:
        d["SSAIInfo"] = _d.wire(v)
    v = o.id
    if v is not None:
        d["ID"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyStreamPackageSSAIChannelRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyStreamPackageSSAIChannelRequest:
        o = _e.as_model(o, ModifyStreamPackageSSAIChannelRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is None:
        raise _e.missing("Name", "a string")
    if type(v) is not str:
        v = _e.as_str("Name", v)
    d["Name"] = v
    v = o.content_source
    if v is None:
        raise _e.missing("ContentSource", "a string")
    if type(v) is not str:
        v = _e.as_str("ContentSource", v)
    d["ContentSource"] = v
    v = o.ssai_info
    if v is None:
        raise _e.missing("SSAIInfo", "an object")
    try:
        d["SSAIInfo"] = _R["SSAIConf"](v)
    except ValidationError as e:
        raise e.with_prefix("SSAIInfo") from None
    v = o.id
    if v is None:
        raise _e.missing("ID", "a string")
    if type(v) is not str:
        v = _e.as_str("ID", v)
    d["ID"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
