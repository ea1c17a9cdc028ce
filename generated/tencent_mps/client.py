# generated from schema/describe-task-detail.openapi.json and schema/describe-task-detail.schema.json by codegen (make generate); do not edit.
"""The MPS client: one method per operation of ``schema/describe-task-detail.openapi.json``.

Signing, credentials, transport and retries are the hand-written runtime (``BaseClient``); this
module only binds the operations, their models and their waiters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from tencent_mps._runtime import waiter as _waiter
from tencent_mps._runtime.client_base import BaseClient
from tencent_mps._runtime.raw import RawResponse
from tencent_mps.models.describe_task_detail_request import DescribeTaskDetailRequest
from tencent_mps.models.describe_task_detail_response import DescribeTaskDetailResponse
from tencent_mps.models.describe_task_detail_response import (
    _structure as _structure_describe_task_detail,
)

__all__ = ["Client"]


class Client(BaseClient):
    """Client of Tencent Cloud Media Processing Service (MPS), API version 2019-06-12.

    ``Client()`` finds credentials in the environment or the profile file; see :class:`BaseClient`
    for every option (region, endpoint, timeouts, attempts). Thread-safe: share one client.
    """

    service: ClassVar[str] = "mps"
    default_endpoint: ClassVar[str] = "https://mps.tencentcloudapi.com"

    def describe_task_detail(
        self,
        *,
        task_id: str,
    ) -> DescribeTaskDetailResponse:
        """Get the status and full results of a task.

        Given a task ID, returns the task type, its status (WAITING, PROCESSING, FINISH),
        timestamps and every sub-task result (transcodes, snapshots, AI analysis, recognition,
        review, quality control). Tasks older than seven days cannot be queried. The action is
        read-only and safe to retry.

        Raises the :mod:`tencent_mps.errors` class of the error code (for example ``FailedOperation.InvalidMpsUser``, ``InternalError``, ``InvalidParameterValue``, ``ResourceNotFound``, ``UnauthorizedOperation``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt, and
        :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        return self._call_raw(
            "DescribeTaskDetail",
            "2019-06-12",
            DescribeTaskDetailRequest(
                task_id=task_id,
            ).to_dict(),
            _structure_describe_task_detail,
        ).parsed

    def describe_task_detail_raw(
        self,
        *,
        task_id: str,
    ) -> RawResponse[DescribeTaskDetailResponse]:
        """Like :meth:`describe_task_detail`, with the HTTP status, headers, body and attempt count."""
        return self._call_raw(
            "DescribeTaskDetail",
            "2019-06-12",
            DescribeTaskDetailRequest(
                task_id=task_id,
            ).to_dict(),
            _structure_describe_task_detail,
        )

    def wait_for_task(
        self,
        task_id: str,
        *,
        interval: float = 5.0,
        timeout: float = 600.0,
        on_progress: Callable[[DescribeTaskDetailResponse], object] | None = None,
    ) -> DescribeTaskDetailResponse:
        """Poll DescribeTaskDetail until the task's Status is FINISH.

        Polls every ``interval`` seconds; ``on_progress`` is called with each intermediate
        response. Returns the final response. Raises
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) after
        ``timeout`` seconds; API errors propagate as their typed exceptions.
        """

        def state_of(response: DescribeTaskDetailResponse) -> _waiter.State:
            if response.status == "FINISH":
                return "success"
            if response.status == "WAITING":
                return "retry"
            if response.status == "PROCESSING":
                return "retry"
            return "retry"

        return _waiter.wait(
            lambda: self.describe_task_detail(task_id=task_id),
            state_of,
            what=f"wait_for_task({task_id!r})",
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
            sleep=self._sleep,
        )
