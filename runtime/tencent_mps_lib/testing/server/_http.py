"""HTTP/1.1 request framing for the emulator: a bounded, incremental parser and answer bytes.

The parser never touches a socket. The server feeds it the bytes it received and it answers with
a complete :class:`Message`, ``None`` (more bytes needed), or raises :class:`FramingError` for a
request that cannot be read safely (the status to answer comes with it). It holds at most the
request head, one chunk-size line and the body decoded so far, and :meth:`RequestParser.wanted`
tells the server how many bytes are worth receiving next, so that a request never makes it buffer
more than the limits allow.

The rules follow RFC 9112, strictly where lenience would let two parsers disagree about where a
request ends (request smuggling): a ``Content-Length`` that is repeated or not a plain number, a
``Transfer-Encoding`` together with a ``Content-Length``, a transfer coding other than a single
``chunked``, or obsolete line folding are refused, and the connection is closed after the answer.
"""

from __future__ import annotations

import email.utils
import re
import time
from dataclasses import dataclass, field
from enum import Enum
from http import HTTPStatus

#: The service refuses request bodies above 10 MB.
MAX_BODY = 10 * 1024 * 1024
SERVER_NAME = "tencent-mps-emulator"
#: Longest chunk-size line (size, extensions and line end) a chunked body may use.
MAX_CHUNK_LINE = 1024

_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEX = re.compile(rb"[0-9A-Fa-f]+")
_FORBIDDEN = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")  # control characters other than HTAB
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_VERSION = re.compile(rb"HTTP/([0-9])\.([0-9])")


@dataclass(frozen=True, slots=True)
class Limits:
    """How much of a request the parser accepts.

    ``max_request_line`` bounds the first line, ``max_header_bytes`` the header lines after it
    (trailers of a chunked body included), ``max_headers`` their number and ``max_body`` the
    decoded body.
    """

    max_request_line: int = 8 * 1024
    max_header_bytes: int = 32 * 1024
    max_headers: int = 100
    max_body: int = MAX_BODY


