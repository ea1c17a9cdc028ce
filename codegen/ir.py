"""The typed description of the API that every template renders from.

Built once per generation by :mod:`codegen.build` from one datamodel-code-generator parse of the
JSON Schema plus the OpenAPI document; templates receive these objects and never look at JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

#: ``datetime``: a ``format: date-time`` string, a timezone-aware datetime in models (the codec
#: is :mod:`tencent_mps_core.times`).
Kind = Literal["str", "int", "float", "bool", "datetime", "object", "list"]
ScalarKind = Literal["str", "int", "float", "bool"]

#: How each scalar kind is named in messages ("expected a string").
KIND_PHRASES: dict[str, str] = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "a boolean",
    "datetime": "an ISO 8601 time",
    "object": "an object",
    "list": "an array",
}


@dataclass(frozen=True)
class Field:
    """One property of a type: its wire name, Python attribute and what the schema says of it."""

    wire: str
    attr: str
    kind: Kind
    ref: str | None  # referenced type of an object, or of the items of a list of objects
    item_kind: ScalarKind | Literal["object"] | None  # kind of a list's items
    nullable: bool
    request_required: bool
    always_present: bool
    description: str
    known_values: dict[str, str] | None
    unit: str | None
    deprecated: bool
    removed_upstream: str | None
    sensitive: bool = False  # a secret: kept out of repr()
    enum: str | None = None  # the StrEnum holding the known values, once enums are resolved

    @property
    def py_type(self) -> str:
        """The annotation of the attribute, without ``| None``."""
        if self.kind == "object":
            return str(self.ref)
        if self.kind == "list":
            inner = self.ref if self.item_kind == "object" else self.item_kind
            return f"list[{inner}]"
        return self.kind

    @property
    def arg_type(self) -> str:
        """The annotation of a client argument: a time is given as a datetime or as text."""
        return "datetime | str" if self.kind == "datetime" else self.py_type

    @property
    def model_annotation(self) -> str:
        """The annotation inside a model module: referenced models as ``models.X``, so that
        ``typing.get_type_hints`` resolves them at run time through the lazy models package."""
        if self.ref is None:
            return self.py_type
        return f"list[models.{self.ref}]" if self.kind == "list" else f"models.{self.ref}"

    @property
    def kind_phrase(self) -> str:
        return KIND_PHRASES[self.kind]

    @property
    def item_phrase(self) -> str:
        return KIND_PHRASES[str(self.item_kind)]


@dataclass(frozen=True)
class Base:
    """A hand-written mixin a model derives from (``customBasePath``)."""

    module: str
    name: str


@dataclass(frozen=True)
class TypeDef:
    """One ``$defs`` entry: a model class in a module of its own."""

    name: str
    module: str
    description: str
    fields: tuple[Field, ...]
    base: Base | None
    task_fields: dict[str, str]  # TaskType value -> wire name of the field holding that task
    deprecated: bool
    removed_upstream: str | None
    examples: tuple[Any, ...]
    in_request: bool = False  # reachable from an operation's request

    @property
    def refs(self) -> tuple[str, ...]:
        """Referenced types, each once, in field order."""
        seen: dict[str, None] = {}
        for f in self.fields:
            if f.ref is not None:
                seen.setdefault(f.ref)
        return tuple(seen)


@dataclass(frozen=True)
class Acceptor:
    """One rule of a waiter: when it matches a poll's outcome, the waiter enters ``state``."""

    state: Literal["success", "failure", "retry"]
    matcher: Literal["path", "path-any", "error"]
    path: tuple[str, ...]  # attribute names; "[]" marks the list whose elements are compared
    wire_path: str
    expected: Any


@dataclass(frozen=True)
class Waiter:
    name: str
    description: str
    inputs: tuple[Field, ...]  # request fields that become the waiter's parameters
    interval: float
    timeout: float
    acceptors: tuple[Acceptor, ...]


