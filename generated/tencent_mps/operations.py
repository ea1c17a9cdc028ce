# generated from schema/mps.openapi.json and schema/mps.schema.json by codegen/templates/tencent_mps/operations.py.jinja2 (make generate); do not edit.
"""The operations of ``schema/mps.openapi.json`` as data, and a body parser for each.

Every ``Operation`` record says how its action behaves (idempotency, rate limit, error codes)
and where its codecs are; the generated clients hand these records to the hand-written core,
which runs them. Waiters, paginators and watchers are data too, in ``_loops``.

``parse_<response>(body)`` decodes a whole response body of one action; ``parse_response`` is the
one of ``DescribeTaskDetail`` (``x-tc-default-operation`` in schema/).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from tencent_mps_core.operation import Operation

from ._service import SERVICE
from .models._registry import REQUEST, STRUCTURE

if TYPE_CHECKING:
    from .models.describe_task_detail_response import DescribeTaskDetailResponse
    from .models.describe_tasks_response import DescribeTasksResponse
    from .models.parse_notification_response import ParseNotificationResponse
    from .models.process_media_response import ProcessMediaResponse

__all__ = [
    "OPERATIONS",
    "DESCRIBE_TASK_DETAIL",
    "parse_describe_task_detail_response",
    "DESCRIBE_TASKS",
    "parse_describe_tasks_response",
    "PARSE_NOTIFICATION",
    "parse_parse_notification_response",
    "PROCESS_MEDIA",
    "parse_process_media_response",
    "parse_response",
]


DESCRIBE_TASK_DETAIL: Final = Operation(
    action="DescribeTaskDetail",
    version="2019-06-12",
    request_type="DescribeTaskDetailRequest",
    response_type="DescribeTaskDetailResponse",
    idempotent=True,
    rate_limit=100.0,
    error_codes=(
        "FailedOperation.InvalidMpsUser",
        "InternalError",
        "InvalidParameterValue",
        "ResourceNotFound",
        "UnauthorizedOperation",
    ),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeTaskDetail``: Get the status and full results of a task."""


def parse_describe_task_detail_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeTaskDetailResponse:
    """Decode a whole ``DescribeTaskDetail`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_TASK_DETAIL.parse(body, SERVICE)  # type: ignore[no-any-return]


DESCRIBE_TASKS: Final = Operation(
    action="DescribeTasks",
    version="2019-06-12",
    request_type="DescribeTasksRequest",
    response_type="DescribeTasksResponse",
    idempotent=True,
    rate_limit=100.0,
    error_codes=(
        "FailedOperation.InvalidMpsUser",
        "InternalError",
        "InvalidParameter.EndTime",
        "InvalidParameter.StartTime",
        "InvalidParameterValue",
        "InvalidParameterValue.Limit",
        "UnauthorizedOperation",
    ),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``DescribeTasks``: List recent tasks by status, page by page."""


def parse_describe_tasks_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> DescribeTasksResponse:
    """Decode a whole ``DescribeTasks`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return DESCRIBE_TASKS.parse(body, SERVICE)  # type: ignore[no-any-return]


PARSE_NOTIFICATION: Final = Operation(
    action="ParseNotification",
    version="2019-06-12",
    request_type="ParseNotificationRequest",
    response_type="ParseNotificationResponse",
    idempotent=True,
    rate_limit=100.0,
    error_codes=("InternalError", "InvalidParameterValue", "UnauthorizedOperation"),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ParseNotification``: Decode an MPS event notification into a typed event."""


def parse_parse_notification_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ParseNotificationResponse:
    """Decode a whole ``ParseNotification`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return PARSE_NOTIFICATION.parse(body, SERVICE)  # type: ignore[no-any-return]


PROCESS_MEDIA: Final = Operation(
    action="ProcessMedia",
    version="2019-06-12",
    request_type="ProcessMediaRequest",
    response_type="ProcessMediaResponse",
    idempotent=False,
    rate_limit=100.0,
    error_codes=(
        "FailedOperation.InvalidMpsUser",
        "InternalError",
        "InvalidParameter.InputInfo",
        "InvalidParameterValue",
        "InvalidParameterValue.Definition",
        "InvalidParameterValue.InputInfo",
        "InvalidParameterValue.SessionContextTooLong",
        "InvalidParameterValue.SessionId",
        "InvalidParameterValue.SessionIdTooLong",
        "LimitExceeded.CreateTask",
        "ResourceNotFound.CosBucketNameInvalid",
        "ResourceNotFound.CosBucketNotExist",
        "ResourceNotFound.TemplateNotExist",
        "UnauthorizedOperation",
    ),
    encoders=REQUEST,
    decoders=STRUCTURE,
)
"""``ProcessMedia``: Start a media processing task on a file in COS or at a URL."""


def parse_process_media_response(
    body: bytes | bytearray | str | Mapping[str, Any],
) -> ProcessMediaResponse:
    """Decode a whole ``ProcessMedia`` response body, ``{"Response": ...}`` envelope included.

    ``body`` is the HTTP body (bytes or str) or the JSON already parsed (a dict). An error
    envelope raises the API error of its code (a :class:`tencent_mps.errors.APIError`
    subclass); anything that is not the expected shape raises
    :class:`tencent_mps.errors.DecodeError`.
    """
    return PROCESS_MEDIA.parse(body, SERVICE)  # type: ignore[no-any-return]


parse_response = parse_describe_task_detail_response
"""The default body parser: ``DescribeTaskDetail``'s."""

#: Action name -> its operation record.
OPERATIONS: Final[dict[str, Operation]] = {
    "DescribeTaskDetail": DESCRIBE_TASK_DETAIL,
    "DescribeTasks": DESCRIBE_TASKS,
    "ParseNotification": PARSE_NOTIFICATION,
    "ProcessMedia": PROCESS_MEDIA,
}
