"""TC3-HMAC-SHA256 checks on the server side: parse ``Authorization``, find the key, verify.

Answers the ``AuthFailure.*`` codes the service uses. The signature itself is checked by
``tencent_mps_core.signing``, the same code the client signs with; clients that sign more
headers than ``content-type;host`` are verified over the headers they declare.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from tencent_mps_core import signing

SERVICE = "mps"
#: The service rejects timestamps further than this from its clock (seconds).
MAX_CLOCK_SKEW = 300.0
#: Digits of the longest X-TC-Timestamp compared with the clock (about year 33,000); a longer
#: one is refused as expired without being converted.
MAX_TIMESTAMP_DIGITS = 12


@runtime_checkable
class KeyPairLike(Protocol):
    """Anything with a SecretId and SecretKey (``tencent_mps.Credentials`` among others).

    An optional ``token`` attribute (temporary credentials) is honoured when present.
    """

    @property
    def secret_id(self) -> str: ...

    @property
    def secret_key(self) -> str: ...


@dataclass(frozen=True, slots=True, repr=False)
class KeyPair:
    """An API key pair the emulator accepts; ``repr`` shows the SecretId only."""

    secret_id: str
    secret_key: str
    token: str | None = None

    def __repr__(self) -> str:
        return f"KeyPair(secret_id={self.secret_id!r}, secret_key=<hidden>)"


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why a request was refused: an error code and message, as the service words them."""

    code: str
    message: str


@dataclass(frozen=True, slots=True, repr=False)
class ParsedAuthorization:
    algorithm: str
    secret_id: str
    date: str
    service: str
    terminator: str
    signed_headers: tuple[str, ...]
    signature: str


def parse_authorization(value: str) -> ParsedAuthorization | None:
    """Split ``TC3-HMAC-SHA256 Credential=.., SignedHeaders=.., Signature=..``; None if malformed."""
    algorithm, _, rest = value.strip().partition(" ")
    fields: dict[str, str] = {}
    for part in rest.split(","):
        name, sep, val = part.strip().partition("=")
        if not sep or name in fields:
            return None
        fields[name] = val.strip()
    if set(fields) != {"Credential", "SignedHeaders", "Signature"}:
        return None
    scope = fields["Credential"].split("/")
    signed = tuple(fields["SignedHeaders"].split(";"))
    sig = fields["Signature"]
    if len(scope) != 4 or not all(scope) or not all(signed) or not sig or not sig.isascii():
        return None
    secret_id, date, service, terminator = scope
    return ParsedAuthorization(
        algorithm, secret_id, date, service, terminator, signed, fields["Signature"]
    )


def key_table(pairs: list[KeyPairLike]) -> dict[str, KeyPair]:
    """Index accepted key pairs by SecretId (validating them on the way)."""
    table: dict[str, KeyPair] = {}
    for pair in pairs:
        sid = getattr(pair, "secret_id", None)
        key = getattr(pair, "secret_key", None)
        token = getattr(pair, "token", None)
        if type(sid) is not str or not sid or type(key) is not str or not key:
            raise ValueError("each credential needs a non-empty secret_id and secret_key")
        if token is not None and type(token) is not str:
            raise ValueError("a credential's token must be a string or None")
        table[sid] = KeyPair(sid, key, token or None)
    if not table:
        raise ValueError("the emulator needs at least one accepted key pair")
    return table


def authenticate(
    headers: Mapping[str, str],
    body: bytes,
    keys: Mapping[str, KeyPair],
    now: float,
    max_skew: float = MAX_CLOCK_SKEW,
    *,
    target: str = "/",
) -> Rejection | None:
    """Check one request; ``headers`` has lower-case names. None means authenticated.

    ``target`` is the request target as sent: its path and query are what the signature covers
    (the canonical URI and query string), taken as they are, without normalising ``..``.
    """
    raw = headers.get("authorization")
    if not raw:
        return Rejection("AuthFailure.InvalidAuthorization", "The Authorization header is missing.")
    auth = parse_authorization(raw)
    if auth is None or auth.algorithm != signing.ALGORITHM:
        return Rejection(
            "AuthFailure.InvalidAuthorization",
            "The Authorization header is not of the form "
            "`TC3-HMAC-SHA256 Credential=.., SignedHeaders=.., Signature=..`.",
        )
    pair = keys.get(auth.secret_id)
    if pair is None:
        return Rejection(
            "AuthFailure.SecretIdNotFound",
            "The SecretId is not found, please ensure that your SecretId is correct.",
        )
    stamp = headers.get("x-tc-timestamp", "").strip()
    if not stamp:
        return Rejection(
            "MissingParameter", "The request is missing a required parameter `Timestamp`."
        )
    if not (stamp.isascii() and stamp.isdigit()) or (stamp.startswith("0") and stamp != "0"):
        return Rejection(
            "InvalidParameter",
            "The parameter `Timestamp` (X-TC-Timestamp) must be a Unix time in seconds.",
        )
    # A timestamp of more digits is centuries away from any clock; int() is not even tried on
    # it (CPython refuses to convert more than 4,300 digits).
    timestamp = int(stamp) if len(stamp) <= MAX_TIMESTAMP_DIGITS else None
    if timestamp is None or not abs(timestamp - now) <= max_skew:
        shown = stamp if len(stamp) <= 24 else f"{stamp[:20]}...({len(stamp)} digits)"
        server_time = int(now) if math.isfinite(now) else now
        return Rejection(
            "AuthFailure.SignatureExpire",
            f"Signature expired. Timestamp:{shown}, Server Time:{server_time}.",
        )
    if not _signature_ok(auth, headers, body, pair.secret_key, timestamp, target):
        return Rejection(
            "AuthFailure.SignatureFailure",
            "The provided credentials could not be validated. "
            "Please check your signature is correct.",
        )
    if pair.token is not None and headers.get("x-tc-token") != pair.token:
        return Rejection(
            "AuthFailure.TokenFailure", "The token of the temporary credentials is invalid."
        )
    return None


def _signature_ok(
    auth: ParsedAuthorization,
    headers: Mapping[str, str],
    body: bytes,
    secret_key: str,
    timestamp: int,
    target: str,
) -> bool:
    try:
        date = signing.utc_date(timestamp)
    except (OverflowError, OSError, ValueError):  # beyond the platform's calendar
        return False
    if (auth.date, auth.service, auth.terminator) != (
        date,
        SERVICE,
        "tc3_request",
    ):
        return False
    if "content-type" not in auth.signed_headers or "host" not in auth.signed_headers:
        return False
    if headers.get("x-tc-content-sha256") == "UNSIGNED-PAYLOAD":
        body = b"UNSIGNED-PAYLOAD"
    path, _, query = target.partition("?")
    if ";".join(auth.signed_headers) == signing.SIGNED_HEADERS and target == "/":
        return signing.verify(
            authorization=f"Signature={auth.signature}",
            secret_key=secret_key,
            host=headers.get("host", ""),
            body=body,
            timestamp=timestamp,
            service=SERVICE,
            content_type=headers.get("content-type", ""),
        )
    canonical_headers = "".join(
        f"{name}:{headers.get(name, '').strip().lower()}\n" for name in auth.signed_headers
    )
    canonical = (
        f"POST\n{path}\n{query}\n{canonical_headers}\n{';'.join(auth.signed_headers)}\n"
        f"{hashlib.sha256(body).hexdigest()}"
    )
    to_sign = signing.string_to_sign(canonical, timestamp, SERVICE)
    expected = signing.signature(secret_key, timestamp, SERVICE, to_sign)
    return hmac.compare_digest(expected, auth.signature)
