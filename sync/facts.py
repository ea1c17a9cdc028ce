"""From the upstream description to facts: the types the covered actions reach, field by field.

Facts are what ``make sync`` owns in ``schema/``: names, kinds, nullability, required-in-request,
always-present-in-response, deprecation, units, documented values and examples. Everything here
is computed from upstream alone; :mod:`sync.merge` compares it with the schema.

Required is per direction: ``x-request-required`` only on types a covered request sends,
``x-always-present`` only on types a covered response returns. A field is nullable when upstream
allows null (``value_allowed_null``) or when a documented call of a covered action has null
there, so that upstream's own examples validate against the schema.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from . import examples, text, timefields
from .kinds import Kind

if TYPE_CHECKING:  # upstream.py reads the corrections, which name facts: types only here
    from .upstream import Upstream

DEFAULT_VERSION = "2019-06-12"


class FactsError(Exception):
    """The upstream description is not what sync expects."""


@dataclass(frozen=True)
class FieldFacts:
    name: str
    kind: Kind  # nullable when upstream allows null or a documented call has null there
    request_required: bool  # required when sent, and the type is sent in a covered request
    always_present: bool  # always sent back, and the type comes back in a covered response
    deprecated: bool
    unit: str | None
    known_values: tuple[str, ...]
    examples: tuple[Any, ...]
    other_time: str | None = None  # an example time in a format other than ISO 8601: a string


@dataclass(frozen=True)
class TypeFacts:
    name: str
    fields: tuple[FieldFacts, ...]
    examples: tuple[Any, ...]  # documented calls, on <Action>Request and <Action>Response
    action: str | None  # the action whose request or response this type is
    role: str | None  # "request" | "response"

    def field(self, name: str) -> FieldFacts | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class ActionFacts:
    name: str
    request: str
    response: str
    request_fields: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    release: str
    errorcodes_release: str
    version: str  # the API version, x-tc-version
    actions: dict[str, ActionFacts]  # the covered actions upstream has, by name
    absent: tuple[str, ...]  # covered actions upstream does not have
    types: dict[str, TypeFacts]  # every type the covered actions reach, by name
    error_codes: tuple[str, ...] | None


def _objects(api: Mapping[str, Any]) -> Mapping[str, Any]:
    objects = api.get("objects")
    if not isinstance(objects, dict):
        raise FactsError("api.json has no objects")
    return objects


def _action_types(api: Mapping[str, Any], action: str) -> tuple[str, str]:
    spec = api["actions"][action]
    return str(spec["input"]), str(spec["output"])


def reach(api: Mapping[str, Any], roots: Iterable[str]) -> list[str]:
    """The types reachable from ``roots`` (roots included), in the order they are found."""
    objects = _objects(api)
    seen: dict[str, None] = {}
    queue = list(roots)
    while queue:
        name = queue.pop(0)
        if name in seen:
            continue
        if name not in objects:
            raise FactsError(f"api.json: type {name} is referenced but not defined")
        seen[name] = None
        queue += [m["member"] for m in objects[name]["members"] if m.get("member") in objects]
    return list(seen)


def reachable_from_actions(api: Mapping[str, Any], actions: Iterable[str]) -> list[str]:
    """The types the requests and responses of ``actions`` reach (actions upstream has)."""
    roots: list[str] = []
    for action in actions:
        if action in api.get("actions", {}):
            roots += _action_types(api, action)
    return reach(api, roots)


def _documented_values(document: str, kind: Kind) -> tuple[str, ...]:
    if kind.ref is not None or kind.scalar not in ("string", "integer"):
        return ()
    return tuple(text.known_values(document, kind.scalar))


def _unit(document: str, kind: Kind) -> str | None:
    if kind.ref is not None or kind.scalar is None:
        return None
    return text.unit(document, kind.scalar)


class _Kinds:
    """The kinds of every type's fields, for converting examples."""

    def __init__(self, objects: Mapping[str, Any]) -> None:
        self._objects = objects
        self._cache: dict[str, dict[str, Kind]] = {}

    def __call__(self, type_name: str) -> Mapping[str, Kind]:
        if type_name not in self._cache:
            members = self._objects.get(type_name, {}).get("members", [])
            self._cache[type_name] = {
                str(m["name"]): Kind.of_member(m, self._objects) for m in members
            }
        return self._cache[type_name]


def nulls_in(value: Any, type_name: str, kinds: _Kinds, found: set[tuple[str, str]]) -> None:
    """Add to ``found`` each (type, field) that is null somewhere in ``value``, a ``type_name``."""
    if not isinstance(value, dict):
        return
    fields = kinds(type_name)
    for name, item in value.items():
        kind = fields.get(name)
        if kind is None:
            continue
        if item is None:
            found.add((type_name, name))
        elif kind.ref is not None:
            for element in item if kind.array and isinstance(item, list) else [item]:
                nulls_in(element, kind.ref, kinds, found)


