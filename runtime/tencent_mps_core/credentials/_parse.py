"""Reading temporary credentials out of what a metadata service or STS answered.

Errors name the field that is wrong, never its value (the values are secrets).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ..exceptions import CredentialsError
from ..redact import redact_text
from ._refresh import CredentialsRefreshError, ExpiringCredentials
from ._static import Credentials

#: Longest server message quoted in an error.
MESSAGE_LIMIT = 300


def expiring_credentials(
    holder: Mapping[str, Any], expiry: object, *, where: str, expiry_field: str
) -> ExpiringCredentials:
    """``TmpSecretId``/``TmpSecretKey``/``Token`` of ``holder`` and the UNIX time ``expiry``.

    ``where`` prefixes the field names in errors (``"Response.Credentials."``).
    """
    values: list[str] = []
    for name in ("TmpSecretId", "TmpSecretKey", "Token"):
        value = holder.get(name)
        if type(value) is not str or not value:
            state = "missing" if value is None else "not a non-empty string"
            raise CredentialsRefreshError(f"{where}{name} is {state} in the answer")
        values.append(value)
    expires_at = expiry_time(expiry, expiry_field)
    try:
        creds = Credentials(values[0], values[1], values[2])
    except CredentialsError as exc:
        raise CredentialsRefreshError(f"the answer holds unusable credentials: {exc}") from None
    return ExpiringCredentials(creds, expires_at)


def expiry_time(value: object, field: str) -> float:
    """A UNIX time in seconds, as a number or a string of digits."""
    if type(value) is str and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    if type(value) in (int, float):
        number = float(value)  # type: ignore[arg-type]
        if math.isfinite(number) and number > 0:
            return number
    if value is None:
        raise CredentialsRefreshError(f"{field} is missing in the answer")
    raise CredentialsRefreshError(f"{field} is not a UNIX time in seconds")


def quote_message(text: object, secrets: tuple[str, ...]) -> str:
    """A server's message, fit for an error text: secrets masked, control characters escaped."""
    if type(text) is not str:
        return ""
    text = redact_text(text, secrets)
    cleaned = "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
    )
    if len(cleaned) > MESSAGE_LIMIT:
        cleaned = cleaned[: MESSAGE_LIMIT - 3] + "..."
    return cleaned
