# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``BatchSubTaskResult``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class BatchSubTaskResult:
    """Result of a subtask within a batch processing task, including the inputs, source metadata
    and task results.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "input_infos": "InputInfos",
        "metadatas": "Metadatas",
        "smart_subtitles_task_result": "SmartSubtitlesTaskResult",
    }
    """Attribute name -> wire name, for every field."""

    input_infos: list[models.MediaInputInfo] | None = None
    """Input files of the batch task. May be null.

    Wire name: ``InputInfos``.
    """

    metadatas: list[models.MediaMetaData] | None = None
    """Metadata of the source videos. May be null.

    Wire name: ``Metadatas``.
    """

    smart_subtitles_task_result: models.BatchSmartSubtitlesResult | None = None
    """Execution result of the smart subtitle task. May be null.

    Wire name: ``SmartSubtitlesTaskResult``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BatchSubTaskResult:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "InputInfos",
        "Metadatas",
        "SmartSubtitlesTaskResult",
    }
)


def _structure(data: Any) -> BatchSubTaskResult:
    """Decode one ``BatchSubTaskResult`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(BatchSubTaskResult)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("InputInfos")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("InputInfos", "an array", v)
        if v:
            f = _S["MediaInputInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("InputInfos", v, f) from None
        else:
            v = []
    o.input_infos = v
    v = get("Metadatas")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Metadatas", "an array", v)
        if v:
            f = _S["MediaMetaData"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Metadatas", v, f) from None
        else:
            v = []
    o.metadatas = v
    v = get("SmartSubtitlesTaskResult")
    if v is not None:
        n += 1
        try:
            v = _S["BatchSmartSubtitlesResult"](v)
        except DecodeError as e:
            raise e.with_prefix("SmartSubtitlesTaskResult") from None
    o.smart_subtitles_task_result = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: BatchSubTaskResult) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.input_infos
    if v is not None:
        d["InputInfos"] = [_d.wire(x) for x in v]
    v = o.metadatas
    if v is not None:
        d["Metadatas"] = [_d.wire(x) for x in v]
    v = o.smart_subtitles_task_result
    if v is not None:
        d["SmartSubtitlesTaskResult"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
