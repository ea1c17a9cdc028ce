"""A client signing with temporary credentials from a provider, against the emulator."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

import tencent_mps
from tencent_mps.credentials import (
    Credentials,
    CredentialsRefreshError,
    CVMRoleCredentials,
    STSAssumeRoleCredentials,
)
from tencent_mps.errors import APIError
from tencent_mps.testing import Emulator
from tencent_mps_lib.testing.cloud._cloud import (
    EXAMPLE_ROLE_ARN,
    EXAMPLE_TEMPORARY_CREDENTIALS,
    FakeCloud,
)


@pytest.fixture
def emulator(mps_cloud: FakeCloud) -> Iterator[Emulator]:
    """An emulator that accepts exactly the temporary credentials the fakes hand out."""
    with Emulator(credentials=mps_cloud.credentials) as emu:
        yield emu


def client_for(emulator: Emulator, credentials: object) -> tencent_mps.Client:
    return tencent_mps.Client(
        credentials=credentials,  # type: ignore[arg-type]
        endpoint=emulator.endpoint,
        region="ap-guangzhou",
        max_attempts=1,
    )


def test_a_client_calls_with_instance_role_credentials(
    mps_cloud: FakeCloud, emulator: Emulator
) -> None:
    provider = CVMRoleCredentials(endpoint=mps_cloud.metadata_endpoint)
    with client_for(emulator, provider) as client:
        response = client.describe_task_detail(Emulator.EXAMPLE_TASK_ID)
        assert response.request_id
        assert client.credentials == EXAMPLE_TEMPORARY_CREDENTIALS[0]
        # new credentials after a refresh are used by the next call
        provider.refresh()
        client.describe_task_detail(Emulator.EXAMPLE_TASK_ID)
        assert client.credentials == EXAMPLE_TEMPORARY_CREDENTIALS[1]
    assert mps_cloud.metadata.credential_calls == 2


def test_a_client_calls_with_assumed_role_credentials(
    mps_cloud: FakeCloud, emulator: Emulator
) -> None:
    caller = mps_cloud.long_term_credentials
    provider = STSAssumeRoleCredentials(
        caller.secret_id,
        caller.secret_key,
        EXAMPLE_ROLE_ARN,
        "client-test",
        endpoint=mps_cloud.sts_endpoint,
    )
    with client_for(emulator, provider) as client:
        for _ in range(3):
            client.describe_task_detail(Emulator.EXAMPLE_TASK_ID)
    assert mps_cloud.sts.credential_calls == 1


def test_the_emulator_requires_the_token_of_temporary_credentials(
    emulator: Emulator,
) -> None:
    """The success above proves X-TC-Token was sent: the same key without it is refused."""
    temporary = EXAMPLE_TEMPORARY_CREDENTIALS[0]
    without_token = Credentials(temporary.secret_id, temporary.secret_key)
    with client_for(emulator, without_token) as client, pytest.raises(APIError) as info:
        client.describe_task_detail(Emulator.EXAMPLE_TASK_ID)
    assert info.value.code == "AuthFailure.TokenFailure"


def test_a_failed_refresh_is_a_credentials_error_not_an_auth_failure(
    mps_cloud: FakeCloud, emulator: Emulator
) -> None:
    mps_cloud.metadata.fail("InternalError", times=None)
    provider = CVMRoleCredentials(endpoint=mps_cloud.metadata_endpoint)
    with client_for(emulator, provider) as client, pytest.raises(CredentialsRefreshError) as info:
        client.describe_task_detail(Emulator.EXAMPLE_TASK_ID)
    assert "CVM instance role" in str(info.value) and "InternalError" in str(info.value)
    assert emulator.call_count == 0  # nothing was sent


def test_the_default_chain_finds_the_instance_role(
    mps_cloud: FakeCloud, emulator: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in mps_cloud.chain_environment().items():
        monkeypatch.setenv(name, value)
    with tencent_mps.Client(endpoint=emulator.endpoint, region="ap-guangzhou") as client:
        assert isinstance(client.credentials_provider, CVMRoleCredentials)
        client.describe_task_detail(Emulator.EXAMPLE_TASK_ID)


def test_async_callers_get_the_same_credentials(mps_cloud: FakeCloud) -> None:
    provider = CVMRoleCredentials(endpoint=mps_cloud.metadata_endpoint)

    async def main() -> set[Credentials]:
        return set(await asyncio.gather(*(provider.get_credentials_async() for _ in range(20))))

    assert asyncio.run(main()) == {EXAMPLE_TEMPORARY_CREDENTIALS[0]}
    assert mps_cloud.metadata.credential_calls == 1
