"""The first decision on a new operation's behaviour, by rule; from then on it is the schema's.

Upstream describes what an action sends and returns, not how it behaves. When sync adds an
operation it writes these ``x-`` extensions from the rules below (explained in schema/README.md)
and lists them in the drift report for review; later syncs keep whatever the schema says.

- ``x-tc-idempotent``: by the action's verb. Reads are retried freely. Actions that create
  something, start a task or do billed work are never re-sent after a failure the service may
  have received. Actions that set a state (Modify, Update, Delete, Enable, Disable, Start, Stop,
  Reset, ...) converge when repeated, so they are re-sent.
- ``x-tc-applied-codes``: for Delete actions, the error code a re-sent request gets when the
  first attempt was applied (the resource is gone): on a re-sent attempt, it means success.
- ``x-tc-subject``: the one positional argument of the method, the id of the thing the action is
  about (TaskId, Definition, ...), when the request has exactly one required id; else the
  required InputInfo of an action that processes a file.
- ``x-tc-rate-limit-per-second``: ``null`` (unknown): upstream documents no quotas.
- ``x-tc-pagination``: from the request's paging fields and the response's one list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from codegen import naming

#: Verbs of actions that only read: retried freely.
READ_VERBS = ("Describe", "Parse", "Query", "List", "Get")
#: Verbs of actions that set a state: repeating them converges, so they are re-sent.
CONVERGING_VERBS = (
    "Modify",
    "Update",
    "Delete",
    "Enable",
    "Disable",
    "Start",
    "Stop",
    "Reset",
    "Manage",
    "Disassociate",
    "Activate",
    "BatchDelete",
    "BatchStart",
    "BatchStop",
)
#: The extensions :func:`decide` writes.
DECIDED = (
    "x-tc-idempotent",
    "x-tc-rate-limit-per-second",
    "x-tc-applied-codes",
    "x-tc-subject",
    "x-tc-pagination",
)
#: Codes that tell a re-sent Delete that its first attempt removed the resource.
DELETE_APPLIED_CODES = ("ResourceNotFound",)

# (style, request paging fields) in the order they are tried.
_PAGING = (
    ("scroll-token", ("ScrollToken",)),
    ("offset-limit", ("Offset", "Limit")),
    ("page-number", ("PageNum", "PageSize")),
    ("page-number", ("Page", "PageSize")),
)
_TOTALS = ("TotalCount", "TotalNum", "Total")
# "maximum" / "at most" in upstream's text (written as escapes: no Chinese in our sources),
# then an optional colon or "is", then the number.
_MAXIMUM = re.compile(
    r"(?:\u6700\u5927\u503c|\u6700\u5927|\u4e0a\u9650|\u4e0d\u8d85\u8fc7|max(?:imum)?)"
    r"\s*[\uff1a:\u4e3a\u662f]?\s*(\d+)",
    re.I,
)
_ID = re.compile(r"(?:Id|Definition)$")


def verb(action: str) -> str:
    for prefix in sorted(CONVERGING_VERBS + READ_VERBS, key=len, reverse=True):
        if action.startswith(prefix):
            return prefix
    match = re.match(r"[A-Z][a-z]+", action)
    return match.group(0) if match else action


def idempotent(action: str) -> bool:
    return verb(action) in READ_VERBS + CONVERGING_VERBS


def _members(objects: Mapping[str, Any], type_name: str) -> dict[str, Mapping[str, Any]]:
    return {m["name"]: m for m in objects.get(type_name, {}).get("members", ())}


def subject(request: Mapping[str, Mapping[str, Any]]) -> str | None:
    """The one required id (not a list of them); else the required ``InputInfo`` of an action
    that processes a file, as ``process_media(input_info, ...)`` has it."""
    ids = [n for n, m in request.items() if m.get("required") and _ID.search(n)]
    ids = [n for n in ids if request[n].get("type") != "list"]
    if len(ids) == 1:
        return ids[0]
    if not ids and request.get("InputInfo", {}).get("required"):
        return "InputInfo"
    return None


def max_page_size(member: Mapping[str, Any]) -> int | None:
    match = _MAXIMUM.search(str(member.get("document", "")))
    return int(match.group(1)) if match else None


def paging_fields(request_fields: Iterable[str]) -> tuple[str, tuple[str, ...]] | None:
    """The pagination style a request's fields suggest, and the fields that suggest it."""
    names = set(request_fields)
    return next((p for p in _PAGING if names.issuperset(p[1])), None)


def pagination(
    action: str, request: Mapping[str, Mapping[str, Any]], response: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any] | None:
    lists = [n for n, m in response.items() if m.get("type") == "list"]
    found = paging_fields(request)
    if found is None or len(lists) != 1:
        return None
    style, fields = found
    noun = re.sub(r"^(Describe|Query|List)", "", action)
    spec: dict[str, Any] = {
        "method": f"iter_{naming.snake(noun)}",
        "style": style,
        "items": lists[0],
    }
    size_field = "Limit" if style != "page-number" else "PageSize"
    if style == "scroll-token":
        spec.update({"request-token": "ScrollToken", "response-token": "ScrollToken"})
        if "Limit" in request:
            spec["limit"] = "Limit"
    elif style == "offset-limit":
        spec.update({"offset": "Offset", "limit": "Limit"})
    else:
        spec.update({"page": fields[0], "page-size": "PageSize"})
    total = next((t for t in _TOTALS if t in response), None)
    if total is not None:
        spec["total"] = total
    if size_field in request:
        maximum = max_page_size(request[size_field])
        if maximum is not None:
            spec["max-page-size"] = maximum
    return spec


def decide(action: str, objects: Mapping[str, Any], request: str, response: str) -> dict[str, Any]:
    """The ``x-`` extensions a new operation starts with."""
    req, resp = _members(objects, request), _members(objects, response)
    decided: dict[str, Any] = {
        "x-tc-idempotent": idempotent(action),
        "x-tc-rate-limit-per-second": None,
    }
    if verb(action) == "Delete":
        decided["x-tc-applied-codes"] = list(DELETE_APPLIED_CODES)
    found = subject(req)
    if found is not None:
        decided["x-tc-subject"] = found
    paging = pagination(action, req, resp)
    if paging is not None:
        decided["x-tc-pagination"] = paging
    return decided
