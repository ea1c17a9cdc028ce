# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiDramaInput`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiDramaInput(Model):
    """Input of an AI comic drama task: the script plus the style, aspect ratio and resolution of
    the video to generate.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "script": "Script",
        "style": "Style",
        "ratio": "Ratio",
        "resolution": "Resolution",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str!",
        "str!",
    )

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


_KNOWN = frozenset(AiDramaInput.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiDramaInput:
    """Decode one ``AiDramaInput`` wire object: the straight-line decoder of this model."""
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


bind(AiDramaInput, _structure)
