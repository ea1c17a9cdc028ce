"""STSAssumeRoleCredentials against the fake STS; the fake itself against the official SDK."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from tencentcloud.common import credential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.exception.tencent_cloud_sdk_exception import (
    TencentCloudSDKException,
)
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

from tencent_mps.credentials import (
    Credentials,
    CredentialsRefreshError,
    STSAssumeRoleCredentials,
)
from tencent_mps.errors import CredentialsError
from tencent_mps_lib.testing.cloud._cloud import (
    EXAMPLE_ROLE_ARN,
    EXAMPLE_TEMPORARY_CREDENTIALS,
    FakeCloud,
    FakeSTS,
)
from tencent_mps_lib.testing.cloud._cloud_server import Reply, Request

from .conftest import FakeClock, closed_port

Serve = Callable[[Callable[[Request], Reply]], str]


def assume(cloud: FakeCloud, **kwargs: Any) -> STSAssumeRoleCredentials:
    caller = cloud.long_term_credentials
    options: dict[str, Any] = {"endpoint": cloud.sts_endpoint, **kwargs}
    return STSAssumeRoleCredentials(
        caller.secret_id, caller.secret_key, EXAMPLE_ROLE_ARN, "mps-session", **options
    )


def test_assume_role_returns_the_temporary_credentials(mps_cloud: FakeCloud) -> None:
    provider = assume(mps_cloud, duration_seconds=900)
    creds = provider.get_credentials()
    assert creds == EXAMPLE_TEMPORARY_CREDENTIALS[0] and creds.token
    assert mps_cloud.sts.calls_of("AssumeRole") == 1
    assert provider.get_credentials() is creds
    assert mps_cloud.sts.credential_calls == 1


def test_the_request_carries_the_parameters(mps_cloud: FakeCloud) -> None:
    assume(mps_cloud, duration_seconds=1800, policy="%7B%7D", external_id="ext-1").refresh()
    assert [call.params for call in mps_cloud.sts.calls] == [
        {
            "RoleArn": EXAMPLE_ROLE_ARN,
            "RoleSessionName": "mps-session",
            "DurationSeconds": 1800,
            "Policy": "%7B%7D",
            "ExternalId": "ext-1",
        }
    ]


def test_duration_sets_the_expiry(clock: FakeClock) -> None:
    with FakeCloud(clock=clock) as cloud:
        provider = assume(cloud, duration_seconds=3600, clock=clock)
        provider.get_credentials()
        assert provider.expires_at == int(clock.now + 3600)


def test_a_wrong_secret_key_is_refused_by_signature(mps_cloud: FakeCloud) -> None:
    caller = mps_cloud.long_term_credentials
    provider = STSAssumeRoleCredentials(
        caller.secret_id,
        "not-the-right-key-0001",
        EXAMPLE_ROLE_ARN,
        "s1",
        endpoint=mps_cloud.sts_endpoint,
    )
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    err = info.value
    assert err.code == "AuthFailure.SignatureFailure"
    assert err.request_id and err.http_status == 200
    text = str(err)
    assert "STS refused AssumeRole: AuthFailure.SignatureFailure" in text
    assert EXAMPLE_ROLE_ARN in text
    assert "not-the-right-key-0001" not in text and "Signature=" not in text


def test_an_unknown_secret_id_names_the_code(mps_cloud: FakeCloud) -> None:
    provider = STSAssumeRoleCredentials(
        "AKIDunknown000000000", "k", EXAMPLE_ROLE_ARN, "s1", endpoint=mps_cloud.sts_endpoint
    )
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    assert info.value.code == "AuthFailure.SecretIdNotFound"


def test_temporary_caller_credentials_send_their_token() -> None:
    caller = Credentials("AKIDcaller0000000001", "caller-key", "caller-token")
    with FakeSTS(accepted=caller) as sts:
        good = STSAssumeRoleCredentials(
            caller.secret_id,
            caller.secret_key,
            EXAMPLE_ROLE_ARN,
            "s1",
            token=caller.token,
            endpoint=sts.endpoint,
        )
        assert good.get_credentials().token
        bad = STSAssumeRoleCredentials(
            caller.secret_id, caller.secret_key, EXAMPLE_ROLE_ARN, "s1", endpoint=sts.endpoint
        )
        with pytest.raises(CredentialsRefreshError) as info:
            bad.get_credentials()
        assert info.value.code == "AuthFailure.TokenFailure"


def test_only_allowed_roles_may_be_assumed() -> None:
    with FakeCloud(role_arns=["qcs::cam::uin/1:roleName/other"]) as cloud:
        with pytest.raises(CredentialsRefreshError) as info:
            assume(cloud).get_credentials()
        assert info.value.code == "InvalidParameter.RoleNotExist"


def test_a_clock_far_off_is_refused() -> None:
    with FakeCloud(clock=lambda: time.time() + 3600) as cloud:  # the service is an hour ahead
        with pytest.raises(CredentialsRefreshError) as info:
            assume(cloud).get_credentials()
        assert info.value.code == "AuthFailure.SignatureExpire"


@pytest.mark.parametrize(
    ("fail", "fragment"),
    [
        ({"code": "InternalError"}, "STS refused AssumeRole: InternalError"),
        ({"code": "RequestLimitExceeded"}, "RequestLimitExceeded"),
        ({"status": 502}, "HTTP 502 and no API response"),
        ({"drop": True}, "did not answer AssumeRole"),
    ],
)
def test_sts_failures_become_credentials_errors(
    mps_cloud: FakeCloud, fail: dict[str, Any], fragment: str
) -> None:
    mps_cloud.sts.fail(**fail)
    provider = assume(mps_cloud)
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    assert fragment in str(info.value)
    assert provider.get_credentials() == EXAMPLE_TEMPORARY_CREDENTIALS[0]


def test_unreachable_sts() -> None:
    provider = STSAssumeRoleCredentials(
        "AKIDcaller0000000001",
        "k",
        EXAMPLE_ROLE_ARN,
        "s1",
        endpoint=f"http://127.0.0.1:{closed_port()}",
    )
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    assert "connection refused" in str(info.value)


def test_an_answer_without_credentials_is_explained(serve: Serve) -> None:
    body = json.dumps({"Response": {"ExpiredTime": 4102444800, "RequestId": "r"}}).encode()
    endpoint = serve(lambda request: Reply(200, body))
    provider = STSAssumeRoleCredentials("AKIDx0000000", "k", "arn", "s1", endpoint=endpoint)
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    assert "Response.Credentials is missing" in str(info.value)


def test_an_echoed_secret_in_an_error_message_is_masked(serve: Serve) -> None:
    def echo(request: Request) -> Reply:
        auth = request.headers.get("authorization", "")
        message = f"bad request {auth} key=caller-secret-key-777"
        body = {"Response": {"Error": {"Code": "InvalidParameter", "Message": message}}}
        return Reply(200, json.dumps(body).encode())

    endpoint = serve(echo)
    provider = STSAssumeRoleCredentials(
        "AKIDx0000000", "caller-secret-key-777", "arn", "s1", endpoint=endpoint
    )
    with pytest.raises(CredentialsRefreshError) as info:
        provider.get_credentials()
    text = str(info.value)
    assert "caller-secret-key-777" not in text and "Signature=" not in text
    assert "InvalidParameter" in text and "***" in text


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"role_session_name": "x"}, "role_session_name"),
        ({"role_session_name": "has space"}, "role_session_name"),
        ({"duration_seconds": 0}, "duration_seconds"),
        ({"duration_seconds": 43201}, "duration_seconds"),
        ({"duration_seconds": True}, "duration_seconds"),
        ({"role_arn": ""}, "role_arn"),
        ({"secret_key": ""}, "secret_key"),
        ({"region": "bad region"}, "region"),
        ({"endpoint": "http://sts.example.com"}, "plain http://"),
        ({"allow_http": "yes"}, "allow_http"),
    ],
)
def test_bad_arguments_are_credentials_errors(kwargs: dict[str, Any], fragment: str) -> None:
    args: dict[str, Any] = {
        "secret_id": "AKIDx0000000",
        "secret_key": "k",
        "role_arn": EXAMPLE_ROLE_ARN,
        "role_session_name": "s1",
        **kwargs,
    }
    with pytest.raises(CredentialsError) as info:
        STSAssumeRoleCredentials(**args)
    assert fragment in str(info.value)


# -- the fake STS is checked against the official SDK -------------------------------------------


def official_sts(endpoint: str, cred: Any) -> CommonClient:
    profile = ClientProfile(
        httpProfile=HttpProfile(endpoint=endpoint.removeprefix("http://"), protocol="http")
    )
    return CommonClient("sts", "2018-08-13", cred, "ap-guangzhou", profile=profile)


def test_the_fake_accepts_the_official_sdks_signed_assume_role(mps_cloud: FakeCloud) -> None:
    caller = mps_cloud.long_term_credentials
    client = official_sts(
        mps_cloud.sts_endpoint, credential.Credential(caller.secret_id, caller.secret_key)
    )
    params = {"RoleArn": EXAMPLE_ROLE_ARN, "RoleSessionName": "official", "DurationSeconds": 900}
    answer = client.call_json("AssumeRole", params)
    assert (
        answer["Response"]["Credentials"]["TmpSecretId"]
        == EXAMPLE_TEMPORARY_CREDENTIALS[0].secret_id
    )
    wrong = official_sts(
        mps_cloud.sts_endpoint, credential.Credential(caller.secret_id, "wrong-key")
    )
    with pytest.raises(TencentCloudSDKException) as info:
        wrong.call_json("AssumeRole", params)
    assert info.value.get_code() == "AuthFailure.SignatureFailure"


def test_the_fake_accepts_the_official_sdks_unsigned_web_identity_call(
    mps_cloud: FakeCloud,
) -> None:
    provider_id, token = next(iter(mps_cloud.sts.identities.items()))
    client = official_sts(mps_cloud.sts_endpoint, None)
    params = {
        "ProviderId": provider_id,
        "WebIdentityToken": token,
        "RoleArn": EXAMPLE_ROLE_ARN,
        "RoleSessionName": "official",
        "DurationSeconds": 900,
    }
    answer = client.call_json("AssumeRoleWithWebIdentity", params, options={"SkipSign": True})
    assert answer["Response"]["Credentials"]["Token"] == EXAMPLE_TEMPORARY_CREDENTIALS[0].token
