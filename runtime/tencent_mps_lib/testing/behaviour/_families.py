"""Resource families: one generic engine runs the ``x-tc-emulation`` table of schema/.

Each family (a template kind, workflows, schedules, samples, StreamLink flows, ...) is declared in
``schema/mps.openapi.json`` under ``x-tc-emulation.families``: its id field and how ids are made,
the type a resource is kept as, its cap and not-found code, its presets, and what each of its
actions does, as a verb:

- ``create``: a new resource from the request (``renames`` maps request fields to resource
  fields; ``flatten`` lifts the fields of named request objects; ``each`` makes one resource
  per item of a list); ``answer`` says which answer fields get the new ``id`` or the whole
  ``resource``;
- ``list``: the resources matching ``filters`` (request field -> resource field: a list matches
  any of its values; ``match-all`` names values meaning no filter), paged by
  ``offset``/``limit`` or ``page``/``page-size``, with ``total``;
- ``get``: one resource by id; ``modify``: only the fields sent change (objects are merged);
  ``replace``: every field is set anew; ``set``: fixed ``fields`` (Enable, Disable, Start, Stop);
  ``delete``: removes (``ids`` names a list parameter for several at once).

Every answer is shaped by the action's response type, so a stored id answers in each action's
documented kind. Presets are listed and found, but cannot be modified or deleted. Nothing here
is written per action.
"""

from __future__ import annotations

import copy
import itertools
import math
import re
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from tencent_mps_core.operation import Operation

from .._errors import EmulatorError, invalid_value, missing
from .._schema import example_response, model_class, operation, scalar_kind, shape, value_at
from ._timefmt import iso_time

__all__ = ["FAMILY_ACTIONS", "Families", "load_table"]

_STEP = re.compile(r"([A-Za-z][A-Za-z0-9_]*)(\[\])?")


def load_table() -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """The families and references of the generated package (empty when it has none)."""
    try:
        from tencent_mps import _emulation
    except ImportError:  # pragma: no cover - a package generated without the table
        return {}, []
    return _emulation.FAMILIES, _emulation.REFERENCES


def _family_actions() -> tuple[str, ...]:
    families, _ = load_table()
    return tuple(action for family in families.values() for action in family["actions"])


def _key(value: Any) -> str:
    return str(value)


def _merge(old: Any, new: Any) -> Any:
    """``new`` over ``old``: objects merge key by key, anything else is replaced."""
    if isinstance(old, dict) and isinstance(new, dict):
        merged = dict(old)
        for key, value in new.items():
            if value is not None:
                merged[key] = _merge(old.get(key), value)
        return merged
    return copy.deepcopy(new)


def _matches(have: Any, want: Any) -> bool:
    wanted = {_key(v) for v in want} if isinstance(want, list) else {_key(want)}
    if isinstance(have, list):
        return any(_key(v) in wanted for v in have)
    return have is not None and _key(have) in wanted


class _Store:
    """The resources of one family, in creation order (presets first)."""

    def __init__(self, name: str, spec: Mapping[str, Any]) -> None:
        self.name = name
        self.spec = spec
        self.id_field: str = spec["id"]
        self.int_ids = spec["id-kind"] == "integer"
        self.item: str = spec["item"]
        self.not_found: str = spec["not-found"]
        self.numbers = itertools.count(int(spec.get("first-id", 1)))
        self.resources: dict[str, dict[str, Any]] = {}
        presets = spec.get("presets") or {}
        self.preset_spec: Mapping[str, Any] = presets
        self.presets = frozenset(_key(i) for i in presets.get("ids", ()))
        self.system_below: int = presets.get("system-below", 0)
        model_class(self.item)  # fails early on a table naming an unknown type
        template = self._example_item()
        for preset in presets.get("ids", ()):
            fields = {**template, **presets.get("fields", {}), self.id_field: preset}
            self.resources[_key(preset)] = shape(self.item, fields)

    def _example_item(self) -> dict[str, Any]:
        """The first documented item of the family's listing, to fill presets with."""
        for action, act in self.spec["actions"].items():
            op = operation(action)
            if act["verb"] != "list" or op is None:
                continue
            found = example_response(op) or {}
            items = found.get(act["items"])
            if isinstance(items, list) and items and isinstance(items[0], dict):
                return dict(items[0])
        return {}

    @property
    def custom_count(self) -> int:
        return len(self.resources) - len(self.presets)

    def new_id(self) -> Any:
        while True:
            number = next(self.numbers)
            value: Any = number if self.int_ids else f"{self.spec.get('id-prefix', '')}{number}"
            if _key(value) not in self.resources:
                return value

    def find(self, value: Any, where: str) -> dict[str, Any]:
        found = self.resources.get(_key(value))
        if found is None:
            raise EmulatorError(
                self.not_found, f"The {self.name} `{value}` (parameter `{where}`) does not exist."
            )
        return found

    def named(self, value: Any, where: str) -> None:
        """A reference to ``value``: a resource, or one of the service's system templates."""
        if type(value) is int and 0 < value < self.system_below:
            return
        self.find(value, where)

    def refuse_preset(self, value: Any, what: str) -> None:
        if _key(value) in self.presets:
            raise EmulatorError(
                self.preset_spec[f"{what}-code"],
                f"The {self.name} `{value}` is a preset and cannot be {what}d.",
            )


