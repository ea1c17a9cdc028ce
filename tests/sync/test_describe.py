"""`python -m sync describe`: the to-do list of placeholders, and descriptions written back."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from sync import describe
from sync.upstream import read_directory

from .conftest import UPSTREAM, Run, Schema


def test_export_lists_placeholders_with_their_upstream_text(run: Run, schema_dir: Path) -> None:
    run("added_field")
    api = read_directory(UPSTREAM / "added_field").api
    todo = describe.export(schema_dir, api)
    field = todo["fields"]["Widget.Color"]
    assert field["placeholder"] == "`Color` of Widget: a string."
    assert field["facts"]["type"] == "string"
    assert field["upstream"]  # the writer's context (never committed)
    assert todo["values"]["Widget.Color"]["values"] == ["blue", "red"]
    assert todo["types"] == {} and todo["operations"] == {} and todo["errors"] == {}


def test_apply_writes_descriptions_and_settles_the_marks(
    run: Run, read: Callable[[], Schema], schema_dir: Path
) -> None:
    run("added_field")
    described = {"fields": {"Widget.Color": "Paint colour of the widget."}}
    assert describe.apply(schema_dir, described) == 1
    prop = read().prop("Widget", "Color")
    assert prop["description"] == "Paint colour of the widget."
    assert prop["x-needs-description"] is True  # the value meanings are still placeholders
    values = {"values": {"Widget.Color": {"red": "a warm colour", "blue": "a cold colour"}}}
    assert describe.apply(schema_dir, values) == 2
    prop = read().prop("Widget", "Color")
    assert "x-needs-description" not in prop
    assert prop["x-known-values"] == {"red": "a warm colour", "blue": "a cold colour"}
    assert run("added_field").report.count("No changes.") == 1  # facts untouched


@pytest.mark.parametrize(
    ("descriptions", "message"),
    [
        ({"fields": {"Widget.Nope": "A field."}}, "Widget.Nope: no such field"),
        ({"types": {"Gadget": "A gadget type."}}, "Gadget: no such type"),
        ({"fields": {"Widget.Name": "The \u540d\u79f0 field."}}, "written in English"),
        ({"errors": {"NoSuchCode": "Nothing."}}, "NoSuchCode: no such error code"),
        ({"types": {"Widget": ""}}, "must be a sentence"),
    ],
)
def test_apply_refuses_what_it_cannot_place(
    schema_dir: Path, descriptions: dict[str, object], message: str
) -> None:
    before = (schema_dir / "mps.schema.json").read_bytes()
    with pytest.raises(describe.DescribeError, match=message):
        describe.apply(schema_dir, descriptions)
    assert (schema_dir / "mps.schema.json").read_bytes() == before


def test_error_comments_are_read_from_errorcodes_py() -> None:
    source = "# first line\n# second\nFOO_BAR = 'Foo.Bar'\n\nBAZ = 'Baz'\n"
    assert describe.error_comments(source) == {"Foo.Bar": "first line second", "Baz": ""}
    assert json.dumps(describe.error_comments("X = 'x'")) == '{"x": ""}'
