# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``FaceConfigureInfoForUpdate`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class FaceConfigureInfoForUpdate(Model):
    """Changes to the face recognition settings when modifying a recognition template; omitted
    fields keep their values.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "switch": "Switch",
        "score": "Score",
        "default_library_label_set": "DefaultLibraryLabelSet",
        "user_define_library_label_set": "UserDefineLibraryLabelSet",
        "face_library": "FaceLibrary",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "float",
        "[str",
        "[str",
        "str",
    )

    switch: str | None = None
    """New on/off state of the face recognition task.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: enable face recognition
    ``OFF``: disable face recognition

    Wire name: ``Switch``.
    """

    score: float | None = None
    """New minimum confidence score for a face match to be returned, 0-100.

    Wire name: ``Score``.
    """

    default_library_label_set: list[str] | None = None
    """New labels of the default face library whose matches are returned; all are returned when
    empty.

    Known values (:class:`tencent_mps.enums.FaceConfigureInfoDefaultLibraryLabelSet`); others may appear:
    ``entertainment``: entertainment celebrities
    ``sport``: sports stars
    ``politician``: sensitive public figures

    Wire name: ``DefaultLibraryLabelSet``.
    """

    user_define_library_label_set: list[str] | None = None
    """New labels of your custom face library whose matches are returned; all are returned when
    empty. At most 100 labels, each at most 16 characters.

    Wire name: ``UserDefineLibraryLabelSet``.
    """

    face_library: str | None = None
    """New choice of face library to match against.

    Known values (:class:`tencent_mps.enums.FaceConfigureInfoFaceLibrary`); others may appear:
    ``Default``: use the default face library
    ``UserDefine``: use your custom face library
    ``All``: use both the default and the custom library

    Wire name: ``FaceLibrary``.
    """


_KNOWN = frozenset(FaceConfigureInfoForUpdate.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> FaceConfigureInfoForUpdate:
    """Decode one ``FaceConfigureInfoForUpdate`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(FaceConfigureInfoForUpdate)
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
        v = _d.str_list("DefaultLibraryLabelSet", v)
    o.default_library_label_set = v
    v = get("UserDefineLibraryLabelSet")
    if v is not None:
        n += 1
        v = _d.str_list("UserDefineLibraryLabelSet", v)
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


bind(FaceConfigureInfoForUpdate, _structure)
