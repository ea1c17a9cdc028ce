# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifyAIRecognitionTemplateRequest``: the model and its codecs."""

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
class ModifyAIRecognitionTemplateRequest:
    """Request of ModifyAIRecognitionTemplate: the template to change and the recognition settings
    to update.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "name": "Name",
        "comment": "Comment",
        "face_configure": "FaceConfigure",
        "ocr_full_text_configure": "OcrFullTextConfigure",
        "ocr_words_configure": "OcrWordsConfigure",
        "asr_full_text_configure": "AsrFullTextConfigure",
        "asr_words_configure": "AsrWordsConfigure",
        "translate_configure": "TranslateConfigure",
    }
    """Attribute name -> wire name, for every field."""

    definition: int | None = None
    """Unique ID of the content recognition template to modify. Required.

    Required in requests.

    Wire name: ``Definition``.
    """

    name: str | None = None
    """New template name, up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """New template description, up to 256 characters.

    Wire name: ``Comment``.
    """

    face_configure: models.FaceConfigureInfoForUpdate | None = None
    """New settings of the face recognition task.

    Wire name: ``FaceConfigure``.
    """

    ocr_full_text_configure: models.OcrFullTextConfigureInfoForUpdate | None = None
    """New settings of the full-text OCR recognition task.

    Wire name: ``OcrFullTextConfigure``.
    """

    ocr_words_configure: models.OcrWordsConfigureInfoForUpdate | None = None
    """New settings of the OCR keyword recognition task.

    Wire name: ``OcrWordsConfigure``.
    """

    asr_full_text_configure: models.AsrFullTextConfigureInfoForUpdate | None = None
    """New settings of the full-text speech recognition task.

    Wire name: ``AsrFullTextConfigure``.
    """

    asr_words_configure: models.AsrWordsConfigureInfoForUpdate | None = None
    """New settings of the speech keyword recognition task.

    Wire name: ``AsrWordsConfigure``.
    """

    translate_configure: models.TranslateConfigureInfoForUpdate | None = None
    """New settings of the speech translation task.

    Wire name: ``TranslateConfigure``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModifyAIRecognitionTemplateRequest:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Definition",
        "Name",
        "Comment",
        "FaceConfigure",
        "OcrFullTextConfigure",
        "OcrWordsConfigure",
        "AsrFullTextConfigure",
        "AsrWordsConfigure",
        "TranslateConfigure",
    }
)


def _structure(data: Any) -> ModifyAIRecognitionTemplateRequest:
    """Decode one ``ModifyAIRecognitionTemplateRequest`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifyAIRecognitionTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
    v = get("FaceConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["FaceConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("FaceConfigure") from None
    o.face_configure = v
    v = get("OcrFullTextConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["OcrFullTextConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("OcrFullTextConfigure") from None
    o.ocr_full_text_configure = v
    v = get("OcrWordsConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["OcrWordsConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("OcrWordsConfigure") from None
    o.ocr_words_configure = v
    v = get("AsrFullTextConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["AsrFullTextConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrFullTextConfigure") from None
    o.asr_full_text_configure = v
    v = get("AsrWordsConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["AsrWordsConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrWordsConfigure") from None
    o.asr_words_configure = v
    v = get("TranslateConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["TranslateConfigureInfoForUpdate"](v)
        except DecodeError as e:
            raise e.with_prefix("TranslateConfigure") from None
    o.translate_configure = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: ModifyAIRecognitionTemplateRequest) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.name
    if v is not None:
        d["Name"] = v
    v = o.comment
    if v is not None:
        d["Comment"] = v
    v = o.face_configure
    if v is not None:
        d["FaceConfigure"] = _d.wire(v)
    v = o.ocr_full_text_configure
    if v is not None:
        d["OcrFullTextConfigure"] = _d.wire(v)
    v = o.ocr_words_configure
    if v is not None:
        d["OcrWordsConfigure"] = _d.wire(v)
    v = o.asr_full_text_configure
    if v is not None:
        d["AsrFullTextConfigure"] = _d.wire(v)
    v = o.asr_words_configure
    if v is not None:
        d["AsrWordsConfigure"] = _d.wire(v)
    v = o.translate_configure
    if v is not None:
        d["TranslateConfigure"] = _d.wire(v)
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``ModifyAIRecognitionTemplateRequest`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not ModifyAIRecognitionTemplateRequest:
        o = _e.as_model(o, ModifyAIRecognitionTemplateRequest)
    d: dict[str, Any] = {}
    v: Any
    v = o.definition
    if v is None:
        raise _e.missing("Definition", "an integer")
    if type(v) is not int:
        v = _e.as_int("Definition", v)
    d["Definition"] = v
    v = o.name
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Name", v)
        d["Name"] = v
    v = o.comment
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Comment", v)
        d["Comment"] = v
    v = o.face_configure
    if v is not None:
        try:
            d["FaceConfigure"] = _R["FaceConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("FaceConfigure") from None
    v = o.ocr_full_text_configure
    if v is not None:
        try:
            d["OcrFullTextConfigure"] = _R["OcrFullTextConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("OcrFullTextConfigure") from None
    v = o.ocr_words_configure
    if v is not None:
        try:
            d["OcrWordsConfigure"] = _R["OcrWordsConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("OcrWordsConfigure") from None
    v = o.asr_full_text_configure
    if v is not None:
        try:
            d["AsrFullTextConfigure"] = _R["AsrFullTextConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("AsrFullTextConfigure") from None
    v = o.asr_words_configure
    if v is not None:
        try:
            d["AsrWordsConfigure"] = _R["AsrWordsConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("AsrWordsConfigure") from None
    v = o.translate_configure
    if v is not None:
        try:
            d["TranslateConfigure"] = _R["TranslateConfigureInfoForUpdate"](v)
        except ValidationError as e:
            raise e.with_prefix("TranslateConfigure") from None
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
