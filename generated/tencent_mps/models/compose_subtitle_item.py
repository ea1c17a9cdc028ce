# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ComposeSubtitleItem``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError, ValidationError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ComposeSubtitleItem:
    """Subtitle element of a composition task: text, style reference and timing.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "style_id": "StyleId",
        "text": "Text",
        "track_time": "TrackTime",
    }
    """Attribute name -> wire name, for every field."""

    style_id: str | None = None
    """ID of the Subtitle style in the Styles list to apply.

    Required in requests.

    Wire name: ``StyleId``.
    """

    text: str | None = None
    """Subtitle text; long text may run off the frame, so insert \\n line breaks.

    Required in requests.

    Wire name: ``Text``.
    """

    track_time: models.ComposeTrackTime | None = None
    """Timing of the element on the track timeline; when empty, the element directly follows
    the previous one.

    Wire name: ``TrackTime``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ComposeSubtitleItem:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "StyleId",
        "Text",
        "TrackTime",
    }
)


def _structure(data: Any) -> ComposeSubtitleItem:
    """Decode one ``ComposeSubtitleItem`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ComposeSubtitleItem)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("StyleId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("StyleId", "a string", v)
    o.style_id = v
    v = get("Text")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Text", "a string", v)
    o.text = v
    v = get("TrackTime")
    if v is not None:
        n += 1
        try:
            v = _S["ComposeTrackTime"](v)
        except DecodeError as e:
            raise e.with_prefix("TrackTime") from None
    o.track_time = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ComposeSubtitleItem) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.style_id
    if v is not None:
        d["StyleId"] = v
    v = o.text
    if v is not None:
        d["Text"] = v
    v = o.track_time
    if v is not None:
        d["TrackTime"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ComposeSubtitleItem`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ComposeSubtitleItem:
        o = _e.as_model(o, ComposeSubtitleItem)
    d: dict[str, Any] = {}
    v: Any
    v = o.style_id
    if v is None:
        raise _e.missing("StyleId", "a string")
    if type(v) is not str:
        v = _e.as_str("StyleId", v)
    d["StyleId"] = v
    v = o.text
    if v is None:
        raise _e.missing("Text", "a string")
    if type(v) is not str:
        v = _e.as_str("Text", v)
    d["Text"] = v
    v = o.track_time
    if v is not None:
        try:
            d["TrackTime"] = _R["ComposeTrackTime"](v)
        except ValidationError as e:
            raise e.with_prefix("TrackTime") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
