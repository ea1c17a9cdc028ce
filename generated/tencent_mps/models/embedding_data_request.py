# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``EmbeddingDataRequest`` (sent in requests)."""

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
class EmbeddingDataRequest(Model):
    """Request of EmbeddingData: the embedding model, the input items and an optional prompt."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "model": "Model",
        "files": "Files",
        "prompt": "Prompt",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "[EmbeddingData!",
        "str",
    )

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


_KNOWN = frozenset(EmbeddingDataRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> EmbeddingDataRequest:
    """Decode one ``EmbeddingDataRequest`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("Files", v, _S["EmbeddingData"])
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


bind(EmbeddingDataRequest, _structure)