def texts_in(value: Any, type_name: str, kinds: _Kinds, found: dict[tuple[str, str], str]) -> None:
    """Record in ``found`` the first string example of each (type, field) that is not an ISO
    8601 time with a zone, wherever it sits in ``value``, a ``type_name`` (call examples can
    contradict a field's own example: those fields stay strings)."""
    if not isinstance(value, dict):
        return
    fields = kinds(type_name)
    for name, item in value.items():
        kind = fields.get(name)
        if kind is None or item is None:
            continue
        if isinstance(item, str):
            if not timefields.is_iso_time(item):
                found.setdefault((type_name, name), item)
        elif kind.ref is not None:
            for element in item if kind.array and isinstance(item, list) else [item]:
                texts_in(element, kind.ref, kinds, found)


def _field(
    member: Mapping[str, Any],
    objects: Mapping[str, Any],
    sent: bool,
    received: bool,
    kinds: _Kinds,
    null_seen: bool,
    other_text: str | None = None,
) -> FieldFacts:
    kind = Kind.of_member(member, objects)
    if null_seen and not kind.nullable:
        kind = replace(kind, nullable=True)
    document = str(member.get("document", ""))
    raw = member.get("example")
    example = None if raw is None else str(raw)
    time = timefields.time_format(str(member.get("member")), document, example, kind)
    other_time = timefields.other_time_format(document, example, kind)
    if time is not None and other_text is not None:  # a call example holds another format
        time, other_time = None, other_text.strip()
    if time is not None:
        kind = replace(kind, format=time)
    return FieldFacts(
        name=str(member["name"]),
        kind=kind,
        request_required=sent and bool(member.get("required")),
        always_present=received and bool(member.get("output_required")),
        deprecated=bool(member.get("disabled")),
        unit=_unit(document, kind),
        known_values=_documented_values(document, kind),
        examples=tuple(examples.field_example(example, kind, kinds)),
        other_time=other_time,
    )


def _call_examples(
    upstream: Upstream, action: str, role: str, type_name: str, kinds: _Kinds
) -> tuple[Any, ...]:
    found: list[Any] = []
    documented = upstream.examples.get("actions", {}).get(action, [])
    for call in documented:
        raw = call.get("input" if role == "request" else "output")
        if not isinstance(raw, str):
            continue
        if role == "request":
            value = examples.request_example(raw, kinds(type_name), kinds)
        else:
            value = examples.response_example(raw)
        if value is not None:
            found.append(value)
    return tuple(found)


def build(upstream: Upstream, covered: Iterable[str]) -> Facts:
    """The facts of ``covered`` actions in ``upstream``."""
    api = upstream.api
    objects = _objects(api)
    upstream_actions = api.get("actions", {})
    present = sorted(a for a in set(covered) if a in upstream_actions)
    absent = tuple(sorted(a for a in set(covered) if a not in upstream_actions))
    requests = [_action_types(api, a)[0] for a in present]
    responses = [_action_types(api, a)[1] for a in present]
    sent = set(reach(api, requests))
    received = set(reach(api, responses))
    roles = {name: (action, "request") for action, name in zip(present, requests, strict=True)}
    roles |= {name: (action, "response") for action, name in zip(present, responses, strict=True)}
    kinds = _Kinds(objects)
    calls: dict[str, tuple[Any, ...]] = {}
    nulls: set[tuple[str, str]] = set()
    texts: dict[tuple[str, str], str] = {}
    for name, (call_action, call_role) in roles.items():
        calls[name] = _call_examples(upstream, call_action, call_role, name, kinds)
        for call in calls[name]:
            nulls_in(call, name, kinds, nulls)
            texts_in(call, name, kinds, texts)
    types: dict[str, TypeFacts] = {}
    for name in sorted(sent | received):
        action, role = roles.get(name, (None, None))
        fields = tuple(
            _field(
                m,
                objects,
                name in sent,
                name in received,
                kinds,
                (name, m["name"]) in nulls,
                texts.get((name, m["name"])),
            )
            for m in objects[name]["members"]
        )
        types[name] = TypeFacts(name, fields, calls.get(name, ()), action, role)
    actions = {
        a: ActionFacts(
            a,
            *_action_types(api, a),
            tuple(m["name"] for m in objects[_action_types(api, a)[0]]["members"]),
        )
        for a in present
    }
    version = str(api.get("metadata", {}).get("apiVersion", DEFAULT_VERSION))
    return Facts(
        release=upstream.release,
        errorcodes_release=upstream.errorcodes_release,
        version=version,
        actions=actions,
        absent=absent,
        types=types,
        error_codes=upstream.error_codes,
    )
