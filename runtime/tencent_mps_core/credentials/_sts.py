"""STS (Security Token Service, API 2018-08-13): one call that returns temporary credentials,
and ``STSAssumeRoleCredentials``.

``AssumeRole`` is a TC3-signed API 3.0 call made with a long-term key pair;
``AssumeRoleWithWebIdentity`` (see :mod:`._oidc`) is sent unsigned (``Authorization: SKIP``), as
the official SDK does: the web identity token is what authorises it. Both answer
``{"Response": {"Credentials": {"TmpSecretId", "TmpSecretKey", "Token"}, "ExpiredTime": ...}}``.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ..exceptions import APIError, ConfigurationError, CredentialsError, DecodeError
from ._checks import (
    check_duration,
    check_region,
    check_session_name,
    check_text,
    check_timeout,
)
from ._parse import expiring_credentials, quote_message
from ._refresh import (
    DEFAULT_EXPIRY_MARGIN,
    DEFAULT_REFRESH_MARGIN,
    CredentialsRefreshError,
    ExpiringCredentials,
    RefreshingCredentials,
)
from ._static import Credentials, mask

if TYPE_CHECKING:
    from ..transport import Endpoint, Transport

DEFAULT_STS_ENDPOINT = "https://sts.tencentcloudapi.com"
#: The region STS calls name when none is given (as the official SDK does).
DEFAULT_STS_REGION = "ap-guangzhou"
STS_SERVICE = "sts"
STS_VERSION = "2018-08-13"
USER_AGENT = "tencent-mps-python-credentials"


def sts_endpoint(endpoint: object, *, allow_http: bool) -> Endpoint:
    if type(allow_http) is not bool:
        raise CredentialsError(f"allow_http must be True or False, got {allow_http!r}")
    from ..transport import parse_endpoint

    try:
        return parse_endpoint(endpoint, allow_http=allow_http)  # type: ignore[arg-type]
    except ConfigurationError as exc:
        raise CredentialsError(f"STS endpoint: {exc}") from None


class StsClient:
    """Sends one STS action and reads the temporary credentials from the answer (thread-safe)."""

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        region: str,
        connect_timeout: float,
        read_timeout: float,
        clock: Callable[[], float],
    ) -> None:
        self.endpoint = endpoint
        self.region = region
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._clock = clock
        self._transport: Transport | None = None
        self._lock = threading.Lock()

    @property
    def where(self) -> str:
        return self.endpoint.url.rstrip("/")

    def _get_transport(self) -> Transport:
        with self._lock:
            if self._transport is None:
                from ..transport import Transport

                self._transport = Transport()
            return self._transport

    def call(
        self,
        action: str,
        params: Mapping[str, Any],
        *,
        signer: Credentials | None,
        secrets: tuple[str, ...] = (),
    ) -> ExpiringCredentials:
        """One attempt of ``action``; CredentialsRefreshError tells why it gave nothing."""
        from ..retry import describe_network_error
        from ..transport import network_errors  # what the transport raises for a failed attempt

        body = json.dumps(dict(params)).encode("utf-8")
        headers = self._headers(action, body, signer)
        auth = headers["Authorization"]
        secrets = (*secrets, auth, auth.rpartition("Signature=")[2])
        try:
            reply = self._get_transport().send(
                self.endpoint,
                body,
                headers,
                connect_timeout=self._connect_timeout,
                read_timeout=self._read_timeout,
            )
        except network_errors() as exc:
            raise CredentialsRefreshError(
                f"STS {self.where} did not answer {action} ({describe_network_error(exc)})"
            ) from None
        return self._read(action, reply.status, reply.body, secrets)

    def _headers(self, action: str, body: bytes, signer: Credentials | None) -> dict[str, str]:
        timestamp = int(self._clock())
        if signer is not None:
            from ..headers import build_headers

            return build_headers(
                credentials=signer,
                host=self.endpoint.netloc,
                service=STS_SERVICE,
                action=action,
                version=STS_VERSION,
                body=body,
                timestamp=timestamp,
                region=self.region,
                user_agent=USER_AGENT,
            )
        from ..signing import CONTENT_TYPE

        return {
            "Content-Type": CONTENT_TYPE,
            "Host": self.endpoint.netloc,
            "X-TC-Action": action,
            "X-TC-Version": STS_VERSION,
            "X-TC-Timestamp": str(timestamp),
            "X-TC-Region": self.region,
            "User-Agent": USER_AGENT,
            "Authorization": "SKIP",
        }

    def _read(
        self, action: str, status: int, body: bytes, secrets: tuple[str, ...]
    ) -> ExpiringCredentials:
        from ..envelope import load_json, unwrap

        try:
            inner = unwrap(load_json(body), http_status=status)
        except APIError as exc:
            rid = f" (request id {exc.request_id})" if exc.request_id else ""
            message = quote_message(exc.message, secrets)
            raise CredentialsRefreshError(
                f"STS refused {action}: {quote_message(exc.code, secrets)}: {message}{rid}",
                code=exc.code,
                http_status=status,
                request_id=exc.request_id,
            ) from None
        except DecodeError:
            raise CredentialsRefreshError(
                f"STS {self.where} answered {action} with HTTP {status} and no API response",
                http_status=status,
            ) from None
        if not 200 <= status < 300:
            raise CredentialsRefreshError(
                f"STS {self.where} answered {action} with HTTP {status}", http_status=status
            )
        holder = inner.get("Credentials")
        if type(holder) is not dict:
            raise CredentialsRefreshError("Response.Credentials is missing in STS's answer")
        return expiring_credentials(
            holder,
            inner.get("ExpiredTime"),
            where="Response.Credentials.",
            expiry_field="Response.ExpiredTime",
        )

    def close(self) -> None:
        with self._lock:
            transport, self._transport = self._transport, None
        if transport is not None:
            transport.close()


class AssumedRoleCredentials(RefreshingCredentials):
    """What the STS role providers share: the checked parameters of their STS call, the STS
    client, and a refresh that sends the call (:meth:`_fetch`, given by each provider)."""

    def __init__(
        self,
        params: dict[str, Any],
        *,
        what: str,
        region: object,
        endpoint: object,
        allow_http: bool,
        connect_timeout: object,
        read_timeout: object,
        clock: Callable[[], float],
        refresh_margin: float,
        expiry_margin: float,
    ) -> None:
        self._params = params
        self._sts = StsClient(
            sts_endpoint(endpoint, allow_http=allow_http),
            region=check_region(region),
            connect_timeout=check_timeout("connect_timeout", connect_timeout),
            read_timeout=check_timeout("read_timeout", read_timeout),
            clock=clock,
        )
        super().__init__(
            self._fetch,
            description=f"{what} at {self._sts.where}",
            clock=clock,
            refresh_margin=refresh_margin,
            expiry_margin=expiry_margin,
        )

    @property
    def role_arn(self) -> str:
        return str(self._params["RoleArn"])

    @property
    def endpoint(self) -> str:
        return self._sts.where

    def _fetch(self) -> ExpiringCredentials:
        raise NotImplementedError


class STSAssumeRoleCredentials(AssumedRoleCredentials):
    """Temporary credentials of a CAM role, obtained with STS ``AssumeRole`` and a key pair.

    ``secret_id``/``secret_key`` (and ``token`` when they are temporary themselves) sign the
    AssumeRole call; ``role_arn`` (``qcs::cam::uin/<uin>:roleName/<name>``) is the role to
    assume, ``role_session_name`` names the session (2 to 128 of letters, digits, ``=,.@_-``),
    ``duration_seconds`` (up to 43200) is how long each set of credentials lasts. ``policy``
    (the API's URL-encoded policy document) and ``external_id`` are passed on when given.
    ``endpoint`` and ``region`` choose where STS is called; plain ``http://`` is accepted for
    loopback hosts only, unless ``allow_http=True``.
    """

    def __init__(
        self,
        secret_id: str,
        secret_key: str,
        role_arn: str,
        role_session_name: str,
        duration_seconds: int = 7200,
        *,
        token: str | None = None,
        region: str = DEFAULT_STS_REGION,
        endpoint: str = DEFAULT_STS_ENDPOINT,
        policy: str | None = None,
        external_id: str | None = None,
        allow_http: bool = False,
        connect_timeout: float = 5.0,
        read_timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        expiry_margin: float = DEFAULT_EXPIRY_MARGIN,
    ) -> None:
        self._signer = Credentials(secret_id, secret_key, token)
        params: dict[str, Any] = {
            "RoleArn": check_text("role_arn", role_arn),
            "RoleSessionName": check_session_name(role_session_name),
            "DurationSeconds": check_duration(duration_seconds),
        }
        if policy is not None:
            params["Policy"] = check_text("policy", policy)
        if external_id is not None:
            params["ExternalId"] = check_text("external_id", external_id)
        super().__init__(
            params,
            what=f"STS AssumeRole of {role_arn!r}",
            region=region,
            endpoint=endpoint,
            allow_http=allow_http,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            clock=clock,
            refresh_margin=refresh_margin,
            expiry_margin=expiry_margin,
        )

    def __repr__(self) -> str:
        return (
            f"STSAssumeRoleCredentials(role_arn={self.role_arn!r}, "
            f"secret_id={mask(self._signer.secret_id)!r}, endpoint={self._sts.where!r})"
        )

    def _fetch(self) -> ExpiringCredentials:
        signer = self._signer
        secrets = (signer.secret_key, signer.token or "")
        return self._sts.call("AssumeRole", self._params, signer=signer, secrets=secrets)
