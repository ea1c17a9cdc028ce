"""Stable key order for the objects sync writes, so that its output is the same every time."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

REMOVED_UPSTREAM = "x-removed-upstream"
NEEDS_DESCRIPTION = "x-needs-description"
OTHER = ""  # where keys sync does not know go, in the order they came

PROPERTY = (
    "description",
    NEEDS_DESCRIPTION,
    "type",
    "anyOf",
    "$ref",
    "items",
    "format",
    "x-unit",
    "x-known-values",
    "x-enum-name",
    OTHER,
    "examples",
    "x-request-required",
    "x-always-present",
    "deprecated",
    REMOVED_UPSTREAM,
)
TYPE = (
    "type",
    "title",
    "description",
    NEEDS_DESCRIPTION,
    "customBasePath",
    "x-tc-task-fields",
    OTHER,
    "properties",
    "examples",
    "deprecated",
    REMOVED_UPSTREAM,
)
OPERATION = (
    "operationId",
    "summary",
    "description",
    NEEDS_DESCRIPTION,
    "deprecated",
    REMOVED_UPSTREAM,
    "x-tc-action",
    "x-tc-version",
    OTHER,
    "parameters",
    "requestBody",
    "responses",
)
ERROR_CODE = (
    "code",
    "description",
    NEEDS_DESCRIPTION,
    "retryable",
    "scope",
    "class-name",
    OTHER,
    "deprecated",
    REMOVED_UPSTREAM,
)


def ordered(obj: Mapping[str, Any], order: tuple[str, ...]) -> dict[str, Any]:
    """``obj`` with its keys in ``order``; unknown keys at the OTHER slot, in their order."""
    rank = {key: i for i, key in enumerate(order)}
    other = rank[OTHER]
    return dict(sorted(obj.items(), key=lambda item: rank.get(item[0], other)))
