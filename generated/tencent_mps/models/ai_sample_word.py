# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiSampleWord``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core import times as _t
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiSampleWord(Model):
    """A keyword sample as returned by AI sample management, with its tags and usage scenarios."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "keyword": "Keyword",
        "tag_set": "TagSet",
        "usage_set": "UsageSet",
        "create_time": "CreateTime",
        "update_time": "UpdateTime",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[str",
        "[str",
        "datetime",
        "datetime",
    )

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

    create_time: datetime | None = None
    """Time the keyword sample was created, in ISO 8601 format.

    Wire name: ``CreateTime``.
    """

    update_time: datetime | None = None
    """Time the keyword sample was last modified, in ISO 8601 format.

    Wire name: ``UpdateTime``.
    """


_KNOWN = frozenset(AiSampleWord.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiSampleWord:
    """Decode one ``AiSampleWord`` wire object: the straight-line decoder of this model."""
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
        v = _d.str_list("TagSet", v)
    o.tag_set = v
    v = get("UsageSet")
    if v is not None:
        n += 1
        v = _d.str_list("UsageSet", v)
    o.usage_set = v
    v = get("CreateTime")
    if v is not None:
        n += 1
        v = _t.decode("CreateTime", v)
    o.create_time = v
    v = get("UpdateTime")
    if v is not None:
        n += 1
        v = _t.decode("UpdateTime", v)
    o.update_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AiSampleWord, _structure)
