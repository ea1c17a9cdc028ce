"""ProcessMedia and DescribeTasks: our bodies and signatures equal the official SDK's.

Requests are generated from schema/ (every request-required field present, others at random,
nested objects and lists included), sent by our client to a loopback server with a fixed clock,
and compared byte for byte with what the official SDK's models serialise and its signer signs.
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
from tencentcloud.mps.v20190612 import models as official_models

from tencent_mps import Client
from tencent_mps.models import DescribeTasksRequest, ProcessMediaRequest
from tencent_mps_core.credentials import Credentials

from ..conftest import SCHEMA_FILE
from ..models.strategies import TIMES
from .server import ScriptedServer, respond

SCHEMA: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
DEFS: dict[str, Any] = SCHEMA["$defs"]
CREDS = Credentials("AKIDoracle000000000000000000", "oracle-secret-key", "oracle-token")
TIMESTAMP = 1_790_000_000
COMPARED = ("Authorization", "Content-Type", "Host", "X-TC-Action", "X-TC-Version", "X-TC-Token")

_SCALARS: dict[str, st.SearchStrategy[Any]] = {
    "string": st.text(max_size=8),
    "integer": st.integers(min_value=-(2**31), max_value=2**31),
    "number": st.floats(allow_nan=False, allow_infinity=False, width=32) | st.integers(-99, 99),
    "boolean": st.booleans(),
}


def _target(prop: dict[str, Any]) -> tuple[str, str | None]:
    """(kind, referenced type or item kind) of a property."""
    body = prop
    if "anyOf" in prop:
        body = next(a for a in prop["anyOf"] if a.get("type") != "null")
    kind = body.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if "$ref" in body:
        return "object", body["$ref"].rsplit("/", 1)[1]
    if kind == "array":
        items = body["items"]
        if "$ref" in items:
            return "array", items["$ref"].rsplit("/", 1)[1]
        return "array", str(items["type"])
    return str(kind), None


def request(type_name: str, depth: int = 3) -> st.SearchStrategy[dict[str, Any]]:
    """Wire objects of a request type: required fields always, others sometimes."""
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for wire, prop in DEFS[type_name]["properties"].items():
        kind, ref = _target(prop)
        needed = bool(prop.get("x-request-required"))
        if kind == "object":
            if depth <= 0 and not needed:
                continue
            s: st.SearchStrategy[Any] = st.deferred(lambda r=ref, d=depth: request(str(r), d - 1))
        elif kind == "array" and ref in DEFS:
            if depth <= 0:
                continue
            s = st.lists(st.deferred(lambda r=ref, d=depth: request(str(r), d - 1)), max_size=2)
        elif kind == "array":
            s = st.lists(_SCALARS[str(ref)], max_size=2)
        elif prop.get("format") == "date-time":
            s = TIMES
        else:
            s = _SCALARS[kind]
        (required if needed else optional)[wire] = s
    return st.fixed_dictionaries(required, optional=optional)


class _Oracle(abstract_client.AbstractClient):  # type: ignore[misc]
    _apiVersion = "2019-06-12"
    _endpoint = "mps.tencentcloudapi.com"
    _service = "mps"


def official(action: str, model: Any, host: str) -> RequestInternal:
    """The official SDK's request for ``model`` (its models' serialisation, its signer)."""
    profile = ClientProfile(httpProfile=HttpProfile(endpoint=host))
    profile.language = None
    oracle = _Oracle(Credential(CREDS.secret_id, CREDS.secret_key, CREDS.token), "", profile)
    req = RequestInternal(host, "POST", "/", header={})
    with mock.patch.object(abstract_client, "time", SimpleNamespace(time=lambda: TIMESTAMP)):
        oracle._build_req_with_tc3_signature(action, model._serialize(), req)
    return req


@pytest.fixture(scope="module")
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer(
        default=respond(b'{"Response": {"RequestId": "r", "TaskId": "t", "TaskSet": []}}')
    )
    yield srv
    srv.stop()


def _client(server: ScriptedServer) -> Client:
    client = Client(credentials=CREDS, endpoint=server.url, max_attempts=1)
    client._clock = lambda: TIMESTAMP
    return client


def _compare(server: ScriptedServer, action: str, wire: dict[str, Any]) -> None:
    sent = server.requests[-1]
    model = getattr(official_models, f"{action}Request")()
    model._deserialize(json.loads(json.dumps(wire)))
    expected = official(action, model, server.host)
    assert sent.body == expected.data.encode("utf-8")
    headers = {k.lower(): v for k, v in sent.headers.items()}
    for name in COMPARED:
        assert headers.get(name.lower()) == expected.header.get(name), name


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(wire=request("ProcessMediaRequest"))
def test_process_media_matches_the_official_sdk(
    server: ScriptedServer, wire: dict[str, Any]
) -> None:
    server.reset_state()
    request_model = ProcessMediaRequest.from_dict(wire)
    fields = {attr: getattr(request_model, attr) for attr in ProcessMediaRequest.WIRE_NAMES}
    _client(server).process_media(**fields)
    _compare(server, "ProcessMedia", wire)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(wire=request("DescribeTasksRequest"))
def test_describe_tasks_matches_the_official_sdk(
    server: ScriptedServer, wire: dict[str, Any]
) -> None:
    server.reset_state()
    request_model = DescribeTasksRequest.from_dict(wire)
    fields = {attr: getattr(request_model, attr) for attr in DescribeTasksRequest.WIRE_NAMES}
    _client(server).describe_tasks(**fields)
    _compare(server, "DescribeTasks", wire)
