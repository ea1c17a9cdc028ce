# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SRTFECFullOptions``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SRTFECFullOptions:
    """Advanced forward error correction (FEC) settings for SRT.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "enable": "Enable",
        "cols": "Cols",
        "rows": "Rows",
        "arq": "ARQ",
        "layout": "Layout",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SRTFECFullOptions:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Enable",
        "Cols",
        "Rows",
        "ARQ",
        "Layout",
    }
)


def _structure(data: Any) -> SRTFECFullOptions:
    """Decode one ``SRTFECFullOptions`` wire object (the cattrs structure hook of this model)."""
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


def _unstructure(o: SRTFECFullOptions) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.enable
    if v is not None:
        d["Enable"] = v
    v = o.cols
    if v is not None:
        d["Cols"] = v
    v = o.rows
    if v is not None:
        d["Rows"] = v
    v = o.arq
    if v is not None:
        d["ARQ"] = v
    v = o.layout
    if v is not None:
        d["Layout"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SRTFECFullOptions`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SRTFECFullOptions:
        o = _e.as_model(o, SRTFECFullOptions)
    d: dict[str, Any] = {}
    v: Any
    v = o.enable
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("Enable", "a boolean", v)
        d["Enable"] = v
    v = o.cols
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Cols", v)
        d["Cols"] = v
    v = o.rows
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Rows", v)
        d["Rows"] = v
    v = o.arq
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("ARQ", v)
        d["ARQ"] = v
    v = o.layout
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Layout", v)
        d["Layout"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
