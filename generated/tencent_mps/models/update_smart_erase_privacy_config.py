# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``UpdateSmartErasePrivacyConfig`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class UpdateSmartErasePrivacyConfig(Model):
    """Privacy protection settings used when updating a smart erase template."""

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "privacy_model": "PrivacyModel",
        "privacy_targets": "PrivacyTargets",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[str",
    )

    privacy_model: str | None = None
    """How privacy targets are hidden.

    Known values (:class:`tencent_mps.enums.SmartErasePrivacyConfigPrivacyModel`); others may appear:
    ``blur``: Blur
    ``mosaic``: Mosaic

    Wire name: ``PrivacyModel``.
    """

    privacy_targets: list[str] | None = None
    """Kinds of private information to hide.

    Known values (:class:`tencent_mps.enums.SmartErasePrivacyConfigPrivacyTargets`); others may appear:
    ``face``: Faces
    ``plate``: Vehicle license plates

    Wire name: ``PrivacyTargets``.
    """


_KNOWN = frozenset(UpdateSmartErasePrivacyConfig.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> UpdateSmartErasePrivacyConfig:
    """Decode one ``UpdateSmartErasePrivacyConfig`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(UpdateSmartErasePrivacyConfig)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("PrivacyModel")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PrivacyModel", "a string", v)
    o.privacy_model = v
    v = get("PrivacyTargets")
    if v is not None:
        n += 1
        v = _d.str_list("PrivacyTargets", v)
    o.privacy_targets = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(UpdateSmartErasePrivacyConfig, _structure)
