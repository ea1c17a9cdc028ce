# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ProhibitedAsrReviewTemplateInfoForUpdate``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class ProhibitedAsrReviewTemplateInfoForUpdate:
    """Changes to the speech prohibited-content check when modifying a moderation template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "block_confidence": "BlockConfidence",
        "review_confidence": "ReviewConfidence",
    }
    """Attribute name -> wire name, for every field."""

    switch: str | None = None
    """New on/off state of the speech prohibited-content check task.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable speech prohibited-content check
    ``OFF``: disable speech prohibited-content check

    Wire name: ``Switch``.
    """

    block_confidence: int | None = None
    """Score threshold, 0-100, at or above which the content is judged a likely violation.
    Defaults to 100 when not set.

    Wire name: ``BlockConfidence``.
    """

    review_confidence: int | None = None
    """Score threshold, 0-100, at or above which the content is flagged for human review.
    Defaults to 75 when not set.

    Wire name: ``ReviewConfidence``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProhibitedAsrReviewTemplateInfoForUpdate:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Switch",
        "BlockConfidence",
        "ReviewConfidence",
    }
)


def _structure(data: Any) -> ProhibitedAsrReviewTemplateInfoForUpdate:
    """Decode one ``ProhibitedAsrReviewTemplateInfoForUpdate`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ProhibitedAsrReviewTemplateInfoForUpdate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("BlockConfidence")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("BlockConfidence", "an integer", v)
    o.block_confidence = v
    v = get("ReviewConfidence")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ReviewConfidence", "an integer", v)
    o.review_confidence = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ProhibitedAsrReviewTemplateInfoForUpdate) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        d["Switch"] = v
    v = o.block_confidence
    if v is not None:
        d["BlockConfidence"] = v
    v = o.review_confidence
    if v is not None:
        d["ReviewConfidence"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ProhibitedAsrReviewTemplateInfoForUpdate`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ProhibitedAsrReviewTemplateInfoForUpdate:
        o = _e.as_model(o, ProhibitedAsrReviewTemplateInfoForUpdate)
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Switch", v)
        d["Switch"] = v
    v = o.block_confidence
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("BlockConfidence", v)
        d["BlockConfidence"] = v
    v = o.review_confidence
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("ReviewConfidence", v)
        d["ReviewConfidence"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
