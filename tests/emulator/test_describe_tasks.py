"""DescribeTasks on the emulator: filters, order, paging, the 7-day window, scale."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from tencent_mps.models import DescribeTasksResponse
from tencent_mps.testing import Emulator

from .helpers import FakeClock, RawReply, assert_no_unknown_fields, call, call_action

Factory = Callable[..., Emulator]
START = 1_700_000_000.0
DAY = 24 * 3600.0
REQUEST = {
    "InputInfo": {
        "Type": "COS",
        "CosInputInfo": {
            "Bucket": "media-1250000000",
            "Region": "ap-guangzhou",
            "Object": "/a.mp4",
        },
    },
    "MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 100010}]},
}


class Listing:
    """An emulator without the example task, on a fake clock."""

    def __init__(self, factory: Factory, **kwargs: Any) -> None:
        self.clock = FakeClock(START)
        kwargs.setdefault("task_duration", 10.0)
        kwargs.setdefault("include_example", False)
        self.emu = factory(clock=self.clock, **kwargs)

    def submit(self, count: int = 1, *, every: float = 0.0) -> list[str]:
        ids = []
        for _ in range(count):
            ids.append(self.emu.process_media(REQUEST))
            self.clock.advance(every)
        return ids

    def query(self, **params: Any) -> RawReply:
        return call_action(self.emu, "DescribeTasks", params, timestamp=int(self.clock()))

    def page(self, **params: Any) -> dict[str, Any]:
        reply = self.query(**params)
        assert reply.error_code is None, reply.response
        assert_no_unknown_fields(DescribeTasksResponse.from_dict(reply.response))
        return reply.response

    def all_pages(self, **params: Any) -> tuple[list[str], list[dict[str, Any]]]:
        ids: list[str] = []
        pages = []
        token = ""
        while True:
            page = self.page(**params, ScrollToken=token) if token else self.page(**params)
            pages.append(page)
            ids += [t["TaskId"] for t in page["TaskSet"]]
            token = page["ScrollToken"]
            if not token:
                return ids, pages


@pytest.fixture
def listing(emulator_factory: Factory) -> Listing:
    return Listing(emulator_factory)


def test_lists_by_status_newest_first(listing: Listing) -> None:
    ids = listing.submit(6, every=2.0)  # created at 0, 2, ..., 10 s; each takes 10 s
    # each waits 1 s, then processes for 9 s
    listing.clock.now = START + 10.5  # the first one finished, the last one is waiting
    finished = listing.page(Status="FINISH")
    processing = listing.page(Status="PROCESSING")
    waiting = listing.page(Status="WAITING")
    assert [t["TaskId"] for t in finished["TaskSet"]] == [ids[0]]
    assert [t["TaskId"] for t in processing["TaskSet"]] == ids[4:0:-1]
    assert [t["TaskId"] for t in waiting["TaskSet"]] == [ids[5]]
    assert (finished["TotalCount"], processing["TotalCount"], waiting["TotalCount"]) == (1, 4, 1)
    assert finished["ScrollToken"] == ""


def test_summaries_agree_with_the_task_detail(listing: Listing) -> None:
    listing.submit(3, every=4.0)
    listing.clock.now = START + 11.0
    for status in ("WAITING", "PROCESSING", "FINISH"):
        for info in listing.page(Status=status)["TaskSet"]:
            detail = call(listing.emu, info["TaskId"], timestamp=int(listing.clock())).response
            assert detail["Status"] == status
            for key in ("TaskType", "CreateTime", "BeginProcessTime", "FinishTime"):
                assert info.get(key) == detail.get(key), key
            assert info["SubTaskTypes"] == ["action-trans"]


def test_paging(listing: Listing) -> None:
    ids = listing.submit(10, every=1.0)
    listing.clock.advance(100)
    listed, pages = listing.all_pages(Status="FINISH", Limit=3)
    assert listed == ids[::-1]
    assert [len(p["TaskSet"]) for p in pages] == [3, 3, 3, 1]
    assert {p["TotalCount"] for p in pages} == {10}
    tokens = [p["ScrollToken"] for p in pages]
    assert all(tokens[:-1]) and tokens[-1] == ""
    assert not any(task_id in token for token in tokens for task_id in ids)  # opaque
    default, _ = listing.all_pages(Status="FINISH")
    assert default == listed
    assert len(listing.page(Status="FINISH")["TaskSet"]) == 10  # Limit defaults to 10


def test_paging_is_stable_while_tasks_are_added(listing: Listing) -> None:
    ids = listing.submit(7, every=1.0)
    listing.clock.advance(100)
    first = listing.page(Status="FINISH", Limit=3)
    newer = listing.submit(4)  # created after the listing began
    listing.clock.advance(100)
    second = listing.page(Status="FINISH", Limit=3, ScrollToken=first["ScrollToken"])
    listing.submit(2)
    listing.clock.advance(100)
    third = listing.page(Status="FINISH", Limit=3, ScrollToken=second["ScrollToken"])
    seen = [t["TaskId"] for p in (first, second, third) for t in p["TaskSet"]]
    assert seen == ids[::-1]
    assert third["ScrollToken"] == ""
    assert not set(newer) & set(seen)
    assert listing.page(Status="FINISH", Limit=100)["TotalCount"] == 13


def test_only_the_last_seven_days(listing: Listing) -> None:
    old = listing.submit()[0]
    listing.clock.advance(DAY)
    recent = listing.submit()[0]
    listing.clock.advance(6 * DAY - 1)  # the old task is 7 days old less a second
    assert [t["TaskId"] for t in listing.page(Status="FINISH")["TaskSet"]] == [recent, old]
    listing.clock.advance(2)  # and now 7 days and a second
    page = listing.page(Status="FINISH")
    assert [t["TaskId"] for t in page["TaskSet"]] == [recent]
    assert page["TotalCount"] == 1
    # DescribeTaskDetail still knows it
    assert call(listing.emu, old, timestamp=int(listing.clock())).error_code is None


def test_time_range_on_creation_time(listing: Listing) -> None:
    ids = listing.submit(5, every=60.0)  # one a minute from 22:13:20
    listing.clock.advance(100)
    page = listing.page(
        Status="FINISH", StartTime="2023-11-14T22:14:20Z", EndTime="2023-11-14T22:16:20Z"
    )
    assert [t["TaskId"] for t in page["TaskSet"]] == ids[3:0:-1]  # both ends inclusive
    assert page["TotalCount"] == 3
    with_offset = listing.page(Status="FINISH", StartTime="2023-11-15T06:16:00+08:00")
    assert [t["TaskId"] for t in with_offset["TaskSet"]] == [ids[4], ids[3]]


def test_sub_task_has_failed(listing: Listing) -> None:
    ok = listing.emu.add_progressing_task(subtasks=2, seconds_per_step=1, steps=1)
    bad = listing.emu.add_progressing_task(
        subtasks=2, seconds_per_step=1, steps=1, fail_subtasks=[1]
    )
    media = listing.submit()[0]
    listing.clock.advance(20)
    failed = listing.page(Status="FINISH", SubTaskHasFailed=True)["TaskSet"]
    fine = listing.page(Status="FINISH", SubTaskHasFailed=False)["TaskSet"]
    everything = listing.page(Status="FINISH")["TaskSet"]
    assert [t["TaskId"] for t in failed] == [bad]
    assert {t["TaskId"] for t in fine} == {ok, media}
    assert len(everything) == 3
    counts = [
        listing.page(Status="FINISH", **flag)["TotalCount"]
        for flag in ({}, {"SubTaskHasFailed": True}, {"SubTaskHasFailed": False})
    ]
    assert counts == [3, 1, 2]


def test_lists_added_tasks_by_their_creation_time(
    listing: Listing, example_response: dict[str, Any]
) -> None:
    listing.emu.add_task(example_response)  # created in 2019: outside the window
    recent = dict(example_response, CreateTime="2023-11-14T20:00:00Z", Status="PROCESSING")
    recent["WorkflowTask"] = dict(
        example_response["WorkflowTask"], TaskId="1250000000-WorkflowTask-x"
    )
    listing.emu.add_task(recent)
    page = listing.page(Status="PROCESSING")
    assert [t["TaskId"] for t in page["TaskSet"]] == ["1250000000-WorkflowTask-x"]
    assert page["TaskSet"][0]["SubTaskTypes"] == ["action-trans"]
    assert page["TaskSet"][0]["CreateTime"] == "2023-11-14T20:00:00Z"
    assert listing.page(Status="FINISH")["TotalCount"] == 0


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"Status": "FINISH", "Limit": 101}, "InvalidParameterValue.Limit"),
        ({"Status": "FINISH", "Limit": 0}, "InvalidParameterValue.Limit"),
        ({"Status": "FINISH", "Limit": -5}, "InvalidParameterValue.Limit"),
        ({"Status": "DONE"}, "InvalidParameterValue"),
        ({"Status": "FINISH", "ScrollToken": "not-a-token"}, "InvalidParameterValue"),
        ({"Status": "FINISH", "StartTime": "yesterday"}, "InvalidParameter.StartTime"),
        ({"Status": "FINISH", "EndTime": "2023-13-45T00:00:00Z"}, "InvalidParameter.EndTime"),
        (
            {
                "Status": "FINISH",
                "StartTime": "2023-11-15T00:00:00Z",
                "EndTime": "2023-11-14T00:00:00Z",
            },
            "InvalidParameterValue",
        ),
    ],
)
def test_bad_parameters(listing: Listing, params: dict[str, Any], code: str) -> None:
    assert listing.query(**params).error_code == code


def test_limit_of_a_hundred(listing: Listing) -> None:
    listing.submit(150)
    listing.clock.advance(100)
    page = listing.page(Status="FINISH", Limit=100)
    assert len(page["TaskSet"]) == 100 and page["TotalCount"] == 150 and page["ScrollToken"]


def test_ten_thousand_tasks(emulator_factory: Factory) -> None:
    listing = Listing(emulator_factory, task_duration=(1, 20), seed=11, rate_limit=None)
    threads_before = threading.active_count()
    ids = listing.submit(10_000)
    assert threading.active_count() == threads_before  # no thread or timer per task
    assert listing.emu.task_count == 10_000
    listing.clock.advance(10)  # some tasks are done, most are not
    counts = {}
    seen: set[str] = set()
    for status in ("WAITING", "PROCESSING", "FINISH"):
        listed, pages = listing.all_pages(Status=status, Limit=100)
        assert all(len(p["TaskSet"]) <= 100 for p in pages)
        assert {p["TotalCount"] for p in pages} == {len(listed)}
        counts[status] = len(listed)
        seen.update(listed)
    assert sum(counts.values()) == 10_000 and seen == set(ids)
    assert counts["PROCESSING"] > 0 and counts["FINISH"] > 0
    listing.clock.advance(20)  # every task has finished
    assert listing.page(Status="FINISH", Limit=1)["TotalCount"] == 10_000


def test_counts_and_pages_agree_with_every_task_detail(emulator_factory: Factory) -> None:
    listing = Listing(emulator_factory, task_duration=(0, 8), seed=5, rate_limit=None)
    ids = listing.submit(30, every=0.25)
    ids.append(listing.emu.add_progressing_task(subtasks=1, seconds_per_step=2, steps=2))
    for moment in (2.0, 5.0, 9.0, 20.0):
        listing.clock.now = START + moment
        stamp = int(listing.clock())
        truth: dict[str, list[str]] = {"WAITING": [], "PROCESSING": [], "FINISH": []}
        for task_id in ids:
            truth[call(listing.emu, task_id, timestamp=stamp).response["Status"]].append(task_id)
        for status, expected in truth.items():
            listed, pages = listing.all_pages(Status=status, Limit=7)
            assert sorted(listed) == sorted(expected), (moment, status)
            assert {p["TotalCount"] for p in pages} == {len(expected)}


def test_the_sdk_paginator_walks_every_page(emulator_factory: Factory) -> None:
    from tencent_mps import Client

    emu = emulator_factory(task_duration=0, include_example=False)
    ids = [emu.process_media(REQUEST) for _ in range(7)]
    with Client(credentials=Emulator.DEFAULT_CREDENTIALS, endpoint=emu.endpoint) as client:
        listed = [t.task_id for t in client.iter_tasks(status="FINISH", page_size=3)]
    assert listed == ids[::-1]
    assert [c.action for c in emu.calls] == ["DescribeTasks"] * 3
