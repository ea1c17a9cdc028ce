"""The time codec: ISO 8601 text on the wire, timezone-aware :class:`~datetime.datetime` in models.

Responses: the service writes times as ``2019-07-16T06:21:27Z``. Text of that exact shape takes a
fast path to a plain ``datetime`` in UTC, which :func:`to_text` writes back identically. Any other
ISO 8601 time (fractional seconds, an offset such as ``+08:00``) decodes to :class:`WireTime`, a
``datetime`` with the given offset that remembers its text, so that ``to_dict()`` gives back what
was received. The service's empty values (``""`` and ``"0000-00-00T00:00:00Z"``) decode as None.
Text without a zone, a leap second (``23:59:60``, which ``datetime`` cannot hold), a year outside
0001-9999, an offset of a day or more, or anything that is not a time at all is refused with a
:class:`~tencent_mps_core.exceptions.DecodeError` naming the wire path.

Requests: an aware ``datetime`` is sent as UTC text with ``Z``; text is accepted, checked with the
same rules, and sent as given; a naive ``datetime`` is refused with a
:class:`~tencent_mps_core.exceptions.ValidationError` that says how to make it aware.

The codecs (:mod:`tencent_mps_core.codecs` and the generated decoders) call :func:`decode`,
:func:`to_text` and :func:`encode`, one call per field.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from .decoding import kind_of
from .exceptions import DecodeError, ValidationError

#: The service's ways of saying "no time": they decode as None.
EMPTY = frozenset({"", "0000-00-00T00:00:00Z"})
#: What a time field holds: an ISO 8601 date and time of day with seconds (a fraction allowed)
#: and a zone, ``Z`` or an offset (``+08:00``, ``+0800`` or ``+08``). ASCII digits only.
_PATTERN = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,9})?"
    r"(?:Z|[+-][0-9]{2}(?::?[0-5][0-9])?)",
    re.ASCII,
)
EXPECTED = "an ISO 8601 time with a zone (e.g. '2019-07-16T06:21:27Z')"
_fromiso = datetime.fromisoformat
_datetime = datetime


class WireTime(datetime):
    """A decoded time whose wire text is not in the canonical ``YYYY-MM-DDTHH:MM:SSZ`` form.

    It is a ``datetime`` in every respect (aware, with the offset the text gave); it only keeps
    the text it came from, which ``to_dict()`` writes back. A value computed from it
    (``t + timedelta(...)``, ``t.astimezone(...)``) is a plain datetime and keeps no text.
    """

    __slots__ = ("wire_text",)
    wire_text: str

    def __repr__(self) -> str:
        return repr(_datetime.combine(self.date(), self.timetz()))


class TimeFormatError(ValueError):
    """The text is not an ISO 8601 time with a zone."""


def _canonical(text: str) -> bool:
    """Whether ``text`` has the service's own shape, ``YYYY-MM-DDTHH:MM:SSZ`` (digits unchecked:
    ``fromisoformat`` checks them, and accepts only ASCII digits)."""
    return len(text) == 20 and text[4::3] == "--T::Z"  # at positions 4, 7, 10, 13, 16, 19


def _refused(text: str) -> TimeFormatError:
    return TimeFormatError(f"expected {EXPECTED}, got {text[:40]!r}")


def parse(text: str) -> datetime | None:
    """One time field's text as an aware datetime, or None for the service's empty values.

    Raises :class:`TimeFormatError` for text that is not an ISO 8601 time with a zone.
    """
    if _canonical(text):
        try:
            return _fromiso(text)  # the service's own shape: UTC, no fraction
        except ValueError:
            pass  # "0000-00-00T00:00:00Z", or malformed text of the same shape
    return _parse_other(text)


def _parse_other(text: str) -> datetime | None:
    if text in EMPTY:
        return None
    if _PATTERN.fullmatch(text) is None:
        raise _refused(text)
    try:  # more than 6 digits of a fraction: the value keeps microseconds, the text keeps all
        value = WireTime.fromisoformat(text)
    except ValueError:  # day 32, hour 24, second 60, offset of 24 hours, year 0 ...
        raise _refused(text) from None
    value.wire_text = text
    return value


def decode(wire: str, value: Any) -> datetime | None:
    """A time field of a response (``value`` not None): see :func:`parse`; raises DecodeError."""
    if type(value) is str:
        # The service's own shape, on the hot path: "--T::Z" at positions 4, 7, ... 19.
        if len(value) == 20 and value[4::3] == "--T::Z":
            try:
                return _fromiso(value)
            except ValueError:
                pass
        try:
            return _parse_other(value)
        except TimeFormatError as exc:
            raise DecodeError(str(exc), wire, value) from None
    raise DecodeError(f"expected {EXPECTED}, got {kind_of(value)}", wire, value)


def format_utc(value: datetime) -> str:
    """``value`` (aware) as UTC ISO 8601 text with ``Z``: ``2019-07-16T06:21:27Z``.

    Microseconds are written when there are any (``2019-07-16T06:21:27.5Z``). Raises
    OverflowError when the time in UTC falls outside the years 1-9999.
    """
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    text = value.replace(tzinfo=None).isoformat()
    if value.microsecond:
        text = text.rstrip("0")
    return text + "Z"


def to_text(value: Any) -> Any:
    """The wire value of a time field in ``to_dict()``: the text it was decoded from, else UTC
    with ``Z`` (or the value's own offset when UTC would fall outside the years 1-9999). A naive
    datetime is written without a zone; text and other values as they are (``to_dict()`` does
    not check; requests do, with :func:`encode`)."""
    if type(value) is _datetime:
        if value.tzinfo is UTC and not value.microsecond:
            return value.replace(tzinfo=None).isoformat() + "Z"
    elif type(value) is WireTime:
        text = getattr(value, "wire_text", None)
        if text is not None:
            return text
    elif not isinstance(value, _datetime):
        return value
    if value.utcoffset() is None:
        return value.isoformat()
    try:
        return format_utc(value)
    except OverflowError:
        return value.isoformat()


#: What a naive datetime in a request is told.
NAIVE_MESSAGE = (
    "a naive datetime (no time zone) cannot be sent: its zone is unknown; make it aware, "
    "e.g. value.replace(tzinfo=timezone.utc) for a UTC time, or value.astimezone() for "
    "the local time"
)


def encode(wire: str, value: Any) -> str:
    """A time field of a request: an aware datetime as UTC text with ``Z``; ISO 8601 text
    checked and sent as it is (the service's empty values too), and so is a :class:`WireTime`
    (a request decoded from its wire dict sends the text it was given). Raises ValidationError for a
    naive datetime and for anything else."""
    if isinstance(value, _datetime):
        if value.utcoffset() is None:
            raise ValidationError(NAIVE_MESSAGE, wire, value)
        if type(value) is WireTime:  # decoded from checked text (a request's from_dict): as given
            text = getattr(value, "wire_text", None)
            if text is not None:
                return str(text)
        try:
            return format_utc(value)
        except OverflowError:
            raise ValidationError(
                "the time is outside the years 1-9999 once converted to UTC", wire, value
            ) from None
    if isinstance(value, str):
        text = str.__str__(value)
        try:
            parse(text)
        except TimeFormatError as exc:
            raise ValidationError(str(exc), wire, text) from None
        return text
    raise ValidationError(
        f"expected an aware datetime or ISO 8601 text, got {kind_of(value)}", wire, value
    )


__all__ = [
    "EMPTY",
    "EXPECTED",
    "NAIVE_MESSAGE",
    "UTC",
    "TimeFormatError",
    "WireTime",
    "decode",
    "encode",
    "format_utc",
    "parse",
    "to_text",
]
