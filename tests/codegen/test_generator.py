"""The generator is deterministic, marks its output, and generated/ matches schema/."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from codegen import build as spec
from codegen import generate, naming

from ..conftest import ROOT

GENERATED = ROOT / "generated" / "tencent_mps"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen") / "tencent_mps"
    generate.build(out)
    return out


def test_output_is_deterministic_and_committed(fresh: Path, tmp_path: Path) -> None:
    again = tmp_path / "tencent_mps"
    generate.build(again)
    assert generate.diff(fresh, again) == []
    assert generate.diff(fresh, GENERATED) == []  # generated/ is exactly what make generate writes


def test_every_generated_file_says_where_it_came_from(fresh: Path) -> None:
    for path in fresh.rglob("*.py"):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# generated from schema/"), path
        assert "do not edit" in first, path


def test_one_module_per_type_with_the_upstream_class_name(fresh: Path) -> None:
    s = spec.load(ROOT / "schema")
    schema = json.loads((ROOT / "schema" / "mps.schema.json").read_text(encoding="utf-8"))
    assert set(s.types) == set(schema["$defs"])  # every type of the schema, no other
    for t in s.types.values():
        tree = ast.parse((fresh / "models" / f"{t.module}.py").read_text(encoding="utf-8"))
        classes = [n.name for n in tree.body if isinstance(n, ast.ClassDef)]
        assert classes == [t.name]


def test_error_hierarchy_follows_the_codes() -> None:
    s = spec.load(ROOT / "schema")
    by_code = {e.code: e for e in s.errors}
    assert (
        by_code["RequestLimitExceeded.UinLimitExceeded"].parent_class == "RequestLimitExceededError"
    )
    assert (
        by_code["AuthFailure.SignatureFailure"].parent_class == "AuthFailureError"
    )  # family class
    assert by_code["AuthFailure"].scope == "common"
    assert by_code["InternalError"].retryable and not by_code["ResourceNotFound"].retryable


@pytest.mark.parametrize(
    ("wire", "attr"),
    [
        ("MediaProcessResultSet", "media_process_result_set"),
        ("KeyPTSList", "key_pts_list"),
        ("S3InputInfo", "s3_input_info"),
        ("Md5", "md5"),
    ],
)
def test_snake_case(wire: str, attr: str) -> None:
    assert naming.snake(wire) == attr


def test_check_mode_reports_drift(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = tmp_path / "tencent_mps"
    generate.build(stale)
    (stale / "enums.py").write_text("# hand edit\n", encoding="utf-8")
    monkeypatch.setattr(generate, "OUTPUT_DIR", stale)
    assert generate.main(["--check"]) == 1
    assert "drift: enums.py" in capsys.readouterr().out


def test_docstrings_carry_units_known_values_and_existing_enums(fresh: Path) -> None:
    import re

    import tencent_mps.enums as enums

    text = (fresh / "models" / "describe_task_detail_response.py").read_text(encoding="utf-8")
    assert "Known values (:class:`tencent_mps.enums.TaskStatus`); others may appear:" in text
    assert "``FINISH``: completed" in text
    docs = "".join(p.read_text(encoding="utf-8") for p in (fresh / "models").glob("*.py"))
    with_units = [
        (name, wire)
        for name, d in json.loads((ROOT / "schema" / "mps.schema.json").read_text())[
            "$defs"
        ].items()
        for wire, prop in d["properties"].items()
        if prop.get("x-unit")
    ]
    assert docs.count("\n    Unit: ") == len(with_units)  # one line per field with a unit
    referenced = set(re.findall(r"tencent_mps\.enums\.(\w+)", docs))
    assert referenced == set(enums.__all__)
    assert all(hasattr(enums, name) for name in referenced)
