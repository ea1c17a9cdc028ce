# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FaceConfigureInfo``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FaceConfigureInfo:
    """Settings of the face recognition task in a recognition template: switch, score threshold and
    which face libraries to use.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "score": "Score",
        "default_library_label_set": "DefaultLibraryLabelSet",
        "user_define_library_label_set": "UserDefineLibraryLabelSet",
        "face_library": "FaceLibrary",
    }
    """Attribute name -> wire name, for every field."""

    switch: str | None = None
    """Turns the face recognition task on or off.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable face recognition
    ``OFF``: disable face recognition

    Required in requests.

    Wire name: ``Switch``.
    """

    score: float | None = None
    """Minimum confidence score for a face match to be returned, 0-100. Defaults to 95.

    Wire name: ``Score``.
    """

    default_library_label_set: list[str] | None = None
    """Labels of the default face library whose matches are returned; all default-library
    matches are returned when empty.

    Known values (:class:`tencent_mps.enums.FaceConfigureInfoDefaultLibraryLabelSet`); others may appear:
    ``entertainment``: entertainment celebrities
    ``sport``: sports stars
    ``politician``: sensitive public figures

    Wire name: ``DefaultLibraryLabelSet``.
    """

    user_define_library_label_set: list[str] | None = None
    """Labels of your custom face library whose matches are returned; all custom-library
    matches are returned when empty. At most 100 labels, each at most 16 characters.

    Wire name: ``UserDefineLibraryLabelSet``.
    """

    face_library: str | None = None
    """Which face library to match against. Defaults to All (both the default and the custom
    library).

    Known values (:class:`tencent_mps.enums.FaceConfigureInfoFaceLibrary`); others may appear:
    ``Default``: use the default face library
    ``UserDefine``: use your custom face library
    ``All``: use both the default and the custom library

    Wire name: ``FaceLibrary``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FaceConfigureInfo:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Switch",
        "Score",
        "DefaultLibraryLabelSet",
        "UserDefineLibraryLabelSet",
        "FaceLibrary",
    }
)


def _structure(data: Any) -> FaceConfigureInfo:
    """Decode one ``FaceConfigureInfo`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FaceConfigureInfo)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Switch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Switch", "a string", v)
    o.switch = v
    v = get("Score")
    if v is not None:
        n += 1
        if type(v) is not float:
            v = _d.number("Score", v)
    o.score = v
    v = get("DefaultLibraryLabelSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("DefaultLibraryLabelSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("DefaultLibraryLabelSet", v, "a string", _d.is_str)
    o.default_library_label_set = v
    v = get("UserDefineLibraryLabelSet")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("UserDefineLibraryLabelSet", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("UserDefineLibraryLabelSet", v, "a string", _d.is_str)
    o.user_define_library_label_set = v
    v = get("FaceLibrary")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("FaceLibrary", "a string", v)
    o.face_library = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: FaceConfigureInfo) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is not None:
        d["Switch"] = v
    v = o.score
    if v is not None:
        d["Score"] = v
    v = o.default_library_label_set
    if v is not None:
        d["DefaultLibraryLabelSet"] = list(v)
    v = o.user_define_library_label_set
    if v is not None:
        d["UserDefineLibraryLabelSet"] = list(v)
    v = o.face_library
    if v is not None:
        d["FaceLibrary"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``FaceConfigureInfo`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not FaceConfigureInfo:
        o = _e.as_model(o, FaceConfigureInfo)
    d: dict[str, Any] = {}
    v: Any
    v = o.switch
    if v is None:
        raise _e.missing("Switch", "a string")
    if type(v) is not str:
        v = _e.as_str("Switch", v)
    d["Switch"] = v
    v = o.score
    if v is not None:
        d["Score"] = _e.number("Score", v)
    v = o.default_library_label_set
    if v is not None:
        d["DefaultLibraryLabelSet"] = _e.strs("DefaultLibraryLabelSet", v)
    v = o.user_define_library_label_set
    if v is not None:
        d["UserDefineLibraryLabelSet"] = _e.strs("UserDefineLibraryLabelSet", v)
    v = o.face_library
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("FaceLibrary", v)
        d["FaceLibrary"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
