# generated from schema/mps.openapi.json and schema/mps.schema.json by codegen/templates/tencent_mps/client.py.jinja2 (make generate); do not edit.
"""The asynchronous client: one method per operation of ``schema/mps.openapi.json``.

Signing, credentials, transport, retries, waiting and paging are the hand-written core
(:class:`tencent_mps_core.async_client_base.AsyncBaseClient`); this module binds the operations to it. A
method imports the models of its own operation when first called, so importing the client costs
the same whatever the number of operations.

It needs the ``async`` extra (``pip install 'tencent-mps[async]'``, which brings aiohttp); the
synchronous :class:`~tencent_mps.client.Client` never loads it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from tencent_mps_core.async_client_base import AsyncBaseClient
from tencent_mps_core.service import ServiceModel

from . import operations as _ops
from ._service import SERVICE

if TYPE_CHECKING:
    from datetime import datetime

    from tencent_mps_core.raw import RawResponse
    from tencent_mps_core.watch import AsyncWatch

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
    from .models.task_simple_info import TaskSimpleInfo

__all__ = ["AsyncClient"]


class AsyncClient(AsyncBaseClient):
    """Asynchronous client of Tencent Cloud Media Processing Service (MPS), API version 2019-06-12.

    ``AsyncClient()`` finds credentials in the environment or the profile file; see the README for
    every option (region, endpoint, timeouts, attempts). Use it in ``async with`` (or ``await
    client.close()``); every method is a coroutine, paginators and watchers are ``async for``.
    """

    service: ClassVar[ServiceModel] = SERVICE

    async def describe_task_detail(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeTaskDetailResponse:
        """Get the status and full results of a task.

        Given a task ID, returns the task type, its status (WAITING, PROCESSING, FINISH),
        timestamps and every sub-task result (transcodes, snapshots, AI analysis, recognition,
        review, quality control). Tasks older than seven days cannot be queried. The action is
        read-only and safe to retry.

        Args:
            task_id: ID of the media-processing task whose details should be returned. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code (for example
        ``FailedOperation.InvalidMpsUser``, ``InternalError``, ``InvalidParameterValue``, ``ResourceNotFound``, ``UnauthorizedOperation``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        return (
            await self.describe_task_detail_raw(task_id, extra_params=extra_params, timeout=timeout)
        ).parsed

    async def describe_task_detail_raw(
        self,
        task_id: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[DescribeTaskDetailResponse]:
        """Like :meth:`describe_task_detail`, with the HTTP status, headers, body and attempt count."""
        from .models.describe_task_detail_request import DescribeTaskDetailRequest

        request = DescribeTaskDetailRequest(
            task_id=task_id, unknown_fields=dict(extra_params) if extra_params else None
        )
        return await self._invoke(_ops.DESCRIBE_TASK_DETAIL, request, timeout=timeout)

    async def wait_for_task(
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
        from . import _loops

        return await self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_TASK_DETAIL,
            _loops.DESCRIBE_TASK_DETAIL_WAIT_FOR_TASK,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    def watch_tasks(
        self,
        task_ids: Iterable[str],
        *,
        interval: float = 5.0,
        timeout: float = 3600.0,
        since: datetime | float | None = None,
    ) -> AsyncWatch[DescribeTaskDetailResponse]:
        """Follow many tasks at once until each has finished, yielding each task's final details
        once. Finished tasks are found with DescribeTasks sweeps (100 per page) and only those
        get a DescribeTaskDetail call; tasks DescribeTasks does not list are polled one by one.

        Returns an async iterator that yields each item's final ``DescribeTaskDetail`` response once, as
        soon as it is seen to be done; ``.add(*ids)`` watches more while iterating, ``.pending``
        tells what is left. Sweeps run every ``interval`` seconds; the first reaches back to
        ``since`` (a datetime or seconds since the epoch; default: one day), later ones to the
        oldest unfinished item. ``DescribeTasks`` only lists the last 7 days: items
        it does not show are polled one by one. Raises
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.pending``: the unfinished ids) when
        ``timeout`` seconds pass. Calls go through the client's rate limiter.
        """
        from .models.describe_task_detail_request import DescribeTaskDetailRequest
        from .models.describe_tasks_request import DescribeTasksRequest

        def listing(status: str, since_time: str) -> DescribeTasksRequest:
            return DescribeTasksRequest(status=status, start_time=since_time, limit=100)

        from . import _loops

        return self._watch(
            _loops.DESCRIBE_TASK_DETAIL_WATCH_TASKS,
            task_ids,
            detail=(
                _ops.DESCRIBE_TASK_DETAIL,
                lambda item_id: DescribeTaskDetailRequest(task_id=item_id),
            ),
            listing=(_ops.DESCRIBE_TASKS, _loops.DESCRIBE_TASKS_PAGES, listing),
            waiter=_loops.DESCRIBE_TASK_DETAIL_WAIT_FOR_TASK,
            interval=interval,
            timeout=timeout,
            since=since,
        )

    async def describe_tasks(
        self,
        status: str,
        *,
        sub_task_has_failed: bool | None = None,
        limit: int | None = None,
        scroll_token: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeTasksResponse:
        """List recent tasks by status, page by page.

        Returns summaries of tasks filtered by status (WAITING, PROCESSING, FINISH), optionally
        by whether a sub-task failed and by a time range. Only tasks from the last seven days
        (168 hours) are listed. Each page holds at most 100 entries; pass the returned
        ScrollToken to fetch the next page until it comes back empty. The action is read-only
        and safe to retry.

        Args:
            status: Filter tasks by status. Required.
            sub_task_has_failed: Filter finished tasks by whether any subtask failed: true returns only tasks with failed subtasks, false only tasks without.
            limit: Number of records to return.
            scroll_token: Paging token for fetching results in batches: pass the ScrollToken returned by the previous call to continue from the next record.
            start_time: Start of the time range to query, in ISO 8601 date-time format (UTC).
            end_time: End of the time range to query, in ISO 8601 date-time format (UTC).
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code (for example
        ``FailedOperation.InvalidMpsUser``, ``InternalError``, ``InvalidParameter.EndTime``, ``InvalidParameter.StartTime``, ``InvalidParameterValue``, ``InvalidParameterValue.Limit``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        return (
            await self.describe_tasks_raw(
                status,
                sub_task_has_failed=sub_task_has_failed,
                limit=limit,
                scroll_token=scroll_token,
                start_time=start_time,
                end_time=end_time,
                extra_params=extra_params,
                timeout=timeout,
            )
        ).parsed

    async def describe_tasks_raw(
        self,
        status: str,
        *,
        sub_task_has_failed: bool | None = None,
        limit: int | None = None,
        scroll_token: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
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
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return await self._invoke(_ops.DESCRIBE_TASKS, request, timeout=timeout)

    def iter_tasks(
        self,
        status: str,
        *,
        sub_task_has_failed: bool | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[TaskSimpleInfo]:
        """Every item of ``TaskSet`` across all pages of ``DescribeTasks``.

        Pages are fetched as the ``async for`` iteration goes (scroll-token paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 100);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`describe_tasks`.
        """
        from . import _loops
        from .models.describe_tasks_request import DescribeTasksRequest

        request = DescribeTasksRequest(
            status=status,
            sub_task_has_failed=sub_task_has_failed,
            start_time=start_time,
            end_time=end_time,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.DESCRIBE_TASKS,
            _loops.DESCRIBE_TASKS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_describe_tasks(
        self,
        status: str,
        *,
        sub_task_has_failed: bool | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> AsyncIterator[DescribeTasksResponse]:
        """Every page of ``DescribeTasks``: one :class:`DescribeTasksResponse` per call.

        Like :meth:`iter_tasks`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.describe_tasks_request import DescribeTasksRequest

        request = DescribeTasksRequest(
            status=status,
            sub_task_has_failed=sub_task_has_failed,
            start_time=start_time,
            end_time=end_time,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.DESCRIBE_TASKS,
            _loops.DESCRIBE_TASKS_PAGES,
            request,
            page_size=page_size,
            timeout=timeout,
        )

    async def parse_notification(
        self,
        content: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ParseNotificationResponse:
        """Decode an MPS event notification into a typed event.

        Takes the body of an event notification, as received from a message queue or an HTTP
        callback, and decodes it into its event type and the matching task event (workflow,
        media editing, orchestration, batch or digital watermark extraction), together with
        SessionId, SessionContext, Timestamp and Sign. The Timestamp and Sign let you check that
        the notification is genuine and not expired. The action is read-only and starts no
        processing.

        Args:
            content: Event notification content received from CMQ. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code (for example
        ``InternalError``, ``InvalidParameterValue``, ``UnauthorizedOperation``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        return (
            await self.parse_notification_raw(content, extra_params=extra_params, timeout=timeout)
        ).parsed

    async def parse_notification_raw(
        self,
        content: str,
        *,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> RawResponse[ParseNotificationResponse]:
        """Like :meth:`parse_notification`, with the HTTP status, headers, body and attempt count."""
        from .models.parse_notification_request import ParseNotificationRequest

        request = ParseNotificationRequest(
            content=content, unknown_fields=dict(extra_params) if extra_params else None
        )
        return await self._invoke(_ops.PARSE_NOTIFICATION, request, timeout=timeout)

    async def process_media(
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
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ProcessMediaResponse:
        """Start a media processing task on a file in COS or at a URL.

        Starts one task on a media file stored in COS or reachable by URL; it can transcode
        (including Top Speed Codec, enhancement and visible or digital watermarks), package
        adaptive bitrate streams, make animated images, take snapshots and image sprites, run
        quality control, generate and translate subtitles, erase watermarks, subtitles or
        private content, and run AI review, analysis and recognition. The call returns a task ID
        whose progress can be followed with DescribeTaskDetail or event notifications. It is not
        idempotent: every call starts a new task unless a SessionId is set, in which case an
        identical request within three days is rejected as a duplicate.

        Args:
            input_info: Input file to be processed. Required.
            output_storage: Target storage for output files; defaults to the storage of InputInfo.
            output_dir: Target directory for generated files; must start and end with /, e.g.
            schedule_id: ID of the orchestration to run.
            media_process_task: Parameters of media processing tasks such as transcoding and snapshots.
            ai_content_review_task: Parameters of a video content moderation task.
            ai_analysis_task: Parameters of a video content analysis task.
            ai_recognition_task: Parameters of a video content recognition task.
            ai_quality_control_task: Parameters of a media quality inspection task.
            smart_subtitles_task: Parameters of a smart subtitle task.
            smart_erase_task: Parameters of a smart erase task.
            ai_dubbing_task: Parameters of an AI dubbing task.
            task_notify_config: Event notification settings of the task; leave empty to receive no notifications.
            tasks_priority: Priority of the task flow, from -10 to 10; higher values run first.
            session_id: Deduplication identifier: a request carrying an ID already used within the last 3 days is rejected with an error.
            session_context: Caller-defined context passed through unchanged and echoed back in task status callbacks.
            task_type: Scheduling type of the task; defaults to Online.
            resource_id: ID of the resource to use, which must be enabled.
            activities: Orchestration activities to run.
            skip_mate_data: Whether to skip reading the metadata of the input file.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code (for example
        ``FailedOperation.InvalidMpsUser``, ``InternalError``, ``InvalidParameter.InputInfo``, ``InvalidParameterValue``, ``InvalidParameterValue.Definition``, ``InvalidParameterValue.InputInfo``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        return (
            await self.process_media_raw(
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
                extra_params=extra_params,
                timeout=timeout,
            )
        ).parsed

    async def process_media_raw(
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
        extra_params: Mapping[str, Any] | None = None,
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
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return await self._invoke(_ops.PROCESS_MEDIA, request, timeout=timeout)
