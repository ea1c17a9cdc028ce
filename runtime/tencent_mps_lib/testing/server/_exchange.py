"""What the emulator answers to one request: an injected fault, or the service's reply.

Socket-free: the server hands over each complete request (a :class:`Message`) and writes the
:class:`Answer` it gets back. Every call is recorded before its answer is returned, so a client
that has its answer can rely on ``Emulator.calls`` including it. A ``delay`` fault is not waited
for here: :meth:`Responder.begin` reports it and the server calls :meth:`Responder.finish` once
the time has passed, without holding up other connections.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Protocol

from ._calls import Call, CallLog, public_headers
from ._faults import Fault, FaultQueue
from ._http import BodyTooLarge, FramingError, Head, Message, error_page, render
from ._protocol import Reply, Request, error_reply, task_id_hint

logger = logging.getLogger("tencent_mps.testing")

JSON_TYPE = "application/json"
#: Methods passed on to the service (which answers ``UnsupportedProtocol`` for all but POST);
#: any other method gets an HTTP 501, as ``http.server`` answers it.
ROUTED_METHODS = frozenset({"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"})


class Handles(Protocol):
    """The service side: ``_protocol.Service`` or a stand-in with the same ``handle``."""

    def handle(self, request: Request) -> Reply: ...


@dataclass(frozen=True, slots=True)
class Answer:
    """Bytes to write, and what to do with the connection afterwards.

    ``reset`` means: write nothing and abort the connection with a TCP RST.
    """

    data: bytes
    close: bool
    reset: bool = False


@dataclass(frozen=True, slots=True)
class Exchange:
    """A request whose fault, if any, has been taken from the queue."""

    message: Message
    task_id: str | None
    fault: Fault | None

    @property
    def delay(self) -> float:
        """Seconds to wait before answering (a ``delay`` fault, or one that precedes another)."""
        return float(self.fault.delay or 0.0) if self.fault is not None else 0.0


class Responder:
    """Turns requests into answers with the emulator's service, fault queue and call log."""

    def __init__(self, service: Handles, faults: FaultQueue, calls: CallLog) -> None:
        self.service = service
        self.faults = faults
        self.calls = calls

    def begin(self, message: Message) -> Exchange | Answer:
        """Take the fault that applies to ``message``; an Answer at once for an unknown method."""
        head = message.head
        if head.method not in ROUTED_METHODS:
            return Answer(
                error_page(501, "Unsupported method", include_body=head.method != "HEAD"),
                close=True,
            )
        task_id = task_id_hint(message.body)
        return Exchange(message, task_id, self.faults.take(task_id))

    def finish(self, exchange: Exchange) -> Answer:
        """Record the call and build its answer (after any delay has passed)."""
        fault = exchange.fault
        if fault is not None and fault.kind != "delay":
            return self._apply(exchange, fault)
        head = exchange.message.head
        try:
            reply = self.service.handle(
                Request(head.method, head.headers, exchange.message.body, head.target)
            )
        except Exception:  # an emulator bug must not take the server down with it
            logger.exception("the emulator failed to answer a request")
            reply = error_reply(
                "InternalError", "The emulator failed to answer this request (see its log)."
            )
        self._record(head, exchange.task_id, reply.outcome, fault, 200, reply)
        return self._envelope(head, reply)

    def refuse(self, error: FramingError) -> Answer:
        """The answer to a request that could not be read; it closes the connection."""
        head = error.head
        if isinstance(error, BodyTooLarge) and head is not None:
            reply = error_reply(
                "RequestSizeLimitExceeded", "The request body exceeds the limit of 10 MB."
            )
            self._record(head, None, reply.outcome, None, 200, reply)
            return Answer(_envelope_bytes(reply, close=True, keep_alive_header=False), close=True)
        if head is not None:
            self._record(head, None, "bad_request", None, error.status, None)
        include_body = head is None or head.method != "HEAD"
        return Answer(error_page(error.status, error.reason, include_body=include_body), close=True)

    # -- faults --------------------------------------------------------------------------------

    def _apply(self, exchange: Exchange, fault: Fault) -> Answer:
        head = exchange.message.head
        task_id = exchange.task_id
        close = not head.keep_alive
        keep = _keep_alive_header(head)
        if fault.kind == "reset":
            self._record(head, task_id, "reset", fault, None, None)
            return Answer(b"", close=True, reset=True)
        if fault.kind == "http_error":
            status = fault.status or 503
            self._record(head, task_id, "http_error", fault, status, None)
            text = f"<html><head><title>{status}</title></head><body>{status}</body></html>\n"
            data = render(status, text.encode(), "text/html", close=close, keep_alive_header=keep)
            return Answer(data, close=close)
        if fault.kind == "malformed":
            self._record(head, task_id, "malformed", fault, 200, None)
            body = b'{"Response": {"TaskType": "WorkflowTask", "Status": "FIN'
            data = render(200, body, JSON_TYPE, close=close, keep_alive_header=keep)
            return Answer(data, close=close)
        if fault.kind == "throttle":
            reply = error_reply(
                "RequestLimitExceeded",
                "Your current request times exceeds the frequency limit for a second. "
                "Please reduce the frequency of calls.",
            )
        else:
            reply = error_reply(
                "InternalError",
                "An internal error has occurred. Retry your request, but if the problem "
                "persists, contact us.",
            )
        self._record(head, task_id, reply.outcome, fault, 200, reply)
        return self._envelope(head, reply)

    # -- helpers -------------------------------------------------------------------------------

    def _envelope(self, head: Head, reply: Reply) -> Answer:
        close = not head.keep_alive
        data = _envelope_bytes(reply, close=close, keep_alive_header=_keep_alive_header(head))
        return Answer(data, close=close)

    def _record(
        self,
        head: Head,
        task_id: str | None,
        outcome: str,
        fault: Fault | None,
        status: int | None,
        reply: Reply | None,
    ) -> None:
        headers = head.headers
        request_id = reply.response.get("RequestId") if reply is not None else None
        self.calls.append(
            Call(
                method=head.method,
                action=headers.get("x-tc-action"),
                version=headers.get("x-tc-version"),
                task_id=task_id,
                headers=public_headers(list(head.items)),
                outcome=outcome,
                fault=fault.kind if fault is not None else None,
                http_status=status,
                request_id=request_id if isinstance(request_id, str) else None,
            )
        )


def _keep_alive_header(head: Head) -> bool:
    """HTTP/1.0 clients keep a connection open only when the answer says so."""
    return head.keep_alive and head.version == (1, 0)


def _envelope_bytes(reply: Reply, *, close: bool, keep_alive_header: bool) -> bytes:
    document = {"Response": reply.response}
    # A lone surrogate (which a handler registered with emu.on may return) cannot be UTF-8:
    # escape it rather than fail the answer.
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8", "backslashreplace"
    )
    return render(200, body, JSON_TYPE, close=close, keep_alive_header=keep_alive_header)
