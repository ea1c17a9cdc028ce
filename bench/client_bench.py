"""The client and the command line, against the emulator running in a process of its own."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .measure import Row, cpu_ms, fresh_process_ms
from .payloads import EXAMPLE_FILE, PROCESS_MEDIA

CALLS = 300


@contextmanager
def emulator_process(*options: str) -> Iterator[str]:
    """``python -m tencent_mps.testing`` with ``options`` (default: no rate limit); yields its
    endpoint once it listens."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tencent_mps.testing", *(options or ("--rate-limit", "0"))],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if "listening on" not in line:
            raise RuntimeError(f"the emulator did not start: {line!r}")
        yield line.split()[-1]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _official_client(port: int) -> Any:
    from tencentcloud.common import credential
    from tencentcloud.common.profile.client_profile import ClientProfile
    from tencentcloud.common.profile.http_profile import HttpProfile
    from tencentcloud.mps.v20190612 import mps_client

    from tencent_mps.testing import Emulator

    creds = Emulator.DEFAULT_CREDENTIALS
    profile = ClientProfile(
        httpProfile=HttpProfile(endpoint=f"127.0.0.1:{port}", protocol="http", reqTimeout=10)
    )
    return mps_client.MpsClient(
        credential.Credential(creds.secret_id, creds.secret_key), "ap-guangzhou", profile
    )


def run() -> list[Row]:
    from tencentcloud.mps.v20190612 import models

    from tencent_mps import Client
    from tencent_mps.testing import Emulator

    rows: list[Row] = []
    task_id = Emulator.EXAMPLE_TASK_ID
    with emulator_process() as endpoint:
        port = int(endpoint.rsplit(":", 1)[1])
        # The official client has no rate limiter: ours is turned off for a like-for-like CPU
        # figure (with it on, calls above 100 a second wait; waiting costs no CPU).
        ours = Client(
            credentials=Emulator.DEFAULT_CREDENTIALS,
            region="ap-guangzhou",
            endpoint=endpoint,
            rate_limit_share=None,
        )
        official = _official_client(port)
        request = models.DescribeTaskDetailRequest()
        request.TaskId = task_id

        def ours_call() -> None:
            assert ours.describe_task_detail(task_id=task_id).status == "FINISH"

        def official_call() -> None:
            assert official.DescribeTaskDetail(request).Status == "FINISH"

        for _ in range(20):  # warm up: connections, caches
            ours_call()
            official_call()
        ours_cpu = official_cpu = float("inf")
        for _ in range(3):  # alternate, keep the best of each
            ours_cpu = min(ours_cpu, cpu_ms(ours_call, CALLS))
            official_cpu = min(official_cpu, cpu_ms(official_call, CALLS))
        rows.append(
            Row(
                "client CPU per describe_task_detail call (loopback)",
                ours_cpu * 1e3,
                official_cpu * 1e3,
                "us",
                "<= 0.50x",
            )
        )
        rows.append(_process_media_row(ours, official))
        rows.extend(_pacing_rows(ours, task_id))
        ours.close()

        ours_code = (
            "from tencent_mps import Client, parse_response\n"
            f"parse_response(open({str(EXAMPLE_FILE)!r}, 'rb').read())"
        )
        official_code = (
            "import json\nfrom tencentcloud.mps.v20190612 import mps_client, models\n"
            "r = models.DescribeTaskDetailResponse()\n"
            f"r._deserialize(json.loads(open({str(EXAMPLE_FILE)!r}, 'rb').read())['Response'])"
        )
        ours_ms, official_ms = fresh_process_ms(ours_code, official_code)
        rows.append(
            Row(
                "fresh process: import the client + decode the example",
                ours_ms,
                official_ms,
                "ms",
                "<= 0.50x",
            )
        )
        rows.extend(_cli_rows(endpoint))
    return rows


#: Calls per round of the pacing rows: 1.5 s at DescribeTaskDetail's 100 requests a second.
PACED_CALLS = 150


def _pacing_rows(unpaced: Any, task_id: str) -> list[Row]:
    """Client CPU per call paced to DescribeTaskDetail's quota (100/s, the rate limiter on),
    against the same calls unpaced, and against unpaced calls that each sleep as long first.

    The last one tells what pacing itself costs: waking from a sleep makes the next call dearer
    on any machine (cold caches, the scheduler), whoever sleeps.
    """
    import time

    paced = unpaced.with_options(rate_limit_share=1.0)

    def unpaced_call() -> None:
        assert unpaced.describe_task_detail(task_id=task_id).status == "FINISH"

    def paced_call() -> None:
        assert paced.describe_task_detail(task_id=task_id).status == "FINISH"

    gap = [0.0]

    def slept_call() -> None:  # the paced calls' rhythm, without the limiter
        time.sleep(gap[0])
        unpaced_call()

    def wall(call: Any, calls: int = 20) -> float:
        start = time.perf_counter()
        for _ in range(calls):
            call()
        return (time.perf_counter() - start) / calls

    wall(paced_call)  # warm up, and fill the limiter's window
    gap[0] = max(wall(paced_call) - wall(unpaced_call), 0.0)
    best = {"paced": float("inf"), "unpaced": float("inf"), "slept": float("inf")}
    for _ in range(3):  # alternate, keep the best of each
        best["paced"] = min(best["paced"], cpu_ms(paced_call, PACED_CALLS))
        best["unpaced"] = min(best["unpaced"], cpu_ms(unpaced_call, PACED_CALLS))
        best["slept"] = min(best["slept"], cpu_ms(slept_call, PACED_CALLS))
    return [
        Row(
            "client CPU per call paced to 100/s (limiter on)",
            best["paced"] * 1e3,
            best["unpaced"] * 1e3,
            "us",
            reference_name="unpaced",
        ),
        Row(
            f"client CPU per paced call vs sleep {gap[0] * 1e3:.1f} ms + call",
            best["paced"] * 1e3,
            best["slept"] * 1e3,
            "us",
            "<= 1.05x",
            reference_name="slept",
        ),
    ]


