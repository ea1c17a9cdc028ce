"""Corrections of upstream facts that the prose reader gets wrong, kept as reviewed data.

Some upstream documents list things that are not values of the field: model names in front of
each model's ratios, the keys of a JSON string, the versions that support a feature. The reader
takes them for documented values. ``schema/upstream.json`` lists each such field under
``corrections``: the values sync reads upstream (``upstream``), the values the schema keeps
instead (``values``, often none) and why. A correction applies only while upstream still reads
the same; when upstream changes, it is reported as stale and the upstream reading stands until
the correction is reviewed, so a correction never hides a new upstream fact.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .facts import Facts


class CorrectionsError(Exception):
    """``schema/upstream.json``'s corrections are malformed."""


@dataclass(frozen=True)
class Correction:
    type_name: str
    field: str
    upstream: tuple[str, ...]  # what sync reads upstream today
    values: tuple[str, ...]  # what the schema keeps instead
    why: str

    @property
    def subject(self) -> str:
        return f"{self.type_name}.{self.field}"


def _strings(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CorrectionsError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def parse(data: Any) -> tuple[Correction, ...]:
    """The corrections of an ``upstream.json`` document (none when it has no such list)."""
    entries = data.get("corrections", []) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CorrectionsError("upstream.json: 'corrections' must be a list")
    found: list[Correction] = []
    for index, entry in enumerate(entries):
        where = f"upstream.json corrections[{index}]"
        if not isinstance(entry, dict):
            raise CorrectionsError(f"{where}: must be an object")
        subject, why = entry.get("field"), entry.get("why")
        if not isinstance(subject, str) or subject.count(".") != 1:
            raise CorrectionsError(f"{where}: 'field' must be 'Type.Field'")
        if not isinstance(why, str) or not why.strip():
            raise CorrectionsError(f"{where}: 'why' must say why")
        type_name, field = subject.split(".")
        found.append(
            Correction(
                type_name,
                field,
                _strings(entry, "upstream", where),
                _strings(entry, "values", where),
                why,
            )
        )
    return tuple(found)


def apply(found: Facts, corrections: tuple[Correction, ...]) -> tuple[Facts, list[str]]:
    """``found`` with the corrections that still match applied, and a note per stale one.

    A stale correction is not applied: the upstream reading stands until someone reviews it.
    """
    types = dict(found.types)
    stale: list[str] = []
    for c in corrections:
        facts = types.get(c.type_name)
        field = facts.field(c.field) if facts is not None else None
        if facts is None:
            continue  # the covered actions do not reach the type: nothing to correct
        if field is None:
            stale.append(f"`{c.subject}`: the correction names a field upstream no longer has")
            continue
        if field.known_values != c.upstream:
            stale.append(
                f"`{c.subject}`: upstream now reads {list(field.known_values)}, the correction "
                f"expects {list(c.upstream)}; review it in schema/upstream.json"
            )
            continue
        fixed = replace(field, known_values=c.values)
        types[c.type_name] = replace(
            facts, fields=tuple(fixed if f.name == c.field else f for f in facts.fields)
        )
    return replace(found, types=types), stale
