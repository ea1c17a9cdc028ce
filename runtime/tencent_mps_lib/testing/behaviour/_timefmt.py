"""The service's time format (``2019-07-16T06:21:27Z``, UTC) both ways."""

from __future__ import annotations

import datetime as _dt
import time

__all__ = ["iso_time", "parse_iso"]


def iso_time(t: float) -> str:
    """``2019-07-16T06:21:27Z`` for UNIX time ``t`` (whole seconds, UTC)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def parse_iso(text: str) -> float | None:
    """UNIX time of an ISO 8601 date-time (UTC unless it has an offset); None if not one."""
    if not isinstance(text, str) or not 10 <= len(text) <= 40:
        return None
    try:
        moment = _dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    try:
        return moment.timestamp()
    except (OverflowError, ValueError, OSError):
        return None
