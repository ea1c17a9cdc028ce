"""The base of every generated model: ``from_dict``, ``to_dict`` and the unknown fields.

A generated model is an attrs class deriving from :class:`Model`. It declares its fields (with
the docstrings an IDE shows), ``WIRE_NAMES`` (attribute -> wire name) and ``FIELD_KINDS`` (one kind
code per field, in the same order). Everything that each of a thousand models would otherwise
repeat lives here once: the public codecs and their documentation, and the unknown-field
plumbing. The codecs themselves are specialised per model by :mod:`tencent_mps_core.codecs`
from those two tables, the first time the model is used.

Kind codes (``FIELD_KINDS``): ``str``, ``int``, ``float`` and ``bool`` are scalars; any other name
is a model of the same package; a leading ``[`` makes a list of it; a trailing ``!`` marks a field
that is required in requests. ``"[AudioTrack"`` is a list of AudioTrack models, ``"str!"`` a
required string.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

import attrs

from .codecs import decoder_of, encoder_of


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class Model:
    """Base of the generated models.

    Decode a wire object with :meth:`from_dict` and encode it back with :meth:`to_dict`. A model
    sent in a request is checked first: a missing required field or a value of the wrong kind
    raises :class:`~tencent_mps_core.exceptions.ValidationError` naming its wire path, and nothing
    is sent. Wherever a request takes a model, its wire dict is accepted too.
    """

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received. In a
    request they are sent as given, unchecked: a way to send fields newer than the SDK.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {}
    """Attribute name -> wire name, for every field."""

    FIELD_KINDS: ClassVar[tuple[str, ...]] = ()
    """The kind code of each field, in the order of :attr:`WIRE_NAMES` (see the module)."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Decode the wire object.

        Missing fields and nulls decode as ``None``; fields this SDK does not know are kept in
        :attr:`unknown_fields`. A value of the wrong kind raises
        :class:`~tencent_mps_core.exceptions.DecodeError` naming its wire path.
        """
        return decoder_of(cls)(data)  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept.

        A wire dict given in place of a nested model is written as given.
        """
        return encoder_of(type(self))(self)
