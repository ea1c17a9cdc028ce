# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DescribeOutputHLSPullSettings``."""

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
class DescribeOutputHLSPullSettings(Model):
    """HLS pull settings of an output: the URLs from which the stream can be pulled."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "server_urls": "ServerUrls",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[DescribeOutputHLSPullServerUrl",)

    server_urls: list[models.DescribeOutputHLSPullServerUrl] | None = None
    """HLS pull URLs of the output. May be null if unavailable.

    Wire name: ``ServerUrls``.
    """


_KNOWN = frozenset(DescribeOutputHLSPullSettings.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DescribeOutputHLSPullSettings:
    """Decode one ``DescribeOutputHLSPullSettings`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DescribeOutputHLSPullSettings)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ServerUrls")
    if v is not None:
        n += 1
        v = _d.objects("ServerUrls", v, _S["DescribeOutputHLSPullServerUrl"])
    o.server_urls = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DescribeOutputHLSPullSettings, _structure)
