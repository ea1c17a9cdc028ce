# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``DocToVideoRegenerateInput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class DocToVideoRegenerateInput:
    """What to regenerate when a stage of an AIGC document-to-video task is redone.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "scope": "Scope",
        "prompt": "Prompt",
        "scene_ids": "SceneIds",
    }
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DocToVideoRegenerateInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Scope",
        "Prompt",
        "SceneIds",
    }
)


def _structure(data: Any) -> DocToVideoRegenerateInput:
    """Decode one ``DocToVideoRegenerateInput`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("SceneIds", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("SceneIds", v, "a string", _d.is_str)
    o.scene_ids = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: DocToVideoRegenerateInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.scope
    if v is not None:
        d["Scope"] = v
    v = o.prompt
    if v is not None:
        d["Prompt"] = v
    v = o.scene_ids
    if v is not None:
        d["SceneIds"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``DocToVideoRegenerateInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not DocToVideoRegenerateInput:
        o = _e.as_model(o, DocToVideoRegenerateInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.scope
    if v is None:
        raise _e.missing("Scope", "a string")
    if type(v) is not str:
        v = _e.as_str("Scope", v)
    d["Scope"] = v
    v = o.prompt
    if v is None:
        raise _e.missing("Prompt", "a string")
    if type(v) is not str:
        v = _e.as_str("Prompt", v)
    d["Prompt"] = v
    v = o.scene_ids
    if v is not None:
        d["SceneIds"] = _e.strs("SceneIds", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
