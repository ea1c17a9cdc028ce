"""Which string fields carry times: the rule that marks them ``format: date-time`` in schema/.

A string field is a time when upstream says so: its member type is ``datetime_iso``, its text
says the value is in the ISO date (or time, or 8601, or UTC) format, or its example is an ISO 8601
date and time of day with a zone (``2019-07-16T06:21:27Z``, ``...+08:00``). Fields whose example
is a time in another format (``2026-03-20 17:15:31``, ``2026-02-10T00+08:00``) stay strings; the
drift report lists them for review.
"""

from __future__ import annotations

import re

from .kinds import Kind

DATE_TIME = "date-time"
# "ISO" then a word naming a date or time format: 8601, UTC, date, time, or the same two words in
# the upstream language ("\u65e5\u671f": date, "\u65f6\u95f4": time). "ISO 639-2" (languages)
# does not match.
_ISO_TEXT = re.compile(r"ISO[\s_-]*(?:8601|UTC|date|time|\u65e5\u671f|\u65f6\u95f4)", re.IGNORECASE)
_ISO_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]+)?"
    r"(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)"
)
# A date followed by an hour: some time, in whatever format.
_TIME_LIKE = re.compile(r"[0-9]{4}-?[0-9]{2}-?[0-9]{2}[T ][0-9]{2}")


#: The service's ways of saying "no time", which a time field may hold.
_EMPTY = frozenset({"", "0000-00-00T00:00:00Z"})


def is_iso_time(text: str) -> bool:
    """Whether ``text`` (stripped) is an ISO 8601 time with a zone, or an empty time value."""
    text = text.strip()
    return text in _EMPTY or _ISO_TIME.fullmatch(text) is not None


def _applies(kind: Kind) -> bool:
    return kind.scalar == "string" and not kind.array


def time_format(member_type: str, document: str, example: str | None, kind: Kind) -> str | None:
    """``date-time`` when upstream's facts say the string field holds ISO 8601 times, else None."""
    if not _applies(kind):
        return None
    if member_type == "datetime_iso" or _ISO_TEXT.search(document):
        return DATE_TIME
    if example is not None and _ISO_TIME.fullmatch(example.strip()):
        return DATE_TIME
    return None


def other_time_format(document: str, example: str | None, kind: Kind) -> str | None:
    """The example of a string field that holds times in a format other than ISO 8601 with a
    zone (so it stays a string), else None."""
    if example is None or not _applies(kind):
        return None
    text = example.strip()
    if _TIME_LIKE.match(text) and time_format("", document, text, kind) is None:
        return text
    return None