class Families:
    """Every family's store and the actions that act on them; thread-safe."""

    def __init__(
        self,
        clock: Callable[[], float],
        table: Mapping[str, Mapping[str, Any]] | None = None,
        references: list[dict[str, Any]] | None = None,
    ) -> None:
        if table is None or references is None:
            loaded, refs = load_table()
            table = loaded if table is None else table
            references = refs if references is None else references
        self._clock = clock
        self._lock = threading.RLock()
        self._stores = {name: _Store(name, spec) for name, spec in table.items()}
        self._routes: dict[str, tuple[_Store, Mapping[str, Any]]] = {}
        for store in self._stores.values():
            for action, act in store.spec["actions"].items():
                self._routes[action] = (store, act)
        self._references: dict[str, list[tuple[str, str]]] = {}
        for ref in references:
            self._references.setdefault(ref["action"], []).append((ref["path"], ref["family"]))

    @property
    def actions(self) -> tuple[str, ...]:
        return tuple(self._routes)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._stores)

    def handles(self, action: str) -> bool:
        return action in self._routes

    def resources(self, family: str) -> list[dict[str, Any]]:
        """Copies of a family's resources (presets first, then in creation order)."""
        with self._lock:
            return copy.deepcopy(list(self._stores[family].resources.values()))

    def count(self, family: str | None = None) -> int:
        with self._lock:
            stores = [self._stores[family]] if family else list(self._stores.values())
            return sum(len(s.resources) for s in stores)

    def exists(self, family: str, value: Any) -> bool:
        with self._lock:
            return _key(value) in self._stores[family].resources

    def family_of(self, action: str) -> str | None:
        """The family whose resources ``action`` manages (None: not a family action)."""
        route = self._routes.get(action)
        return route[0].name if route else None

    def adopt(self, family: str, fields: Mapping[str, Any]) -> bool:
        """Add a resource made elsewhere (a task that succeeded), its id among ``fields``.
        False when it is there already or the family is full (the task's result stands)."""
        with self._lock:
            store = self._stores[family]
            new_id = fields.get(store.id_field)
            if new_id is None or _key(new_id) in store.resources:
                return False
            cap = store.spec.get("cap")
            if cap and store.custom_count + 1 > cap["max"]:
                return False
            resource = {**store.spec.get("custom-fields", {}), **fields}
            self._stamp(store, resource, "created", "updated")
            store.resources[_key(new_id)] = shape(store.item, resource)
            return True

    def scheduled(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """What a task started with ``params["ScheduleId"]`` takes from its schedule: the
        activities, output and notification settings (nothing for an unknown schedule)."""
        with self._lock:
            store = self._stores.get("Schedule")
            found = store.resources.get(_key(params.get("ScheduleId"))) if store else None
            if found is None:
                return {}
            taken = ("Activities", "OutputStorage", "OutputDir", "TaskNotifyConfig")
            return {k: copy.deepcopy(found[k]) for k in taken if found.get(k) is not None}

    # -- cross-references --------------------------------------------------------------------

    def check_references(self, action: str, params: Mapping[str, Any]) -> None:
        """Refuse a request naming a resource that is neither custom nor preset."""
        for path, family in self._references.get(action, ()):
            store = self._stores[family]
            for where, value in _walk(params, path):
                with self._lock:
                    store.named(value, where)

    # -- the verbs ---------------------------------------------------------------------------

    def answer(self, op: Operation, params: dict[str, Any]) -> dict[str, Any]:
        store, act = self._routes[op.action]
        verb = act["verb"]
        with self._lock:
            if verb == "create":
                answer = self._create(store, act, params)
            elif verb in ("add", "change", "remove"):
                answer = self._member(store, act, verb, params)
            elif verb == "list":
                answer = self._list(store, act, params)
            else:
                answer = self._by_id(store, act, verb, params)
        shaped: dict[str, Any] = shape(op.response_type, answer)
        return shaped

    def _stamp(self, store: _Store, resource: dict[str, Any], *which: str) -> None:
        now = self._clock()
        stamps = store.spec.get("stamps", {})
        for name in which:
            field = stamps.get(name)
            if field:
                integer = scalar_kind(store.item, field) is int
                resource[field] = int(now) if integer else iso_time(now)

    def _fields_of(self, act: Mapping[str, Any], params: Mapping[str, Any]) -> dict[str, Any]:
        renames = act.get("renames", {})
        lifted = dict(params)
        for name in act.get("flatten", ()):
            inner = lifted.pop(name, None)
            if isinstance(inner, Mapping):
                lifted.update(inner)
        return {renames.get(k, k): copy.deepcopy(v) for k, v in lifted.items() if v is not None}

    def _create(
        self, store: _Store, act: Mapping[str, Any], params: dict[str, Any]
    ) -> dict[str, Any]:
        each = act.get("each")
        if each:
            base = {k: v for k, v in params.items() if k != each}
            entries = [
                {**base, **item} for item in params.get(each) or () if isinstance(item, dict)
            ]
        else:
            entries = [params]
        cap = store.spec.get("cap")
        if cap and store.custom_count + len(entries) > cap["max"]:
            raise EmulatorError(
                cap["code"], f"At most {cap['max']} {store.name} resources may exist at once."
            )
        made: list[dict[str, Any]] = []
        for entry in entries:
            fields = self._fields_of(act, entry)
            given = fields.get(store.id_field)
            if given is not None and not store.int_ids:
                if _key(given) in store.resources:
                    raise invalid_value(store.id_field, f"{store.name} `{given}` already exists")
                new_id = given
            else:
                new_id = store.new_id()
            resource = {**fields, **store.spec.get("custom-fields", {}), store.id_field: new_id}
            _number_members(store.spec, resource)
            self._stamp(store, resource, "created", "updated")
            resource = shape(store.item, resource)
            store.resources[_key(new_id)] = resource
            made.append(resource)
        return _answer(act, made[-1] if made else None, store.id_field)

    def _list(
        self, store: _Store, act: Mapping[str, Any], params: dict[str, Any]
    ) -> dict[str, Any]:
        found = list(store.resources.values())
        every = act.get("match-all", {})
        for param, path in act.get("filters", {}).items():
            want = params.get(param)
            if (
                want is None
                or want == ""
                or want == []
                or (param in every and want == every[param])
            ):
                continue
            found = [r for r in found if _matches(value_at(r, path), want)]
        answer: dict[str, Any] = {}
        default = act.get("default-limit", 10)
        most = act.get("max-limit", math.inf)
        start, size = 0, len(found)
        if "offset" in act:
            start = _number(params, act["offset"], 0, 0, math.inf)
            size = _number(params, act["limit"], default, 1, most)
        elif "page" in act:
            size = _number(params, act["page-size"], default, 1, most)
            page = _number(params, act["page"], 1, 1, math.inf)
            start = (page - 1) * size
            answer[act["page"]] = page
            answer[act["page-size"]] = size
            if "total-pages" in act:
                answer[act["total-pages"]] = -(-len(found) // size)
        answer[act["items"]] = copy.deepcopy(found[start : start + size])
        if "total" in act:
            answer[act["total"]] = len(found)
        return answer

    def _member(
        self, store: _Store, act: Mapping[str, Any], verb: str, params: dict[str, Any]
    ) -> dict[str, Any]:
        """Add, change or remove members of one of a resource's lists (a flow's outputs)."""
        id_param = act.get("id-param", store.id_field)
        if params.get(id_param) is None:
            raise missing(id_param)
        target = store.find(params[id_param], id_param)
        collection = act["collection"]
        member_id = store.spec["members"][collection]["id"]
        members = [dict(m) for m in target.get(collection) or () if isinstance(m, Mapping)]
        given = params.get(act["member"]) if "member" in act else None
        if verb == "add":
            items = given if isinstance(given, list) else [given]
            fresh = [self._fields_of({}, m) for m in items if isinstance(m, Mapping)]
            for m in fresh:
                m.pop(member_id, None)  # the emulator gives each new member its id
            members.extend(fresh)
            touched = fresh[-1] if fresh else None
        else:
            inner = given if isinstance(given, Mapping) else {}
            where = f"{act['member']}.{member_id}" if "member" in act else member_id
            wanted = inner.get(member_id) if "member" in act else params.get(member_id)
            if wanted is None:
                raise missing(where)
            index = next((i for i, m in enumerate(members) if m.get(member_id) == wanted), None)
            if index is None:
                raise EmulatorError(
                    store.not_found,
                    f"The {collection} member `{wanted}` (parameter `{where}`) does not exist.",
                )
            if verb == "remove":
                members.pop(index)
                touched = None
            else:
                members[index] = touched = _merge(members[index], self._fields_of({}, inner))
        updated = {**target, collection: members}
        _number_members(store.spec, updated)
        self._stamp(store, updated, "updated")
        stored = shape(store.item, updated)
        store.resources[_key(target[store.id_field])] = stored
        member = None
        if touched is not None:
            member = next(
                (
                    m
                    for m in stored.get(collection) or ()
                    if m.get(member_id) == touched.get(member_id)
                ),
                None,
            )
        return _answer(act, stored, store.id_field, member)

    def _by_id(
        self, store: _Store, act: Mapping[str, Any], verb: str, params: dict[str, Any]
    ) -> dict[str, Any]:
        id_param = act.get("id-param", store.id_field)
        if "ids" in act:
            values = params.get(act["ids"]) or []
            wheres = [f"{act['ids']}[{i}]" for i in range(len(values))]
        else:
            if params.get(id_param) is None:
                raise missing(id_param)
            values, wheres = [params[id_param]], [id_param]
        targets = [store.find(v, w) for v, w in zip(values, wheres, strict=True)]
        if verb in ("modify", "replace", "delete"):
            for value in values:
                store.refuse_preset(value, "delete" if verb == "delete" else "modify")
        if verb == "delete":
            for value in values:
                store.resources.pop(_key(value), None)
            return _answer(act, None, store.id_field)
        for value, target in zip(values, targets, strict=True):
            if verb in ("modify", "replace"):
                fields = self._fields_of(act, params)
                fields.pop(id_param, None)
                if verb == "replace":
                    keep = {store.id_field, *store.spec.get("custom-fields", {})}
                    keep.add(store.spec.get("stamps", {}).get("created", ""))
                    target = {k: v for k, v in target.items() if k in keep}
                updated = _merge(target, fields)
            elif verb == "set":
                updated = {**target, **act["fields"]}
            else:  # get
                return _answer(act, target, store.id_field)
            self._stamp(store, updated, "updated")
            updated[store.id_field] = target[store.id_field]
            store.resources[_key(value)] = shape(store.item, updated)
        last = store.resources[_key(values[-1])] if values else None
        return _answer(act, last, store.id_field)


#: Members one resource may hold in each list (a flow's inputs or outputs): keeps memory bounded.
MAX_MEMBERS = 100


def _number_members(spec: Mapping[str, Any], resource: dict[str, Any]) -> None:
    """Give each member of the family's member lists (``members``) that has no id a new one."""
    for collection, rule in spec.get("members", {}).items():
        items = resource.get(collection)
        if not isinstance(items, list):
            continue
        if len(items) > MAX_MEMBERS:
            raise EmulatorError("LimitExceeded", f"At most {MAX_MEMBERS} {collection} members.")
        for item in items:
            if isinstance(item, dict) and not item.get(rule["id"]):
                item[rule["id"]] = f"{rule.get('id-prefix', '')}{uuid.uuid4().hex[:16]}"


def _answer(
    act: Mapping[str, Any],
    resource: dict[str, Any] | None,
    id_field: str,
    member: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The answer fields ``act`` declares: the resource's id, the resource itself, or the
    member a member verb added or changed."""
    out: dict[str, Any] = {}
    if resource is None:
        return out
    for field, what in act.get("answer", {}).items():
        if field == "*":
            out.update(copy.deepcopy(resource))
        elif what == "resource":
            out[field] = copy.deepcopy(resource)
        elif what == "member":
            if member is not None:
                out[field] = copy.deepcopy(member)
        else:
            out[field] = resource.get(id_field)
    return out


def _number(params: Mapping[str, Any], name: str, default: int, low: float, high: float) -> int:
    value = params.get(name)
    if value is None:
        return default
    if type(value) is not int or not low <= value <= high:
        bound = f"from {low:g}" + ("" if high == math.inf else f" to {high:g}")
        raise invalid_value(name, f"must be {bound}", f"InvalidParameterValue.{name}")
    return value


def _walk(value: Any, path: str, where: str = "") -> Iterator[tuple[str, Any]]:
    """(wire path with indexes, value) for every value at ``path`` (``A.B[].C``)."""
    head, _, rest = path.partition(".")
    step = _STEP.fullmatch(head)
    if step is None or not isinstance(value, Mapping):
        return
    name, many = step.group(1), step.group(2)
    inner = value.get(name)
    if inner is None:
        return
    here = f"{where}.{name}" if where else name
    items = list(enumerate(inner)) if many and isinstance(inner, list) else [(None, inner)]
    for index, item in items:
        at = here if index is None else f"{here}[{index}]"
        if item is None:
            continue
        if rest:
            yield from _walk(item, rest, at)
        else:
            yield at, item


#: Every action a family of the table acts on.
FAMILY_ACTIONS: tuple[str, ...] = _family_actions()
