"""No secret survives anywhere on an error's chain, and a preview never shows part of one.

Error trackers walk ``__cause__`` and ``__context__`` whatever ``__suppress_context__`` says, and
keep the attributes of every link (a parser error's ``doc`` is the whole body). A gateway that
echoes the request's headers into its answer must leave nothing secret on any link, on the 2xx
and the non-2xx paths, sync and async.
"""

from __future__ import annotations

import asyncio
import json
import pickle
from typing import Any, ClassVar

import pytest

from tencent_mps_core.async_client_base import AsyncBaseClient
from tencent_mps_core.credentials import Credentials
from tencent_mps_core.envelope import load_json
from tencent_mps_core.exceptions import DecodeError, SDKError
from tencent_mps_core.http_error import PREVIEW_CHARS, HTTPError, body_preview
from tencent_mps_core.redact import redact_text
from tencent_mps_core.service import ServiceModel

from .conftest import DESCRIBE, SECRET_KEY, SERVICE, TOKEN, MpsClient
from .server import Handler, ScriptedServer, Step, respond


class AsyncMpsClient(AsyncBaseClient):
    service: ClassVar[ServiceModel] = SERVICE

    async def describe(self, task_id: str = "t-1") -> Any:
        return (await self._invoke(DESCRIBE, task_id)).parsed


def _echo(status: int, *, cut_before: str = "", by: int = 0) -> Step:
    """A gateway page that echoes the request's headers; with ``cut_before``, spaces first so
    that the header named starts ``by`` bytes before the preview's 800-byte cut."""

    def step(h: Handler) -> None:
        headers = dict(h.headers.items())
        body = ("<html><body>bad gateway " + json.dumps(headers) + "</body></html>").encode()
        if cut_before:
            secret = headers[cut_before].encode()
            body = b" " * (PREVIEW_CHARS * 4 - by) + secret + b" " + body
        respond(body, status=status, content_type="text/html")(h)

    return step