@dataclass(frozen=True)
class Pagination:
    """How an operation pages, and the iterator generated for it."""

    method: str
    style: Literal["scroll-token", "offset-limit", "page-number"]
    items: Field  # the response list that is yielded
    item_type: str  # the Python type of one item
    request_token: Field | None
    response_token: Field | None
    offset: Field | None
    limit: Field | None
    page: Field | None
    page_size: Field | None
    total: Field | None
    max_page_size: int | None

    @property
    def size(self) -> Field | None:
        """The request field holding the page size (``page_size`` of the iterators)."""
        return self.limit if self.limit is not None else self.page_size

    @property
    def managed(self) -> tuple[Field, ...]:
        """Request fields the iterators set themselves: the cursor, and the page size, which
        they take as ``page_size`` (apart from ``max_items``, as botocore keeps them)."""
        fields = (self.request_token, self.offset, self.page, self.size)
        return tuple(f for f in fields if f is not None)

    @property
    def pages_method(self) -> str:
        return "paginate_" + self.operation_method

    operation_method: str = ""


@dataclass(frozen=True)
class Watcher:
    """Watching many items of one operation (the detail action) with sweeps of a listing action."""

    name: str
    description: str
    waiter: Waiter  # its success state means "done"
    item_id: Field  # the detail request field that takes an item id
    interval: float
    timeout: float
    list_action: str
    list_constant: str  # the listing operation's record (it must page)
    list_request: str  # the listing request type
    list_request_module: str
    status: Field  # listing request field: the status filter
    since: Field  # listing request field: the earliest creation time
    page_size: Field | None  # listing request field: the page size
    max_page_size: int | None
    items: str  # attribute of the listing response holding the items
    item_key: str  # attribute of an item holding its id
    item_created: str | None  # attribute of an item holding its creation time
    done_status: str
    other_statuses: tuple[str, ...]
    visible_days: float


@dataclass(frozen=True)
class Follow:
    """``x-tc-followed-by``: the waiter that follows what an action starts (``--wait``)."""

    action: str  # the operation that is polled
    constant: str  # its record in the operations module
    waiter: Waiter
    inputs: tuple[tuple[str, str], ...]  # (waiter argument, wire name in the starter's response)


@dataclass(frozen=True)
class Operation:
    action: str
    version: str
    method: str  # client method name
    constant: str  # name of the Operation record in the generated operations module
    summary: str
    description: str
    request: TypeDef
    response: TypeDef
    idempotent: bool
    rate_limit: float | None  # requests per second; None: no documented quota
    error_codes: tuple[str, ...]
    applied_codes: tuple[str, ...]  # on a re-sent attempt, these errors mean it was applied
    waiters: tuple[Waiter, ...]
    pagination: Pagination | None
    parse_function: str
    subject: Field | None  # x-tc-subject: the request field also taken positionally
    watchers: tuple[Watcher, ...] = ()
    followed_by: Follow | None = None

    @property
    def arguments(self) -> tuple[Field, ...]:
        """Request fields in signature order: the subject first, then the others."""
        rest = tuple(f for f in self.request.fields if f is not self.subject)
        return ((self.subject,) if self.subject else ()) + rest

    @property
    def page_arguments(self) -> tuple[Field, ...]:
        """The arguments of the paginator: those the iterator does not set itself."""
        managed = {f.wire for f in self.pagination.managed} if self.pagination else set()
        return tuple(f for f in self.arguments if f.wire not in managed)


@dataclass(frozen=True)
class ErrorCode:
    code: str
    class_name: str
    parent_class: str
    description: str
    retryable: bool
    throttling: bool
    scope: str


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str
    doc: str


@dataclass(frozen=True)
class EnumDef:
    name: str
    members: tuple[EnumMember, ...]
    owners: tuple[str, ...]  # "Type.Field" of every field whose documented values these are


@dataclass
class Api:
    """Everything the templates need, in a stable order."""

    service: str
    api_version: str
    endpoint: str
    sdk_version: str
    title: str
    max_clock_skew: int
    types: dict[str, TypeDef] = field(default_factory=dict)
    operations: list[Operation] = field(default_factory=list)
    errors: list[ErrorCode] = field(default_factory=list)
    enums: list[EnumDef] = field(default_factory=list)
    default_operation: Operation | None = None
    #: ``x-tc-emulation``: the emulator's resource families, references and task kinds (data).
    emulation: dict[str, Any] = field(default_factory=dict)

    def operation(self, action: str) -> Operation:
        for op in self.operations:
            if op.action == action:
                return op
        raise KeyError(action)
