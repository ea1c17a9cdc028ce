# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DocToVideoRegenerateInput`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DocToVideoRegenerateInput(Model):
    """What to regenerate when a stage of an AIGC document-to-video task is redone."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "scope": "Scope",
        "prompt": "Prompt",
        "scene_ids": "SceneIds",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "[str",
    )

    scope: str | None = None
    """Scope of regeneration: full redoes the whole stage, scenes redoes selected scenes only.

    Known values (:class:`tencent_mps.enums.DocToVideoRegenerateInputScope`); others may appear:
    ``full``: regenerate the whole stage, e.g. to change the number of scenes
    ``scenes``: regenerate selected scenes, e.g. to change one scene's content

    Required in requests.

    Wire name: ``Scope``.
    """

    prompt: str | None = None
    """Prompt used for the regeneration.

    Required in requests.

    Wire name: ``Prompt``.
    """

    scene_ids: list[str] | None = None
    """IDs of the scenes (pages) to regenerate; required only when Scope is scenes. No
    duplicates, at most 5 per regeneration.

    Wire name: ``SceneIds``.
    """


_KNOWN = frozenset(DocToVideoRegenerateInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> DocToVideoRegenerateInput:
    """Decode one ``DocToVideoRegenerateInput`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(DocToVideoRegenerateInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Scope")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Scope", "a string", v)
    o.scope = v
    v = get("Prompt")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Prompt", "a string", v)
    o.prompt = v
    v = get("SceneIds")
    if v is not None:
        n += 1
        v = _d.str_list("SceneIds", v)
    o.scene_ids = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(DocToVideoRegenerateInput, _structure)