def _process_media_row(ours: Any, official: Any) -> Row:
    """Client CPU per ProcessMedia call: typed models in, checked, signed, sent, decoded."""
    from tencentcloud.mps.v20190612 import models

    from tencent_mps.models import ProcessMediaRequest

    typed = ProcessMediaRequest.from_dict(PROCESS_MEDIA)
    fields = {attr: getattr(typed, attr) for attr in ProcessMediaRequest.WIRE_NAMES}

    def ours_call() -> None:
        assert ours.process_media(**fields).task_id

    request = models.ProcessMediaRequest()
    request.from_json_string(json.dumps(PROCESS_MEDIA))

    def official_call() -> None:
        assert official.ProcessMedia(request).TaskId

    for _ in range(20):
        ours_call()
        official_call()
    ours_cpu = official_cpu = float("inf")
    for _ in range(3):
        ours_cpu = min(ours_cpu, cpu_ms(ours_call, CALLS))
        official_cpu = min(official_cpu, cpu_ms(official_call, CALLS))
    return Row(
        "client CPU per process_media call (loopback)",
        ours_cpu * 1e3,
        official_cpu * 1e3,
        "us",
        "<= 0.50x",
    )


def _cli_rows(endpoint: str) -> list[Row]:
    """``tencent-mps describe-task-detail`` against the emulator vs ``tccli mps DescribeTaskDetail help``."""
    from tencent_mps.testing import Emulator

    bindir = os.path.dirname(sys.executable)
    ours_cli = os.path.join(bindir, "tencent-mps")
    tccli = shutil.which("tccli", path=bindir) or shutil.which("tccli")
    if tccli is None:
        print("  (tccli is not installed: `make bench` installs it with the bench extra)")
        return []
    creds = Emulator.DEFAULT_CREDENTIALS
    env = {
        **os.environ,
        "TENCENTCLOUD_SECRET_ID": creds.secret_id,
        "TENCENTCLOUD_SECRET_KEY": creds.secret_key,
    }
    ours_cmd = [
        ours_cli,
        "describe-task-detail",
        Emulator.EXAMPLE_TASK_ID,
        "--endpoint",
        endpoint,
        "--output",
        "json",
    ]
    tccli_cmd = [tccli, "mps", "DescribeTaskDetail", "help"]
    ours_ms = _command_ms(ours_cmd, env)
    tccli_ms = _command_ms(tccli_cmd, env, runs=5)
    rows = [
        Row(
            "CLI: describe call vs tccli printing this action's help",
            ours_ms,
            tccli_ms,
            "ms",
            "<= 0.35x",
            "tccli help",
        )
    ]
    return rows + _generic_cli_rows(ours_cli, tccli, endpoint, env)


def _generic_cli_rows(ours_cli: str, tccli: str, endpoint: str, env: dict[str, str]) -> list[Row]:
    """The generic command of an action with a large request (ProcessMedia: 16 top-level fields,
    hundreds of nested ones): its --help, and a call against the emulator from a request file,
    each against ``tccli mps ProcessMedia help``."""
    import tempfile

    tccli_ms = _command_ms([tccli, "mps", "ProcessMedia", "help"], env, runs=5)
    help_ms = _command_ms([ours_cli, "ProcessMedia", "--help"], env)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(PROCESS_MEDIA, f)
    try:
        call_ms = _command_ms(
            [ours_cli, "ProcessMedia", "--request", f.name, "--endpoint", endpoint,
             "--output", "json"],
            env,
        )  # fmt: skip
    finally:
        os.unlink(f.name)
    return [
        Row(
            "CLI: tencent-mps ProcessMedia --help vs tccli's help",
            help_ms,
            tccli_ms,
            "ms",
            "<= 0.35x",
            "tccli help",
        ),
        Row(
            "CLI: tencent-mps ProcessMedia call vs tccli's help",
            call_ms,
            tccli_ms,
            "ms",
            "<= 0.35x",
            "tccli help",
        ),
    ]


def _command_ms(cmd: list[str], env: dict[str, str], runs: int = 9) -> float:
    import statistics
    import time

    subprocess.run(cmd, env=env, check=True, capture_output=True)  # warm the file cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


__all__ = ["emulator_process", "run"]
