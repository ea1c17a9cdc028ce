# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AsrHotWordsConfigure`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AsrHotWordsConfigure(Model):
    """Hotword settings for speech recognition, pointing to a hotword library that improves
    recognition of specific terms.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "library_id": "LibraryId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    switch: str | None = None
    """Whether hotwords are used. May be null.

    Wire name: ``Switch``.
    """

    library_id: str | None = None
    """ID of the hotword library to use. May be null.

    Wire name: ``LibraryId``.
    """


_KNOWN = frozenset(AsrHotWordsConfigure.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AsrHotWordsConfigure:
    """Decode one ``AsrHotWordsConfigure`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AsrHotWordsConfigure)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("LibraryId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("LibraryId", "a string", v)
    o.library_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(AsrHotWordsConfigure, _structure)
