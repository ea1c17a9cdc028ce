# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiPosterSuiteConfig``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiPosterSuiteConfig:
    """Settings for generating an AI poster suite: a set of e-commerce sub-images built from a
    visual template.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "mode": "Mode",
        "definition": "Definition",
        "recipe": "Recipe",
        "language": "Language",
        "panel_ratio": "PanelRatio",
        "panel_resolution": "PanelResolution",
        "custom_variables": "CustomVariables",
        "model": "Model",
    }
    """Attribute name -> wire name, for every field."""

    mode: str | None = None
    """Generation mode. Defaults to auto.

    Known values (:class:`tencent_mps.enums.AiPosterSuiteConfigMode`); others may appear:
    ``auto``: fully automatic; CustomVariables may be passed
    ``modify``: modification mode; describe the change in AddOnParameter.ExtPrompt, CustomVariables not allowed

    Wire name: ``Mode``.
    """

    definition: int | None = None
    """ID of the e-commerce visual template to use; custom templates are available on request
    via a support ticket.

    Wire name: ``Definition``.
    """

    recipe: list[models.RecipeItem] | None = None
    """Settings of the sub-images to generate.

    Wire name: ``Recipe``.
    """

    language: str | None = None
    """Language of the text in the sub-images. Defaults to zh-CN; other languages are available
    on request.

    Known values (:class:`tencent_mps.enums.AiPosterSuiteConfigLanguage`); others may appear:
    ``zh-CN``: simplified Chinese
    ``en-US``: US English

    Wire name: ``Language``.
    """

    panel_ratio: str | None = None
    """Aspect ratio of the sub-images. Defaults to 1:1.

    Known values (:class:`tencent_mps.enums.AiPosterSuiteConfigPanelRatio`); others may appear:
    ``1:1``: square
    ``3:4``: portrait 3:4
    ``4:3``: landscape 4:3
    ``9:16``: portrait 9:16
    ``16:9``: landscape 16:9

    Wire name: ``PanelRatio``.
    """

    panel_resolution: str | None = None
    """Resolution of the sub-images. Defaults to 1K.

    Known values (:class:`tencent_mps.enums.AiPosterSuiteConfigPanelResolution`); others may appear:
    ``720``: 720 resolution
    ``1K``: 1K resolution
    ``2K``: 2K resolution
    ``4K``: 4K resolution

    Wire name: ``PanelResolution``.
    """

    custom_variables: list[models.CustomVariable] | None = None
    """User-defined variables for the template; allowed only when Mode is auto.

    Wire name: ``CustomVariables``.
    """

    model: str | None = None
    """Model used to generate the suite.

    Known values (:class:`tencent_mps.enums.AiPosterSuiteConfigModel`); others may appear:
    ``suite-1.0-flash``: suite model version 1.0 flash

    Wire name: ``Model``.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AiPosterSuiteConfig:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "Mode",
        "Definition",
        "Recipe",
        "Language",
        "PanelRatio",
        "PanelResolution",
        "CustomVariables",
        "Model",
    }
)


def _structure(data: Any) -> AiPosterSuiteConfig:
    """Decode one ``AiPosterSuiteConfig`` wire object (the cattrs structure hook of this model)."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(AiPosterSuiteConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Mode")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Mode", "a string", v)
    o.mode = v
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("Recipe")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("Recipe", "an array", v)
        if v:
            f = _S["RecipeItem"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("Recipe", v, f) from None
        else:
            v = []
    o.recipe = v
    v = get("Language")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Language", "a string", v)
    o.language = v
    v = get("PanelRatio")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PanelRatio", "a string", v)
    o.panel_ratio = v
    v = get("PanelResolution")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PanelResolution", "a string", v)
    o.panel_resolution = v
    v = get("CustomVariables")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("CustomVariables", "an array", v)
        if v:
            f = _S["CustomVariable"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("CustomVariables", v, f) from None
        else:
            v = []
    o.custom_variables = v
    v = get("Model")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Model", "a string", v)
    o.model = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


def _unstructure(o: AiPosterSuiteConfig) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.mode
    if v is not None:
        d["Mode"] = v
    v = o.definition
    if v is not None:
        d["Definition"] = v
    v = o.recipe
    if v is not None:
        d["Recipe"] = [_d.wire(x) for x in v]
    v = o.language
    if v is not None:
        d["Language"] = v
    v = o.panel_ratio
    if v is not None:
        d["PanelRatio"] = v
    v = o.panel_resolution
    if v is not None:
        d["PanelResolution"] = v
    v = o.custom_variables
    if v is not None:
        d["CustomVariables"] = [_d.wire(x) for x in v]
    v = o.model
    if v is not None:
        d["Model"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``AiPosterSuiteConfig`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not AiPosterSuiteConfig:
        o = _e.as_model(o, AiPosterSuiteConfig)
    d: dict[str, Any] = {}
    v: Any
    v = o.mode
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Mode", v)
        d["Mode"] = v
    v = o.definition
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Definition", v)
        d["Definition"] = v
    v = o.recipe
    if v is not None:
        d["Recipe"] = _e.models("Recipe", v, _R["RecipeItem"])
    v = o.language
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Language", v)
        d["Language"] = v
    v = o.panel_ratio
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("PanelRatio", v)
        d["PanelRatio"] = v
    v = o.panel_resolution
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("PanelResolution", v)
        d["PanelResolution"] = v
    v = o.custom_variables
    if v is not None:
        d["CustomVariables"] = _e.models("CustomVariables", v, _R["CustomVariable"])
    v = o.model
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("Model", v)
        d["Model"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
