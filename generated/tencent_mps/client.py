# generated from schema/mps.openapi.json and schema/mps.schema.json by codegen/templates/tencent_mps/client.py.jinja2 (make generate); do not edit.
"""The MPS client: one method per operation of ``schema/mps.openapi.json``.

Signing, credentials, transport, retries, waiting and paging are the hand-written core
(:class:`tencent_mps_core.client_base.BaseClient`); this module binds the operations to it. A
method imports the models of its own operation when first called, so importing the client costs
the same whatever the number of operations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from tencent_mps_core.client_base import BaseClient
from tencent_mps_core.service import ServiceModel

from . import operations as _ops
from ._service import SERVICE

if TYPE_CHECKING:
    from tencent_mps_core.raw import RawResponse

    from .models.activity import Activity
    from .models.ai_analysis_task_input import AiAnalysisTaskInput
    from .models.ai_content_review_task_input import AiContentReviewTaskInput
    from .models.ai_dubbing_task_input import AIDubbingTaskInput
    from .models.ai_quality_control_task_input import AiQualityControlTaskInput
    from .models.ai_recognition_task_input import AiRecognitionTaskInput
    from .models.describe_task_detail_response import DescribeTaskDetailResponse
    from .models.describe_tasks_response import DescribeTasksResponse
    from .models.media_input_info import MediaInputInfo
    from .models.media_process_task_input import MediaProcessTaskInput
    from .models.parse_notification_response import ParseNotificationResponse
    from .models.process_media_response import ProcessMediaResponse
    from .models.smart_erase_task_input import SmartEraseTaskInput
    from .models.smart_subtitles_task_input import SmartSubtitlesTaskInput
    from .models.task_notify_config import TaskNotifyConfig
    from .models.task_output_storage import TaskOutputStorage

__all__ = ["Client"]


class Client(BaseClient):
    """Client of Tencent Cloud Media Processing Service (MPS), API version 2019-06-12.

    ``Client()`` finds credentials in the environment or the profile file; see the README for
    every option (region, endpoint, timeouts, attempts). Thread-safe: share one client.
    """

    service: ClassVar[ServiceModel] = SERVICE

    def describe_task_detail(
        self, task_id: str, *, timeout: float | None = None
    ) -> DescribeTaskDetailResponse:
        """Get the status and full results of a task.

        Given a task ID, returns the task type, its status (WAITING, PROCESSING, FINISH),
        timestamps and every sub-task result (transcodes, snapshots, AI analysis, recognition,
        review, quality control). Tasks older than seven days cannot be queried. The action is
        read-only and safe to retry.

        Args:
            task_id: ID of the media-processing task whose details should be returned. Required.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code (for example
        ``FailedOperation.InvalidMpsUser``, ``InternalError``, ``InvalidParameterValue``, ``ResourceNotFound``, ``UnauthorizedOperation``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        return self.describe_task_detail_raw(task_id, timeout=timeout).parsed

    def describe_task_detail_raw(
        self, task_id: str, *, timeout: float | None = None
    ) -> RawResponse[DescribeTaskDetailResponse]:
        """Like :meth:`describe_task_detail`, with the HTTP status, headers, body and attempt count."""
        from .models.describe_task_detail_request import DescribeTaskDetailRequest

        request = DescribeTaskDetailRequest(
            task_id=task_id,
        )
        return self._invoke(_ops.DESCRIBE_TASK_DETAIL, request, timeout=timeout)

    def wait_for_task(
        self,
        task_id: str,
        *,
        interval: float = 5.0,
        timeout: float = 600.0,
        on_progress: Callable[[DescribeTaskDetailResponse], object] | None = None,
    ) -> DescribeTaskDetailResponse:
        """Poll DescribeTaskDetail until the task's Status is FINISH.

        Polls ``DescribeTaskDetail`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_task_detail_request import DescribeTaskDetailRequest

        request = DescribeTaskDetailRequest(
            task_id=task_id,
        )
        return self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_TASK_DETAIL,
            _ops.DESCRIBE_TASK_DETAIL_WAIT_FOR_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    def describe_tasks(
        self,
        status: str,
        *,
        sub_task_has_failed: bool | None = None,
        limit: int | None = None,
        scroll_token: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        timeout: float | None = None,
    ) -> DescribeTasksResponse:
        """Call the MPS action DescribeTasks.

        Sends a DescribeTasksRequest and returns a DescribeTasksResponse.

        Args:
            status: `Status` of DescribeTasksRequest: a string. Required.
            sub_task_has_failed: `SubTaskHasFailed` of DescribeTasksRequest: a boolean.
            limit: `Limit` of DescribeTasksRequest: an integer.
            scroll_token: `ScrollToken` of DescribeTasksRequest: a string.
            start_time: `StartTime` of DescribeTasksRequest: a string.
            end_time: `EndTime` of DescribeTasksRequest: a string.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        return self.describe_tasks_raw(
            status,
            sub_task_has_failed=sub_task_has_failed,
            limit=limit,
            scroll_token=scroll_token,
            start_time=start_time,
            end_time=end_time,
            timeout=timeout,
        ).parsed

    def describe_tasks_raw(
        self,
        status: str,
        *,
        sub_task_has_failed: bool | None = None,
        limit: int | None = None,
        scroll_token: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        timeout: float | None = None,
    ) -> RawResponse[DescribeTasksResponse]:
        """Like :meth:`describe_tasks`, with the HTTP status, headers, body and attempt count."""
        from .models.describe_tasks_request import DescribeTasksRequest

        request = DescribeTasksRequest(
            status=status,
            sub_task_has_failed=sub_task_has_failed,
            limit=limit,
            scroll_token=scroll_token,
            start_time=start_time,
            end_time=end_time,
        )
        return self._invoke(_ops.DESCRIBE_TASKS, request, timeout=timeout)

    def parse_notification(
        self, content: str, *, timeout: float | None = None
    ) -> ParseNotificationResponse:
        """Call the MPS action ParseNotification.

        Sends a ParseNotificationRequest and returns a ParseNotificationResponse.

        Args:
            content: `Content` of ParseNotificationRequest: a string. Required.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        return self.parse_notification_raw(content, timeout=timeout).parsed

    def parse_notification_raw(
        self, content: str, *, timeout: float | None = None
    ) -> RawResponse[ParseNotificationResponse]:
        """Like :meth:`parse_notification`, with the HTTP status, headers, body and attempt count."""
        from .models.parse_notification_request import ParseNotificationRequest

        request = ParseNotificationRequest(
            content=content,
        )
        return self._invoke(_ops.PARSE_NOTIFICATION, request, timeout=timeout)

    def process_media(
        self,
        input_info: MediaInputInfo,
        *,
        output_storage: TaskOutputStorage | None = None,
        output_dir: str | None = None,
        schedule_id: int | None = None,
        media_process_task: MediaProcessTaskInput | None = None,
        ai_content_review_task: AiContentReviewTaskInput | None = None,
        ai_analysis_task: AiAnalysisTaskInput | None = None,
        ai_recognition_task: AiRecognitionTaskInput | None = None,
        ai_quality_control_task: AiQualityControlTaskInput | None = None,
        smart_subtitles_task: SmartSubtitlesTaskInput | None = None,
        smart_erase_task: SmartEraseTaskInput | None = None,
        ai_dubbing_task: AIDubbingTaskInput | None = None,
        task_notify_config: TaskNotifyConfig | None = None,
        tasks_priority: int | None = None,
        session_id: str | None = None,
        session_context: str | None = None,
        task_type: str | None = None,
        resource_id: str | None = None,
        activities: list[Activity] | None = None,
        skip_mate_data: int | None = None,
        timeout: float | None = None,
    ) -> ProcessMediaResponse:
        """Call the MPS action ProcessMedia.

        Sends a ProcessMediaRequest and returns a ProcessMediaResponse.

        Args:
            input_info: `InputInfo` of ProcessMediaRequest: a MediaInputInfo object. Required.
            output_storage: `OutputStorage` of ProcessMediaRequest: a TaskOutputStorage object.
            output_dir: `OutputDir` of ProcessMediaRequest: a string.
            schedule_id: `ScheduleId` of ProcessMediaRequest: an integer.
            media_process_task: `MediaProcessTask` of ProcessMediaRequest: a MediaProcessTaskInput object.
            ai_content_review_task: `AiContentReviewTask` of ProcessMediaRequest: an AiContentReviewTaskInput object.
            ai_analysis_task: `AiAnalysisTask` of ProcessMediaRequest: an AiAnalysisTaskInput object.
            ai_recognition_task: `AiRecognitionTask` of ProcessMediaRequest: an AiRecognitionTaskInput object.
            ai_quality_control_task: `AiQualityControlTask` of ProcessMediaRequest: an AiQualityControlTaskInput object.
            smart_subtitles_task: `SmartSubtitlesTask` of ProcessMediaRequest: a SmartSubtitlesTaskInput object.
            smart_erase_task: `SmartEraseTask` of ProcessMediaRequest: a SmartEraseTaskInput object.
            ai_dubbing_task: `AIDubbingTask` of ProcessMediaRequest: an AIDubbingTaskInput object.
            task_notify_config: `TaskNotifyConfig` of ProcessMediaRequest: a TaskNotifyConfig object.
            tasks_priority: `TasksPriority` of ProcessMediaRequest: an integer.
            session_id: `SessionId` of ProcessMediaRequest: a string.
            session_context: `SessionContext` of ProcessMediaRequest: a string.
            task_type: `TaskType` of ProcessMediaRequest: a string.
            resource_id: `ResourceId` of ProcessMediaRequest: a string.
            activities: `Activities` of ProcessMediaRequest: a list of Activity.
            skip_mate_data: `SkipMateData` of ProcessMediaRequest: an integer.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        return self.process_media_raw(
            input_info,
            output_storage=output_storage,
            output_dir=output_dir,
            schedule_id=schedule_id,
            media_process_task=media_process_task,
            ai_content_review_task=ai_content_review_task,
            ai_analysis_task=ai_analysis_task,
            ai_recognition_task=ai_recognition_task,
            ai_quality_control_task=ai_quality_control_task,
            smart_subtitles_task=smart_subtitles_task,
            smart_erase_task=smart_erase_task,
            ai_dubbing_task=ai_dubbing_task,
            task_notify_config=task_notify_config,
            tasks_priority=tasks_priority,
            session_id=session_id,
            session_context=session_context,
            task_type=task_type,
            resource_id=resource_id,
            activities=activities,
            skip_mate_data=skip_mate_data,
            timeout=timeout,
        ).parsed

    def process_media_raw(
        self,
        input_info: MediaInputInfo,
        *,
        output_storage: TaskOutputStorage | None = None,
        output_dir: str | None = None,
        schedule_id: int | None = None,
        media_process_task: MediaProcessTaskInput | None = None,
        ai_content_review_task: AiContentReviewTaskInput | None = None,
        ai_analysis_task: AiAnalysisTaskInput | None = None,
        ai_recognition_task: AiRecognitionTaskInput | None = None,
        ai_quality_control_task: AiQualityControlTaskInput | None = None,
        smart_subtitles_task: SmartSubtitlesTaskInput | None = None,
        smart_erase_task: SmartEraseTaskInput | None = None,
        ai_dubbing_task: AIDubbingTaskInput | None = None,
        task_notify_config: TaskNotifyConfig | None = None,
        tasks_priority: int | None = None,
        session_id: str | None = None,
        session_context: str | None = None,
        task_type: str | None = None,
        resource_id: str | None = None,
        activities: list[Activity] | None = None,
        skip_mate_data: int | None = None,
        timeout: float | None = None,
    ) -> RawResponse[ProcessMediaResponse]:
        """Like :meth:`process_media`, with the HTTP status, headers, body and attempt count."""
        from .models.process_media_request import ProcessMediaRequest

        request = ProcessMediaRequest(
            input_info=input_info,
            output_storage=output_storage,
            output_dir=output_dir,
            schedule_id=schedule_id,
            media_process_task=media_process_task,
            ai_content_review_task=ai_content_review_task,
            ai_analysis_task=ai_analysis_task,
            ai_recognition_task=ai_recognition_task,
            ai_quality_control_task=ai_quality_control_task,
            smart_subtitles_task=smart_subtitles_task,
            smart_erase_task=smart_erase_task,
            ai_dubbing_task=ai_dubbing_task,
            task_notify_config=task_notify_config,
            tasks_priority=tasks_priority,
            session_id=session_id,
            session_context=session_context,
            task_type=task_type,
            resource_id=resource_id,
            activities=activities,
            skip_mate_data=skip_mate_data,
        )
        return self._invoke(_ops.PROCESS_MEDIA, request, timeout=timeout)
