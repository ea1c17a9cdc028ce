"""Raw HTTP calls to the emulator, signed with the project's own signer, and a settable clock."""

from __future__ import annotations

import contextlib
import http.client
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tencent_mps.testing import Emulator
from tencent_mps_core import signing

ACTION = "DescribeTaskDetail"
VERSION = "2019-06-12"


class Listening(Protocol):
    """Where requests go: an Emulator, or any object naming a loopback port."""

    @property
    def port(self) -> int: ...


@dataclass(frozen=True)
class LoopbackPort:
    port: int


class FakeClock:
    """A clock that only moves when told to (starts at the real time)."""

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class RawReply:
    status: int
    headers: dict[str, str]
    body: bytes
    document: Any = field(default=None)

    @property
    def response(self) -> dict[str, Any]:
        assert isinstance(self.document, dict), self.body
        inner = self.document["Response"]
        assert isinstance(inner, dict)
        return inner

    @property
    def error_code(self) -> str | None:
        error = self.response.get("Error")
        return None if error is None else str(error["Code"])


def host_of(emu: Listening) -> str:
    return f"127.0.0.1:{emu.port}"


def body_for(task_id: Any) -> bytes:
    return json.dumps({"TaskId": task_id}).encode()


def signed_headers(
    emu: Listening,
    body: bytes,
    *,
    secret_id: str | None = None,
    secret_key: str | None = None,
    timestamp: int | None = None,
    action: str = ACTION,
    version: str = VERSION,
    token: str | None = None,
) -> dict[str, str]:
    """Headers of a correctly signed request (defaults: the emulator's example key pair)."""
    creds = Emulator.DEFAULT_CREDENTIALS
    ts = int(time.time()) if timestamp is None else timestamp
    parts = signing.sign(
        secret_id=secret_id or creds.secret_id,
        secret_key=secret_key or creds.secret_key,
        host=host_of(emu),
        body=body,
        timestamp=ts,
        service="mps",
    )
    headers = {
        "Host": host_of(emu),
        "Content-Type": "application/json",
        "Authorization": parts.authorization,
        "X-TC-Action": action,
        "X-TC-Version": version,
        "X-TC-Timestamp": str(ts),
        "X-TC-Region": "ap-guangzhou",
    }
    if token is not None:
        headers["X-TC-Token"] = token
    return headers


def send(
    emu: Listening,
    body: bytes,
    headers: dict[str, str],
    *,
    method: str = "POST",
    timeout: float = 10.0,
    path: str = "/",
) -> RawReply:
    """One request on a fresh connection; the JSON document is parsed when it parses."""
    conn = http.client.HTTPConnection("127.0.0.1", emu.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        reply = RawReply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, data)
    finally:
        conn.close()
    with contextlib.suppress(ValueError):
        reply.document = json.loads(data)
    return reply


def call(emu: Listening, task_id: Any = Emulator.EXAMPLE_TASK_ID, **sign_kwargs: Any) -> RawReply:
    """A signed DescribeTaskDetail call for ``task_id``."""
    body = body_for(task_id)
    timeout = sign_kwargs.pop("timeout", 10.0)
    return send(emu, body, signed_headers(emu, body, **sign_kwargs), timeout=timeout)


def call_action(
    emu: Listening, action: str, params: Any, *, timestamp: int | None = None, **kwargs: Any
) -> RawReply:
    """A signed call of any action with ``params`` as its JSON body."""
    body = params if isinstance(params, bytes) else json.dumps(params).encode()
    headers = signed_headers(emu, body, action=action, timestamp=timestamp, **kwargs)
    return send(emu, body, headers)


def assert_no_unknown_fields(model: Any, path: str = "") -> None:
    """Fail if a decoded model, at any depth, kept fields its class does not know."""
    import attrs

    if isinstance(model, list):
        for i, item in enumerate(model):
            assert_no_unknown_fields(item, f"{path}[{i}]")
        return
    if not attrs.has(type(model)):
        return
    unknown = getattr(model, "unknown_fields", None)
    assert not unknown, f"{path or type(model).__name__} has unknown fields {sorted(unknown)}"
    for attribute in attrs.fields(type(model)):
        if attribute.name != "unknown_fields":
            name = attribute.name
            assert_no_unknown_fields(getattr(model, name), f"{path}.{name}")


_DEFS: dict[str, Any] | None = None


def schema_defs() -> dict[str, Any]:
    """The $defs of schema/mps.schema.json (read once)."""
    global _DEFS
    if _DEFS is None:
        path = Path(__file__).parents[2] / "schema" / "mps.schema.json"
        with path.open(encoding="utf-8") as handle:
            _DEFS = json.load(handle)["$defs"]
    return _DEFS


def minimal_request(action: str) -> dict[str, Any]:
    """A request of ``action`` with only its required fields (``x-request-required``), at any
    depth, each with a value of its kind (the first documented value where there are some)."""
    return _minimal(f"{action}Request", depth=0)


def _minimal(name: str, depth: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if depth > 8:
        return out
    for wire, prop in schema_defs()[name].get("properties", {}).items():
        if prop.get("x-request-required"):
            out[wire] = _value(prop, depth)
    return out


def _value(prop: dict[str, Any], depth: int) -> Any:
    for option in prop.get("anyOf", []):
        if option.get("type") != "null":
            return _value({**prop, **option, "anyOf": []}, depth)
    if "$ref" in prop:
        return _minimal(prop["$ref"].rsplit("/", 1)[1], depth + 1)
    kind = prop.get("type")
    known = list(prop.get("x-known-values") or prop.get("enum") or prop.get("examples") or [])
    if known and kind != "array":
        first = known[0]
        if kind == "integer" and isinstance(first, str):
            return int(first)
        if kind == "number" and isinstance(first, str):
            return float(first)
        return first
    if kind == "array":
        return [_value(prop.get("items", {}), depth)]
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return True
    if kind == "object":
        return {}
    return "x"
