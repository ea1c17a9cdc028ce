# generated from runtime/_runtime/converter.py (hand-written, copied verbatim) by codegen (make generate); do not edit here, edit runtime/_runtime/converter.py.
"""A cattrs Converter that knows every model of the package, through the models' own hooks.

One predicate hook covers all models, so building the converter does not build the model classes;
``converter.structure(d, Model)`` calls the generated, specialised decoder of ``Model``.
"""

from __future__ import annotations

from typing import Any

import cattrs

_MODELS_PACKAGE = "tencent_mps.models."


def is_model(cls: Any) -> bool:
    """True for the generated model classes (and only for them)."""
    return (
        isinstance(cls, type)
        and cls.__module__.startswith(_MODELS_PACKAGE)
        and hasattr(cls, "from_dict")
        and hasattr(cls, "__attrs_attrs__")
    )


def _structure(data: Any, cls: Any) -> Any:
    return cls.from_dict(data)


def _unstructure(obj: Any) -> Any:
    return obj.to_dict()


def make_converter(converter: cattrs.Converter | None = None) -> cattrs.Converter:
    """Register the model hooks on ``converter`` (a new ``cattrs.Converter`` by default)."""
    conv = converter if converter is not None else cattrs.Converter()
    conv.register_structure_hook_func(is_model, _structure)
    conv.register_unstructure_hook_func(lambda cls: is_model(cls), _unstructure)
    return conv
