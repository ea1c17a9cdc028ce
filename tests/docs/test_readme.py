"""The README's first lines are the two commands, it links every guide, and the examples of the
README and the guides run as written."""

from __future__ import annotations

import re

from ..conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
GUIDES = ROOT / "docs" / "guides"


def _python_blocks() -> list[str]:
    text = "\n".join(
        [README, *(p.read_text(encoding="utf-8") for p in sorted(GUIDES.glob("*.md")))]
    )
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_the_readme_keeps_the_short_path_and_links_every_guide() -> None:
    headings = re.findall(r"(?m)^## (.+)$", README)
    assert headings[0] == "The whole job" and "Guides" in headings
    assert len(README.splitlines()) < 200
    for guide in sorted(GUIDES.glob("*.md")):
        assert f"](docs/guides/{guide.name})" in README, guide.name


def test_first_lines_give_the_two_commands() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, flags=re.S)
    assert first_block is not None and README.index(first_block.group(0)) < 40
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["make demo", "make test"]


def test_emulator_example_runs() -> None:
    (block,) = [b for b in _python_blocks() if "Emulator()" in b]
    scope: dict[str, object] = {}
    exec(compile(block, "guide", "exec"), scope)
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
        exec(compile(block, "guide", "exec"), scope)
    final = scope["final"]
    assert final.status == "FINISH"  # type: ignore[attr-defined]
    outputs = [files for _, files in printed if isinstance(files, list)]
    assert outputs and outputs[0][0].startswith("cos://out-1250000000/transcoded/")
