"""HTTPError: the service (or something in between) answered with a non-2xx status and no API
error envelope, e.g. a gateway's HTML 502 page."""

from __future__ import annotations

from typing import Any

from .exceptions import TransportError

PREVIEW_CHARS = 200


class HTTPError(TransportError):
    """A non-2xx HTTP answer whose body is not a Tencent Cloud error envelope.

    ``http_status`` is the status of the last attempt, ``body_preview`` the start of its body
    (at most 200 characters, decoded leniently). 5xx answers are retried before this is raised.
    """

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        body_preview: str = "",
        attempts: int = 1,
    ) -> None:
        self.http_status = http_status
        self.body_preview = body_preview
        super().__init__(message, attempts=attempts)

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only fields survive pickling (process pools, multiprocessing queues).
        return (
            _rebuild,
            (type(self), str(self), self.http_status, self.body_preview, self.attempts),
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(http_status={self.http_status!r}, "
            f"body_preview={self.body_preview!r}, attempts={self.attempts!r})"
        )


def _rebuild(
    cls: type[HTTPError], message: str, http_status: int, preview: str, attempts: int
) -> HTTPError:
    return cls(message, http_status=http_status, body_preview=preview, attempts=attempts)


def body_preview(body: bytes, *, redact: tuple[str, ...] = ()) -> str:
    """The first characters of a body, one line, with any of ``redact`` masked out.

    A secret that starts inside the part kept and runs past its end is masked whole: the bytes
    after the cut are searched too, so no first characters of it are shown.
    """
    cut = PREVIEW_CHARS * 4
    head = bytes(body[:cut])
    secrets = [s.encode("utf-8", "surrogatepass") for s in redact if s]
    if secrets:
        window = bytes(body[: cut + max(map(len, secrets)) - 1])
        spans: list[tuple[int, int]] = []
        for secret in secrets:
            at = window.find(secret)
            while 0 <= at < cut:
                spans.append((at, at + len(secret)))
                at = window.find(secret, at + 1)
        if spans:
            head = _masked(window, sorted(spans), cut)
    text = head.decode("utf-8", "replace")
    text = " ".join(text.split())
    return text[:PREVIEW_CHARS] + ("..." if len(text) > PREVIEW_CHARS else "")


def _masked(window: bytes, spans: list[tuple[int, int]], cut: int) -> bytes:
    """``window[:cut]`` with every span (sorted by start) replaced by one mask; overlapping
    spans are masked as one."""
    out: list[bytes] = []
    pos = 0
    for start, end in spans:
        if start >= pos:  # a new span; else it overlaps the one just masked
            out += [window[pos:start], MASK]
        pos = max(pos, end)
    if pos < cut:
        out.append(window[pos:cut])
    return b"".join(out)


MASK = b"***"
