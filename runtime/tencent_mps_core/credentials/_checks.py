"""Argument checks shared by the credentials providers (each raises CredentialsError)."""

from __future__ import annotations

import math
import re

from ..exceptions import CredentialsError

_REGION_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
#: What STS accepts as a role session name: 2 to 128 of letters, digits and ``=,.@_-``.
SESSION_NAME_RE = re.compile(r"[A-Za-z0-9=,.@_-]{2,128}")
#: Longest accepted duration of STS credentials (seconds).
MAX_DURATION = 43200


def check_margin(name: str, value: object) -> float:
    """A finite number of seconds >= 0."""
    if type(value) not in (int, float) or not 0 <= value < math.inf:  # type: ignore[operator]
        raise CredentialsError(f"{name} must be a finite number of seconds >= 0, got {value!r}")
    return float(value)  # type: ignore[arg-type]


def check_timeout(name: str, value: object) -> float:
    """A finite number of seconds > 0."""
    if type(value) not in (int, float) or not 0 < value < math.inf:  # type: ignore[operator]
        raise CredentialsError(f"{name} must be a finite number of seconds > 0, got {value!r}")
    return float(value)  # type: ignore[arg-type]


def check_text(name: str, value: object) -> str:
    """A non-empty string of printable characters without surrounding whitespace.

    The value is not echoed (it may be a secret or a long token).
    """
    if type(value) is not str or not value:
        raise CredentialsError(f"{name} must be a non-empty string")
    if value != value.strip() or not value.isprintable():
        raise CredentialsError(
            f"{name} must not contain line breaks, control characters or surrounding spaces"
        )
    return value


def check_region(value: object) -> str:
    if type(value) is not str or not _REGION_RE.fullmatch(value):
        raise CredentialsError(f"region must look like 'ap-guangzhou', got {value!r}")
    return value


def check_session_name(value: object) -> str:
    if type(value) is not str or not SESSION_NAME_RE.fullmatch(value):
        raise CredentialsError(
            "role_session_name must be 2 to 128 characters of letters, digits and '=,.@_-', "
            f"got {value!r}"
        )
    return value


def check_duration(value: object) -> int:
    if type(value) is not int or not 1 <= value <= MAX_DURATION:
        raise CredentialsError(
            f"duration_seconds must be an integer from 1 to {MAX_DURATION}, got {value!r}"
        )
    return value
