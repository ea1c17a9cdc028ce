# generated from schema/describe-task-detail.openapi.json and schema/describe-task-detail.schema.json by codegen (make generate); do not edit.
"""Decoders of whole HTTP bodies, one per operation of ``schema/describe-task-detail.openapi.json``."""

from __future__ import annotations

from tencent_mps._runtime.envelope import load_json, unwrap
from tencent_mps.models.describe_task_detail_response import DescribeTaskDetailResponse
from tencent_mps.models.describe_task_detail_response import (
    _structure as _structure_describe_task_detail,
)

__all__ = [
    "parse_describe_task_detail_response",
]


def parse_describe_task_detail_response(
    body: bytes | bytearray | str,
) -> DescribeTaskDetailResponse:
    """Decode a whole ``DescribeTaskDetail`` response body, ``{"Response": ...}`` envelope included.

    An error envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); a body that is not JSON, or not of the expected shape, raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return _structure_describe_task_detail(unwrap(load_json(body)))
