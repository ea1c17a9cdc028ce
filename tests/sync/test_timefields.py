"""Which string fields sync marks ``format: date-time``: upstream facts only."""

from __future__ import annotations

import pytest

from sync.kinds import Kind
from sync.timefields import DATE_TIME, is_iso_time, other_time_format, time_format

STRING = Kind("string", None)


@pytest.mark.parametrize(
    ("member_type", "document", "example"),
    [
        ("datetime_iso", "When it was made.", None),
        ("string", "Creation time, in ISO date format.", None),
        ("string", "Time in ISO 8601 format.", None),
        ("string", "End time (ISO_UTC).", None),
        ("string", "When it was made.", "2019-07-16T06:21:27Z"),
        ("string", "When it was made.", "2019-07-16T14:21:27+08:00\t"),
        ("string", "When it was made.", "2019-07-16T06:21:27.392Z"),
    ],
)
def test_marked_from_the_type_the_text_or_the_example(
    member_type: str, document: str, example: str | None
) -> None:
    assert time_format(member_type, document, example, STRING) == DATE_TIME


@pytest.mark.parametrize(
    ("document", "example"),
    [
        ("Language, ISO 639-2 code.", "eng"),
        ("When it was made.", "2026-03-20 17:15:31"),
        ("Hour of the report.", "2026-02-10T00+08:00"),
        ("When it was made.", "2019-07-16T06:21:27"),  # no zone
        ("A duration.", "PT5M"),
        ("When it was made.", None),
    ],
)
def test_not_marked(document: str, example: str | None) -> None:
    assert time_format("string", document, example, STRING) is None


def test_only_single_strings_are_marked() -> None:
    assert time_format("datetime_iso", "ISO date", None, Kind("integer", None)) is None
    assert time_format("datetime_iso", "ISO date", None, Kind("string", None, array=True)) is None


def test_other_time_formats_are_named_for_review() -> None:
    assert other_time_format("When.", "2026-03-20 17:15:31", STRING) == "2026-03-20 17:15:31"
    assert other_time_format("When.", "2026-02-10T00+08:00", STRING) == "2026-02-10T00+08:00"
    assert other_time_format("When.", "2019-07-16T06:21:27Z", STRING) is None
    assert other_time_format("Name.", "abc", STRING) is None


def test_call_example_values_are_checked_with_the_same_rule() -> None:
    assert is_iso_time("2019-07-16T06:21:27Z") and is_iso_time("") and is_iso_time(" ")
    assert is_iso_time("0000-00-00T00:00:00Z")
    assert not is_iso_time("2024-10-12 12:12:12") and not is_iso_time("yesterday")
