"""TC3-HMAC-SHA256 request signing, as defined by Tencent Cloud API 3.0.

Only what a JSON ``POST /`` needs: the canonical request signs the ``content-type`` and ``host``
headers and the SHA-256 of the body. The same functions serve the client (to sign) and the local
emulator (to verify).
"""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass

ALGORITHM = "TC3-HMAC-SHA256"
SIGNED_HEADERS = "content-type;host"
CONTENT_TYPE = "application/json"


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def utc_date(timestamp: int) -> str:
    """The UTC calendar date (``YYYY-MM-DD``) of a Unix timestamp, as the credential scope uses it."""
    return time.strftime("%Y-%m-%d", time.gmtime(timestamp))


def credential_scope(timestamp: int, service: str) -> str:
    return f"{utc_date(timestamp)}/{service}/tc3_request"


def canonical_request(host: str, body: bytes, content_type: str = CONTENT_TYPE) -> str:
    payload_hash = hashlib.sha256(body).hexdigest()
    return (
        f"POST\n/\n\ncontent-type:{content_type}\nhost:{host}\n\n{SIGNED_HEADERS}\n{payload_hash}"
    )


def string_to_sign(canonical: str, timestamp: int, service: str) -> str:
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return f"{ALGORITHM}\n{timestamp}\n{credential_scope(timestamp, service)}\n{digest}"


def signature(secret_key: str, timestamp: int, service: str, to_sign: str) -> str:
    """Hex HMAC-SHA256 of ``to_sign`` under the key derived from the secret, date and service."""
    key = _hmac(("TC3" + secret_key).encode("utf-8"), utc_date(timestamp))
    key = _hmac(key, service)
    key = _hmac(key, "tc3_request")
    return hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class SignedParts:
    """What the signer produced for one request (kept out of logs: ``signature`` is secret)."""

    authorization: str
    signature: str
    scope: str


def sign(
    *,
    secret_id: str,
    secret_key: str,
    host: str,
    body: bytes,
    timestamp: int,
    service: str,
    content_type: str = CONTENT_TYPE,
) -> SignedParts:
    """Sign one JSON POST; returns the ``Authorization`` header value and its parts."""
    canonical = canonical_request(host, body, content_type)
    to_sign = string_to_sign(canonical, timestamp, service)
    sig = signature(secret_key, timestamp, service, to_sign)
    scope = credential_scope(timestamp, service)
    auth = (
        f"{ALGORITHM} Credential={secret_id}/{scope}, "
        f"SignedHeaders={SIGNED_HEADERS}, Signature={sig}"
    )
    return SignedParts(authorization=auth, signature=sig, scope=scope)


def verify(
    *,
    authorization: str,
    secret_key: str,
    host: str,
    body: bytes,
    timestamp: int,
    service: str,
    content_type: str = CONTENT_TYPE,
) -> bool:
    """Constant-time check of a received ``Authorization`` header (server side)."""
    canonical = canonical_request(host, body, content_type)
    expected = signature(
        secret_key, timestamp, service, string_to_sign(canonical, timestamp, service)
    )
    _, _, rest = authorization.partition("Signature=")
    return hmac.compare_digest(expected, rest.strip())
