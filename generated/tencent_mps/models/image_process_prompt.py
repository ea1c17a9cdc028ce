# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ImageProcessPrompt`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ImageProcessPrompt(Model):
    """A prompt for image processing, with the role it is sent under."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "prompt": "Prompt",
        "role": "Role",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
    )

    prompt: str | None = None
    """Prompt text that guides the image processing.

    Wire name: ``Prompt``.
    """

    role: str | None = None
    """Role the prompt is given under, for example UserPrompt.

    Wire name: ``Role``.
    """


_KNOWN = frozenset(ImageProcessPrompt.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ImageProcessPrompt:
    """Decode one ``ImageProcessPrompt`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ImageProcessPrompt)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Prompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Prompt", "a string", v)
    o.prompt = v
    v = get("Role")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Role", "a string", v)
    o.role = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(ImageProcessPrompt, _structure)
