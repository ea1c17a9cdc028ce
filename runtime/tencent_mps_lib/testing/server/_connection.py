"""The state the emulator's server keeps for one client connection.

A connection costs its socket, a receive buffer bounded by the request limits and, while an
answer is being written, that answer. No thread is attached to it: the server's event loop moves
it from state to state as bytes arrive, answers are written and deadlines pass.
"""

from __future__ import annotations

import math
import socket
from dataclasses import dataclass, field
from enum import Enum

from ._exchange import Exchange
from ._http import RequestParser


class State(Enum):
    READING = "reading"  # idle (kept alive) or receiving a request
    WAITING = "waiting"  # a "delay" fault holds the answer back
    WRITING = "writing"  # the answer did not fit in the socket's send buffer at once
    CLOSING = "closing"  # answered and shut for writing: the client's last bytes are drained


@dataclass(eq=False, slots=True)
class Connection:
    """One accepted socket and where its current request stands."""

    sock: socket.socket
    parser: RequestParser
    state: State = State.READING
    inbuf: bytearray = field(default_factory=bytearray)
    out: memoryview | None = None  # the part of the answer not written yet
    close_after: bool = False  # close once ``out`` is written
    exchange: Exchange | None = None  # the request a delay holds back
    started: bool = False  # bytes of a request (not yet complete) have arrived
    continued: bool = False  # "100 Continue" sent for the current request
    events: int = 0  # selector events watched (0: not registered)
    deadline: float = math.inf  # when the current state times out (monotonic clock)
    scheduled: float = math.inf  # earliest timer entry pending for this connection
    held: int = 0  # buffered bytes counted in the server's total
    charged: int = 0  # bytes counted against the server's shared buffer budget
    reserved: int = 0  # bytes of the shared budget set aside for this request's body
    closed: bool = False

    def request_bytes(self) -> int:
        """Bytes of requests held: received and not parsed yet, or decoded chunked body."""
        return len(self.inbuf) + self.parser.held

    def release_buffers(self) -> None:
        self.inbuf = bytearray()
        self.out = None
        self.exchange = None
        self.parser.reset()
