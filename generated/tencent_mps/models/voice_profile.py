# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``VoiceProfile`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class VoiceProfile(Model):
    """Descriptive attributes of a voice used when designing or cloning it."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "name": "Name",
        "description": "Description",
        "gender": "Gender",
        "age": "Age",
        "languages": "Languages",
        "labels": "Labels",
        "scenes": "Scenes",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "str",
        "str",
        "str",
        "[str",
        "[str",
        "[str",
    )

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


_KNOWN = frozenset(VoiceProfile.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> VoiceProfile:
    """Decode one ``VoiceProfile`` wire object: the straight-line decoder of this model."""
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
        v = _d.str_list("Languages", v)
    o.languages = v
    v = get("Labels")
    if v is not None:
        n += 1
        v = _d.str_list("Labels", v)
    o.labels = v
    v = get("Scenes")
    if v is not None:
        n += 1
        v = _d.str_list("Scenes", v)
    o.scenes = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(VoiceProfile, _structure)
