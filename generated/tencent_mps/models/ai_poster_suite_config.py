# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``AiPosterSuiteConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class AiPosterSuiteConfig(Model):
    """Settings for generating an AI poster suite: a set of e-commerce sub-images built from a
    visual template.
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
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "int",
        "[RecipeItem",
        "str",
        "str",
        "str",
        "[CustomVariable",
        "str",
    )

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


_KNOWN = frozenset(AiPosterSuiteConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> AiPosterSuiteConfig:
    """Decode one ``AiPosterSuiteConfig`` wire object: the straight-line decoder of this model."""
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
        v = _d.objects("Recipe", v, _S["RecipeItem"])
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
        v = _d.objects("CustomVariables", v, _S["CustomVariable"])
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


bind(AiPosterSuiteConfig, _structure)
