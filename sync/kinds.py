"""The kind of a field: a scalar, an object type or a list of either, and whether it may be null.

One value describes a field both as upstream has it (a member of ``api.json``) and as the schema
writes it (``type``, ``items``, ``$ref``, ``anyOf``), so the two can be compared.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

# Upstream member types and scalar member kinds, as JSON Schema types.
_UPSTREAM_SCALARS = {
    "string": "string",
    "int": "integer",
    "int64": "integer",
    "uint64": "integer",
    "float": "number",
    "bool": "boolean",
    "datetime_iso": "string",
}
SHAPE_KEYS = ("type", "anyOf", "$ref", "items", "format")
REF_PREFIX = "#/$defs/"
_ARTICLES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
}


class KindError(ValueError):
    """A member or property whose kind sync does not know."""


@dataclass(frozen=True)
class Kind:
    scalar: str | None  # "string" | "integer" | "number" | "boolean"; None for an object type
    ref: str | None  # the object type, for an object or a list of objects
    array: bool = False
    nullable: bool = False
    format: str | None = None  # "date-time" on a string that holds times (sync.timefields)

    @property
    def scalar_kind(self) -> str:
        """The scalar kind; an error for an object type."""
        if self.scalar is None:
            raise KindError(f"{self.ref} is an object type, not a scalar")
        return self.scalar

    def item(self) -> Kind:
        """The kind of one element of a list (or the kind itself, not null)."""
        return replace(self, array=False, nullable=False)

    # -- upstream -------------------------------------------------------------------------

    @classmethod
    def of_member(cls, member: Mapping[str, Any], objects: Mapping[str, Any]) -> Kind:
        kind, item = str(member.get("type")), str(member.get("member"))
        nullable = bool(member.get("value_allowed_null"))
        if kind == "object":
            return cls(None, item, nullable=nullable)
        if kind == "list":
            if item in objects:
                return cls(None, item, array=True, nullable=nullable)
            if item in _UPSTREAM_SCALARS:
                return cls(_UPSTREAM_SCALARS[item], None, array=True, nullable=nullable)
        elif kind in _UPSTREAM_SCALARS:
            return cls(_UPSTREAM_SCALARS[kind], None, nullable=nullable)
        raise KindError(f"member {member.get('name')!r}: unknown type {kind!r} / {item!r}")

    # -- schema ---------------------------------------------------------------------------

    def schema(self) -> dict[str, Any]:
        """The JSON Schema keywords of this kind, in the schema's key order."""
        single: dict[str, Any] = (
            {"$ref": REF_PREFIX + self.ref} if self.ref is not None else {"type": self.scalar}
        )
        if self.format is not None:
            single["format"] = self.format
        if self.array:
            return {"type": ["array", "null"] if self.nullable else "array", "items": single}
        if not self.nullable:
            return single
        if self.ref is not None:
            return {"anyOf": [single, {"type": "null"}]}
        return {"type": [self.scalar, "null"], **({"format": self.format} if self.format else {})}

    @classmethod
    def of_property(cls, prop: Mapping[str, Any]) -> Kind:
        body: Mapping[str, Any] = prop
        nullable = False
        if "anyOf" in prop:
            alternatives = [a for a in prop["anyOf"] if a.get("type") != "null"]
            nullable = len(alternatives) < len(prop["anyOf"])
            if len(alternatives) != 1:
                raise KindError(f"unexpected anyOf: {prop['anyOf']!r}")
            body = alternatives[0]
        types = body.get("type")
        if isinstance(types, list):
            nullable = nullable or "null" in types
            rest = [t for t in types if t != "null"]
            types = rest[0] if len(rest) == 1 else None
        if "$ref" in body:
            return cls(None, _ref_name(body["$ref"]), nullable=nullable)
        if types == "array":
            item = cls.of_property(body.get("items", {}))
            return cls(item.scalar, item.ref, array=True, nullable=nullable, format=item.format)
        if types in _ARTICLES:
            found = body.get("format")
            return cls(
                str(types), None, nullable=nullable, format=None if found is None else str(found)
            )
        raise KindError(f"unexpected property kind: {dict(prop)!r}")

    # -- words ----------------------------------------------------------------------------

    def name(self) -> str:
        """The kind without nullability, for reports: ``integer``, ``list of MediaUsageItem``."""
        single = self.ref if self.ref is not None else str(self.scalar)
        if self.format is not None:
            single = f"{single} ({self.format})"
        return f"list of {single}" if self.array else single

    def phrase(self) -> str:
        """The kind in a sentence: ``an integer``, ``a MediaUsageItem object``, ``a list of ...``."""
        if self.array:
            return f"a list of {self.ref if self.ref is not None else f'{self.scalar}s'}"
        if self.ref is not None:
            article = "an" if self.ref[:1] in "AEIOU" else "a"
            return f"{article} {self.ref} object"
        if self.format == "date-time":
            return "an ISO 8601 time"
        return _ARTICLES[str(self.scalar)]


def _ref_name(ref: str) -> str:
    if not ref.startswith(REF_PREFIX):
        raise KindError(f"unexpected $ref {ref!r}")
    return ref[len(REF_PREFIX) :]
