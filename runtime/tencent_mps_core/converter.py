"""A cattrs Converter that knows every generated model, through the models' own hooks.

One predicate hook covers all models, so building the converter does not build the model classes;
``converter.structure(d, Model)`` calls the generated, specialised decoder of ``Model``.
"""

from __future__ import annotations

from typing import Any

import cattrs


def is_model(cls: Any) -> bool:
    """True for generated model classes: attrs classes with wire names and their own codecs."""
    return (
        isinstance(cls, type)
        and hasattr(cls, "__attrs_attrs__")
        and isinstance(getattr(cls, "WIRE_NAMES", None), dict)
        and hasattr(cls, "from_dict")
        and hasattr(cls, "to_dict")
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


#: The shared converter that generated packages export as ``converter`` (it is built when this
#: module is first imported, which a package does on first access to its ``converter``).
converter: cattrs.Converter = make_converter()
