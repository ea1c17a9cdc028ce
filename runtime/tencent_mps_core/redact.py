"""Keep secrets out of what errors carry, not only out of what they print.

A gateway that echoes request headers can put the signature or the session token into a body;
errors built from that body must not keep them in ``value``, ``message`` or ``args``.
"""

from __future__ import annotations

from typing import Any, TypeVar

E = TypeVar("E", bound=BaseException)
MASK = "***"
#: Nesting followed at most when cleaning a value (deeper parts are dropped).
MAX_DEPTH = 20


#: A text that ends with at least this many first characters of a secret (a preview cut inside
#: it) has that end masked too.
MIN_CUT_PREFIX = 4


def redact_text(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every secret masked, and a secret cut off at its end (a preview) too."""
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, MASK)
    for secret in secrets:
        if len(secret) <= MIN_CUT_PREFIX:
            continue
        start = max(len(text) - len(secret) + 1, 0)
        at = text.find(secret[0], start, len(text) - MIN_CUT_PREFIX + 1)
        while at >= 0:  # the longest cut prefix first
            if secret.startswith(text[at:]):
                text = text[:at] + MASK
                break
            at = text.find(secret[0], at + 1, len(text) - MIN_CUT_PREFIX + 1)
    return text


def redact_value(value: Any, secrets: tuple[str, ...], depth: int = 0) -> Any:
    """A copy of ``value`` (JSON-like) with every secret masked in its strings and keys."""
    if isinstance(value, str):
        return redact_text(value, secrets)
    if depth >= MAX_DEPTH:
        return MASK if isinstance(value, (dict, list, tuple)) else value
    if isinstance(value, dict):
        return {
            redact_value(k, secrets, depth + 1): redact_value(v, secrets, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [redact_value(v, secrets, depth + 1) for v in value]
    return value


def redact_error(exc: E, secrets: tuple[str, ...]) -> E:
    """Mask secrets in an error's ``value``, ``message``, ``reason`` and ``args`` (in place)."""
    if not secrets:
        return exc
    for attr in ("value", "message", "reason", "body_preview"):
        if hasattr(exc, attr):
            setattr(exc, attr, redact_value(getattr(exc, attr), secrets))
    exc.args = tuple(redact_value(a, secrets) for a in exc.args)
    exc.__cause__ = None
    exc.__context__ = None
    return exc
