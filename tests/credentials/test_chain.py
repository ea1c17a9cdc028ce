"""The default chain: environment, profile file, CVM instance role, TKE OIDC, in that order."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tencent_mps.credentials import (
    Credentials,
    CVMRoleCredentials,
    OIDCRoleArnCredentials,
    forget_metadata_probe,
    resolve_credentials,
)
from tencent_mps.errors import CredentialsError
from tencent_mps_lib.testing.cloud._cloud import (
    EXAMPLE_ROLE_ARN,
    EXAMPLE_ROLE_NAME,
    EXAMPLE_TEMPORARY_CREDENTIALS,
    FakeCloud,
)

PROFILE = "[default]\nsecret_id = AKIDprofile00000aaaa\nsecret_key = profile-key\n"


def write_profile(home: Path, text: str = PROFILE) -> None:
    path = home / ".tencentcloud" / "credentials"
    path.parent.mkdir(parents=True)
    path.write_text(text)


@pytest.fixture
def cloud_env(
    mps_cloud: FakeCloud, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[FakeCloud]:
    """The chain's metadata and STS endpoints, and TKE's variables, pointed at the fakes."""
    for name, value in mps_cloud.tke_environment(tmp_path / "token").items():
        monkeypatch.setenv(name, value)
    yield mps_cloud


def test_environment_comes_first(
    cloud_env: FakeCloud, clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_profile(clean_env)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", "AKIDenvironment0bbbb")
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", "env-key")
    resolved = resolve_credentials()
    assert resolved.source == "environment"
    assert cloud_env.metadata.calls == ()  # nothing probed when an earlier source fits


def test_profile_file_comes_before_the_instance_role(cloud_env: FakeCloud, clean_env: Path) -> None:
    write_profile(clean_env)
    resolved = resolve_credentials()
    assert resolved.source.startswith("profile 'default'")
    assert cloud_env.metadata.calls == ()


def test_instance_role_comes_before_tke(cloud_env: FakeCloud) -> None:
    resolved = resolve_credentials()
    assert isinstance(resolved.credentials, CVMRoleCredentials)
    assert (
        resolved.source
        == f"CVM instance role {EXAMPLE_ROLE_NAME!r} ({cloud_env.metadata_endpoint})"
    )
    assert resolved.credentials.role_name == EXAMPLE_ROLE_NAME
    assert resolved.credentials.get_credentials() == EXAMPLE_TEMPORARY_CREDENTIALS[0]
    assert cloud_env.sts.calls == ()


def test_tke_when_there_is_no_instance_role(cloud_env: FakeCloud) -> None:
    cloud_env.metadata.role_name = None
    resolved = resolve_credentials()
    assert isinstance(resolved.credentials, OIDCRoleArnCredentials)
    assert resolved.source.startswith(f"TKE OIDC role {EXAMPLE_ROLE_ARN!r}")
    assert resolved.credentials.get_credentials().token
    assert cloud_env.sts.calls_of("AssumeRoleWithWebIdentity") == 1


def test_the_metadata_probe_can_be_turned_off(
    cloud_env: FakeCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENCENT_MPS_CVM_METADATA_DISABLED", "1")
    resolved = resolve_credentials()
    assert isinstance(resolved.credentials, OIDCRoleArnCredentials)
    assert cloud_env.metadata.calls == ()


@pytest.mark.parametrize("value", ["0", "false", "no", "off", ""])
def test_false_words_do_not_turn_the_probe_off(
    cloud_env: FakeCloud, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("TENCENT_MPS_CVM_METADATA_DISABLED", value)
    assert isinstance(resolve_credentials().credentials, CVMRoleCredentials)


def test_the_probe_is_cached_for_the_process(
    mps_cloud: FakeCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENCENT_MPS_CVM_METADATA_ENDPOINT", mps_cloud.metadata_endpoint)
    mps_cloud.metadata.role_name = None
    for _ in range(3):
        with pytest.raises(CredentialsError):
            resolve_credentials()
    assert len(mps_cloud.metadata.calls) == 1
    forget_metadata_probe()
    mps_cloud.metadata.role_name = EXAMPLE_ROLE_NAME
    assert isinstance(resolve_credentials().credentials, CVMRoleCredentials)


def test_explicit_credentials_and_profiles_skip_the_probe(
    cloud_env: FakeCloud, clean_env: Path
) -> None:
    write_profile(clean_env, PROFILE.replace("[default]", "[prod]"))
    assert resolve_credentials(Credentials("AKIDexplicit00000000", "k")).source == "explicit"
    assert resolve_credentials(profile="prod").source.startswith("profile 'prod'")
    assert cloud_env.metadata.calls == ()


def test_region_chain_is_unchanged_for_the_new_sources(
    cloud_env: FakeCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENCENTCLOUD_REGION", "ap-chengdu")
    assert resolve_credentials().region == "ap-chengdu"
    assert resolve_credentials(region="ap-beijing").region == "ap-beijing"


def test_half_configured_tke_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TKE_REGION", "ap-guangzhou")
    monkeypatch.setenv("TKE_ROLE_ARN", EXAMPLE_ROLE_ARN)
    with pytest.raises(CredentialsError) as info:
        resolve_credentials()
    text = str(info.value)
    assert text.startswith("TKE OIDC: ")
    assert "TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE" in text


def test_a_bad_metadata_endpoint_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENT_MPS_CVM_METADATA_ENDPOINT", "not a url")
    with pytest.raises(CredentialsError) as info:
        resolve_credentials()
    assert "TENCENT_MPS_CVM_METADATA_ENDPOINT" in str(info.value)


def test_nothing_found_lists_every_source_and_what_to_do(clean_env: Path) -> None:
    """A machine that is not a CVM: the probe is refused at once and the error says it all."""
    with pytest.raises(CredentialsError) as info:
        resolve_credentials()
    text = str(info.value)
    assert text.startswith("no Tencent Cloud credentials found. Looked at:")
    for fragment in (
        "the credentials argument (not given)",
        "TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY: not set",
        f"{clean_env / '.tencentcloud' / 'credentials'} (file not found)",
        "the CVM instance metadata:",
        "connection refused",
        "TKE OIDC (TKE_REGION, TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE, TKE_ROLE_ARN: not set)",
        "Pass Credentials(secret_id, secret_key)",
        "CVM instance with a CAM role attached",
        "TKE pod with OIDC role binding",
    ):
        assert fragment in text, fragment


def test_nothing_found_with_the_probe_disabled_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TENCENT_MPS_CVM_METADATA_DISABLED", "true")
    with pytest.raises(CredentialsError) as info:
        resolve_credentials()
    assert "not asked: TENCENT_MPS_CVM_METADATA_DISABLED is set" in str(info.value)


def test_a_metadata_service_that_never_answers_is_given_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Connections are accepted (by the kernel) but nothing is ever answered."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        monkeypatch.setenv("TENCENT_MPS_CVM_METADATA_ENDPOINT", f"http://127.0.0.1:{port}")
        with pytest.raises(CredentialsError) as info:
            resolve_credentials()
    text = str(info.value)
    assert "the CVM instance metadata:" in text
    assert "read timed out" in text or "did not answer within" in text


def test_a_metadata_service_without_a_role(
    mps_cloud: FakeCloud, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TENCENT_MPS_CVM_METADATA_ENDPOINT", mps_cloud.metadata_endpoint)
    mps_cloud.metadata.role_name = None
    with pytest.raises(CredentialsError) as info:
        resolve_credentials()
    assert "no CAM role is attached to this instance" in str(info.value)
