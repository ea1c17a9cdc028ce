"""Credentials, the providers of temporary credentials, and the default credential chain.

A client signs every attempt with what its provider's ``get_credentials()`` returns. A fixed
:class:`Credentials` is its own provider; the providers of temporary credentials fetch them on
first use and refresh them before they expire, one refresh at a time, safely from many threads
and asyncio tasks (:class:`RefreshingCredentials`):

- :class:`CVMRoleCredentials`: the CAM role attached to a CVM instance (its metadata service);
- :class:`STSAssumeRoleCredentials`: STS ``AssumeRole`` with a key pair;
- :class:`OIDCRoleArnCredentials`: STS ``AssumeRoleWithWebIdentity``, as TKE pods use it.

A refresh that fails raises :class:`CredentialsRefreshError` (a :class:`CredentialsError`) that
says which provider failed and why. Every endpoint is configurable.

Order of the default chain (the first complete source wins), as the official SDK's:

1. credentials given explicitly to the client;
2. a profile named explicitly (``profile=`` argument): only the profile file is consulted;
3. the environment: ``TENCENTCLOUD_SECRET_ID``, ``TENCENTCLOUD_SECRET_KEY``, optional
   ``TENCENTCLOUD_TOKEN``;
4. the profile file ``~/.tencentcloud/credentials`` (INI), section ``[default]`` or the one named
   by ``TENCENTCLOUD_PROFILE``; keys ``secret_id``, ``secret_key``, optional ``token``, ``region``;
5. the CAM role of this CVM instance, if the metadata service names one. The service is asked
   once per process, with a 1 s connect timeout (2 s in all), so machines that are not CVMs
   are not slowed down. ``TENCENT_MPS_CVM_METADATA_DISABLED=1`` skips this step (useful in TKE
   pods that should use OIDC rather than their node's role);
   ``TENCENT_MPS_CVM_METADATA_ENDPOINT`` points it elsewhere;
6. TKE OIDC role binding: ``TKE_REGION``, ``TKE_PROVIDER_ID``, ``TKE_WEB_IDENTITY_TOKEN_FILE``,
   ``TKE_ROLE_ARN`` (all four, or it is an error); ``TENCENT_MPS_STS_ENDPOINT`` points the STS
   calls elsewhere.

The region follows its own chain: explicit argument, then ``TENCENTCLOUD_REGION``, then the
``region`` key of the selected profile (when the profile file is read), else none.

A secret key, token, web identity token or signature never appears in ``repr()``, ``str()``,
the logs, or the text of any error raised here; a repr shows the provider and at most a masked
SecretId.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..exceptions import CredentialsRefreshError
from ._chain import (
    DEFAULT_PROFILE as DEFAULT_PROFILE,
)
from ._chain import (
    ENV_METADATA_DISABLED,
    ENV_METADATA_ENDPOINT,
    ENV_PROFILE,
    ENV_REGION,
    ENV_SECRET_ID,
    ENV_SECRET_KEY,
    ENV_STS_ENDPOINT,
    ENV_TOKEN,
    ResolvedCredentials,
    resolve_credentials,
)
from ._chain import (
    PROFILE_DIR as PROFILE_DIR,
)
from ._chain import (
    PROFILE_NAME as PROFILE_NAME,
)
from ._static import Credentials, CredentialsProvider
from ._static import mask as mask

if TYPE_CHECKING:
    from ._cvm import CVMRoleCredentials
    from ._metadata import DEFAULT_METADATA_ENDPOINT
    from ._metadata import forget_probe as forget_metadata_probe
    from ._oidc import OIDCRoleArnCredentials
    from ._refresh import ExpiringCredentials, RefreshingCredentials
    from ._sts import DEFAULT_STS_ENDPOINT, STSAssumeRoleCredentials

#: Names loaded on first access (the providers need the transport; a client with a fixed key
#: pair never loads them): name -> (module, attribute).
_LAZY = {
    "CVMRoleCredentials": ("._cvm", "CVMRoleCredentials"),
    "DEFAULT_METADATA_ENDPOINT": ("._metadata", "DEFAULT_METADATA_ENDPOINT"),
    "forget_metadata_probe": ("._metadata", "forget_probe"),
    "OIDCRoleArnCredentials": ("._oidc", "OIDCRoleArnCredentials"),
    "ExpiringCredentials": ("._refresh", "ExpiringCredentials"),
    "RefreshingCredentials": ("._refresh", "RefreshingCredentials"),
    "DEFAULT_STS_ENDPOINT": ("._sts", "DEFAULT_STS_ENDPOINT"),
    "STSAssumeRoleCredentials": ("._sts", "STSAssumeRoleCredentials"),
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(target[0], __name__), target[1])
    globals()[name] = value
    return value


__all__ = [
    "Credentials",
    "CredentialsProvider",
    "ResolvedCredentials",
    "resolve_credentials",
    "RefreshingCredentials",
    "ExpiringCredentials",
    "CredentialsRefreshError",
    "CVMRoleCredentials",
    "STSAssumeRoleCredentials",
    "OIDCRoleArnCredentials",
    "forget_metadata_probe",
    "DEFAULT_METADATA_ENDPOINT",
    "DEFAULT_STS_ENDPOINT",
    "ENV_SECRET_ID",
    "ENV_SECRET_KEY",
    "ENV_TOKEN",
    "ENV_REGION",
    "ENV_PROFILE",
    "ENV_METADATA_DISABLED",
    "ENV_METADATA_ENDPOINT",
    "ENV_STS_ENDPOINT",
]
