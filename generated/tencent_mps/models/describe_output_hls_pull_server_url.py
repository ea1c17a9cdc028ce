# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeOutputHLSPullServerUrl``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DescribeOutputHLSPullServerUrl(Model):
    """One HLS playback URL offered by an output."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "url": "Url",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("str",)

    url: str | None = None
    """URL from which the HLS stream can be pulled.

    Wire name: ``Url``.
    """


_KNOWN = frozenset(DescribeOutputHLSPullServerUrl.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeOutputHLSPullServerUrl:
    """Decode one ``DescribeOutputHLSPullServerUrl`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeOutputHLSPullServerUrl)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Url")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Url", "a string", v)
    o.url = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeOutputHLSPullServerUrl, _structure)
