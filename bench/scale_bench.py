"""Scale: hostile bodies decode in linear time, notifications parse fast, and the cost of a fresh
process does not grow with the number of operations the package covers."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .measure import Row, per_call_us
from .payloads import EXAMPLE_FILE, ROOT

#: Sizes (MB) of the adversarial body: a list field holding millions of empty objects.
ADVERSARIAL_MB = (1, 2, 4, 8)


def adversarial_lines() -> list[str]:
    """Seconds to decode N MB of ``{}`` in a list field, and seconds per MB (flat = linear)."""
    from tencent_mps import parse_response

    lines = []
    for mb in ADVERSARIAL_MB:
        count = mb * 1024 * 1024 // 3
        body = (
            b'{"Response": {"WorkflowTask": {"MediaProcessResultSet": ['
            + b"{}," * (count - 1)
            + b"{}]}}}"
        )
        best = float("inf")
        for _ in range(2):
            start = time.perf_counter()
            parsed = parse_response(body)
            best = min(best, time.perf_counter() - start)
            assert parsed.workflow_task is not None
            del parsed
        lines.append(
            f"{'adversarial body: ' + str(mb) + ' MB of {} in a list':<58} {best:8.2f} s"
            f"   ({best / mb:.2f} s per MB, {count:,} objects)"
        )
    return lines


def _notification() -> tuple[bytes, str]:
    from tencent_mps.examples import EXAMPLES
    from tencent_mps.notifications import sign

    key = "bench-notify-key"
    expiry = int(time.time()) + 600
    event = {
        "EventType": "WorkflowTask",
        "WorkflowTaskEvent": EXAMPLES["DescribeTaskDetailResponse"][0]["WorkflowTask"],
        "SessionId": "",
        "SessionContext": "",
        "Timestamp": expiry,
        "Sign": sign(expiry, key),
    }
    return json.dumps(event).encode(), key


def notification_row() -> Row:
    """parse_notification with a key, against the official SDK's decode of the same event."""
    from tencentcloud.mps.v20190612 import models

    from tencent_mps.notifications import parse_notification

    body, key = _notification()

    def official() -> Any:
        r = models.ParseNotificationResponse()
        r._deserialize(json.loads(body))
        return r

    ours, reference = per_call_us(lambda: parse_notification(body, notify_key=key), official)
    return Row(
        "parse_notification (signed, doc-sized event), incl. checks",
        ours,
        reference,
        "us",
        "",
        "official decode",
    )


PROBE = (
    "import time; t = time.perf_counter()\n"
    "import {package} as api\n"
    "api.Client\n"
    "api.parse_response(open({example!r}, 'rb').read())\n"
    "print((time.perf_counter() - t) * 1e3)"
)


def operations_rows() -> list[Row]:
    """A fresh process importing the client and decoding one answer: 200 operations vs 4."""
    import compileall
    import os
    import statistics

    sys.path.insert(0, str(ROOT))
    from codegen import generate
    from tests.codegen.synthetic import write_schema

    body = json.dumps({"Response": {"Items": [{"Id": "a", "Shared": {"Name": "n"}}]}})
    times: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        example = Path(tmp) / "answer.json"
        example.write_text(body, encoding="utf-8")
        packages = {}
        for count in (4, 200):
            out = Path(tmp) / f"p{count}" / "synth_api"
            generate.build(out, schema_dir=write_schema(Path(tmp) / f"s{count}", count), facades={})
            compileall.compile_dir(out, quiet=1)
            packages[count] = out
        samples: dict[int, list[float]] = {4: [], 200: []}
        for _ in range(21):
            for count, out in packages.items():
                env = {**os.environ, "PYTHONPATH": str(out.parent)}
                code = PROBE.format(package="synth_api", example=str(example))
                done = subprocess.run(
                    [sys.executable, "-c", code],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                samples[count].append(float(done.stdout))
        times = {count: statistics.median(values) for count, values in samples.items()}
    return [
        Row(
            "in-process import of the client + one decode, 200 ops vs 4",
            times[200],
            times[4],
            "ms",
            "<= 1.10x",
            "4 operations",
        )
    ]


def run() -> list[Row]:
    rows = [notification_row()]
    rows += operations_rows()
    for line in adversarial_lines():
        print(line, flush=True)
    return rows


__all__ = ["run"]
_ = EXAMPLE_FILE
