# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EditMediaOutputConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class EditMediaOutputConfig(Model):
    """Output file settings of a video editing (clipping) task."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "container": "Container",
        "type": "Type",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    container: str | None = None
    """Container format: mp4 (default), hls, mov, flv or avi. May be null if unavailable.

    Known values (:class:`tencent_mps.enums.EditMediaOutputConfigContainer`); others may appear:
    ``mp4``: mp4 (default)
    ``hls``: hls
    ``mov``: quicktime mov
    ``flv``: flash video flv
    ``avi``: avi

    Wire name: ``Container``.
    """

    type: str | None = None
    """Editing mode: normal (default, precise, outputs H.264) or fast (quicker but less
    precise, single file only). May be null if unavailable.

    Known values (:class:`tencent_mps.enums.EditMediaOutputConfigType`); others may appear:
    ``normal``: precise editing (default)
    ``fast``: fast editing with lower precision, single file only

    Wire name: ``Type``.
    """


_KNOWN = frozenset(EditMediaOutputConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EditMediaOutputConfig:
    """Decode one ``EditMediaOutputConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EditMediaOutputConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Container")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Container", "a string", v)
    o.container = v
    v = get("Type")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Type", "a string", v)
    o.type = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(EditMediaOutputConfig, _structure)
