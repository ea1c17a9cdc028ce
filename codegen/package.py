"""Package-level files rendered by the project's own templates: errors, enums, operations, client."""

from __future__ import annotations

import json
from typing import Any

from . import enums, headers
from .render import render
from .spec import OPENAPI_FILE, SCHEMA_FILE, Spec, snake

VERSION = "0.1.0"


def _operations(s: Spec) -> list[dict[str, Any]]:
    ops = []
    for op in s.operations:
        request = s.types[op.request]
        ops.append(
            {
                "action": op.action,
                "version": op.version,
                "service": op.service,
                "method": op.method,
                "summary": op.summary,
                "description": op.description,
                "request": op.request,
                "request_module": request.module,
                "request_fields": request.fields,
                "response": op.response,
                "response_module": s.types[op.response].module,
                "parse_function": f"parse_{snake(op.response)}",
                "error_codes": op.error_codes,
                "waiters": op.waiters,
            }
        )
    return ops


def _example(s: Spec) -> tuple[str, dict[str, Any]]:
    example: dict[str, Any] = s.schema["$defs"]["DescribeTaskDetailResponse"]["examples"][0]
    return example["WorkflowTask"]["TaskId"], example


def generate(s: Spec) -> dict[str, str]:
    from_openapi = headers.generated(f"schema/{OPENAPI_FILE}")
    from_schema = headers.generated(f"schema/{SCHEMA_FILE}")
    both = headers.generated(f"schema/{OPENAPI_FILE} and schema/{SCHEMA_FILE}")
    ops = _operations(s)
    task_id, example = _example(s)
    return {
        "__init__.py": render(
            "package_init.py.jinja2", header=both, version=VERSION, operations=ops
        ),
        "errors.py": render(
            "errors.py.jinja2", header=from_openapi, errors=s.errors, openapi_file=OPENAPI_FILE
        ),
        "enums.py": render("enums.py.jinja2", header=from_schema, enums=enums.collect(s)),
        "operations.py": render(
            "operations.py.jinja2", header=both, operations=ops, openapi_file=OPENAPI_FILE
        ),
        "client.py": render(
            "client.py.jinja2",
            header=both,
            operations=ops,
            endpoint=s.endpoint,
            openapi_file=OPENAPI_FILE,
        ),
        "_converter_instance.py": render("converter_instance.py.jinja2", header=from_schema),
        "testing/_example.py": render(
            "example.py.jinja2",
            header=from_schema,
            task_id=task_id,
            example=repr(json.loads(json.dumps(example))),
        ),
    }
