"""The README's emulator example runs as written, and its first lines are the two commands."""

from __future__ import annotations

import re

from ..conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, flags=re.S)


def test_first_lines_give_the_two_commands() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, flags=re.S)
    assert first_block is not None and README.index(first_block.group(0)) < 40
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["make demo", "make test"]


def test_emulator_example_runs() -> None:
    (block,) = [b for b in _python_blocks() if "Emulator()" in b]
    scope: dict[str, object] = {}
    exec(compile(block, "README.md", "exec"), scope)
    final = scope["final"]
    assert final.status == "FINISH"  # type: ignore[attr-defined]
    assert [f.name for f in final.failed_subtasks()] == [
        "media_process_result_set[1].transcode_task"
    ]  # type: ignore[attr-defined]


def test_the_whole_job_example_runs_against_the_emulator() -> None:
    """The first example, pointed at the emulator (its task finishes in a second)."""
    from tencent_mps.testing import Emulator

    (block,) = [b for b in _python_blocks() if "client.process_media(" in b]
    with Emulator(task_duration=1.0) as emu:
        creds = Emulator.DEFAULT_CREDENTIALS
        block = block.replace(
            'Client(region="ap-guangzhou")',
            f"Client(region='ap-guangzhou', endpoint={emu.endpoint!r}, credentials=_creds)",
        ).replace("interval=5", "interval=0.1")
        printed: list[tuple[object, ...]] = []
        scope: dict[str, object] = {"_creds": creds, "print": lambda *a: printed.append(a)}
        exec(compile(block, "README.md", "exec"), scope)
    final = scope["final"]
    assert final.status == "FINISH"  # type: ignore[attr-defined]
    outputs = [files for _, files in printed if isinstance(files, list)]
    assert outputs and outputs[0][0].startswith("cos://out-1250000000/transcoded/")
