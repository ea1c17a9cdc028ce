# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiSampleWord``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiSampleWord:
    """A keyword sample as returned by AI sample management, with its tags and usage scenarios.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "keyword": "Keyword",
        "tag_set": "TagSet",
        "usage_set": "UsageSet",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
    }
    """Attribute name -> wire name, for every field."""

    keyword: str | None = None
    """The keyword text.

    Wire name: ``Keyword``.
    """

    tag_set: list[str] | None = None
    """Tags attached to the keyword.

    Wire name: ``TagSet``.
    """

    usage_set: list[str] | None = None
    """Usage scenarios of the keyword, for example Recognition.Ocr or Recognition.Asr.

    Wire name: ``UsageSet``.
    """

    create_time: str | None = None
    """Time the keyword sample was created, in ISO 8601 format.

    Wire name: ``CreateTime``.
    """

    update_time: str | None = None
    """Time the keyword sample was last modified, in ISO 8601 format.

    Wire name: ``UpdateTime``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiSampleWord:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Keyword",
        "TagSet",
        "UsageSet",
        "CreateTime",
        "UpdateTime",
    }
)


def _structure(data: Any) -> AiSampleWord:
    """Decode one ``AiSampleWord`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiSampleWord)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Keyword")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Keyword", "a string", v)
    o.keyword = v
    v = get("TagSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("TagSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("TagSet", v, "a string", _d.is_str)
    o.tag_set = v
    v = get("UsageSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("UsageSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("UsageSet", v, "a string", _d.is_str)
    o.usage_set = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("CreateTime", "a string", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("UpdateTime", "a string", v)
    o.update_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiSampleWord) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.keyword
    if v is not None:
        d["Keyword"] = v
    v = o.tag_set
    if v is not None:
        d["TagSet"] = list(v)
    v = o.usage_set
    if v is not None:
        d["UsageSet"] = list(v)
    v = o.create_time
    if v is not None:
        d["CreateTime"] = v
    v = o.update_time
    if v is not None:
        d["UpdateTime"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
