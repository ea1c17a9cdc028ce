"""Golden tests: small fixture schemas, their committed output, and what that output does.

In the style of openapi-python-client's end-to-end tests: ``fixtures/shop`` is a four-operation
API that uses every generator path the real schema may not (an empty request, a nested required
request field, a type shared by requests and responses, nested error codes with a would-be name
clash, a waiter with two typed inputs and failure states, a paginated list). Its generated
package is committed under ``golden/golden_shop``; `make golden` rewrites it.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from codegen import build, generate, naming
from tencent_mps_core.credentials import Credentials
from tencent_mps_core.retry import RetryPolicy

from ..client.server import ScriptedServer, api_error, envelope, reset, respond
from ..conftest import ROOT

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "shop"
GOLDEN_ROOT = HERE / "golden"
GOLDEN = GOLDEN_ROOT / "golden_shop"
CREDS = Credentials("AKIDgolden0000000000", "golden-secret-key")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("golden") / "golden_shop"
    generate.build(out, schema_dir=FIXTURE, facades={})
    return out


def test_output_matches_the_committed_golden_files(fresh: Path) -> None:
    drift = generate.diff(fresh, GOLDEN)
    assert drift == [], f"golden output changed ({drift[:5]}); review it, then `make golden`"


def test_golden_output_passes_ruff_and_mypy_strict(fresh: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(ROOT / "pyproject.toml")]
    subprocess.run([*ruff, "check", *config, str(fresh)], check=True)
    subprocess.run([*ruff, "format", "--check", *config, str(fresh)], check=True)
    env = {**os.environ, "MYPYPATH": f"{fresh.parent}{os.pathsep}{ROOT / 'runtime'}"}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", "golden_shop"],
        env=env,
        capture_output=True,
        text=True,
        cwd=fresh.parent,
    )
    assert result.returncode == 0, result.stdout


def test_a_clash_of_error_class_names_stops_generation(tmp_path: Path) -> None:
    with pytest.raises(naming.NamingError) as info:
        generate.build(tmp_path / "out", schema_dir=HERE / "fixtures" / "clash", facades={})
    message = str(info.value)
    assert "'InvalidParameter.Value' and 'InvalidParameterValue'" in message
    assert "InvalidParameterValueError" in message and "explicit name" in message
    assert not (tmp_path / "out").exists()


def test_unknown_references_stop_generation(tmp_path: Path) -> None:
    schema = json.loads((FIXTURE / "mps.schema.json").read_text())
    schema["$defs"]["DescribeJobRequest"]["properties"]["JobId"]["x-request-required"] = False
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "mps.schema.json").write_text(json.dumps(schema))
    openapi = json.loads((FIXTURE / "mps.openapi.json").read_text())
    waiter = openapi["paths"]["/#X-TC-Action=DescribeJob"]["post"]["x-tc-waiters"]["wait_for_job"]
    waiter["acceptors"][0]["path"] = "Job.Nope"
    (bad / "mps.openapi.json").write_text(json.dumps(openapi))
    with pytest.raises(build.SpecError, match=r"JobDetail has no field 'Nope'"):
        build.load(bad)


# -- what the generated code does ----------------------------------------------------------


@pytest.fixture(scope="module")
def shop() -> Iterator[ModuleType]:
    sys.path.insert(0, str(GOLDEN_ROOT))
    try:
        yield importlib.import_module("golden_shop")
    finally:
        sys.path.remove(str(GOLDEN_ROOT))


@pytest.fixture()
def server() -> Iterator[ScriptedServer]:
    srv = ScriptedServer(default=respond(envelope({"RequestId": "r-0"})))
    yield srv
    srv.stop()


@pytest.fixture()
def client(shop: ModuleType, server: ScriptedServer) -> Any:
    return shop.Client(
        credentials=CREDS,
        endpoint=server.url,
        retry_policy=RetryPolicy(max_attempts=3, base=0, cap=0, sleep=lambda s: None),
    )


def test_empty_request_sends_an_empty_object(client: Any, server: ScriptedServer) -> None:
    server.add(respond(envelope({"Pong": "pong", "RequestId": "r-1"})))
    assert client.ping().pong == "pong"
    assert json.loads(server.requests[0].body) == {}
    assert server.requests[0].headers["x-tc-action"] == "Ping"
    assert server.requests[0].headers["x-tc-version"] == "2020-01-01"


def test_nested_required_request_field_is_checked_before_sending(
    shop: ModuleType, client: Any, server: ScriptedServer
) -> None:
    from golden_shop.errors import ValidationError
    from golden_shop.models import JobInput, OutputSpec, SourceInfo

    with pytest.raises(ValidationError) as info:
        client.create_job(input=JobInput(source=SourceInfo(region="x")))
    assert info.value.path == "Input.Source.Url"
    with pytest.raises(ValidationError) as info:
        client.create_job(input=JobInput())
    assert info.value.path == "Input.Source"
    good = JobInput(source=SourceInfo(url="https://e/a.mp4"))
    with pytest.raises(ValidationError) as info:
        client.create_job(input=good, outputs=[OutputSpec(definition=1), OutputSpec()])
    assert info.value.path == "Outputs[1].Definition"
    with pytest.raises(ValidationError) as info:
        client.create_job(input=good, priority="high")
    assert (info.value.path, info.value.reason) == ("Priority", "expected an integer, got a string")
    with pytest.raises(ValidationError) as info:
        client.create_job(input=good, ratio=float("nan"))
    assert info.value.path == "Ratio"
    with pytest.raises(ValidationError) as info:
        client.create_job(input={"Source": {"Url": 5}})  # a wire dict is checked too
    assert info.value.path == "Input.Source.Url"
    assert server.count == 0  # nothing was sent


def test_a_complete_request_is_sent_in_wire_form(client: Any, server: ScriptedServer) -> None:
    from golden_shop.models import JobInput, OutputSpec, SourceInfo

    server.add(respond(envelope({"JobId": "job-9", "RequestId": "r-1"})))
    created = client.create_job(
        input=JobInput(source=SourceInfo(url="u"), tags=["a"], weights=[1, 2.5]),
        outputs=[OutputSpec(definition=10)],
        dry_run=False,
    )
    assert created.job_id == "job-9"
    assert json.loads(server.requests[0].body) == {
        "Input": {"Source": {"Url": "u"}, "Tags": ["a"], "Weights": [1, 2.5]},
        "Outputs": [{"Definition": 10}],
        "DryRun": False,
    }


def test_a_type_shared_by_requests_and_responses_decodes_leniently(shop: ModuleType) -> None:
    body = envelope({"Job": {"JobId": "j", "Input": {"Tags": ["x"]}}, "RequestId": "r"})
    job = shop.parse_response(body).job  # DescribeJob is the default operation
    assert job.input.source is None and job.input.tags == ["x"]  # Source is required in requests


def test_non_idempotent_action_is_not_resent_after_an_ambiguous_failure(
    client: Any, server: ScriptedServer
) -> None:
    from golden_shop.errors import TransportError
    from golden_shop.models import JobInput, SourceInfo

    server.add(reset())
    with pytest.raises(TransportError):
        client.create_job(input=JobInput(source=SourceInfo(url="u")))
    assert server.count == 1
    server.add(api_error("InternalError"))
    with pytest.raises(Exception, match="InternalError"):
        client.create_job(input=JobInput(source=SourceInfo(url="u")))
    assert server.count == 2
    server.add(api_error("RequestLimitExceeded"), respond(envelope({"JobId": "job-2"})))
    assert client.create_job(input=JobInput(source=SourceInfo(url="u"))).job_id == "job-2"
    assert server.count == 4  # throttled: surely not acted on, so sent again


def test_idempotent_action_is_resent_after_a_reset(client: Any, server: ScriptedServer) -> None:
    server.add(reset(), respond(envelope({"Job": {"Status": "DONE"}})))
    assert client.describe_job(job_id="j", region="r").job.status == "DONE"
    assert server.count == 2


def test_waiter_takes_two_typed_inputs_and_stops_on_a_failure_state(
    client: Any, server: ScriptedServer
) -> None:
    from golden_shop.errors import WaiterFailureError

    running = envelope({"Job": {"Status": "RUNNING", "Steps": [{"Status": "RUNNING"}]}})
    failed_step = envelope({"Job": {"Status": "RUNNING", "Steps": [{"Status": "FAILED"}]}})
    server.add(api_error("ResourceNotFound.JobNotFound"), respond(running), respond(failed_step))
    seen: list[Any] = []
    with pytest.raises(WaiterFailureError) as info:
        client.wait_for_job("job-1", "ap-x", interval=0.001, timeout=10, on_progress=seen.append)
    assert info.value.last.job.steps[0].status == "FAILED"
    assert [r.job.status for r in seen] == ["RUNNING"]
    assert json.loads(server.requests[0].body) == {"JobId": "job-1", "Region": "ap-x"}
    server.add(respond(envelope({"Job": {"Status": "DONE"}})))
    assert client.wait_for_job(job_id="j", region="r", interval=0.001).job.status == "DONE"


def test_paginator_follows_every_page(client: Any, server: ScriptedServer) -> None:
    def page(ids: list[str]) -> Any:
        return respond(envelope({"JobSet": [{"JobId": i} for i in ids], "TotalCount": 5}))

    server.add(page(["a", "b"]), page(["c", "d"]), page(["e"]))
    jobs = [j.job_id for j in client.iter_jobs(status="DONE", page_size=2)]
    assert jobs == ["a", "b", "c", "d", "e"]
    bodies = [json.loads(r.body) for r in server.requests]
    assert bodies == [
        {"Status": "DONE", "Limit": 2},
        {"Status": "DONE", "Offset": 2, "Limit": 2},
        {"Status": "DONE", "Offset": 4, "Limit": 2},
    ]


def test_max_items_is_not_the_page_size(client: Any, server: ScriptedServer) -> None:
    def page(ids: list[str]) -> Any:
        return respond(envelope({"JobSet": [{"JobId": i} for i in ids], "TotalCount": 5}))

    server.add(page(["a", "b"]), page(["c", "d"]), page(["e"]))
    jobs = [j.job_id for j in client.iter_jobs(status="DONE", page_size=2, max_items=3)]
    assert jobs == ["a", "b", "c"]
    assert len(server.requests) == 2  # the third page is never asked for
    assert [json.loads(r.body).get("Limit") for r in server.requests] == [2, 2]


def test_the_page_iterator_yields_whole_responses(client: Any, server: ScriptedServer) -> None:
    def page(ids: list[str]) -> Any:
        return respond(envelope({"JobSet": [{"JobId": i} for i in ids], "TotalCount": 3}))

    server.add(page(["a", "b"]), page(["c"]))
    pages = list(client.paginate_list_jobs(page_size=2))
    assert [p.total_count for p in pages] == [3, 3]
    assert [[j.job_id for j in p.job_set] for p in pages] == [["a", "b"], ["c"]]


@pytest.mark.parametrize("bad", [0, -1, True, "2"])
def test_a_page_size_the_listing_cannot_use_is_refused_before_sending(
    client: Any, server: ScriptedServer, bad: object
) -> None:
    from tencent_mps.errors import ValidationError

    with pytest.raises(ValidationError, match="page_size"):
        client.iter_jobs(page_size=bad)
    with pytest.raises(ValidationError, match="max_items"):
        client.iter_jobs(max_items=-1)
    assert server.requests == []


def test_error_codes_map_to_a_class_hierarchy(shop: ModuleType) -> None:
    from golden_shop import errors

    assert issubclass(errors.InvalidParameter_ValueError, errors.InvalidParameterError)
    assert not issubclass(errors.InvalidParameterValueError, errors.InvalidParameterError)
    assert errors.error_class_for("ResourceNotFound.JobNotFound.Gone") is (
        errors.ResourceNotFoundJobNotFoundError
    )
    assert issubclass(errors.ResourceNotFoundJobNotFoundError, errors.ResourceNotFoundError)
    assert errors.InternalError.retryable and errors.RequestLimitExceededError.throttling


def test_enums_are_shared_by_fields_with_the_same_values(shop: ModuleType) -> None:
    from golden_shop import enums

    assert enums.__all__ == ["JobInputKind", "JobStatus"]
    text = (GOLDEN / "models" / "step.py").read_text(encoding="utf-8")
    assert ":class:`tencent_mps.enums.JobStatus`" in text
