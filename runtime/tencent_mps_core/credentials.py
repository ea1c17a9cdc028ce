"""Credentials and the default credential chain.

Order of resolution (the first complete source wins):

1. credentials given explicitly to the client;
2. a profile named explicitly (``profile=`` argument): only the profile file is consulted;
3. the environment: ``TENCENTCLOUD_SECRET_ID``, ``TENCENTCLOUD_SECRET_KEY``, optional
   ``TENCENTCLOUD_TOKEN``;
4. the profile file ``~/.tencentcloud/credentials`` (INI), section ``[default]`` or the one named
   by ``TENCENTCLOUD_PROFILE``; keys ``secret_id``, ``secret_key``, optional ``token``, ``region``.

The region follows its own chain: explicit argument, then ``TENCENTCLOUD_REGION``, then the
``region`` key of the selected profile (when the profile file is read), else none.

A secret key or token never appears in ``repr()``, ``str()`` or in the text of any error raised here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple, Protocol, runtime_checkable

from .exceptions import CredentialsError

__all__ = [
    "Credentials",
    "ResolvedCredentials",
    "resolve_credentials",
    "ENV_SECRET_ID",
    "ENV_SECRET_KEY",
    "ENV_TOKEN",
    "ENV_REGION",
    "ENV_PROFILE",
]

ENV_SECRET_ID = "TENCENTCLOUD_SECRET_ID"
ENV_SECRET_KEY = "TENCENTCLOUD_SECRET_KEY"
ENV_TOKEN = "TENCENTCLOUD_TOKEN"
ENV_REGION = "TENCENTCLOUD_REGION"
ENV_PROFILE = "TENCENTCLOUD_PROFILE"
DEFAULT_PROFILE = "default"
PROFILE_DIR = ".tencentcloud"
PROFILE_NAME = "credentials"


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


class ResolvedCredentials(NamedTuple):
    """What the chain produced: the credentials (or their provider), the region if one was
    configured, and where they came from (``"explicit"``, ``"environment"``,
    ``"profile '<name>' in <path>"``, ...)."""

    credentials: CredentialsProvider
    region: str | None
    source: str


def resolve_credentials(
    credentials: CredentialsProvider | None = None,
    *,
    region: str | None = None,
    profile: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> ResolvedCredentials:
    """Run the default chain (see the module docstring); raise CredentialsError if nothing fits.

    ``environ`` defaults to ``os.environ``; the home directory is resolved at call time.
    """
    env = os.environ if environ is None else environ
    env_region = _env(env, ENV_REGION)

    if credentials is not None:
        if not isinstance(credentials, CredentialsProvider):
            raise CredentialsError(
                "credentials must be a tencent_mps.Credentials or a credentials provider, "
                f"not {type(credentials).__name__}"
            )
        return ResolvedCredentials(credentials, region or env_region, "explicit")

    if profile is not None:
        if type(profile) is not str or not profile:
            raise CredentialsError("profile must be a non-empty string")
        found = _from_profile_file(profile, env, required=True)
        assert found is not None  # required=True raises instead of returning None
        creds, file_region, source = found
        return ResolvedCredentials(creds, region or env_region or file_region, source)

    from_env = _from_environment(env)
    if from_env is not None:
        return ResolvedCredentials(from_env, region or env_region, "environment")

    env_profile = _env(env, ENV_PROFILE)
    found = _from_profile_file(
        env_profile or DEFAULT_PROFILE, env, required=env_profile is not None
    )
    if found is not None:
        creds, file_region, source = found
        return ResolvedCredentials(creds, region or env_region or file_region, source)

    path = _profile_path(env)
    file_state = f"no [{DEFAULT_PROFILE}] section" if os.path.isfile(path) else "file not found"
    raise CredentialsError(
        "no Tencent Cloud credentials found. Looked at: the credentials argument (not given); "
        f"the environment ({ENV_SECRET_ID} / {ENV_SECRET_KEY}: not set); "
        f"the profile file {path} ({file_state}). Pass Credentials(secret_id, secret_key), "
        "set the environment variables, or create the profile file."
    )


def _env(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name)
    return value if value else None


def _from_environment(env: Mapping[str, str]) -> Credentials | None:
    secret_id = _env(env, ENV_SECRET_ID)
    secret_key = _env(env, ENV_SECRET_KEY)
    token = _env(env, ENV_TOKEN)
    if secret_id is None and secret_key is None:
        if token is not None:
            raise CredentialsError(
                f"{ENV_TOKEN} is set but {ENV_SECRET_ID} and {ENV_SECRET_KEY} are not; "
                "set all of them or unset the token"
            )
        return None
    if secret_id is None:
        raise CredentialsError(f"{ENV_SECRET_KEY} is set but {ENV_SECRET_ID} is not; set both")
    if secret_key is None:
        raise CredentialsError(f"{ENV_SECRET_ID} is set but {ENV_SECRET_KEY} is not; set both")
    try:
        return Credentials(secret_id, secret_key, token)
    except CredentialsError as exc:
        raise CredentialsError(f"from the environment: {exc}") from None


def _profile_path(env: Mapping[str, str]) -> str:
    """The profile file under the home directory as of now (``HOME`` may change between calls)."""
    home = env.get("HOME") or os.path.expanduser("~")
    return os.path.join(home, PROFILE_DIR, PROFILE_NAME)


def _from_profile_file(
    name: str, env: Mapping[str, str], *, required: bool
) -> tuple[Credentials, str | None, str] | None:
    import configparser  # only needed when the chain gets this far

    path = _profile_path(env)
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with open(path, encoding="utf-8") as fh:
            parser.read_file(fh, source=path)
    except FileNotFoundError:
        if required:
            raise CredentialsError(
                f"profile {name!r} was requested but the profile file {path} does not exist"
            ) from None
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise CredentialsError(
            f"cannot read the profile file {path}: {type(exc).__name__}"
        ) from None
    except configparser.Error as exc:
        # configparser messages quote the offending line, which may hold a secret: keep only the kind.
        raise CredentialsError(
            f"the profile file {path} is not a valid INI file ({type(exc).__name__})"
        ) from None
    if not parser.has_section(name):
        if required:
            sections = ", ".join(repr(s) for s in parser.sections()) or "none"
            raise CredentialsError(
                f"profile {name!r} not found in {path} (sections found: {sections})"
            )
        return None
    section = parser[name]
    source = f"profile {name!r} in {path}"
    secret_id = section.get("secret_id", "").strip()
    secret_key = section.get("secret_key", "").strip()
    missing = [k for k, v in (("secret_id", secret_id), ("secret_key", secret_key)) if not v]
    if missing:
        raise CredentialsError(f"{source} has no {' and no '.join(missing)}")
    token = section.get("token", "").strip() or None
    region = section.get("region", "").strip() or None
    try:
        creds = Credentials(secret_id, secret_key, token)
    except CredentialsError as exc:
        raise CredentialsError(f"{source}: {exc}") from None
    return creds, region, source
