"""``CVMRoleCredentials``: the temporary credentials of the CAM role attached to a CVM instance."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from urllib.parse import quote

from ..exceptions import CredentialsError
from ._checks import check_text, check_timeout
from ._metadata import (
    CREDENTIALS_PATH,
    DEFAULT_METADATA_ENDPOINT,
    MetadataClient,
    attached_role,
    is_role_name,
    metadata_endpoint,
)
from ._parse import expiring_credentials, quote_message
from ._refresh import (
    DEFAULT_EXPIRY_MARGIN,
    DEFAULT_REFRESH_MARGIN,
    CredentialsRefreshError,
    ExpiringCredentials,
    RefreshingCredentials,
)
from ._static import mask


class CVMRoleCredentials(RefreshingCredentials):
    """Credentials of the CAM role attached to this CVM instance, from its metadata service.

    ``role_name`` defaults to the role the metadata service names (looked up on the first
    refresh). ``endpoint`` is the metadata service (``http://metadata.tencentyun.com``; a fake
    one in tests). The credentials are fetched on first use and refreshed before they expire
    (see :class:`RefreshingCredentials` for ``clock`` and the margins).
    """

    def __init__(
        self,
        role_name: str | None = None,
        endpoint: str = DEFAULT_METADATA_ENDPOINT,
        *,
        connect_timeout: float = 1.0,
        read_timeout: float = 5.0,
        clock: Callable[[], float] = time.time,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        expiry_margin: float = DEFAULT_EXPIRY_MARGIN,
    ) -> None:
        if role_name is not None:
            check_text("role_name", role_name)
            if not is_role_name(role_name):
                raise CredentialsError("role_name must not contain '/' nor exceed 128 characters")
        self._given_role = role_name
        self._role = role_name
        self._role_lock = threading.Lock()
        self._client = MetadataClient(
            metadata_endpoint(endpoint),
            connect_timeout=check_timeout("connect_timeout", connect_timeout),
            read_timeout=check_timeout("read_timeout", read_timeout),
        )
        super().__init__(
            self._fetch,
            description=self._describe(),
            clock=clock,
            refresh_margin=refresh_margin,
            expiry_margin=expiry_margin,
        )

    @property
    def role_name(self) -> str | None:
        """The role in use: the one given, or the one found (None before the first refresh)."""
        return self._role

    @property
    def endpoint(self) -> str:
        return self._client.where

    def _describe(self) -> str:
        role = repr(self._role) if self._role else "(attached)"
        return f"the CVM instance role {role} at {self._client.where}"

    def __repr__(self) -> str:
        state = self._state
        current = f", secret_id={mask(state.credentials.secret_id)!r}" if state else ""
        return (
            f"CVMRoleCredentials(role_name={self._role!r}, endpoint={self._client.where!r}"
            f"{current})"
        )

    def _fetch(self) -> ExpiringCredentials:
        role = self._role
        if role is None:
            role = attached_role(self._client)
            with self._role_lock:
                self._role = role
                self._description = self._describe()
        status, body = self._client.get(CREDENTIALS_PATH + quote(role, safe=""))
        if status == 404:
            if self._given_role is None:  # the role may have been replaced: look again next time
                with self._role_lock:
                    self._role = None
                    self._description = self._describe()
            raise CredentialsRefreshError(
                f"the role {role!r} is not attached to this instance (HTTP 404)", http_status=404
            )
        if status != 200:
            raise CredentialsRefreshError(
                f"the metadata service answered HTTP {status}", http_status=status
            )
        try:
            document = json.loads(body)
        except (ValueError, RecursionError):
            raise CredentialsRefreshError("the metadata service's answer is not JSON") from None
        if type(document) is not dict:
            raise CredentialsRefreshError("the metadata service's answer is not a JSON object")
        code = document.get("Code")
        if code is not None and code != "Success":
            shown = quote_message(code, ()) if type(code) is str else repr(type(code).__name__)
            raise CredentialsRefreshError(
                f"the metadata service answered Code {shown} instead of Success",
                code=code if type(code) is str else None,
            )
        return expiring_credentials(
            document, document.get("ExpiredTime"), where="", expiry_field="ExpiredTime"
        )
