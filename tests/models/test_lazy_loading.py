"""Importing the package builds nothing; decoding builds only the classes a payload contains."""

from __future__ import annotations

import json
import subprocess
import sys

from ..conftest import EXAMPLE_FILE


def _run(code: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def test_import_is_cheap_and_decoding_builds_only_what_it_needs() -> None:
    code = f"""
import json, sys
import tencent_mps, tencent_mps.models
before = sorted(m for m in sys.modules if m.startswith(("tencent_mps", "attrs", "cattrs", "urllib3")))
r = tencent_mps.parse_response(open({str(EXAMPLE_FILE)!r}, "rb").read())
after = sorted(m for m in sys.modules if m.startswith("tencent_mps.models."))
print(json.dumps({{"before": before, "after": after, "status": r.status}}))
"""
    result = _run(code)
    assert result["status"] == "FINISH"
    # The registry and the core's codec writer; no model, and not attrs, cattrs or urllib3.
    assert result["before"] == [
        "tencent_mps",
        "tencent_mps.models",
        "tencent_mps.models._registry",
        "tencent_mps_core",
        "tencent_mps_core.codecs",
        "tencent_mps_core.decoding",
        "tencent_mps_core.exceptions",
    ]
    loaded = {m.rsplit(".", 1)[1] for m in result["after"]}  # type: ignore[union-attr]
    assert "workflow_task" in loaded and "media_transcode_item" in loaded
    assert len(loaded) <= 20  # of 300+: the example touches only a few types
    assert "ai_analysis_result" not in loaded  # empty lists build nothing


def test_every_model_is_reachable_by_name() -> None:
    from tencent_mps import models
    from tencent_mps.models._registry import MODULES

    assert sorted(models.__all__) == sorted(MODULES)
    for name in models.__all__:
        cls = getattr(models, name)
        assert cls.__name__ == name and callable(cls.from_dict)
    assert "WorkflowTask" in dir(models)


#: The call machinery: signing, credentials, configuration, retries, transport, rate limiter,
#: and the operation records (one per action).
CALL_MACHINERY = (
    "tencent_mps.operations",
    "tencent_mps_core.attempts",
    "tencent_mps_core.config",
    "tencent_mps_core.credentials",
    "tencent_mps_core.exchange",
    "tencent_mps_core.ratelimit",
    "tencent_mps_core.retry",
    "tencent_mps_core.signing",
    "tencent_mps_core.transport",
    "urllib3",
)


def test_importing_the_client_and_decoding_load_no_call_machinery() -> None:
    code = f"""
import json, sys
from tencent_mps import Client, parse_response
r = parse_response(open({str(EXAMPLE_FILE)!r}, "rb").read())
def loaded():
    return sorted(m for m in sys.modules if m.startswith({CALL_MACHINERY!r}))
before = loaded()
from tencent_mps import Credentials
client = Client(credentials=Credentials("AKIDexample", "secret"), region="ap-guangzhou")
after = loaded()
client.close()
print(json.dumps({{"before": before, "after": after, "status": r.status, "region": client.region}}))
"""
    result = _run(code)
    assert result["status"] == "FINISH"
    assert result["before"] == []
    # Building a client loads the machinery it calls with, and the client works.
    after = set(result["after"])  # type: ignore[arg-type]
    for name in ("config", "credentials", "retry", "transport", "ratelimit"):
        assert f"tencent_mps_core.{name}" in after
    assert "tencent_mps.operations" not in after  # the records wait for the first call
    assert "urllib3" in after
    assert result["region"] == "ap-guangzhou"


def test_the_light_parse_response_answers_as_the_operations_one() -> None:
    import pytest

    import tencent_mps
    from tencent_mps import operations
    from tencent_mps.errors import ConfigurationError

    body = EXAMPLE_FILE.read_bytes()
    assert tencent_mps.parse_response(body) == operations.parse_response(body)
    ours = tencent_mps.parse_response(body, "DescribeTaskDetail")
    assert ours == operations.parse_describe_task_detail_response(body)
    for action in ("NoSuchAction", 3):
        with pytest.raises(ConfigurationError, match="no action named"):
            tencent_mps.parse_response(body, action)  # type: ignore[arg-type]
        with pytest.raises(ConfigurationError, match="no action named"):
            operations.parse_response(body, action)  # type: ignore[arg-type]


def test_request_encoders_are_built_as_asked_for() -> None:
    code = """
import json
from tencent_mps.models._registry import REQUEST
before = sorted(REQUEST)
wire = REQUEST["DescribeTaskDetailRequest"]({"TaskId": "t-1"})
print(json.dumps({"before": before, "after": sorted(REQUEST), "wire": wire}))
"""
    result = _run(code)
    assert result["before"] == []  # nothing made up front
    assert result["wire"] == {"TaskId": "t-1"}
    assert result["after"] == ["DescribeTaskDetailRequest"]
