"""A fixed key pair (:class:`Credentials`) and the protocol every credentials provider follows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from ..exceptions import CredentialsError


def mask(secret_id: str) -> str:
    """Show a secret id as ``AKID****abcd``: enough to tell keys apart, never the whole id."""
    if len(secret_id) <= 8:
        return "****"
    return f"{secret_id[:4]}****{secret_id[-4:]}"


def _is_visible_ascii(text: str) -> bool:
    return text.isascii() and text.isprintable() and " " not in text


@runtime_checkable
class CredentialsProvider(Protocol):
    """Anything that hands out the credentials of the next request.

    A provider of temporary credentials refreshes them before they expire; it must be safe to
    call from many threads at once (and :meth:`get_credentials_async` from many tasks), and
    raise :class:`CredentialsError` when it cannot provide any.
    """

    def get_credentials(self) -> Credentials: ...

    async def get_credentials_async(self) -> Credentials: ...


@dataclass(frozen=True, slots=True, repr=False)
class Credentials:
    """A Tencent Cloud API key pair, with the session token of temporary credentials.

    ``secret_id`` and ``token`` travel in HTTP headers, so they must be visible ASCII (no spaces
    or control characters); ``secret_key`` only feeds the HMAC and may be any text without
    surrounding whitespace. An empty token means "no token".
    """

    secret_id: str
    secret_key: str
    token: str | None = None

    def __post_init__(self) -> None:
        if type(self.secret_id) is not str or not self.secret_id:
            raise CredentialsError("secret_id must be a non-empty string")
        if not _is_visible_ascii(self.secret_id):
            raise CredentialsError(
                f"secret_id {mask(self.secret_id)} must be visible ASCII characters only "
                "(no spaces, line breaks or other characters)"
            )
        if type(self.secret_key) is not str or not self.secret_key:
            raise CredentialsError(
                f"secret_key for {mask(self.secret_id)} must be a non-empty string"
            )
        if self.secret_key != self.secret_key.strip():
            raise CredentialsError(
                f"secret_key for {mask(self.secret_id)} has leading or trailing whitespace"
            )
        try:
            self.secret_key.encode("utf-8")
        except UnicodeEncodeError:
            raise CredentialsError(
                f"secret_key for {mask(self.secret_id)} is not encodable as UTF-8"
            ) from None
        if self.token is not None:
            if type(self.token) is not str:
                raise CredentialsError(f"token for {mask(self.secret_id)} must be a string or None")
            if not self.token:
                object.__setattr__(self, "token", None)
            elif not _is_visible_ascii(self.token):
                raise CredentialsError(
                    f"token for {mask(self.secret_id)} must be visible ASCII characters only "
                    "(it is sent in the X-TC-Token header)"
                )

    def __repr__(self) -> str:
        token = ", token=<set>" if self.token else ""
        return f"Credentials(secret_id={mask(self.secret_id)!r}{token})"

    __str__ = __repr__

    def get_credentials(self) -> Credentials:
        """A fixed key pair is its own provider."""
        return self

    async def get_credentials_async(self) -> Credentials:
        return self
