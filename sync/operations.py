"""Facts + the OpenAPI document's paths -> new paths: one operation per covered action.

An operation's facts are its action, version, and the request and response types it refers to.
Everything else on it is ours and kept: summary, description and every other ``x-`` extension
(idempotency, rate limit, error list, waiters, pagination). A new operation copies the
parameters and envelopes of an existing one (or a built-in template) for its own action.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import placeholders, policy
from .changes import ACTIONS, ChangeLog, code, codes
from .facts import ActionFacts, Facts
from .ordering import NEEDS_DESCRIPTION, OPERATION, REMOVED_UPSTREAM, ordered

SCHEMA_REF = "mps.schema.json#/$defs/"
METHOD = "post"


class OperationError(Exception):
    """The covered actions cannot be carried into the OpenAPI document."""


def path_key(action: str) -> str:
    return f"/#X-TC-Action={action}"


_COMMON_HEADERS = ("X-TC-Version", "X-TC-Timestamp", "X-TC-Region", "X-TC-Token", "X-TC-Language")


def _template(action: str, request: str, response: str) -> dict[str, Any]:
    """Parameters, request body and responses of an operation, as the schema first wrote them."""
    return {
        "parameters": [
            {
                "name": "X-TC-Action",
                "in": "header",
                "required": True,
                "description": "The API action.",
                "schema": {"type": "string", "const": action},
            },
            *({"$ref": f"#/components/parameters/{name}"} for name in _COMMON_HEADERS),
        ],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": SCHEMA_REF + request}}},
        },
        "responses": {
            "200": {
                "description": "The success envelope, or the error envelope (errors also use HTTP 200).",
                "content": {
                    "application/json": {
                        "schema": {
                            "oneOf": [
                                {
                                    "type": "object",
                                    "description": "Success envelope.",
                                    "required": ["Response"],
                                    "properties": {"Response": {"$ref": SCHEMA_REF + response}},
                                },
                                {"$ref": "#/components/schemas/ErrorEnvelope"},
                            ]
                        }
                    }
                },
            },
            "default": {
                "description": "A gateway or transport failure outside the API's own envelope (for example HTTP 5xx)."
            },
        },
    }


def _retarget(node: Any, replace: Mapping[str, str]) -> Any:
    """A copy of ``node`` with every string value found in ``replace`` replaced."""
    if isinstance(node, dict):
        return {k: _retarget(v, replace) for k, v in node.items()}
    if isinstance(node, list):
        return [_retarget(v, replace) for v in node]
    if isinstance(node, str):
        return replace.get(node, node)
    return node


@dataclass(frozen=True)
class _Existing:
    key: str
    method: str
    operation: dict[str, Any]

    @property
    def action(self) -> str:
        return str(self.operation["x-tc-action"])

    def request(self) -> str:
        ref = self.operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        return str(ref).removeprefix(SCHEMA_REF)


def operations(openapi: Mapping[str, Any]) -> dict[str, _Existing]:
    """The document's operations, by action."""
    found: dict[str, _Existing] = {}
    for key, item in openapi.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "x-tc-action" in operation:
                found[str(operation["x-tc-action"])] = _Existing(key, method, operation)
    return found


def _new_operation(
    action: ActionFacts, version: str, model: _Existing | None, objects: Mapping[str, Any]
) -> dict[str, Any]:
    if model is not None and model.action != action.name:
        old_request = model.request()
        old_response = old_request.removesuffix("Request") + "Response"
        replace = {
            model.action: action.name,
            SCHEMA_REF + old_request: SCHEMA_REF + action.request,
            SCHEMA_REF + old_response: SCHEMA_REF + action.response,
        }
        body: dict[str, Any] = {
            k: _retarget(copy.deepcopy(model.operation[k]), replace)
            for k in ("parameters", "requestBody", "responses")
            if k in model.operation
        }
    else:
        body = _template(action.name, action.request, action.response)
    operation: dict[str, Any] = {
        "operationId": action.name,
        "summary": placeholders.operation_summary(action.name),
        "description": placeholders.operation_description(
            action.name, action.request, action.response
        ),
        NEEDS_DESCRIPTION: True,
        "x-tc-action": action.name,
        "x-tc-version": version,
        **policy.decide(action.name, objects, action.request, action.response),
        **body,
    }
    return ordered(operation, OPERATION)


def new_operation_notes(action: ActionFacts, operation: Mapping[str, Any]) -> list[str]:
    """What to review on an operation sync added: the decisions :mod:`.policy` made."""
    decided = {k: v for k, v in operation.items() if k in policy.DECIDED}
    shown = "; ".join(f"`{k}` {json.dumps(v, sort_keys=True)}" for k, v in decided.items())
    notes = [f"new operation {code(action.name)}: decided by rule, review: {shown}"]
    found = policy.paging_fields(action.request_fields)
    if found is not None and "x-tc-pagination" not in operation:
        style, fields = found
        notes.append(
            f"{code(action.name)}: the request has {codes(fields)} (pagination style `{style}`)"
            " but no iterator was decided: the response has no single list"
        )
    return notes


def merge_operations(
    openapi: Mapping[str, Any],
    facts: Facts,
    covered: tuple[str, ...],
    log: ChangeLog,
    objects: Mapping[str, Any],
) -> tuple[dict[str, Any], list[str]]:
    """The new ``paths``, and notes for review."""
    existing = operations(openapi)
    model = next((existing[a] for a in sorted(existing) if a in facts.actions), None)
    paths: dict[str, Any] = {key: dict(item) for key, item in openapi.get("paths", {}).items()}
    notes: list[str] = []
    for action, gone in existing.items():
        if action not in covered:
            del paths[gone.key][gone.method]
            if not paths[gone.key]:
                del paths[gone.key]
            log.add(ACTIONS, code(action), "no longer covered: removed from the schema")
    for action in covered:
        old: _Existing | None = existing.get(action)
        if action in facts.actions:
            if old is None:
                operation = _new_operation(facts.actions[action], facts.version, model, objects)
                paths.setdefault(path_key(action), {})[METHOD] = operation
                log.add(ACTIONS, code(action), "added")
                notes += new_operation_notes(facts.actions[action], operation)
                continue
            operation = dict(old.operation)
            if operation.pop(REMOVED_UPSTREAM, None) is not None:
                operation.pop("deprecated", None)
                log.add(ACTIONS, code(action), "back upstream")
            if operation.get("x-tc-version") != facts.version:
                log.add(
                    ACTIONS,
                    code(action),
                    f"version {operation.get('x-tc-version')} -> {facts.version}",
                )
                operation["x-tc-version"] = facts.version
        elif old is not None:
            operation = dict(old.operation)
            if REMOVED_UPSTREAM not in operation:
                operation["deprecated"] = True
                operation[REMOVED_UPSTREAM] = facts.release
                log.add(ACTIONS, code(action), "removed upstream (kept, deprecated)")
        else:
            raise OperationError(f"action {action} is not in {facts.release}")
        paths[old.key][old.method] = ordered(operation, OPERATION)
    return dict(sorted(paths.items())), notes
