"""Code a user writes against the public API type-checks under mypy --strict, and mistakes do not."""

from __future__ import annotations

from pathlib import Path

from mypy import api

GOOD = """
from tencent_mps import Client, Credentials, parse_response, converter
from tencent_mps.enums import TaskStatus
from tencent_mps.errors import APIError, RequestLimitExceededError, DecodeError
from tencent_mps.models import DescribeTaskDetailResponse, WorkflowTask


def newest_output(client: Client, task_id: str) -> str | None:
    try:
        task: DescribeTaskDetailResponse = client.describe_task_detail(task_id=task_id)
    except RequestLimitExceededError as exc:
        return exc.request_id
    except APIError as exc:
        return f"{exc.code}: {exc.message}"
    if task.status != TaskStatus.FINISH or task.workflow_task is None:
        return None
    for result in task.workflow_task.media_process_result_set or []:
        if result.transcode_task and result.transcode_task.output:
            return result.transcode_task.output.path
    return None


client = Client(credentials=Credentials("id", "key"), region="ap-guangzhou", max_attempts=5)
quick = client.with_options(read_timeout=2.0)
raw = quick.with_raw_response(quick.describe_task_detail)(task_id="t")
status: int = raw.http_status
parsed: DescribeTaskDetailResponse = raw.parsed
final = client.wait_for_task("t", interval=1.0, on_progress=lambda r: print(r.overall_progress()))
width: int | None = final.workflow_task.meta_data.width if final.workflow_task and final.workflow_task.meta_data else None
wf: WorkflowTask = converter.structure({"TaskId": "t"}, WorkflowTask)
try:
    parse_response(b"{}")
except DecodeError as exc:
    where: str = exc.path
"""

BAD = """
from tencent_mps import Client
from tencent_mps.models import WorkflowTask

client = Client()
client.describe_task_detail(taskid="t")
w = WorkflowTask(task_id=3)
n: int = client.describe_task_detail(task_id="t").status
"""


def _mypy(tmp_path: Path, code: str) -> tuple[str, int]:
    path = tmp_path / "user_code.py"
    path.write_text(code, encoding="utf-8")
    out, err, status = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".cache"), str(path)]
    )
    return out + err, status


def test_typical_user_code_type_checks(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, GOOD)
    assert status == 0, out


def test_mistakes_are_caught(tmp_path: Path) -> None:
    out, status = _mypy(tmp_path, BAD)
    assert status == 1
    assert 'Unexpected keyword argument "taskid"' in out
    assert 'Argument "task_id" to "WorkflowTask" has incompatible type "int"' in out
    assert (
        'Incompatible types in assignment (expression has type "str | None", variable has type "int")'
        in out
    )
