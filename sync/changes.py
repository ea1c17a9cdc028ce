"""What a sync changed, item by item, for the drift report."""

from __future__ import annotations

from dataclasses import dataclass, field

# Report sections, in the order the report shows them.
ACTIONS = "Actions"
TYPES = "Types"
FIELDS = "Fields"
KINDS = "Kinds"
NULLABILITY = "Nullability"
REQUIRED = "Required"
DEPRECATION = "Deprecation"
KNOWN_VALUES = "Known values"
UNITS = "Units"
EXAMPLES = "Examples"
ERROR_CODES = "Error codes"
SECTIONS = (
    ACTIONS,
    TYPES,
    FIELDS,
    KINDS,
    NULLABILITY,
    REQUIRED,
    DEPRECATION,
    KNOWN_VALUES,
    UNITS,
    EXAMPLES,
    ERROR_CODES,
)


@dataclass(frozen=True, order=True)
class Change:
    section: str
    subject: str  # what changed, in backquotes: `Type.Field`
    detail: str  # how


@dataclass
class ChangeLog:
    changes: list[Change] = field(default_factory=list)

    def add(self, section: str, subject: str, detail: str) -> None:
        assert section in SECTIONS, section
        self.changes.append(Change(section, subject, detail))

    def __bool__(self) -> bool:
        return bool(self.changes)

    def in_section(self, section: str) -> list[Change]:
        found = [c for c in self.changes if c.section == section]
        return sorted(found, key=lambda c: (c.subject.strip("`"), c.detail))


def code(name: str) -> str:
    """``name`` in backquotes, as the report writes names."""
    return f"`{name}`"


def codes(names: list[str] | tuple[str, ...]) -> str:
    return ", ".join(code(n) for n in names)
