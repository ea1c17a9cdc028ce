"""Byte-for-byte agreement with the official SDK's TC3-HMAC-SHA256 signer.

The oracle is ``tencentcloud.common.abstract_client.AbstractClient._build_req_with_tc3_signature``
(which calls ``Sign.sign_tc3``) run on the same action, parameters, host, credentials, region,
language and timestamp. What our client actually sent is captured by the loopback server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tencentcloud.common import abstract_client
from tencentcloud.common.credential import Credential
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

from tencent_mps_core import signing
from tencent_mps_core.credentials import Credentials
from tencent_mps_core.exceptions import CredentialsError
from tencent_mps_core.headers import build_headers
from tencent_mps_core.transport import parse_endpoint

from .conftest import MpsClient
from .server import ScriptedServer, respond

ACTION = "DescribeTaskDetail"
VERSION = "2019-06-12"
COMPARED = (
    "Authorization",
    "Content-Type",
    "Host",
    "X-TC-Action",
    "X-TC-Version",
    "X-TC-Timestamp",
    "X-TC-Region",
    "X-TC-Token",
    "X-TC-Language",
)


class _Oracle(abstract_client.AbstractClient):  # type: ignore[misc]
    _apiVersion = VERSION
    _endpoint = "mps.tencentcloudapi.com"
    _service = "mps"


def official_request(
    *,
    host: str,
    params: dict[str, Any],
    secret_id: str,
    secret_key: str,
    token: str | None,
    region: str | None,
    language: str | None,
    timestamp: int,
) -> RequestInternal:
    """What the official SDK would send for this call (headers and body), at ``timestamp``."""
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=host))
    profile.language = language  # the official default is zh-CN; None omits the header
    oracle = _Oracle(Credential(secret_id, secret_key, token), region or "", profile)
    req = RequestInternal(host, "POST", "/", header={})
    with mock.patch.object(abstract_client, "time", SimpleNamespace(time=lambda: timestamp)):
        oracle._build_req_with_tc3_signature(ACTION, params, req)
    return req


visible_ascii = st.text(
    st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=48
)
any_text = st.text(st.characters(exclude_categories=()), max_size=40)  # surrogates included
secret_keys = st.text(min_size=1, max_size=48).filter(lambda s: s == s.strip())
regions = st.none() | st.from_regex(r"[a-z]{2}-[a-z]{3,12}(-[0-9])?", fullmatch=True)
languages = st.sampled_from([None, "zh-CN", "en-US"])
timestamps = st.integers(min_value=0, max_value=4_102_444_800)  # 1970 .. 2100


@pytest.fixture(scope="module")
def oracle_server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer(default=respond(b'{"Response": {"RequestId": "r"}}'))
    yield srv
    srv.stop()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    task_id=any_text,
    secret_id=visible_ascii,
    secret_key=secret_keys,
    token=st.none() | visible_ascii,
    region=regions,
    language=languages,
    timestamp=timestamps,
)
def test_sent_request_matches_official_sdk(
    oracle_server: ScriptedServer,
    task_id: str,
    secret_id: str,
    secret_key: str,
    token: str | None,
    region: str | None,
    language: str | None,
    timestamp: int,
) -> None:
    oracle_server.reset_state()
    client = MpsClient(
        credentials=Credentials(secret_id, secret_key, token),
        region=region,
        language=language,
        endpoint=oracle_server.url,
    )
    client._clock = lambda: timestamp + 0.75
    client.describe(task_id)
    client.close()
    (sent,) = oracle_server.requests

    expected = official_request(
        host=oracle_server.host,
        params={"TaskId": task_id},
        secret_id=secret_id,
        secret_key=secret_key,
        token=token,
        region=region,
        language=language,
        timestamp=timestamp,
    )
    assert sent.body == expected.data.encode("utf-8")
    for name in COMPARED:
        assert sent.headers.get(name.lower()) == expected.header.get(name), name
    # And the lead's verifier accepts what we sent.
    assert signing.verify(
        authorization=sent.headers["authorization"],
        secret_key=secret_key,
        host=oracle_server.host,
        body=sent.body,
        timestamp=timestamp,
        service="mps",
    )


hosts = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\.[a-z0-9]{1,12}){0,3}", fullmatch=True)


@settings(max_examples=300, deadline=None)
@given(
    host=hosts,
    port=st.none() | st.integers(min_value=1, max_value=65535),
    params=st.dictionaries(
        st.text(max_size=10), any_text | st.integers() | st.booleans(), max_size=4
    ),
    secret_id=visible_ascii,
    secret_key=secret_keys,
    token=st.none() | visible_ascii,
    region=regions,
    language=languages,
    timestamp=timestamps,
)
def test_headers_match_official_sdk_for_any_host(
    host: str,
    port: int | None,
    params: dict[str, Any],
    secret_id: str,
    secret_key: str,
    token: str | None,
    region: str | None,
    language: str | None,
    timestamp: int,
) -> None:
    endpoint = parse_endpoint(f"https://{host}" + (f":{port}" if port else ""))
    body = json.dumps(params).encode("utf-8")  # the client's serialisation
    ours = build_headers(
        credentials=Credentials(secret_id, secret_key, token),
        host=endpoint.netloc,
        service="mps",
        action=ACTION,
        version=VERSION,
        body=body,
        timestamp=timestamp,
        region=region,
        language=language,
        user_agent="tencent-mps-tests/0",
    )
    expected = official_request(
        host=endpoint.netloc,
        params=params,
        secret_id=secret_id,
        secret_key=secret_key,
        token=token,
        region=region,
        language=language,
        timestamp=timestamp,
    )
    assert body == expected.data.encode("utf-8")
    for name in COMPARED:
        assert ours.get(name) == expected.header.get(name), name


def test_known_vector_from_the_api_documentation() -> None:
    """The worked example of the Tencent Cloud API 3.0 signing guide (CVM DescribeInstances)."""
    body = (
        b'{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}'
    )
    parts = signing.sign(
        secret_id="AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******",
        secret_key="Gu5t9xGARNpq86cd98joQYCN3*******",
        host="cvm.tencentcloudapi.com",
        body=body,
        timestamp=1551113065,
        service="cvm",
    )
    req = RequestInternal("cvm.tencentcloudapi.com", "POST", "/", header={})
    req.header.update(
        {
            "Content-Type": "application/json",
            "Host": "cvm.tencentcloudapi.com",
            "X-TC-Timestamp": "1551113065",
        }
    )
    req.data = body.decode()
    oracle = _Oracle(Credential("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "x"), "", ClientProfile())
    official = oracle._get_tc3_signature(
        {}, req, "2019-02-25", "cvm", "Gu5t9xGARNpq86cd98joQYCN3*******"
    )
    assert parts.signature == official
    assert parts.scope == "2019-02-25/cvm/tc3_request"


@settings(max_examples=100, deadline=None)
@given(
    token=st.text(min_size=1, max_size=20).filter(
        lambda t: not (t.isascii() and t.isprintable() and " " not in t)
    )
)
def test_tokens_that_cannot_travel_in_a_header_are_rejected_cleanly(token: str) -> None:
    """Non-ASCII or control characters in a token: CredentialsError, and the token is not echoed."""
    with pytest.raises(CredentialsError) as info:
        Credentials("AKIDabcdefgh1234", "key", token)
    with pytest.raises(CredentialsError) as reference:
        Credentials("AKIDabcdefgh1234", "key", "\x00")
    assert str(info.value) == str(reference.value)  # the message does not depend on the token
    assert "X-TC-Token" in str(info.value)