def _chain(exc: BaseException) -> list[BaseException]:
    """Every exception reachable from ``exc`` through ``__cause__`` and ``__context__``."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen):
            continue
        seen.append(e)
        todo += [e.__cause__, e.__context__]
    return seen


def _kept_text(exc: BaseException) -> str:
    """What a tracker could record of every link: texts, attributes (``doc`` included), pickle."""
    parts: list[str] = []
    for e in _chain(exc):
        parts += [str(e), repr(e), repr(e.args), repr(vars(e))]
        for attr in ("doc", "object", "value", "body_preview", "message", "reason"):
            parts.append(repr(getattr(e, attr, None)))
        parts.append(repr(pickle.dumps(e)))
    return "\n".join(parts)


def _signatures(server: ScriptedServer) -> list[str]:
    return [r.headers["authorization"].rpartition("Signature=")[2] for r in server.requests]


def _assert_nothing_secret(exc: BaseException, server: ScriptedServer) -> None:
    text = _kept_text(exc)
    assert server.count >= 1
    assert TOKEN not in text and TOKEN[:8] not in text
    assert SECRET_KEY not in text
    for sig in _signatures(server):
        assert sig not in text and sig[:8] not in text


@pytest.mark.parametrize("status", [200, 400, 502])
def test_sync_chain_of_an_echoing_gateway_holds_no_secret(
    server: ScriptedServer, creds: Credentials, status: int
) -> None:
    client = MpsClient(credentials=creds, endpoint=server.url, max_attempts=1)
    server.add(_echo(status))
    with pytest.raises(SDKError) as info:
        client.describe()
    assert isinstance(info.value, DecodeError if status == 200 else HTTPError)
    assert not any(hasattr(e, "doc") for e in _chain(info.value))  # no parser error below
    _assert_nothing_secret(info.value, server)
    client.close()


@pytest.mark.parametrize("status", [200, 502])
def test_async_chain_of_an_echoing_gateway_holds_no_secret(
    server: ScriptedServer, creds: Credentials, status: int
) -> None:
    pytest.importorskip("aiohttp")

    async def go() -> BaseException:
        async with AsyncMpsClient(credentials=creds, endpoint=server.url, max_attempts=1) as c:
            try:
                await c.describe()
            except SDKError as exc:
                return exc
        raise AssertionError("no error raised")

    server.add(_echo(status))
    exc = asyncio.run(go())
    assert isinstance(exc, DecodeError if status == 200 else HTTPError)
    assert not any(hasattr(e, "doc") for e in _chain(exc))
    _assert_nothing_secret(exc, server)


def test_a_retried_5xx_keeps_no_secret_either(server: ScriptedServer, creds: Credentials) -> None:
    from tencent_mps_core.retry import RetryPolicy

    policy = RetryPolicy(max_attempts=3, base=0.001, cap=0.001, sleep=lambda s: None)
    client = MpsClient(credentials=creds, endpoint=server.url, retry_policy=policy)
    server.add(_echo(502), _echo(503), _echo(502))
    with pytest.raises(HTTPError) as info:
        client.describe()
    assert info.value.attempts == 3
    _assert_nothing_secret(info.value, server)
    client.close()


def test_load_json_keeps_no_parser_error() -> None:
    body = b'{"Response": {"Token": "' + TOKEN.encode() + b'"'  # cut short
    with pytest.raises(DecodeError) as info:
        load_json(body)
    assert info.value.__context__ is None and info.value.__cause__ is None


# -- a secret cut by the preview ------------------------------------------------------------------


@pytest.mark.parametrize("header", ["X-TC-Token", "Authorization"])
@pytest.mark.parametrize("by", [1, 4, 8, 20])
def test_a_secret_across_the_preview_cut_is_masked_whole(
    server: ScriptedServer, creds: Credentials, header: str, by: int
) -> None:
    """Spaces collapse in the preview, so a secret just before the 800-byte cut is shown."""
    client = MpsClient(credentials=creds, endpoint=server.url, max_attempts=1)
    server.add(_echo(502, cut_before=header, by=by))
    with pytest.raises(HTTPError) as info:
        client.describe()
    (signature,) = _signatures(server)
    for text in (str(info.value), info.value.body_preview):
        assert TOKEN[:4] not in text
        assert signature[:4] not in text
        assert text.endswith("***")  # the secret starts before the cut: masked whole
    client.close()


@pytest.mark.parametrize("start", range(PREVIEW_CHARS * 4 - len(TOKEN), PREVIEW_CHARS * 4 + 2))
def test_body_preview_masks_a_secret_at_any_offset_near_the_cut(start: int) -> None:
    body = b" " * start + TOKEN.encode() + b" after"
    preview = body_preview(body, redact=(TOKEN,))
    assert not any(TOKEN[:n] in preview for n in range(2, len(TOKEN) + 1))
    if start < PREVIEW_CHARS * 4:
        assert preview == "***"
    else:  # past the cut: nothing of it is shown
        assert preview == ""


def test_body_preview_keeps_the_rest_and_merges_overlapping_secrets() -> None:
    body = b"a TOKEN12345678 b 12345678xyz c"
    assert body_preview(body, redact=("TOKEN12345678", "12345678xyz")) == "a *** b *** c"
    assert body_preview(b"ab TOKEN123 cd", redact=("TOKEN1", "N123 c")) == "ab ***d"
    assert body_preview(b"plain text", redact=()) == "plain text"


def test_redact_text_masks_a_secret_cut_at_the_end() -> None:
    assert redact_text("preview ends tmpTokenVAL", (TOKEN,)) == "preview ends ***"
    assert redact_text("whole " + TOKEN + " here", (TOKEN,)) == "whole *** here"
    assert redact_text("ends with tmp", (TOKEN,)) == "ends with tmp"  # too short to tell
