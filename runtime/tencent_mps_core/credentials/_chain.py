"""The default credential chain: where credentials come from when none are given.

See the package docstring (:mod:`tencent_mps_core.credentials`) for the order and the variables.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import NamedTuple

from ..exceptions import CredentialsError
from ._static import Credentials, CredentialsProvider

ENV_SECRET_ID = "TENCENTCLOUD_SECRET_ID"
ENV_SECRET_KEY = "TENCENTCLOUD_SECRET_KEY"
ENV_TOKEN = "TENCENTCLOUD_TOKEN"
ENV_REGION = "TENCENTCLOUD_REGION"
ENV_PROFILE = "TENCENTCLOUD_PROFILE"
#: Set to ``1``/``true`` to keep the chain from asking the CVM metadata service.
ENV_METADATA_DISABLED = "TENCENT_MPS_CVM_METADATA_DISABLED"
#: Another metadata service for the chain (``http://127.0.0.1:8080`` for a fake one).
ENV_METADATA_ENDPOINT = "TENCENT_MPS_CVM_METADATA_ENDPOINT"
#: Another STS endpoint for the chain's TKE OIDC provider.
ENV_STS_ENDPOINT = "TENCENT_MPS_STS_ENDPOINT"
DEFAULT_PROFILE = "default"
PROFILE_DIR = ".tencentcloud"
PROFILE_NAME = "credentials"
_FALSE_WORDS = frozenset({"", "0", "false", "no", "off"})


class ResolvedCredentials(NamedTuple):
    """What the chain produced: the credentials (or their provider), the region if one was
    configured, and where they came from (``"explicit"``, ``"environment"``,
    ``"profile '<name>' in <path>"``, ``"CVM instance role '<name>' (<endpoint>)"``, ...)."""

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
    """Run the default chain (see the package docstring); raise CredentialsError if nothing fits.

    ``environ`` defaults to ``os.environ``; the home directory is resolved at call time. The
    answer of the CVM metadata service is cached for the process.
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

    role, role_state = _from_instance_role(env)
    if role is not None:
        return ResolvedCredentials(role, region or env_region, role_state)

    tke, tke_state = _from_tke(env)
    if tke is not None:
        return ResolvedCredentials(tke, region or env_region, tke_state)

    path = _profile_path(env)
    file_state = f"no [{DEFAULT_PROFILE}] section" if os.path.isfile(path) else "file not found"
    raise CredentialsError(
        "no Tencent Cloud credentials found. Looked at: the credentials argument (not given); "
        f"the environment ({ENV_SECRET_ID} / {ENV_SECRET_KEY}: not set); "
        f"the profile file {path} ({file_state}); {role_state}; {tke_state}. "
        "Pass Credentials(secret_id, secret_key) or a credentials provider, set the environment "
        "variables, create the profile file with a [default] section, or run on a CVM instance "
        "with a CAM role attached or in a TKE pod with OIDC role binding."
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


def _from_instance_role(env: Mapping[str, str]) -> tuple[CredentialsProvider | None, str]:
    """The attached CVM role's provider and its source, or None and what was found instead."""
    from ._cvm import CVMRoleCredentials
    from ._metadata import DEFAULT_METADATA_ENDPOINT, probe

    disabled = (env.get(ENV_METADATA_DISABLED) or "").strip()
    if disabled.lower() not in _FALSE_WORDS:
        return None, f"the CVM metadata service (not asked: {ENV_METADATA_DISABLED} is set)"
    endpoint = _env(env, ENV_METADATA_ENDPOINT) or DEFAULT_METADATA_ENDPOINT
    try:
        found = probe(endpoint)
    except CredentialsError as exc:
        raise CredentialsError(f"{ENV_METADATA_ENDPOINT}: {exc}") from None
    if found.role_name is None:
        return None, f"the CVM instance metadata: {found.reason}"
    provider = CVMRoleCredentials(found.role_name, found.endpoint)
    return provider, f"CVM instance role {found.role_name!r} ({found.endpoint})"


def _from_tke(env: Mapping[str, str]) -> tuple[CredentialsProvider | None, str]:
    """The TKE OIDC provider and its source, or None and why not."""
    from ._oidc import TKE_VARIABLES, OIDCRoleArnCredentials
    from ._sts import DEFAULT_STS_ENDPOINT

    if not any(_env(env, name) for name in TKE_VARIABLES):
        return None, f"TKE OIDC ({', '.join(TKE_VARIABLES)}: not set)"
    endpoint = _env(env, ENV_STS_ENDPOINT) or DEFAULT_STS_ENDPOINT
    try:
        provider = OIDCRoleArnCredentials.from_environment(env, endpoint=endpoint)
    except CredentialsError as exc:
        raise CredentialsError(f"TKE OIDC: {exc}") from None
    source = (
        f"TKE OIDC role {provider.role_arn!r} (provider {provider.provider_id!r}, "
        f"STS {provider.endpoint})"
    )
    return provider, source
