# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``Activity``: the model and its codecs."""

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
class Activity:
    """One activity (atomic task node) of an orchestration, with its type, links to neighbouring
    nodes and parameters.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "activity_type": "ActivityType",
        "predrive_index": "PredriveIndex",
        "reardrive_index": "ReardriveIndex",
        "activity_para": "ActivityPara",
    }
    """Attribute name -> wire name, for every field."""

    activity_type: str | None = None
    """Type of the atomic task node, such as the start or end node or a processing action.

    Known values (:class:`tencent_mps.enums.ActivityActivityType`); others may appear:
    ``input``: start node
    ``output``: end node
    ``action-trans``: transcoding
    ``action-samplesnapshot``: sampled screenshots
    ``action-AIAnalysis``: content analysis
    ``action-AIRecognition``: content recognition
    ``action-aiReview``: content review (moderation)
    ``action-animated-graphics``: animated image generation
    ``action-image-sprite``: image sprite generation
    ``action-snapshotByTimeOffset``: screenshots at specified time points
    ``action-adaptive-substream``: adaptive bitrate streaming
    ``action-AIQualityControl``: media quality inspection
    ``action-SmartSubtitles``: smart subtitles
    ``action-exec-rules``: conditional rule evaluation
    ``action-SmartErase``: smart erase

    Required in requests.

    Wire name: ``ActivityType``.
    """

    predrive_index: list[int] | None = None
    """Indexes of the preceding nodes. Ignored when creating or modifying an orchestration; the
    server fills it in automatically.

    Wire name: ``PredriveIndex``.
    """

    reardrive_index: list[int] | None = None
    """Indexes of the following nodes.

    Wire name: ``ReardriveIndex``.
    """

    activity_para: models.ActivityPara | None = None
    """Parameters of the atomic task. May be null.

    Wire name: ``ActivityPara``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Activity:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "ActivityType",
        "PredriveIndex",
        "ReardriveIndex",
        "ActivityPara",
    }
)


def _structure(data: Any) -> Activity:
    """Decode one ``Activity`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(Activity)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("ActivityType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ActivityType", "a string", v)
    o.activity_type = v
    v = get("PredriveIndex")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("PredriveIndex", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("PredriveIndex", v, "an integer", _d.is_int)
    o.predrive_index = v
    v = get("ReardriveIndex")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ReardriveIndex", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("ReardriveIndex", v, "an integer", _d.is_int)
    o.reardrive_index = v
    v = get("ActivityPara")
    if v is not None:
        n += 1
        try:
            v = _S["ActivityPara"](v)
        except DecodeError as e:
            raise e.with_prefix("ActivityPara") from None
    o.activity_para = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: Activity) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.activity_type
    if v is not None:
        d["ActivityType"] = v
    v = o.predrive_index
    if v is not None:
        d["PredriveIndex"] = list(v)
    v = o.reardrive_index
    if v is not None:
        d["ReardriveIndex"] = list(v)
    v = o.activity_para
    if v is not None:
        d["ActivityPara"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``Activity`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not Activity:
        o = _e.as_model(o, Activity)
    d: dict[str, Any] = {}
    v: Any
    v = o.activity_type
    if v is None:
        raise _e.missing("ActivityType", "a string")
    if type(v) is not str:
        v = _e.as_str("ActivityType", v)
    d["ActivityType"] = v
    v = o.predrive_index
    if v is not None:
        d["PredriveIndex"] = _e.ints("PredriveIndex", v)
    v = o.reardrive_index
    if v is not None:
        d["ReardriveIndex"] = _e.ints("ReardriveIndex", v)
    v = o.activity_para
    if v is not None:
        try:
            d["ActivityPara"] = _R["ActivityPara"](v)
        except ValidationError as e:
            raise e.with_prefix("ActivityPara") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
