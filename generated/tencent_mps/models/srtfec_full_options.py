# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SRTFECFullOptions`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SRTFECFullOptions(Model):
    """Advanced forward error correction (FEC) settings for SRT."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "enable": "Enable",
        "cols": "Cols",
        "rows": "Rows",
        "arq": "ARQ",
        "layout": "Layout",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "bool",
        "int",
        "int",
        "str",
        "str",
    )

    enable: bool | None = None
    """Whether FEC is enabled.

    Wire name: ``Enable``.
    """

    cols: int | None = None
    """Number of columns in the FEC packet layout; must be greater than 0.

    Wire name: ``Cols``.
    """

    rows: int | None = None
    """Number of rows in the FEC packet layout; must be >= 2 or <= -2.

    Wire name: ``Rows``.
    """

    arq: str | None = None
    """Retransmission (ARQ) policy used when FEC is enabled: always, onreq or never.

    Known values (:class:`tencent_mps.enums.SRTFECFullOptionsARQ`); others may appear:
    ``always``: always retransmit alongside fec
    ``onreq``: retransmit only on request, for packets fec could not recover
    ``never``: never retransmit, rely on fec only

    Wire name: ``ARQ``.
    """

    layout: str | None = None
    """Arrangement of the FEC packet layout: even or staircase.

    Known values (:class:`tencent_mps.enums.SRTFECFullOptionsLayout`); others may appear:
    ``even``: even layout
    ``staircase``: staircase layout

    Wire name: ``Layout``.
    """


_KNOWN = frozenset(SRTFECFullOptions.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SRTFECFullOptions:
    """Decode one ``SRTFECFullOptions`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SRTFECFullOptions)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Enable")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("Enable", "a boolean", v)
    o.enable = v
    v = get("Cols")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Cols", "an integer", v)
    o.cols = v
    v = get("Rows")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Rows", "an integer", v)
    o.rows = v
    v = get("ARQ")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ARQ", "a string", v)
    o.arq = v
    v = get("Layout")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Layout", "a string", v)
    o.layout = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SRTFECFullOptions, _structure)
