# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EmbeddingDataRequest``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class EmbeddingDataRequest:
    """Request of EmbeddingData: the embedding model, the input items and an optional prompt.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "model": "Model",
        "files": "Files",
        "prompt": "Prompt",
    }
    """Attribute name -> wire name, for every field."""

    model: str | None = None
    """Embedding model to use; currently only text_embedding_v1.

    Known values (:class:`tencent_mps.enums.EmbeddingDataRequestModel`); others may appear:
    ``text_embedding_v1``: text embedding model, accepts a prompt

    Required in requests.

    Wire name: ``Model``.
    """

    files: list[models.EmbeddingData] | None = None
    """Input items to compute embeddings for.

    Required in requests.

    Wire name: ``Files``.
    """

    prompt: str | None = None
    """Prompt (instruction) prepended to the embedding input, for example an instruction to
    retrieve semantically similar text.

    Wire name: ``Prompt``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EmbeddingDataRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Model",
        "Files",
        "Prompt",
    }
)


def _structure(data: Any) -> EmbeddingDataRequest:
    """Decode one ``EmbeddingDataRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(EmbeddingDataRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Model")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Model", "a string", v)
    o.model = v
    v = get("Files")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Files", "an array", v)
        if v:
            f = _S["EmbeddingData"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Files", v, f) from None
        else:
            v = []
    o.files = v
    v = get("Prompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Prompt", "a string", v)
    o.prompt = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: EmbeddingDataRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.model
    if v is not None:
        d["Model"] = v
    v = o.files
    if v is not None:
        d["Files"] = [_d.wire(x) for x in v]
    v = o.prompt
    if v is not None:
        d["Prompt"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``EmbeddingDataRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not EmbeddingDataRequest:
        o = _e.as_model(o, EmbeddingDataRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.model
    if v is None:
        raise _e.missing("Model", "a string")
    if type(v) is not str:
        v = _e.as_str("Model", v)
    d["Model"] = v
    v = o.files
    if v is None:
        raise _e.missing("Files", "an array")
    d["Files"] = _e.models("Files", v, _R["EmbeddingData"])
    v = o.prompt
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Prompt", v)
        d["Prompt"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
