"""A flat view of a task's subtasks, behind the helpers of :class:`.resultview.TaskView`.

A task's results are spread over many result types (transcodes, snapshots, AI analysis, review,
recognition, quality control, scheduled activities). These helpers walk the typed objects once and
give a flat view: every subtask with its status, progress, error and output files; the overall
progress; the failed ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

_DONE = frozenset({"SUCCESS", "FAIL", "FAILED", "FINISH", "FINISHED", "DONE", "ERROR"})
#: Statuses of a whole task that mean it has ended well (task kinds spell it differently).
SUCCEEDED = frozenset({"FINISH", "FINISHED", "DONE", "SUCCESS"})
_FAILED = frozenset({"FAIL", "FAILED", "ERROR"})


@dataclass(frozen=True, slots=True)
class OutputFile:
    """A file a subtask wrote: where (storage type, bucket, region) and its path."""

    path: str
    storage: str | None = None
    bucket: str | None = None
    region: str | None = None

    def __str__(self) -> str:
        if self.bucket:
            sep = "" if self.path.startswith("/") else "/"
            return f"{(self.storage or 'cos').lower()}://{self.bucket}{sep}{self.path}"
        return self.path


@dataclass(frozen=True, slots=True)
class Subtask:
    """One unit of work of a task, wherever in the response it sits.

    ``name`` is its attribute path in the response (``media_process_result_set[0].transcode_task``);
    ``kind`` the type of work (``Transcode``, ``AiAnalysis/Tag``, ...) when the response says it.
    """

    name: str
    kind: str | None
    status: str | None
    progress: int | None
    err_code: int | None
    err_code_ext: str | None
    message: str | None
    outputs: tuple[OutputFile, ...]

    @property
    def failed(self) -> bool:
        return (
            (self.status or "").upper() in _FAILED
            or bool(self.err_code_ext and self.err_code_ext not in ("", "SUCCESS"))
            or bool(self.err_code)
        )

    @property
    def percent(self) -> int:
        """Progress 0-100: finished subtasks count as 100, waiting ones as 0."""
        if (self.status or "").upper() in _DONE:
            return 100
        if self.progress is not None:
            return max(0, min(100, self.progress))
        return 0


class Storage(NamedTuple):
    """Where output files go: storage type (COS, AWS-S3, ...), bucket and region."""

    type: str | None = None
    bucket: str | None = None
    region: str | None = None


_NOWHERE = Storage()


def _fields(obj: Any) -> Iterator[tuple[str, Any]]:
    for a in type(obj).__attrs_attrs__:
        if a.name != "unknown_fields":
            yield a.name, getattr(obj, a.name)


def _is_model(obj: Any) -> bool:
    return hasattr(type(obj), "__attrs_attrs__")


_SUBTASK_CLASSES: dict[type, bool] = {}


def _is_subtask_class(cls: type) -> bool:
    """A result type: it has a status and an error code, and is not a whole task."""
    known = _SUBTASK_CLASSES.get(cls)
    if known is not None:
        return known
    names = {a.name for a in getattr(cls, "__attrs_attrs__", ())}
    answer = "status" in names and bool(names & {"err_code", "err_code_ext", "err_msg"})
    _SUBTASK_CLASSES[cls] = answer = answer and "task_id" not in names
    return answer


def _storage_near(obj: Any, default: Storage) -> Storage:
    """The ``output_storage`` that ``obj`` declares, else ``default`` (the enclosing one)."""
    storage = getattr(obj, "output_storage", None)
    if storage is None:
        return default
    for attr in ("cos_output_storage", "s3_output_storage"):
        inner = getattr(storage, attr, None)
        if inner is not None:
            bucket = getattr(inner, "bucket", None) or getattr(inner, "s3_bucket", None)
            region = getattr(inner, "region", None) or getattr(inner, "s3_region", None)
            return Storage(getattr(storage, "type", None), bucket, region)
    return Storage(getattr(storage, "type", None))


def _code_text(obj: Any) -> str | None:
    """The error code string of a result: ``ErrCodeExt``, or ``ErrMsg`` where a kind uses it."""
    code = getattr(obj, "err_code_ext", None)
    return code if code is not None else getattr(obj, "err_msg", None)


def _subtask(obj: Any, name: str, kind: str | None, outputs: tuple[OutputFile, ...]) -> Subtask:
    """The view of one result object: its status, progress and error fields, and ``outputs``."""
    return Subtask(
        name=name,
        kind=kind,
        status=getattr(obj, "status", None),
        progress=getattr(obj, "progress", None),
        err_code=getattr(obj, "err_code", None),
        err_code_ext=_code_text(obj),
        message=getattr(obj, "message", None),
        outputs=outputs,
    )


def _is_url(name: str) -> bool:
    return name in ("url", "signed_url") or name.endswith("_url")


def _outputs(output: Any, storage: Storage) -> Iterator[OutputFile]:
    """Files found in a subtask's output, with their storage: paths (``path``, ``*_path``,
    ``*_path_set``), or, for an output that names no path, its URLs (``*_url``, ``*_urls``)."""
    if not _is_model(output):
        return
    storage = _storage_near(output, storage)
    fields = list(_fields(output))
    has_path = any(
        isinstance(v, str) and v and (n == "path" or n.endswith("_path")) for n, v in fields
    )
    for name, value in fields:
        if value is None:
            continue
        if isinstance(value, str) and (name == "path" or name.endswith("_path")) and value:
            yield OutputFile(value, *storage)
        elif not has_path and isinstance(value, str) and value and _is_url(name):
            yield OutputFile(value)
        elif isinstance(value, list) and name.endswith("_urls"):
            yield from (OutputFile(v) for v in value if isinstance(v, str) and v)
        elif isinstance(value, list) and name.endswith(("_path_set", "_paths")):
            yield from (OutputFile(v, *storage) for v in value if isinstance(v, str) and v)
        elif _is_model(value) and name != "output_storage":
            yield from _outputs(value, storage)
        elif isinstance(value, list):
            for item in value:
                yield from _outputs(item, storage)


def _walk(obj: Any, name: str, kind: str | None, storage: Storage) -> Iterator[Subtask]:
    if not _is_model(obj):
        return
    storage = _storage_near(obj, storage)
    if _is_subtask_class(type(obj)):
        # A subtask's input may name the storage of its outputs (transcode inputs do).
        near = _storage_near(getattr(obj, "input", None), storage)
        yield _subtask(obj, name, kind, tuple(_outputs(getattr(obj, "output", None), near)))
        return
    yield from _children(obj, name, kind, storage)


def _children(obj: Any, name: str, kind: str | None, storage: Storage) -> Iterator[Subtask]:
    own_kind = getattr(obj, "type", None)
    child_kind = own_kind if isinstance(own_kind, str) else kind
    prefix = f"{name}." if name else ""
    for attr, value in _fields(obj):
        if value is None or attr in ("input", "input_info", "meta_data", "output_storage"):
            continue
        if isinstance(value, list):
            for i, item in enumerate(value):
                yield from _walk(item, f"{prefix}{attr}[{i}]", child_kind, storage)
        else:
            yield from _walk(value, f"{prefix}{attr}", child_kind, storage)


def _task_output(task: Any, name: str) -> Iterator[Subtask]:
    """The task itself as one unit of work, when it has results of its own: an ``output`` (an
    EditMedia task), result URLs (``VideoUrls`` of an AIGC task) or result lists (``*_infos``)."""
    outputs: list[OutputFile] = []
    for attr, value in _fields(task):
        if value is None:
            continue
        if attr == "output":
            outputs.extend(_outputs(value, _storage_near(task, _NOWHERE)))
        elif attr.endswith("_urls") and isinstance(value, list):
            outputs.extend(OutputFile(v) for v in value if isinstance(v, str) and v)
        elif attr.endswith("_infos") and isinstance(value, list):
            for item in value:
                outputs.extend(_outputs(item, _NOWHERE))
    failed = str(getattr(task, "status", None) or "").upper() in _FAILED
    if not outputs and not failed and getattr(task, "err_code", None) in (None, 0):
        return
    yield _subtask(task, name, getattr(task, "task_type", None), tuple(outputs))


def collect(response: Any) -> list[Subtask]:
    """Every subtask of a task-detail response, in response order.

    The task is found in the fields the response class lists in ``TASK_FIELDS``; a response
    without them is the task itself (image, batch and AIGC task details). A task with results
    of its own (an output, result URLs) or a task-level error comes first, as one subtask named
    after its field (``task`` for a response that is the task).
    """
    found: list[Subtask] = []
    task_fields: dict[str, str] = dict(getattr(type(response), "TASK_FIELDS", {}))
    tasks = [(a, getattr(response, a, None)) for a in dict.fromkeys(task_fields.values())]
    if not task_fields:
        tasks = [("task", response)]
    for attr, task in tasks:
        if task is not None:
            found.extend(_task_output(task, attr))
            found.extend(_children(task, "", None, _storage_near(task, _NOWHERE)))
    return found
