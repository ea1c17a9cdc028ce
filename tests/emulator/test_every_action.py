"""Every action of the schema, on one emulator: the request checks (issue 15 item 4) and the
official SDK sending each documented example (item 5).

The SDK part skips cleanly when the official SDK is not installed (it is in the ``dev`` extra,
so ``make test`` and CI have it).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from tencent_mps.examples import EXAMPLES
from tencent_mps.operations import OPERATIONS
from tencent_mps.testing import Emulator
from tencent_mps_lib.testing.checks._validate import check_parameters

from .helpers import call_action, minimal_request, schema_defs

ACTIONS = sorted(Emulator.ACTIONS)
CHECK_CODES = {"MissingParameter", "InvalidParameter", "InvalidParameterValue", "UnknownParameter"}


def _documented_codes() -> set[str]:
    from pathlib import Path

    path = Path(__file__).parents[2] / "schema" / "mps.openapi.json"
    with path.open(encoding="utf-8") as handle:
        return {entry["code"] for entry in json.load(handle)["x-tc-error-codes"]}


DOCUMENTED = _documented_codes()


@pytest.fixture
def emu(emulator_factory: Any) -> Emulator:
    started: Emulator = emulator_factory(rate_limit=None)
    return started


def _required(name: str, path: str = "", depth: int = 0) -> Iterator[tuple[str, list[Any]]]:
    """(wire path, key path) of every required field of a request type, at any depth."""
    if depth > 6:
        return
    for field, prop in schema_defs()[name].get("properties", {}).items():
        if not prop.get("x-request-required"):
            continue
        here = f"{path}.{field}" if path else field
        yield here, [field]
        ref = _ref_of(prop)
        if ref is not None:
            is_list = prop.get("type") == "array" or any(
                o.get("type") == "array" for o in prop.get("anyOf", [])
            )
            for inner, keys in _required(ref, f"{here}[0]" if is_list else here, depth + 1):
                yield inner, [field, *([0] if is_list else []), *keys]


def _ref_of(prop: dict[str, Any]) -> str | None:
    for candidate in (prop, prop.get("items", {}), *prop.get("anyOf", [])):
        ref = candidate.get("$ref") or candidate.get("items", {}).get("$ref")
        if ref:
            return str(ref).rsplit("/", 1)[1]
    return None


def _without(params: dict[str, Any], keys: list[Any]) -> dict[str, Any]:
    changed = copy.deepcopy(params)
    value: Any = changed
    for key in keys[:-1]:
        value = value[key]
    del value[keys[-1]]
    return changed


@pytest.mark.parametrize("action", ACTIONS)
def test_every_action_checks_its_request(emu: Emulator, action: str) -> None:
    """A request with only the required fields passes the checks; each required field left out,
    at any depth, is MissingParameter naming its wire path; a value of the wrong kind is
    InvalidParameter naming it; an unknown parameter is UnknownParameter."""
    params = minimal_request(action)
    check_parameters(OPERATIONS[action], copy.deepcopy(params))  # passes the checks
    reply = call_action(emu, action, params)
    assert reply.error_code is None or reply.error_code in DOCUMENTED, reply.response
    for wire, keys in _required(f"{action}Request"):
        reply = call_action(emu, action, _without(params, keys))
        assert reply.error_code == "MissingParameter", (wire, reply.response)
        assert f"`{wire}`" in reply.response["Error"]["Message"]
    for field, prop in schema_defs()[f"{action}Request"].get("properties", {}).items():
        wrong: Any = {"not": "a scalar"} if "$ref" not in prop and "anyOf" not in prop else 7
        if prop.get("type") == "array":
            wrong = "not a list"
        reply = call_action(emu, action, {**params, field: wrong})
        assert reply.error_code == "InvalidParameter", (field, reply.response)
        assert f"`{field}" in reply.response["Error"]["Message"]
        break  # one field per action: the kinds themselves are checked in test_validation
    reply = call_action(emu, action, {**params, "NoSuchParameter": 1})
    assert reply.error_code == "UnknownParameter"
    assert "`NoSuchParameter`" in reply.response["Error"]["Message"]


def _official() -> Any:
    return pytest.importorskip("tencentcloud.mps.v20190612.mps_client")


@pytest.mark.parametrize("action", ACTIONS)
def test_the_official_sdk_works_for_every_action(emu: Emulator, action: str) -> None:
    """Each documented example request, sent by the official SDK, gets a response of the
    action's shape or a documented error; one that passes the request checks is not refused
    by them (examples the schema finds invalid are reported by name)."""
    mps_client = _official()
    from tencentcloud.common import credential
    from tencentcloud.common.exception.tencent_cloud_sdk_exception import (
        TencentCloudSDKException,
    )
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile
    from tencentcloud.mps.v20190612 import models

    if not hasattr(mps_client.MpsClient, action) or not hasattr(models, f"{action}Request"):
        pytest.skip(f"the installed official SDK has no {action}")
    creds = Emulator.DEFAULT_CREDENTIALS
    profile = ClientProfile(
        httpProfile=HttpProfile(endpoint=f"127.0.0.1:{emu.port}", protocol="http", reqTimeout=10)
    )
    client = mps_client.MpsClient(
        credential.Credential(creds.secret_id, creds.secret_key), "ap-guangzhou", profile
    )
    examples = EXAMPLES.get(f"{action}Request") or [minimal_request(action)]
    op = OPERATIONS[action]
    for example in examples:
        request = getattr(models, f"{action}Request")()
        request.from_json_string(json.dumps(example))
        try:
            response = getattr(client, action)(request)
        except TencentCloudSDKException as exc:
            assert exc.code in DOCUMENTED, (action, exc.code, exc.message)
            checked = call_action(emu, action, example)
            if exc.code in CHECK_CODES:
                assert checked.error_code == exc.code  # the same refusal without the SDK
            continue
        answer = json.loads(response.to_json_string())
        assert answer.get("RequestId")
        op.decode({k: v for k, v in answer.items() if v is not None})  # the action's shape
