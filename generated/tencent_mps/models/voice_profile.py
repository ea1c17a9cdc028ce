# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VoiceProfile``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class VoiceProfile:
    """Descriptive attributes of a voice used when designing or cloning it.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "description": "Description",
        "gender": "Gender",
        "age": "Age",
        "languages": "Languages",
        "labels": "Labels",
        "scenes": "Scenes",
    }
    """Attribute name -> wire name, for every field."""

    name: str | None = None
    """Display name of the voice.

    Wire name: ``Name``.
    """

    description: str | None = None
    """Free-text description of the voice.

    Wire name: ``Description``.
    """

    gender: str | None = None
    """Gender the voice should sound like.

    Known values (:class:`tencent_mps.enums.DescribeVoicesRequestGender`); others may appear:
    ``male``: male
    ``female``: female
    ``unknown``: unknown gender

    Wire name: ``Gender``.
    """

    age: str | None = None
    """Age group of the voice.

    Known values (:class:`tencent_mps.enums.DescribeVoicesRequestAge`); others may appear:
    ``child``: child
    ``teenager``: teenager
    ``youth``: young adult
    ``middle_aged``: middle-aged
    ``senior``: senior
    ``unknown``: unknown age

    Wire name: ``Age``.
    """

    languages: list[str] | None = None
    """Language codes of the voice. Supported: zh, en, ja, de, fr, ko, ru, uk, pt, it, es, id,
    nl, tr, fil, ms, el, fi, hr, sk, pl, sv, hi, bg, ro, ar, cs, da, ta, hun (Hungarian),
    vi, no, yue, th, he, ca, nn (Nynorsk), af, fa and sl.

    Wire name: ``Languages``.
    """

    labels: list[str] | None = None
    """Descriptive tags of the voice.

    Wire name: ``Labels``.
    """

    scenes: list[str] | None = None
    """Scenarios the voice is meant for.

    Wire name: ``Scenes``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VoiceProfile:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Name",
        "Description",
        "Gender",
        "Age",
        "Languages",
        "Labels",
        "Scenes",
    }
)


def _structure(data: Any) -> VoiceProfile:
    """Decode one ``VoiceProfile`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(VoiceProfile)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Description")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Description", "a string", v)
    o.description = v
    v = get("Gender")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Gender", "a string", v)
    o.gender = v
    v = get("Age")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Age", "a string", v)
    o.age = v
    v = get("Languages")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Languages", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Languages", v, "a string", _d.is_str)
    o.languages = v
    v = get("Labels")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Labels", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Labels", v, "a string", _d.is_str)
    o.labels = v
    v = get("Scenes")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Scenes", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("Scenes", v, "a string", _d.is_str)
    o.scenes = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: VoiceProfile) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.description
    if v is not None:
        d["Description"] = v
    v = o.gender
    if v is not None:
        d["Gender"] = v
    v = o.age
    if v is not None:
        d["Age"] = v
    v = o.languages
    if v is not None:
        d["Languages"] = list(v)
    v = o.labels
    if v is not None:
        d["Labels"] = list(v)
    v = o.scenes
    if v is not None:
        d["Scenes"] = list(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``VoiceProfile`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not VoiceProfile:
        o = _e.as_model(o, VoiceProfile)
    d: dict[str, Any] = {}
    v: Any
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.description
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Description", v)
        d["Description"] = v
    v = o.gender
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Gender", v)
        d["Gender"] = v
    v = o.age
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Age", v)
        d["Age"] = v
    v = o.languages
    if v is not None:
        d["Languages"] = _e.strs("Languages", v)
    v = o.labels
    if v is not None:
        d["Labels"] = _e.strs("Labels", v)
    v = o.scenes
    if v is not None:
        d["Scenes"] = _e.strs("Scenes", v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