class FramingError(Exception):
    """A request that cannot be read: answer ``status`` and close the connection.

    ``head`` is the parsed head when the fault is in the framing headers or the body, so that the
    request can still be recorded; it is None when the head itself is unreadable.
    """

    def __init__(self, status: int, reason: str, head: Head | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.head = head


class BodyTooLarge(FramingError):
    """The body is, or announces to be, longer than ``Limits.max_body``."""

    def __init__(self, head: Head) -> None:
        super().__init__(413, "Request body too large", head)


@dataclass(frozen=True, slots=True)
class Head:
    """The request line and headers of one request.

    ``items`` are the header fields as received (names in their original case); ``headers`` maps
    lower-case names to values (the last one wins for a repeated field). ``length`` is the
    ``Content-Length`` (0 when there is neither it nor ``Transfer-Encoding``) and None for a
    chunked body.
    """

    method: str
    target: str
    version: tuple[int, int]
    items: tuple[tuple[str, str], ...]
    headers: dict[str, str]
    length: int | None
    keep_alive: bool
    expect_continue: bool

    @property
    def chunked(self) -> bool:
        return self.length is None


@dataclass(frozen=True, slots=True)
class Message:
    """One complete request."""

    head: Head
    body: bytes


class _Phase(Enum):
    HEAD = 1
    LENGTH = 2
    CHUNK_SIZE = 3
    CHUNK_DATA = 4
    CHUNK_END = 5
    TRAILERS = 6
    DONE = 7


@dataclass
class RequestParser:
    """Reads one request at a time out of a connection's receive buffer."""

    limits: Limits
    head: Head | None = None
    _phase: _Phase = _Phase.HEAD
    _scanned: int = 0  # bytes of the buffer already searched for the end of the head
    _body: bytearray = field(default_factory=bytearray)  # chunked body decoded so far
    _chunk_left: int = 0
    _trailer_bytes: int = 0

    def reset(self) -> None:
        """Get ready for the next request on the connection."""
        self.head = None
        self._phase = _Phase.HEAD
        self._scanned = 0
        self._body = bytearray()
        self._chunk_left = 0
        self._trailer_bytes = 0

    @property
    def held(self) -> int:
        """Bytes the parser itself holds (the decoded part of a chunked body)."""
        return len(self._body)

    @property
    def complete(self) -> bool:
        return self._phase is _Phase.DONE

    def wanted(self, buffered: int) -> int:
        """How many more bytes may be received, given ``buffered`` unparsed ones; 0 when done.

        While the head is incomplete the answer stops one byte past the head limit (enough to
        tell that it is exceeded); with a ``Content-Length`` it stops at the end of the body.
        """
        limits = self.limits
        if self._phase is _Phase.HEAD:
            return max(0, limits.max_request_line + limits.max_header_bytes + 5 - buffered)
        if self._phase is _Phase.LENGTH:
            assert self.head is not None and self.head.length is not None
            return max(0, self.head.length - buffered)
        if self._phase is _Phase.DONE:
            return 0
        return max(0, limits.max_body + MAX_CHUNK_LINE + limits.max_header_bytes - buffered)

    def parse(self, buf: bytearray) -> Message | None:
        """Consume what ``buf`` holds of the current request; the request once it is complete.

        Bytes of a following (pipelined) request stay in ``buf``. Raises :class:`FramingError`.
        """
        if self._phase is _Phase.HEAD and not self._parse_head(buf):
            return None
        if self._phase is _Phase.LENGTH:
            assert self.head is not None and self.head.length is not None
            length = self.head.length
            if len(buf) < length:
                return None
            body = bytes(buf) if len(buf) == length else bytes(buf[:length])
            del buf[:length]
            self._phase = _Phase.DONE
            return Message(self.head, body)
        if self._phase is _Phase.DONE:
            return None
        return self._parse_chunked(buf)

    # -- head ----------------------------------------------------------------------------------

    def _parse_head(self, buf: bytearray) -> bool:
        limits = self.limits
        start = 0
        while buf.startswith(b"\r\n", start) or buf.startswith(b"\n", start):
            start += 2 if buf[start] == 0x0D else 1  # blank lines before a request are ignored
        if start:
            del buf[:start]
            self._scanned = 0
        match = _HEAD_END.search(buf, max(0, self._scanned - 3))
        if match is None:
            self._scanned = len(buf)
            line_end = buf.find(b"\n", 0, limits.max_request_line + 2)
            if line_end < 0 and len(buf) > limits.max_request_line + 1:
                raise FramingError(414, "Request line too long")
            if len(buf) > limits.max_request_line + limits.max_header_bytes + 4:
                raise FramingError(431, "Request header fields too large")
            return False
        raw = bytes(buf[: match.start()])
        del buf[: match.end()]
        self.head = _read_head(raw, limits)
        self._phase = _Phase.CHUNK_SIZE if self.head.chunked else _Phase.LENGTH
        return True

    # -- chunked body --------------------------------------------------------------------------

    def _parse_chunked(self, buf: bytearray) -> Message | None:
        head = self.head
        assert head is not None
        pos = 0
        try:
            while True:
                if self._phase is _Phase.CHUNK_SIZE:
                    end = buf.find(b"\n", pos, pos + MAX_CHUNK_LINE)
                    if end < 0:
                        if len(buf) - pos >= MAX_CHUNK_LINE:
                            raise FramingError(400, "Chunk size line too long", head)
                        return None
                    size = self._chunk_size(bytes(buf[pos:end]), head)
                    pos = end + 1
                    self._chunk_left = size
                    self._phase = _Phase.CHUNK_DATA if size else _Phase.TRAILERS
                elif self._phase is _Phase.CHUNK_DATA:
                    take = min(self._chunk_left, len(buf) - pos)
                    if take == 0:
                        return None
                    self._body += buf[pos : pos + take]
                    pos += take
                    self._chunk_left -= take
                    if self._chunk_left == 0:
                        self._phase = _Phase.CHUNK_END
                elif self._phase is _Phase.CHUNK_END:
                    if buf.startswith(b"\r\n", pos):
                        pos += 2
                    elif buf.startswith(b"\n", pos):
                        pos += 1
                    elif len(buf) == pos or (len(buf) == pos + 1 and buf[pos] == 0x0D):
                        return None
                    else:
                        raise FramingError(400, "Chunk data not followed by CRLF", head)
                    self._phase = _Phase.CHUNK_SIZE
                else:  # trailers: header lines up to an empty line, read and discarded
                    end = buf.find(b"\n", pos)
                    if end < 0:
                        if self._trailer_bytes + len(buf) - pos > self.limits.max_header_bytes:
                            raise FramingError(431, "Trailer fields too large", head)
                        return None
                    line = bytes(buf[pos:end]).removesuffix(b"\r")
                    self._trailer_bytes += end + 1 - pos
                    pos = end + 1
                    if self._trailer_bytes > self.limits.max_header_bytes:
                        raise FramingError(431, "Trailer fields too large", head)
                    if not line:
                        self._phase = _Phase.DONE
                        body, self._body = bytes(self._body), bytearray()
                        return Message(head, body)
                    if _FORBIDDEN.search(line) or b":" not in line:
                        raise FramingError(400, "Bad trailer field", head)
        finally:
            del buf[:pos]

    def _chunk_size(self, line: bytes, head: Head) -> int:
        digits = line.removesuffix(b"\r").split(b";", 1)[0].strip(b" \t")
        if not _HEX.fullmatch(digits):
            raise FramingError(400, "Bad chunk size", head)
        digits = digits.lstrip(b"0")
        if len(digits) > 8:  # more than 4 GiB: far above any body limit, and not parsed
            raise BodyTooLarge(head)
        size = int(digits or b"0", 16)
        if len(self._body) + size > self.limits.max_body:
            raise BodyTooLarge(head)
        return size


def _read_head(raw: bytes, limits: Limits) -> Head:
    """Parse the request line and header fields (``raw`` ends before the blank line)."""
    lines = raw.split(b"\n")
    request_line = lines[0].removesuffix(b"\r")
    if len(request_line) > limits.max_request_line:
        raise FramingError(414, "Request line too long")
    method, target, version = _read_request_line(request_line)
    if len(raw) - len(lines[0]) > limits.max_header_bytes:
        raise FramingError(431, "Request header fields too large")
    if len(lines) - 1 > limits.max_headers:
        raise FramingError(431, "Too many header fields")
    items: list[tuple[str, str]] = []
    for line in lines[1:]:
        line = line.removesuffix(b"\r")
        if line[:1] in (b" ", b"\t"):
            raise FramingError(400, "Obsolete line folding in a header field")
        name, sep, value = line.partition(b":")
        if not sep or not _TOKEN.fullmatch(name):
            raise FramingError(400, "Bad header field name")
        value = value.strip(b" \t")
        if _FORBIDDEN.search(value):
            raise FramingError(400, "Control character in a header field value")
        # Field values are bytes on the wire; ISO-8859-1 maps each byte to one character.
        items.append((name.decode("ascii"), value.decode("latin-1")))
    return _framing(method, target, version, tuple(items), limits.max_body)


def _read_request_line(line: bytes) -> tuple[str, str, tuple[int, int]]:
    parts = line.split(b" ")
    if len(parts) != 3 or not _TOKEN.fullmatch(parts[0]) or not parts[1]:
        raise FramingError(400, "Bad request line")
    method, target, version = parts
    if _FORBIDDEN.search(target) or b"\t" in target:
        raise FramingError(400, "Bad request target")
    match = _VERSION.fullmatch(version)
    if match is None:
        raise FramingError(400, "Bad HTTP version")
    numbers = (int(match[1]), int(match[2]))
    if numbers not in ((1, 0), (1, 1)):
        raise FramingError(505, "HTTP version not supported")
    return method.decode("ascii"), target.decode("latin-1"), numbers


def _framing(
    method: str,
    target: str,
    version: tuple[int, int],
    items: tuple[tuple[str, str], ...],
    max_body: int,
) -> Head:
    """Decide where the body ends and whether the connection stays open."""
    lengths: list[str] = []
    codings: list[str] = []
    connection: set[str] = set()
    hosts = 0
    headers: dict[str, str] = {}
    for name, value in items:
        lower = name.lower()
        headers[lower] = value
        if lower == "content-length":
            lengths.append(value)
        elif lower == "transfer-encoding":
            codings.extend(c.strip().lower() for c in value.split(",") if c.strip())
        elif lower == "connection":
            connection.update(c.strip().lower() for c in value.split(","))
        elif lower == "host":
            hosts += 1
    keep_alive = "close" not in connection and (version == (1, 1) or "keep-alive" in connection)
    provisional = Head(method, target, version, items, headers, 0, False, False)
    if hosts > 1:
        raise FramingError(400, "More than one Host header field", provisional)
    length: int | None
    if "transfer-encoding" in headers:
        if version == (1, 0):
            raise FramingError(400, "Transfer-Encoding in an HTTP/1.0 request", provisional)
        if lengths:
            raise FramingError(400, "Both Content-Length and Transfer-Encoding", provisional)
        if not codings or codings[-1] != "chunked" or codings.count("chunked") > 1:
            raise FramingError(400, "Bad Transfer-Encoding", provisional)
        if len(codings) > 1:
            raise FramingError(501, "Unsupported transfer coding", provisional)
        length = None
    elif lengths:
        if len(lengths) > 1:
            raise FramingError(400, "More than one Content-Length", provisional)
        text = lengths[0]
        if not (text.isascii() and text.isdigit()):
            raise FramingError(400, "Bad Content-Length", provisional)
        digits = text.lstrip("0")
        if len(digits) > 12:  # far above the limit; never converted (int() refuses 4,301 digits)
            raise BodyTooLarge(provisional)
        length = int(digits or "0")
    else:
        length = 0
    expect = headers.get("expect", "").strip().lower() == "100-continue"
    head = Head(
        method,
        target,
        version,
        items,
        headers,
        length,
        keep_alive,
        expect and version == (1, 1) and length != 0,
    )
    if length is not None and length > max_body:
        raise BodyTooLarge(head)
    return head


# -- answers -----------------------------------------------------------------------------------

_date_cache: tuple[int, str] = (0, "")


def http_date() -> str:
    """The ``Date`` header value for now (recomputed once a second)."""
    global _date_cache
    now = int(time.time())
    if _date_cache[0] != now:
        _date_cache = (now, email.utils.formatdate(now, usegmt=True))
    return _date_cache[1]


def reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def render(
    status: int,
    body: bytes,
    content_type: str,
    *,
    close: bool,
    keep_alive_header: bool = False,
    include_body: bool = True,
) -> bytes:
    """One whole HTTP/1.1 answer: status line, headers and body."""
    lines = [
        f"HTTP/1.1 {status} {reason_phrase(status)}",
        f"Server: {SERVER_NAME}",
        f"Date: {http_date()}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
    ]
    if close:
        lines.append("Connection: close")
    elif keep_alive_header:
        lines.append("Connection: keep-alive")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head + body if include_body else head


def error_page(status: int, reason: str, *, include_body: bool = True) -> bytes:
    """A short HTML error answer that closes the connection (framing errors, timeouts)."""
    phrase = reason_phrase(status)
    text = (
        f"<html><head><title>{status} {phrase}</title></head>"
        f"<body>{status} {phrase}: {reason}</body></html>\n"
    )
    return render(status, text.encode("ascii"), "text/html", close=True, include_body=include_body)


CONTINUE = b"HTTP/1.1 100 Continue\r\n\r\n"
