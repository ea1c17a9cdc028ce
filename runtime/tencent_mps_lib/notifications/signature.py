"""The signature of MPS event notifications: ``Sign = MD5(Timestamp + NotifyKey)``.

MPS concatenates the decimal ``Timestamp`` of a notification (its expiry time, UNIX seconds) and
the ``NotifyKey`` of the task's ``TaskNotifyConfig``, and sends the hex MD5 digest as ``Sign``.
The receiver computes the same and compares in constant time. (MD5 is what the service uses; the
key stays secret and the expiry time limits replays.)
"""

from __future__ import annotations

import hashlib
import hmac

__all__ = ["sign", "signature_matches"]


def sign(timestamp: int, notify_key: str) -> str:
    """The ``Sign`` of a notification that expires at ``timestamp`` (lower-case hex MD5)."""
    text = f"{int(timestamp)}{notify_key}"
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def signature_matches(timestamp: int, notify_key: str, received: str) -> bool:
    """Constant-time comparison of a received ``Sign`` with the expected one (case-insensitive)."""
    expected = sign(timestamp, notify_key)
    return hmac.compare_digest(expected.encode("ascii"), received.strip().lower().encode("utf-8"))
