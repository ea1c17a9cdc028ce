"""The service's time format (``2019-07-16T06:21:27Z``, UTC) both ways."""

from __future__ import annotations

import time

from tencent_mps_core import times

__all__ = ["iso_time", "parse_iso"]


def iso_time(t: float) -> str:
    """``2019-07-16T06:21:27Z`` for UNIX time ``t`` (whole seconds, UTC)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def parse_iso(text: object) -> float | None:
    """UNIX time of an ISO 8601 date-time with a zone, read as the SDK reads it
    (:func:`tencent_mps_core.times.parse`); None if it is not one, or is an empty value."""
    if not isinstance(text, str):
        return None
    try:
        moment = times.parse(text)
        return None if moment is None else moment.timestamp()
    except (times.TimeFormatError, OverflowError, ValueError, OSError):
        return None
