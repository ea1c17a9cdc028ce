"""No secret key, token, web identity token or signature in reprs, errors or logs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tencent_mps.credentials import (
    CredentialsRefreshError,
    CVMRoleCredentials,
    OIDCRoleArnCredentials,
    RefreshingCredentials,
    STSAssumeRoleCredentials,
)
from tencent_mps_lib.testing.cloud._cloud import (
    EXAMPLE_LONG_TERM_CREDENTIALS,
    EXAMPLE_ROLE_ARN,
    EXAMPLE_TEMPORARY_CREDENTIALS,
    EXAMPLE_WEB_IDENTITY_TOKEN,
    FakeCloud,
)

SECRETS = (
    EXAMPLE_LONG_TERM_CREDENTIALS.secret_key,
    EXAMPLE_WEB_IDENTITY_TOKEN,
    *(c.secret_key for c in EXAMPLE_TEMPORARY_CREDENTIALS),
    *(c.token or "" for c in EXAMPLE_TEMPORARY_CREDENTIALS),
    *(c.secret_id for c in EXAMPLE_TEMPORARY_CREDENTIALS),  # whole ids are masked too
    EXAMPLE_LONG_TERM_CREDENTIALS.secret_id,
    "Signature=",
    "TC3-HMAC-SHA256",
)


def assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, f"{secret[:12]}... leaked"


def providers(cloud: FakeCloud, tmp_path: Path) -> list[RefreshingCredentials]:
    caller = cloud.long_term_credentials
    env = cloud.tke_environment(tmp_path / "token")
    return [
        CVMRoleCredentials(endpoint=cloud.metadata_endpoint),
        STSAssumeRoleCredentials(
            caller.secret_id,
            caller.secret_key,
            EXAMPLE_ROLE_ARN,
            "s1",
            endpoint=cloud.sts_endpoint,
        ),
        OIDCRoleArnCredentials.from_environment(env, endpoint=cloud.sts_endpoint),
        OIDCRoleArnCredentials(
            "ap-guangzhou",
            "tke-oidc-provider",
            EXAMPLE_WEB_IDENTITY_TOKEN,
            EXAMPLE_ROLE_ARN,
            endpoint=cloud.sts_endpoint,
        ),
    ]


def test_reprs_show_the_provider_and_a_masked_id_at_most(
    mps_cloud: FakeCloud, tmp_path: Path
) -> None:
    for provider in providers(mps_cloud, tmp_path):
        before = (repr(provider), str(provider), f"{provider}", repr([provider]))
        provider.get_credentials()
        after = (repr(provider), str(provider), repr(provider.get_credentials()))
        for text in (*before, *after):
            assert_clean(text)
        assert type(provider).__name__ in repr(provider)


def test_successful_and_failed_refreshes_log_nothing_secret(
    mps_cloud: FakeCloud, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, urllib3's included
    texts: list[str] = []
    for provider in providers(mps_cloud, tmp_path):
        provider.get_credentials()
        for fail in ({"code": "AuthFailure.TokenFailure"}, {"status": 500}, {"drop": True}):
            mps_cloud.metadata.fail(**fail)
            mps_cloud.sts.fail(**fail)
            with pytest.raises(CredentialsRefreshError) as info:
                provider.refresh()
            mps_cloud.metadata.recover()
            mps_cloud.sts.recover()
            texts += [str(info.value), repr(info.value), *map(str, info.value.args)]
    assert any("new temporary credentials" in r.getMessage() for r in caplog.records)
    assert any("could not get temporary credentials" in r.getMessage() for r in caplog.records)
    for record in caplog.records:
        assert_clean(record.getMessage())
    for text in texts:
        assert_clean(text)


def test_a_wrong_web_identity_token_is_not_echoed(mps_cloud: FakeCloud) -> None:
    wrong = "eyJ.wrong-web-identity-token-value.sig"
    provider = OIDCRoleArnCredentials(
        "ap-guangzhou",
        "tke-oidc-provider",
        wrong,
        EXAMPLE_ROLE_ARN,
        endpoint=mps_cloud.sts_endpoint,
    )
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    assert wrong not in str(info.value) and wrong not in repr(provider)
    assert info.value.__cause__ is None and info.value.__context__ is None
    params = mps_cloud.sts.calls[0].params
    assert params is not None and params["WebIdentityToken"] == "***"
