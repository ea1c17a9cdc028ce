"""``OIDCRoleArnCredentials``: STS ``AssumeRoleWithWebIdentity``, as TKE pods use it.

A TKE cluster with OIDC role binding projects a web identity token into the pod and names it in
the environment: ``TKE_REGION``, ``TKE_PROVIDER_ID``, ``TKE_WEB_IDENTITY_TOKEN_FILE`` and
``TKE_ROLE_ARN``. The call is not signed: the token authorises it. The token file is read again
at every refresh, because the cluster rotates the token.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from typing import Any

from ..exceptions import CredentialsError
from ._checks import (
    check_duration,
    check_session_name,
    check_text,
)
from ._refresh import (
    DEFAULT_EXPIRY_MARGIN,
    DEFAULT_REFRESH_MARGIN,
    CredentialsRefreshError,
    ExpiringCredentials,
)
from ._sts import DEFAULT_STS_ENDPOINT, AssumedRoleCredentials

ENV_TKE_REGION = "TKE_REGION"
ENV_TKE_PROVIDER_ID = "TKE_PROVIDER_ID"
ENV_TKE_TOKEN_FILE = "TKE_WEB_IDENTITY_TOKEN_FILE"
ENV_TKE_ROLE_ARN = "TKE_ROLE_ARN"
#: Every variable TKE sets for OIDC role binding, in the order they are reported.
TKE_VARIABLES = (ENV_TKE_REGION, ENV_TKE_PROVIDER_ID, ENV_TKE_TOKEN_FILE, ENV_TKE_ROLE_ARN)
#: Largest web identity token file read (bytes).
MAX_TOKEN_FILE = 64 * 1024


def default_session_name() -> str:
    """``tencent-mps-<microseconds since the epoch>``, unique enough per process start."""
    return f"tencent-mps-{time.time_ns() // 1000}"


def read_token_file(path: str) -> str:
    """The web identity token in ``path`` (whitespace around it dropped); never echoed."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_TOKEN_FILE + 1)
    except OSError as exc:
        raise CredentialsRefreshError(
            f"cannot read the web identity token file {path} ({type(exc).__name__})"
        ) from None
    if len(data) > MAX_TOKEN_FILE:
        raise CredentialsRefreshError(
            f"the web identity token file {path} is larger than {MAX_TOKEN_FILE // 1024} KiB"
        )
    try:
        token = data.decode("ascii").strip()
    except UnicodeDecodeError:
        raise CredentialsRefreshError(
            f"the web identity token file {path} is not ASCII text"
        ) from None
    if not token or not token.isprintable():
        raise CredentialsRefreshError(
            f"the web identity token file {path} is empty or holds control characters"
        )
    return token


class OIDCRoleArnCredentials(AssumedRoleCredentials):
    """Temporary credentials of a CAM role, from STS ``AssumeRoleWithWebIdentity``.

    ``region`` is the region the STS call names, ``provider_id`` the identity provider
    registered in CAM, ``role_arn`` the role to assume. The web identity token is given either
    as ``web_identity_token`` or, better for tokens that rotate, as ``web_identity_token_file``
    (read at every refresh); pass ``None`` for the other. ``role_session_name`` defaults to
    ``tencent-mps-<microseconds>``. In a TKE pod, :meth:`from_environment` reads all of this
    from the variables TKE sets.
    """

    def __init__(
        self,
        region: str,
        provider_id: str,
        web_identity_token: str | None,
        role_arn: str,
        role_session_name: str | None = None,
        duration_seconds: int = 7200,
        *,
        web_identity_token_file: str | None = None,
        endpoint: str = DEFAULT_STS_ENDPOINT,
        allow_http: bool = False,
        connect_timeout: float = 5.0,
        read_timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        expiry_margin: float = DEFAULT_EXPIRY_MARGIN,
    ) -> None:
        if (web_identity_token is None) == (web_identity_token_file is None):
            raise CredentialsError(
                "give exactly one of web_identity_token and web_identity_token_file"
            )
        if web_identity_token is not None:
            check_text("web_identity_token", web_identity_token)
        if web_identity_token_file is not None:
            check_text("web_identity_token_file", web_identity_token_file)
        self._token = web_identity_token
        self._token_file = web_identity_token_file
        session = default_session_name() if role_session_name is None else role_session_name
        params: dict[str, Any] = {
            "ProviderId": check_text("provider_id", provider_id),
            "RoleArn": check_text("role_arn", role_arn),
            "RoleSessionName": check_session_name(session),
            "DurationSeconds": check_duration(duration_seconds),
        }
        super().__init__(
            params,
            what=f"STS AssumeRoleWithWebIdentity of {role_arn!r} (provider {provider_id!r})",
            region=region,
            endpoint=endpoint,
            allow_http=allow_http,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            clock=clock,
            refresh_margin=refresh_margin,
            expiry_margin=expiry_margin,
        )

    @classmethod
    def from_environment(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        role_session_name: str | None = None,
        duration_seconds: int = 7200,
        endpoint: str = DEFAULT_STS_ENDPOINT,
        allow_http: bool = False,
        connect_timeout: float = 5.0,
        read_timeout: float = 10.0,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        expiry_margin: float = DEFAULT_EXPIRY_MARGIN,
    ) -> OIDCRoleArnCredentials:
        """The provider TKE's environment describes (``environ`` defaults to ``os.environ``).

        Raises CredentialsError naming every missing variable, or when the token file cannot
        be read.
        """
        env = os.environ if environ is None else environ
        values = {name: (env.get(name) or "").strip() for name in TKE_VARIABLES}
        missing = [name for name, value in values.items() if not value]
        if missing:
            raise CredentialsError(
                f"TKE OIDC needs {', '.join(TKE_VARIABLES)}; not set: {', '.join(missing)}"
            )
        token_file = values[ENV_TKE_TOKEN_FILE]
        read_token_file(token_file)  # fail now, not at the first call, if it is unreadable
        return cls(
            values[ENV_TKE_REGION],
            values[ENV_TKE_PROVIDER_ID],
            None,
            values[ENV_TKE_ROLE_ARN],
            role_session_name,
            duration_seconds,
            web_identity_token_file=token_file,
            endpoint=endpoint,
            allow_http=allow_http,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            clock=clock,
            refresh_margin=refresh_margin,
            expiry_margin=expiry_margin,
        )

    @property
    def provider_id(self) -> str:
        return str(self._params["ProviderId"])

    def __repr__(self) -> str:
        return (
            f"OIDCRoleArnCredentials(role_arn={self.role_arn!r}, provider_id="
            f"{self.provider_id!r}, region={self._sts.region!r}, endpoint={self._sts.where!r})"
        )

    def _fetch(self) -> ExpiringCredentials:
        token = self._token if self._token_file is None else read_token_file(self._token_file)
        assert token is not None
        params = {**self._params, "WebIdentityToken": token}
        return self._sts.call("AssumeRoleWithWebIdentity", params, signer=None, secrets=(token,))
