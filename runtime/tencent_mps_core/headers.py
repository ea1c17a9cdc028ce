"""The HTTP headers of one signed Tencent Cloud API 3.0 request (TC3-HMAC-SHA256).

Mirrors what the official SDK sends for a JSON POST (``tencentcloud.common.abstract_client``),
minus its ``X-TC-RequestClient`` header, plus the ``User-Agent`` the generated package names. The signature covers the
``content-type`` and ``host`` headers and the SHA-256 of the body; ``Host`` is the endpoint's
netloc (with the port when it is not the scheme's default), exactly as sent on the wire.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .signing import CONTENT_TYPE, sign

if TYPE_CHECKING:
    from .credentials._static import Credentials


def build_headers(
    *,
    credentials: Credentials,
    host: str,
    service: str,
    action: str,
    version: str,
    body: bytes,
    timestamp: int,
    region: str | None = None,
    language: str | None = None,
    user_agent: str,
) -> dict[str, str]:
    """Every header of one attempt, ``Authorization`` included (do not log the result)."""
    signed = sign(
        secret_id=credentials.secret_id,
        secret_key=credentials.secret_key,
        host=host,
        body=body,
        timestamp=timestamp,
        service=service,
    )
    headers = {
        "Content-Type": CONTENT_TYPE,
        "Host": host,
        "X-TC-Action": action,
        "X-TC-Version": version,
        "X-TC-Timestamp": str(timestamp),
        "User-Agent": user_agent,
        "Authorization": signed.authorization,
    }
    if region:
        headers["X-TC-Region"] = region
    if credentials.token:
        headers["X-TC-Token"] = credentials.token
    if language:
        headers["X-TC-Language"] = language
    return headers
