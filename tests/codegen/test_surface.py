"""The public API snapshot (codegen.surface): a change to the schema that renames something
shows up as a lost line, i.e. a breaking change, and is noted in the changelog."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from codegen import generate, surface

HERE = Path(__file__).resolve().parent
FIXTURE = HERE / "fixtures" / "shop"
RUNTIME = HERE.parents[1] / "runtime"


def _surface(tmp: Path, schema_dir: Path) -> str:
    out = tmp / "golden_shop"
    if out.exists():
        shutil.rmtree(out)
    generate.build(out, schema_dir=schema_dir, facades={})
    return surface.render("golden_shop", [tmp, RUNTIME])


def test_the_committed_snapshot_matches_the_package() -> None:
    assert surface.main(["--check"]) == 0, "run `make api-snapshot` after a reviewed change"


def test_a_renamed_field_is_a_lost_line(tmp_path: Path) -> None:
    before = _surface(tmp_path / "a", FIXTURE)
    renamed = tmp_path / "schema"
    shutil.copytree(FIXTURE, renamed)
    schema_file = renamed / "mps.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    props = schema["$defs"]["Step"]["properties"]
    props["Stage"] = props.pop("Progress")
    schema_file.write_text(json.dumps(schema), encoding="utf-8")
    after = _surface(tmp_path / "b", renamed)
    lost, added = surface.changes(before, after)
    assert any(line.strip().startswith("progress:") for line in lost), lost
    assert any(line.strip().startswith("stage:") for line in added), added


def test_an_added_operation_is_not_breaking(tmp_path: Path) -> None:
    text = _surface(tmp_path, FIXTURE)
    lost, added = surface.changes(text, text + "    def new_method(self) -> None\n")
    assert lost == [] and added == ["    def new_method(self) -> None"]


def test_lost_lines_are_noted_under_breaking(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\nPolicy.\n\n## 0.2.0\n\n- old\n", encoding="utf-8")
    surface.note_breaking(["    def iter_tasks(self, limit: int)"], changelog)
    text = changelog.read_text(encoding="utf-8")
    assert text.index("## Unreleased") < text.index("### Breaking") < text.index("## 0.2.0")
    assert "- Removed or changed: `def iter_tasks(self, limit: int)`" in text
    surface.note_breaking(["    x: int"], changelog)
    assert changelog.read_text(encoding="utf-8").count("### Breaking") == 1


def test_the_drift_report_says_what_the_public_api_lost_and_gained(tmp_path: Path) -> None:
    report = tmp_path / "CHANGES.md"
    report.write_text(
        "# Changes\n\nIntro.\n\n## tccli 2.0, 2026-12-03\n\nnew report\n\n"
        "## tccli 1.0, 2026-01-01\n\nold report\n",
        encoding="utf-8",
    )
    section = surface.report_section(["    def iter_tasks(self, limit: int)"], ["    x: int"])
    surface.append_to_report(section, report)
    text = report.read_text(encoding="utf-8")
    new_entry, old_entry = text.split("## tccli 1.0")
    assert "- lost: `def iter_tasks(self, limit: int)`" in new_entry
    assert "- added: `x: int`" in new_entry
    assert "1 lines lost or changed (breaking), 1 added" in new_entry
    assert "Public API" not in old_entry
    assert surface.report_section([], []) == "### Public API\n\nUnchanged.\n"
