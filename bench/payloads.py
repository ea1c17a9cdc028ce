"""Benchmark inputs: the doc example, and a maximal payload built from schema/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_FILE = ROOT / "tests" / "data" / "describe-task-detail-example.json"
SCHEMA_FILE = ROOT / "schema" / "mps.schema.json"

_SCALAR: dict[str, Any] = {
    "str": "value",
    "int": 7,
    "float": 1.5,
    "bool": True,
    "datetime": "2019-07-16T06:21:27Z",
}


def example_body() -> bytes:
    return EXAMPLE_FILE.read_bytes()


def maximal(type_name: str = "DescribeTaskDetailResponse", list_len: int = 2) -> dict[str, Any]:
    """Every field of every type present (lists of ``list_len``); a type already being built
    on the current branch is not entered again (the schema has no cycles today, this is a guard)."""
    from codegen import build as spec

    types = spec.load(SCHEMA_FILE.parent).types

    def build(name: str, stack: tuple[str, ...]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in types[name].fields:
            if f.ref is not None and f.ref in stack:
                continue
            if f.kind == "object":
                out[f.wire] = build(str(f.ref), (*stack, str(f.ref)))
            elif f.kind == "list" and f.item_kind == "object":
                out[f.wire] = [build(str(f.ref), (*stack, str(f.ref))) for _ in range(list_len)]
            elif f.kind == "list":
                out[f.wire] = [_SCALAR[str(f.item_kind)]] * list_len
            else:
                out[f.wire] = _SCALAR[f.kind]
        return out

    return build(type_name, (type_name,))


def count_objects(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + sum(count_objects(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_objects(v) for v in value)
    return 0


#: A ProcessMedia request as users send it: a COS input, two transcodes and a notification.
PROCESS_MEDIA: dict[str, Any] = {
    "InputInfo": {
        "Type": "COS",
        "CosInputInfo": {"Bucket": "in-1250000000", "Region": "ap-guangzhou", "Object": "/a.mp4"},
    },
    "OutputStorage": {
        "Type": "COS",
        "CosOutputStorage": {"Bucket": "out-1250000000", "Region": "ap-guangzhou"},
    },
    "OutputDir": "/out/",
    "MediaProcessTask": {
        "TranscodeTaskSet": [{"Definition": 100010}, {"Definition": 100020}],
        "SnapshotByTimeOffsetTaskSet": [{"Definition": 10, "ExtTimeOffsetSet": ["1s", "5s"]}],
    },
    "TaskNotifyConfig": {"NotifyType": "URL", "NotifyUrl": "http://127.0.0.1:9/notify"},
}
