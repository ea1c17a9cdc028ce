# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiDramaInput``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiDramaInput:
    """Input of an AI comic drama task: the script plus the style, aspect ratio and resolution of
    the video to generate.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "script": "Script",
        "style": "Style",
        "ratio": "Ratio",
        "resolution": "Resolution",
    }
    """Attribute name -> wire name, for every field."""

    script: str | None = None
    """Script of the AI comic drama; it is split into storyboard shots automatically. Required.

    Required in requests.

    Wire name: ``Script``.
    """

    style: str | None = None
    """Visual style of the generated comic drama. Defaults to chinese_ink_wash.

    Known values (:class:`tencent_mps.enums.AiDramaInputStyle`); others may appear:
    ``chinese_ink_wash``: traditional chinese ink-wash style
    ``fantasy_cyberpunk``: fantasy cyberpunk style
    ``japanese_anime_2d``: japanese 2d anime style
    ``realistic_live_action``: realistic live-action style

    Required in requests.

    Wire name: ``Style``.
    """

    ratio: str | None = None
    """Aspect ratio (width:height) of the output video. Defaults to 16:9.

    Known values (:class:`tencent_mps.enums.AiDramaInputRatio`); others may appear:
    ``16:9``: landscape 16:9
    ``9:16``: portrait 9:16

    Required in requests.

    Wire name: ``Ratio``.
    """

    resolution: str | None = None
    """Resolution of the output video. Defaults to 720p.

    Known values (:class:`tencent_mps.enums.AiDramaInputResolution`); others may appear:
    ``720p``: 720p output
    ``1080p``: 1080p output

    Required in requests.

    Wire name: ``Resolution``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiDramaInput:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Script",
        "Style",
        "Ratio",
        "Resolution",
    }
)


def _structure(data: Any) -> AiDramaInput:
    """Decode one ``AiDramaInput`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiDramaInput)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Script")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Script", "a string", v)
    o.script = v
    v = get("Style")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Style", "a string", v)
    o.style = v
    v = get("Ratio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Ratio", "a string", v)
    o.ratio = v
    v = get("Resolution")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Resolution", "a string", v)
    o.resolution = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiDramaInput) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.script
    if v is not None:
        d["Script"] = v
    v = o.style
    if v is not None:
        d["Style"] = v
    v = o.ratio
    if v is not None:
        d["Ratio"] = v
    v = o.resolution
    if v is not None:
        d["Resolution"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AiDramaInput`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AiDramaInput:
        o = _e.as_model(o, AiDramaInput)
    d: dict[str, Any] = {}
    v: Any
    v = o.script
    if v is None:
        raise _e.missing("Script", "a string")
    if type(v) is not str:
        v = _e.as_str("Script", v)
    d["Script"] = v
    v = o.style
    if v is None:
        raise _e.missing("Style", "a string")
    if type(v) is not str:
        v = _e.as_str("Style", v)
    d["Style"] = v
    v = o.ratio
    if v is None:
        raise _e.missing("Ratio", "a string")
    if type(v) is not str:
        v = _e.as_str("Ratio", v)
    d["Ratio"] = v
    v = o.resolution
    if v is None:
        raise _e.missing("Resolution", "a string")
    if type(v) is not str:
        v = _e.as_str("Resolution", v)
    d["Resolution"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
