"""Every action's first upstream example, sent by our client and by the official SDK.

For each covered action of the pinned upstream release, the request of its first documented call
(``examples.json``, a JSON body or a query string) is sent with ``client.invoke`` to a loopback
server with a fixed clock, and compared byte for byte (body, signature, headers) with what the
official SDK's models serialise and its signer signs. The example response must decode into the
typed response with no ``unknown_fields`` anywhere.

Examples that put a value of the wrong kind where api.json documents another (a string where a
number goes) are refused by our checks before sending: each one is listed in ``REFUSED`` with
its wire path and reason, and a new one fails this test until it is reviewed and listed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from tencentcloud.mps.v20190612 import models as official_models

from sync import examples, paths
from sync.facts import build
from sync.upstream import Pins, read_pinned
from tencent_mps._service import SERVICE
from tencent_mps.errors import APIError, ValidationError
from tencent_mps.operations import OPERATIONS

from .server import ScriptedServer, respond
from .test_oracle_actions import COMPARED, _client, official

PINS = Pins.read(paths.SCHEMA_DIR)
UPSTREAM = read_pinned(PINS, paths.CACHE_DIR)
#: The covered actions (schema/upstream.json); each has its upstream examples.
ACTIONS = sorted(PINS.actions)
FACTS = build(UPSTREAM, ACTIONS)
COMMON = {"Action", "Version", "Region", "Timestamp", "Nonce", "SecretId", "Signature", "Token"}

#: First examples our checks refuse, by action: (wire path, reason). Upstream's example is wrong.
REFUSED: dict[str, tuple[str, str]] = {
    "CreateAIRecognitionTemplate": ("FaceConfigure.Score", "expected a number, got a string"),
    "CreateImageSpriteTemplate": ("SampleInterval", "expected an integer, got a string"),
    "CreateSampleSnapshotTemplate": ("SampleInterval", "expected an integer, got a string"),
    "CreateSnapshotByTimeOffsetTemplate": ("Width", "expected an integer, got a string"),
    "DeleteQualityControlTemplate": ("Definition", "expected an integer, got a string"),
    "DescribeTasks": ("Limit", "expected an integer, got a string"),
    "ModifyImageSpriteTemplate": ("Definition", "expected an integer, got a string"),
    "ModifySampleSnapshotTemplate": ("Definition", "expected an integer, got a string"),
    "ModifySnapshotByTimeOffsetTemplate": ("Definition", "expected an integer, got a string"),
}


def _first(action: str) -> dict[str, Any]:
    return UPSTREAM.examples["actions"][action][0]  # type: ignore[no-any-return]


def _fields_of(type_name: str) -> dict[str, Any]:
    t = FACTS.types.get(type_name)
    return {f.name: f.kind for f in t.fields} if t else {}


def _request(action: str) -> tuple[dict[str, Any], bool]:
    """The documented parameters, and whether they came as a query string (all text)."""
    text = str(_first(action)["input"])
    params = examples.parse_request(text)
    assert params is not None, f"{action}: the first example's request does not parse"
    is_query = not (text.strip().startswith("POST") or "\n\n" in text.strip())
    params = {k: v for k, v in params.items() if k not in COMMON}
    if is_query:  # a query carries text: give each value its documented kind, as a caller would
        fields = _fields_of(f"{action}Request")
        params = {
            k: examples.fit(v, fields[k], _fields_of) if k in fields else v
            for k, v in params.items()
        }
    return params, is_query


@pytest.fixture(scope="module")
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer(default=respond(b'{"Response": {"RequestId": "r"}}'))
    yield srv
    srv.stop()


def _unknown(value: Any, path: str, found: list[str]) -> None:
    extra = getattr(value, "unknown_fields", None)
    if extra:
        found.append(f"{path}: {sorted(extra)}")
    if isinstance(value, list):
        for i, item in enumerate(value):
            _unknown(item, f"{path}[{i}]", found)
    names = getattr(type(value), "WIRE_NAMES", None)
    if names:
        for attr, wire in names.items():
            _unknown(getattr(value, attr), f"{path}.{wire}", found)


def test_every_covered_action_is_an_operation_with_examples() -> None:
    assert sorted(OPERATIONS) == ACTIONS
    assert set(ACTIONS) <= set(UPSTREAM.api["actions"])
    assert all(UPSTREAM.examples["actions"].get(a) for a in ACTIONS)


def test_both_forms_of_example_are_exercised() -> None:
    forms = [_request(a)[1] for a in ACTIONS]
    assert any(forms) and not all(forms)


@pytest.mark.parametrize("action", ACTIONS)
def test_first_example_matches_the_official_sdk(server: ScriptedServer, action: str) -> None:
    params, _ = _request(action)
    client = _client(server)
    server.reset_state()
    if action in REFUSED:
        path, reason = REFUSED[action]
        with pytest.raises(ValidationError) as err:
            client.invoke(action, params)
        assert (err.value.path, err.value.reason) == (path, reason)
        assert server.requests == []
        return
    try:
        client.invoke(action, params)
    except ValidationError as exc:
        pytest.fail(f"{action}: refused ({exc.path!r}, {exc.reason!r}); list it in REFUSED")
    model = getattr(official_models, f"{action}Request")()
    model._deserialize(json.loads(json.dumps(params)))
    expected = official(action, model, server.host)
    sent = server.requests[-1]
    assert json.loads(sent.body) == json.loads(expected.data)
    assert sent.body == expected.data.encode("utf-8")
    headers = {k.lower(): v for k, v in sent.headers.items()}
    for name in COMPARED:
        assert headers.get(name.lower()) == expected.header.get(name), name


@pytest.mark.parametrize("action", ACTIONS)
def test_first_example_response_decodes_with_nothing_unknown(action: str) -> None:
    text = str(_first(action)["output"])
    body = json.loads(text)
    if "Error" in body["Response"]:  # the example is an error answer: it raises its typed class
        code = body["Response"]["Error"]["Code"]
        with pytest.raises(APIError) as err:
            OPERATIONS[action].parse(text.encode("utf-8"), SERVICE)
        assert err.value.code == code and type(err.value) is SERVICE.error_class_for(code)
        return
    decoded = OPERATIONS[action].decode(body["Response"])
    found: list[str] = []
    _unknown(decoded, action + "Response", found)
    assert found == []
