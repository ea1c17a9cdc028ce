"""One paginated action of each style, across pages, sync and async: the cursor moves as the
style says, ``page_size`` sets the page field, ``max_items`` stops early."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest

from tencent_mps import AsyncClient, Client
from tencent_mps.errors import ValidationError
from tencent_mps_core.credentials import Credentials

from .server import ScriptedServer, envelope, respond

CREDS = Credentials("AKIDpages", "pages-secret")


@pytest.fixture()
def mps(server: ScriptedServer) -> Iterator[Client]:
    with Client(credentials=CREDS, endpoint=server.url) as client:
        yield client


def _bodies(server: ScriptedServer) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in server.requests]


def test_offset_limit(mps: Client, server: ScriptedServer) -> None:
    def page(ids: list[str]) -> Any:
        items = [{"Definition": i, "Name": f"t{i}"} for i in ids]
        return respond(envelope({"TranscodeTemplateSet": items, "TotalCount": 5, "RequestId": "r"}))

    server.add(page(["1", "2"]), page(["3", "4"]), page(["5"]))
    got = [t.definition for t in mps.iter_transcode_templates(type="Custom", page_size=2)]
    assert got == ["1", "2", "3", "4", "5"]
    assert _bodies(server) == [
        {"Type": "Custom", "Limit": 2},
        {"Type": "Custom", "Offset": 2, "Limit": 2},
        {"Type": "Custom", "Offset": 4, "Limit": 2},
    ]


def test_offset_limit_refuses_a_page_larger_than_documented(
    mps: Client, server: ScriptedServer
) -> None:
    with pytest.raises(ValidationError, match="at most 100"):
        mps.iter_transcode_templates(page_size=101)
    assert server.requests == []


def test_page_number(mps: Client, server: ScriptedServer) -> None:
    def page(ids: list[str]) -> Any:
        infos = [{"FlowId": i} for i in ids]
        return respond(envelope({"Infos": infos, "TotalNum": 3, "TotalPage": 2, "RequestId": "r"}))

    server.add(page(["a", "b"]), page(["c"]))
    got = [f.flow_id for f in mps.iter_stream_link_flows(page_size=2)]
    assert got == ["a", "b", "c"]
    assert _bodies(server) == [{"PageSize": 2}, {"PageNum": 2, "PageSize": 2}]


def test_page_and_page_size(mps: Client, server: ScriptedServer) -> None:
    def page(names: list[str]) -> Any:
        data = [{"ProjectName": n} for n in names]
        return respond(envelope({"Data": data, "Total": 4, "RequestId": "r"}))

    server.add(page(["a", "b"]), page(["c", "d"]))
    pages = list(mps.paginate_query_project(page_size=2))
    assert [[p.project_name for p in page.data] for page in pages] == [["a", "b"], ["c", "d"]]
    assert [b.get("Page") for b in _bodies(server)] == [None, 2]


def test_scroll_token_with_max_items(mps: Client, server: ScriptedServer) -> None:
    def page(ids: list[str], token: str) -> Any:
        tasks = [{"TaskId": i} for i in ids]
        return respond(envelope({"TaskSet": tasks, "ScrollToken": token, "RequestId": "r"}))

    server.add(page(["a", "b"], "n1"), page(["c", "d"], "n2"), page(["e"], ""))
    got = [t.task_id for t in mps.iter_image_tasks(status="FINISH", max_items=3)]
    assert got == ["a", "b", "c"]
    assert [b.get("ScrollToken") for b in _bodies(server)] == [None, "n1"]


def test_async_page_number_across_pages(server: ScriptedServer) -> None:
    def page(ids: list[str]) -> Any:
        tasks = [{"TaskId": i} for i in ids]
        return respond(envelope({"Tasks": tasks, "Total": 3, "RequestId": "r"}))

    server.add(page(["a", "b"]), page(["c"]))

    async def go() -> list[str | None]:
        async with AsyncClient(credentials=CREDS, endpoint=server.url) as client:
            return [t.task_id async for t in client.iter_aigc_task_list(page_size=2)]

    assert asyncio.run(go()) == ["a", "b", "c"]
    assert [b.get("PageNum") for b in _bodies(server)] == [None, 2]
