# generated from schema/mps.openapi.json and schema/mps.schema.json by codegen/templates/tencent_mps/client.py.jinja2 (make generate); do not edit.
"""The client: one method per operation of ``schema/mps.openapi.json``.

Signing, credentials, transport, retries, waiting and paging are the hand-written core
(:class:`tencent_mps_core.client_base.BaseClient`); this module binds the operations to it. A
method imports the models of its own operation when first called, so importing the client costs
the same whatever the number of operations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from tencent_mps_core.client_base import BaseClient
from tencent_mps_core.lazy import LazyModule
from tencent_mps_core.service import ServiceModel

from ._service import SERVICE

if TYPE_CHECKING:
    from . import operations as _ops
else:  # the operation records are built by the first call, not by importing the client
    _ops = LazyModule(f"{__package__}.operations")

if TYPE_CHECKING:
    from tencent_mps_core.raw import RawResponse

    from .models.create_job_response import CreateJobResponse
    from .models.describe_job_response import DescribeJobResponse
    from .models.job_detail import JobDetail
    from .models.job_input import JobInput
    from .models.list_jobs_response import ListJobsResponse
    from .models.output_spec import OutputSpec
    from .models.ping_response import PingResponse

__all__ = ["Client"]


class Client(BaseClient):
    """Client of Golden Job Service, API version 2020-01-01.

    ``Client()`` finds credentials in the environment or the profile file; see the README for
    every option (region, endpoint, timeouts, attempts). Thread-safe: share one client.
    """

    service: ClassVar[ServiceModel] = SERVICE

    def create_job(
        self,
        input: JobInput,
        *,
        outputs: list[OutputSpec] | None = None,
        priority: int | None = None,
        ratio: float | None = None,
        dry_run: bool | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> CreateJobResponse:
        """Start a job.

        Start a job. (fixture operation).

        Args:
            input: What to work on. Required.
            outputs: Outputs to make.
            priority: Priority, -10 to 10.
            ratio: Share of the quota to use.
            dry_run: Check the request only.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code (this action documents
        ``InvalidParameter.Value``, ``InvalidParameterValue``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer. The action is not
        idempotent: it is re-sent only after failures where the service surely did not get it.
        """
        from .models.create_job_request import CreateJobRequest

        request = CreateJobRequest(
            input=input,
            outputs=outputs,
            priority=priority,
            ratio=ratio,
            dry_run=dry_run,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[CreateJobResponse] = self._invoke(
            _ops.CREATE_JOB, request, timeout=timeout
        )
        return raw.parsed

    def describe_job(
        self,
        *,
        job_id: str,
        region: str,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> DescribeJobResponse:
        """Get a job.

        Get a job. (fixture operation).

        Args:
            job_id: ID of the job. Required.
            region: Region of the job. Required.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code (this action documents
        ``ResourceNotFound.JobNotFound``),
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.describe_job_request import DescribeJobRequest

        request = DescribeJobRequest(
            job_id=job_id,
            region=region,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[DescribeJobResponse] = self._invoke(
            _ops.DESCRIBE_JOB, request, timeout=timeout
        )
        return raw.parsed

    def wait_for_job(
        self,
        job_id: str,
        region: str,
        *,
        interval: float = 2.0,
        timeout: float = 60.0,
        on_progress: Callable[[DescribeJobResponse], object] | None = None,
    ) -> DescribeJobResponse:
        """Poll DescribeJob until the job is done.

        Polls ``DescribeJob`` every ``interval`` seconds; ``on_progress`` is called with each
        intermediate response. Returns the response that reached the success state. Raises
        :class:`~tencent_mps.errors.WaiterFailureError` on a failure state and
        :class:`~tencent_mps.errors.WaitTimeoutError` (``.last`` is the last response) when
        ``timeout`` seconds pass, a poll in flight included; API errors propagate as their
        typed exceptions.
        """
        from .models.describe_job_request import DescribeJobRequest

        request = DescribeJobRequest(
            job_id=job_id,
            region=region,
        )
        from . import _loops

        return self._wait(  # type: ignore[no-any-return]
            _ops.DESCRIBE_JOB,
            _loops.DESCRIBE_JOB_WAIT_FOR_JOB,
            request,
            interval=interval,
            timeout=timeout,
            on_progress=on_progress,
        )

    def list_jobs(
        self,
        *,
        status: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> ListJobsResponse:
        """List jobs, a page at a time.

        List jobs, a page at a time. (fixture operation).

        Args:
            status: Only jobs in this state.
            offset: Items to skip.
            limit: Items per page.
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.list_jobs_request import ListJobsRequest

        request = ListJobsRequest(
            status=status,
            offset=offset,
            limit=limit,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        raw: RawResponse[ListJobsResponse] = self._invoke(_ops.LIST_JOBS, request, timeout=timeout)
        return raw.parsed

    def iter_jobs(
        self,
        *,
        status: str | None = None,
        page_size: int | None = None,
        max_items: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Iterator[JobDetail]:
        """Every item of ``JobSet`` across all pages of ``ListJobs``.

        Pages are fetched as the iteration goes (offset-limit paging). ``page_size``
        sets ``Limit``, the items asked for per call (at most 50);
        ``max_items`` stops after that many items in all. ``timeout`` bounds each page's call.
        The other arguments are those of :meth:`list_jobs`.
        """
        from . import _loops
        from .models.list_jobs_request import ListJobsRequest

        request = ListJobsRequest(
            status=status,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._paginate(
            _ops.LIST_JOBS,
            _loops.LIST_JOBS_PAGES,
            request,
            page_size=page_size,
            max_items=max_items,
            timeout=timeout,
        )

    def paginate_list_jobs(
        self,
        *,
        status: str | None = None,
        page_size: int | None = None,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Iterator[ListJobsResponse]:
        """Every page of ``ListJobs``: one :class:`ListJobsResponse` per call.

        Like :meth:`iter_jobs`, page by page (totals and tokens included) instead of item
        by item.
        """
        from . import _loops
        from .models.list_jobs_request import ListJobsRequest

        request = ListJobsRequest(
            status=status,
            limit=page_size,
            unknown_fields=dict(extra_params) if extra_params else None,
        )
        return self._pages(
            _ops.LIST_JOBS, _loops.LIST_JOBS_PAGES, request, page_size=page_size, timeout=timeout
        )

    def ping(
        self, *, extra_params: Mapping[str, Any] | None = None, timeout: float | None = None
    ) -> PingResponse:
        """Check that the service answers.

        Check that the service answers. (fixture operation).

        Args:
            extra_params: Wire fields newer than this SDK's schema, sent as given, never
                checked (``{"NewField": 1}``); a declared field's own argument wins.
            timeout: Seconds the whole call may take, retries included (default: the client's).

        Raises :class:`~tencent_mps.errors.ValidationError` before sending when the request is
        incomplete, the :mod:`tencent_mps.errors` class of an error code,
        :class:`~tencent_mps.errors.TransportError` when the network fails after every attempt,
        and :class:`~tencent_mps.errors.DecodeError` for a malformed answer.
        """
        from .models.ping_request import PingRequest

        request = PingRequest(unknown_fields=dict(extra_params) if extra_params else None)
        raw: RawResponse[PingResponse] = self._invoke(_ops.PING, request, timeout=timeout)
        return raw.parsed
