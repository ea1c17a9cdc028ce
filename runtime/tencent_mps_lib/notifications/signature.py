"""The signature of MPS event notifications: ``Sign = MD5(Timestamp + NotifyKey)``.

MPS concatenates the decimal ``Timestamp`` of a notification (its expiry time, UNIX seconds) and
the ``NotifyKey`` of the task's ``TaskNotifyConfig``, and sends the hex MD5 digest as ``Sign``.
The receiver computes the same and compares in constant time. (MD5 is what the service uses; the
key stays secret and the expiry time limits replays.)

Note what the scheme covers: the key and the expiry time, not the rest of the body. Whoever
holds a valid ``Sign``/``Timestamp`` pair can attach it to other content until it expires, so
serve the receiver over HTTPS and treat a notification as a hint to act on, not as proof.
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = ["sign", "signature_matches"]


def sign(timestamp: int, notify_key: str) -> str:
    """The ``Sign`` of a notification that expires at ``timestamp`` (lower-case hex MD5)."""
    text = f"{int(timestamp)}{notify_key}"
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def signature_matches(timestamp: int, notify_key: str, received: object) -> bool:
    """Constant-time comparison of a received ``Sign`` with the expected one (case-insensitive).

    Anything that cannot be a hex digest (not a string, not ASCII) simply does not match.
    """
    if not isinstance(received, str):
        return False
    candidate = received.strip().lower()
    if not candidate.isascii():
        return False
    expected = sign(timestamp, notify_key)
    return hmac.compare_digest(expected.encode("ascii"), candidate.encode("ascii"))
