# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``OcrWordsConfigureInfoForUpdate``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class OcrWordsConfigureInfoForUpdate:
    """Changes to the OCR keyword recognition settings when modifying a recognition template;
    omitted fields keep their values.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "label_set": "LabelSet",
    }
    """Attribute name -> wire name, for every field."""

    switch: str | None = None
    """New on/off state of the OCR keyword recognition task.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable OCR keyword recognition
    ``OFF``: disable OCR keyword recognition

    Wire name: ``Switch``.
    """

    label_set: list[str] | None = None
    """New keyword filter labels; all results are returned when empty. At most 10 labels, each
    at most 16 characters.

    Wire name: ``LabelSet``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OcrWordsConfigureInfoForUpdate:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Switch",
        "LabelSet",
    }
)


def _structure(data: Any) -> OcrWordsConfigureInfoForUpdate:
    """Decode one ``OcrWordsConfigureInfoForUpdate`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(OcrWordsConfigureInfoForUpdate)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("LabelSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("LabelSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("LabelSet", v, "a string", _d.is_str)
    o.label_set = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: OcrWordsConfigureInfoForUpdate) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        d["Switch"] = v
    v = o.label_set
    if v is not None:
        d["LabelSet"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``OcrWordsConfigureInfoForUpdate`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not OcrWordsConfigureInfoForUpdate:
        o = _e.as_model(o, OcrWordsConfigureInfoForUpdate)
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Switch", v)
        d["Switch"] = v
    v = o.label_set
    if v is not None:
        d["LabelSet"] = _e.strs("LabelSet", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
