"""OIDCRoleArnCredentials (TKE): AssumeRoleWithWebIdentity against the fake STS."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tencent_mps.credentials import CredentialsRefreshError, OIDCRoleArnCredentials
from tencent_mps.errors import CredentialsError
from tencent_mps_lib.testing.cloud._cloud import (
    EXAMPLE_PROVIDER_ID,
    EXAMPLE_ROLE_ARN,
    EXAMPLE_TEMPORARY_CREDENTIALS,
    EXAMPLE_WEB_IDENTITY_TOKEN,
    FakeCloud,
)

TKE_VARS = ("TKE_REGION", "TKE_PROVIDER_ID", "TKE_WEB_IDENTITY_TOKEN_FILE", "TKE_ROLE_ARN")


def test_from_environment(mps_cloud: FakeCloud, tmp_path: Path) -> None:
    env = mps_cloud.tke_environment(tmp_path / "token")
    provider = OIDCRoleArnCredentials.from_environment(env, endpoint=mps_cloud.sts_endpoint)
    assert provider.role_arn == EXAMPLE_ROLE_ARN
    assert provider.provider_id == EXAMPLE_PROVIDER_ID
    assert provider.get_credentials() == EXAMPLE_TEMPORARY_CREDENTIALS[0]
    (call,) = mps_cloud.sts.calls
    assert call.action == "AssumeRoleWithWebIdentity" and call.issued
    assert call.params is not None
    assert call.params["ProviderId"] == EXAMPLE_PROVIDER_ID
    assert call.params["RoleArn"] == EXAMPLE_ROLE_ARN
    assert call.params["DurationSeconds"] == 7200
    assert str(call.params["RoleSessionName"]).startswith("tencent-mps-")


def test_from_os_environ(
    mps_cloud: FakeCloud, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in mps_cloud.tke_environment(tmp_path / "token").items():
        monkeypatch.setenv(name, value)
    provider = OIDCRoleArnCredentials.from_environment(
        endpoint=mps_cloud.sts_endpoint, role_session_name="pod-1", duration_seconds=900
    )
    provider.get_credentials()
    params = mps_cloud.sts.calls[0].params
    assert params is not None
    assert params["RoleSessionName"] == "pod-1" and params["DurationSeconds"] == 900


def test_explicit_arguments(mps_cloud: FakeCloud) -> None:
    provider = OIDCRoleArnCredentials(
        "ap-shanghai",
        EXAMPLE_PROVIDER_ID,
        EXAMPLE_WEB_IDENTITY_TOKEN,
        EXAMPLE_ROLE_ARN,
        "session-1",
        endpoint=mps_cloud.sts_endpoint,
    )
    assert provider.get_credentials().token


def test_the_token_file_is_read_again_at_each_refresh(mps_cloud: FakeCloud, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    env = mps_cloud.tke_environment(token_file)
    provider = OIDCRoleArnCredentials.from_environment(env, endpoint=mps_cloud.sts_endpoint)
    provider.get_credentials()
    token_file.write_text("rotated-but-not-accepted-token\n")
    with pytest.raises(CredentialsRefreshError) as info:
        provider.refresh()
    assert info.value.code == "InvalidParameter.WebIdentityTokenError"
    assert "rotated-but-not-accepted-token" not in str(info.value)
    token_file.write_text(EXAMPLE_WEB_IDENTITY_TOKEN)
    assert provider.refresh() == EXAMPLE_TEMPORARY_CREDENTIALS[1]


def test_missing_variables_are_all_named(tmp_path: Path) -> None:
    with pytest.raises(CredentialsError) as info:
        OIDCRoleArnCredentials.from_environment({"TKE_REGION": "ap-guangzhou"})
    text = str(info.value)
    assert "not set: TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE, TKE_ROLE_ARN" in text


def test_an_unreadable_token_file_fails_at_construction(tmp_path: Path) -> None:
    env = {
        "TKE_REGION": "ap-guangzhou",
        "TKE_PROVIDER_ID": "p",
        "TKE_WEB_IDENTITY_TOKEN_FILE": str(tmp_path / "missing"),
        "TKE_ROLE_ARN": "arn",
    }
    with pytest.raises(CredentialsError) as info:
        OIDCRoleArnCredentials.from_environment(env)
    assert "cannot read the web identity token file" in str(info.value)
    assert "FileNotFoundError" in str(info.value)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "empty"), (b"tok\x00en", "control"), ("t\u00f6ken".encode(), "not ASCII")],
)
def test_a_bad_token_file_is_explained(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "token"
    path.write_bytes(content)
    env = {"TKE_REGION": "r", "TKE_PROVIDER_ID": "p", "TKE_ROLE_ARN": "a"}
    with pytest.raises(CredentialsError) as info:
        OIDCRoleArnCredentials.from_environment({**env, "TKE_WEB_IDENTITY_TOKEN_FILE": str(path)})
    assert fragment in str(info.value)


def test_an_unknown_provider_is_refused(mps_cloud: FakeCloud) -> None:
    provider = OIDCRoleArnCredentials(
        "ap-guangzhou",
        "other-idp",
        "some-token",
        EXAMPLE_ROLE_ARN,
        endpoint=mps_cloud.sts_endpoint,
    )
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    assert info.value.code == "InvalidParameter.ProviderIdError"
    assert "AssumeRoleWithWebIdentity" in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({}, "exactly one"),
        ({"web_identity_token": "t", "web_identity_token_file": "/f"}, "exactly one"),
        ({"web_identity_token": "t", "role_session_name": "a b"}, "role_session_name"),
        ({"web_identity_token": "t", "duration_seconds": 10**6}, "duration_seconds"),
        ({"web_identity_token": "bad\ntoken"}, "web_identity_token"),
        ({"web_identity_token": "t", "region": ""}, "region"),
    ],
)
def test_bad_arguments(kwargs: dict[str, Any], fragment: str) -> None:
    args: dict[str, Any] = {
        "region": "ap-guangzhou",
        "provider_id": "p",
        "web_identity_token": None,
        "role_arn": "arn",
        **kwargs,
    }
    with pytest.raises(CredentialsError) as info:
        OIDCRoleArnCredentials(**args)
    assert fragment in str(info.value)
    assert "bad\ntoken" not in str(info.value)
