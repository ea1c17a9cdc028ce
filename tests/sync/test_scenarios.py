"""One upstream change at a time: the exact report, the schema after, and a second run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import Run, Schema, snapshot


def header(release: str, actions: str = "`DescribeWidget`") -> str:
    return f"Upstream: {release} (api.json, examples.json, errorcodes.py). Covered actions: {actions}.\n"


def assert_settled(run: Run, schema_dir: Path, release: str, **kw: object) -> None:
    """A second run with the same release changes no file, and --check passes."""
    before = snapshot(schema_dir)
    again = run(release, **kw)
    assert again.report.startswith("No changes.\n")
    assert not again.drift and again.written == ()
    assert snapshot(schema_dir) == before
    assert not run(release, check=True, **kw).drift


def test_base_release_is_in_sync(run: Run, schema_dir: Path) -> None:
    before = snapshot(schema_dir)
    result = run("base")
    assert result.report == "No changes.\n"
    assert snapshot(schema_dir) == before


def test_added_field(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("added_field")
    assert result.report == header("added_field") + (
        "\n"
        "### Fields\n"
        "\n"
        "- `Widget.Color`: added (string)\n"
        "\n"
        "### Known values\n"
        "\n"
        "- `Widget.Color`: values named enum `WidgetColor`\n"
        "\n"
        "### Needs description\n"
        "\n"
        "Placeholders: 1 field, 2 known values.\n"
        "\n"
        "- `Widget`: fields `Color`; known values of `Color`: `red`, `blue`\n"
        "\n"
        "### Needs review\n"
        "\n"
        "- new enum `WidgetColor` (values blue, red): check the name\n"
    )
    s = read()
    assert list(s.types["Widget"]["properties"]) == [
        "Name",
        "Color",
        "Parts",
        "Tags",
        "Duration",
        "Legacy",
    ]
    assert s.prop("Widget", "Color") == {
        "description": "`Color` of Widget: a string.",
        "x-needs-description": True,
        "type": "string",
        "x-known-values": {
            "red": "Documented value red; meaning not described yet.",
            "blue": "Documented value blue; meaning not described yet.",
        },
        "x-enum-name": "WidgetColor",
        "examples": ["red"],
    }
    assert s.prop("Widget", "Name")["description"] == "Ours: Widget.Name."
    assert s.types["Widget"]["description"] == "Ours: the Widget type."
    assert "x-needs-description" not in s.types["Widget"]
    assert_settled(run, schema_dir, "added_field")


def test_removed_field(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("removed_field")
    assert result.report == header("removed_field") + (
        "\n### Fields\n\n- `Part.Label`: removed upstream (kept, deprecated)\n"
    )
    label = read().prop("Part", "Label")
    assert label == {
        "description": "Ours: Part.Label.",
        "type": "string",
        "examples": ["bolt"],
        "deprecated": True,
        "x-removed-upstream": "removed_field",
    }
    assert_settled(run, schema_dir, "removed_field")
    # Back in a later release: the marks go, the description stays.
    assert "Part.Label`: back upstream" in run("base").report
    assert read().prop("Part", "Label") == {
        "description": "Ours: Part.Label.",
        "type": "string",
        "examples": ["bolt"],
    }


def test_kind_change(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("kind_change")
    assert result.report == header("kind_change") + (
        "\n"
        "### Kinds\n"
        "\n"
        "- `Part.PartId`: integer -> string\n"
        "\n"
        "### Examples\n"
        "\n"
        "- `DescribeWidgetResponse`: example of the documented calls changed\n"
        "- `Part`: field examples changed for `PartId`\n"
    )
    s = read()
    assert s.prop("Part", "PartId") == {
        "description": "Ours: Part.PartId.",
        "type": "string",
        "examples": ["p-7"],
        "x-always-present": True,
    }
    widget = s.types["DescribeWidgetResponse"]["examples"][0]["Widget"]
    assert widget["Parts"] == [{"PartId": "p-7", "Label": "bolt"}]
    assert_settled(run, schema_dir, "kind_change")


def test_nullability_change(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("nullability_change")
    assert result.report == header("nullability_change") + (
        "\n"
        "### Nullability\n"
        "\n"
        "- `DescribeWidgetResponse.Widget`: no longer nullable\n"
        "- `Widget.Duration`: now nullable\n"
    )
    s = read()
    assert s.prop("DescribeWidgetResponse", "Widget") == {
        "description": "Ours: DescribeWidgetResponse.Widget.",
        "$ref": "#/$defs/Widget",
        "x-always-present": True,
    }
    duration = s.prop("Widget", "Duration")
    assert duration["type"] == ["number", "null"] and duration["x-unit"] == "s"
    assert_settled(run, schema_dir, "nullability_change")


def test_null_in_a_documented_response_makes_a_field_nullable(read: Callable[[], Schema]) -> None:
    # Widget.Tags is null in the DescribeWidget example; upstream also allows null there.
    assert read().prop("Widget", "Tags")["type"] == ["array", "null"]


def test_required_change(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("required_change")
    assert result.report == header("required_change") + (
        "\n"
        "### Required\n"
        "\n"
        "- `DescribeWidgetRequest.WidgetId`: no longer required in requests\n"
        "- `Part.Label`: now always present in responses\n"
        "- `Widget.Name`: no longer always present in responses\n"
    )
    s = read()
    assert "x-request-required" not in s.prop("DescribeWidgetRequest", "WidgetId")
    assert s.prop("Part", "Label")["x-always-present"] is True
    assert "x-always-present" not in s.prop("Widget", "Name")
    assert_settled(run, schema_dir, "required_change")


def test_new_type(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("new_type")
    assert result.report == header("new_type") + (
        "\n"
        "### Types\n"
        "\n"
        "- `Owner`: added (3 fields)\n"
        "\n"
        "### Fields\n"
        "\n"
        "- `Widget.Owner`: added (Owner)\n"
        "\n"
        "### Known values\n"
        "\n"
        "- `Owner.Kind`: values named enum `OwnerKind`\n"
        "\n"
        "### Needs description\n"
        "\n"
        "Placeholders: 1 type, 4 fields, 2 known values.\n"
        "\n"
        "- `Owner`: the type; fields `OwnerId`, `Since`, `Kind`; known values of `Kind`: `PERSON`, `TEAM`\n"
        "- `Widget`: fields `Owner`\n"
        "\n"
        "### Needs review\n"
        "\n"
        "- new enum `OwnerKind` (values PERSON, TEAM): check the name\n"
    )
    s = read()
    assert list(s.types) == sorted(s.types)
    assert s.types["Owner"] == {
        "type": "object",
        "title": "Owner",
        "description": "Owner (object with 3 fields).",
        "x-needs-description": True,
        "properties": {
            "OwnerId": {
                "description": "`OwnerId` of Owner: a string.",
                "x-needs-description": True,
                "type": "string",
                "examples": ["o-1"],
                "x-always-present": True,
            },
            "Since": {
                "description": "`Since` of Owner: an integer (unit: s).",
                "x-needs-description": True,
                "type": "integer",
                "x-unit": "s",
                "examples": [3600],
            },
            "Kind": {
                "description": "`Kind` of Owner: a string.",
                "x-needs-description": True,
                "type": "string",
                "x-known-values": {
                    "PERSON": "Documented value PERSON; meaning not described yet.",
                    "TEAM": "Documented value TEAM; meaning not described yet.",
                },
                "x-enum-name": "OwnerKind",
                "examples": ["PERSON"],
                "x-always-present": True,
            },
        },
    }
    assert s.prop("Widget", "Owner") == {
        "description": "`Owner` of Widget: an Owner object, may be null.",
        "x-needs-description": True,
        "anyOf": [{"$ref": "#/$defs/Owner"}, {"type": "null"}],
    }
    assert_settled(run, schema_dir, "new_type")


def test_new_action(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    actions = ["ListWidgets", "DescribeWidget"]
    result = run("new_action", actions=actions)
    assert result.report == header("new_action", "`DescribeWidget`, `ListWidgets`") + (
        "\n"
        "### Actions\n"
        "\n"
        "- `ListWidgets`: added\n"
        "\n"
        "### Types\n"
        "\n"
        "- `ListWidgetsRequest`: added (2 fields)\n"
        "- `ListWidgetsResponse`: added (3 fields)\n"
        "\n"
        "### Needs description\n"
        "\n"
        "Placeholders: 2 types, 5 fields, 1 operation.\n"
        "\n"
        "- `ListWidgetsRequest`: the type; fields `Offset`, `Limit`\n"
        "- `ListWidgetsResponse`: the type; fields `WidgetSet`, `TotalCount`, `RequestId`\n"
        "- operation `ListWidgets`\n"
        "\n"
        "### Needs review\n"
        "\n"
        "- new operation `ListWidgets`: decided by rule, review: `x-tc-idempotent` true;"
        ' `x-tc-rate-limit-per-second` null; `x-tc-pagination` {"items": "WidgetSet",'
        ' "limit": "Limit", "max-page-size": 100, "method": "iter_widgets", "offset": "Offset",'
        ' "style": "offset-limit", "total": "TotalCount"}\n'
    )
    s = read()
    assert list(s.openapi["paths"]) == ["/#X-TC-Action=DescribeWidget", "/#X-TC-Action=ListWidgets"]
    op = s.operation("ListWidgets")
    assert list(op)[:6] == [
        "operationId",
        "summary",
        "description",
        "x-needs-description",
        "x-tc-action",
        "x-tc-version",
    ]
    assert op["summary"] == "Call the MPS action ListWidgets."
    assert op["parameters"][0]["schema"]["const"] == "ListWidgets"
    assert op["parameters"][1:] == s.operation("DescribeWidget")["parameters"][1:]
    body = op["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "mps.schema.json#/$defs/ListWidgetsRequest"}
    envelope = op["responses"]["200"]["content"]["application/json"]["schema"]["oneOf"][0]
    assert envelope["properties"]["Response"] == {
        "$ref": "mps.schema.json#/$defs/ListWidgetsResponse"
    }
    # Decided by rule (sync.policy), then ours: a listing is read-only and pages.
    assert op["x-tc-idempotent"] is True and op["x-tc-rate-limit-per-second"] is None
    assert op["x-tc-pagination"]["method"] == "iter_widgets"
    assert op["x-tc-pagination"]["max-page-size"] == 100
    # Ours on the existing operation is kept.
    described = s.operation("DescribeWidget")
    assert described["x-tc-idempotent"] is True
    assert described["summary"] == "Ours: get a widget."
    # Documented calls: "Limit": "10" becomes 10; the response with Chinese text is dropped.
    assert s.types["ListWidgetsRequest"]["examples"] == [{"Offset": 0, "Limit": 10}, {"Offset": 0}]
    assert s.types["ListWidgetsResponse"]["examples"] == [
        {"WidgetSet": [], "TotalCount": 0, "RequestId": "req-2"}
    ]
    assert_settled(run, schema_dir, "new_action", actions=actions)


def test_covered_actions_shrink(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    run("new_action", actions=["DescribeWidget", "ListWidgets"])
    result = run("new_action", actions=["ListWidgets"])
    assert "### Actions\n\n- `DescribeWidget`: no longer covered: removed from the schema\n" in (
        result.report
    )
    assert (
        "### Types\n\n"
        "- `DescribeWidgetRequest`: no longer reached by the covered actions: removed\n"
        "- `DescribeWidgetResponse`: no longer reached by the covered actions: removed\n"
    ) in result.report
    s = read()
    assert sorted(s.types) == ["ListWidgetsRequest", "ListWidgetsResponse", "Part", "Widget"]
    assert list(s.openapi["paths"]) == ["/#X-TC-Action=ListWidgets"]
    assert "deprecated" not in s.types["Widget"]


def test_new_error_code(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("new_error_code")
    assert result.report == header("new_error_code") + (
        "\n"
        "### Error codes\n"
        "\n"
        "- `FailedOperation`: added `FailedOperation.WidgetLocked`\n"
        "- `FailedOperation`: removed upstream (kept, deprecated): `FailedOperation.WidgetMissing`\n"
        "- `ResourceUnavailable`: added `ResourceUnavailable.WidgetBusy`\n"
        "\n"
        "### Needs description\n"
        "\n"
        "Placeholders: 2 error codes.\n"
        "\n"
        "- error codes `FailedOperation`: `FailedOperation.WidgetLocked`\n"
        "- error codes `ResourceUnavailable`: `ResourceUnavailable.WidgetBusy`\n"
    )
    s = read()
    codes = [e["code"] for e in s.openapi["x-tc-error-codes"]]
    assert codes == sorted(codes)
    assert s.error("FailedOperation.WidgetLocked") == {
        "code": "FailedOperation.WidgetLocked",
        "description": "Error code FailedOperation.WidgetLocked: widget locked.",
        "x-needs-description": True,
        "retryable": False,
        "scope": "service",
    }
    assert s.error("ResourceUnavailable.WidgetBusy")["retryable"] is True
    assert s.error("FailedOperation.WidgetMissing") == {
        "code": "FailedOperation.WidgetMissing",
        "description": "Ours: FailedOperation.WidgetMissing.",
        "retryable": False,
        "scope": "service",
        "deprecated": True,
        "x-removed-upstream": "new_error_code",
    }
    # Ours: a retryable flag and the common codes, which errorcodes.py does not list.
    assert s.error("ResourceNotFound.Widget")["retryable"] is True
    assert s.error("RequestLimitExceeded")["scope"] == "common"
    assert_settled(run, schema_dir, "new_error_code")


def test_without_errorcodes_py_the_list_stays(run: Run, schema_dir: Path, tmp_path: Path) -> None:
    from shutil import copy

    from sync.run import sync
    from sync.upstream import read_directory

    from .conftest import TODAY, UPSTREAM

    folder = tmp_path / "no-codes"
    folder.mkdir()
    for name in ("api.json", "examples.json"):
        copy(UPSTREAM / "new_error_code" / name, folder / name)
    before = snapshot(schema_dir)
    result = sync(schema_dir, read_directory(folder), today=TODAY)
    assert result.report == "No changes.\n"
    assert snapshot(schema_dir) == before


def test_new_known_value(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("new_known_value")
    assert result.report == header("new_known_value") + (
        "\n"
        "### Known values\n"
        "\n"
        "- `DescribeWidgetResponse.Status`: added `PENDING`\n"
        "\n"
        "### Needs description\n"
        "\n"
        "Placeholders: 1 known value.\n"
        "\n"
        "- `DescribeWidgetResponse`: known values of `Status`: `PENDING`\n"
        "\n"
        "### Needs review\n"
        "\n"
        "- values of enum `WidgetStatus` changed at `DescribeWidgetResponse.Status`: +PENDING;"
        " the enum keeps its name\n"
    )
    status = read().prop("DescribeWidgetResponse", "Status")
    assert status == {
        "description": "Ours: DescribeWidgetResponse.Status.",
        "x-needs-description": True,
        "type": "string",
        "x-known-values": {
            "ACTIVE": "ours: active",
            "RETIRED": "ours: retired",
            "PENDING": "Documented value PENDING; meaning not described yet.",
        },
        "x-enum-name": "WidgetStatus",
        "examples": ["ACTIVE"],
        "x-always-present": True,
    }
    assert_settled(run, schema_dir, "new_known_value")
    # A value gone upstream goes, with its meaning; the enum name (ours) stays.
    assert "- `DescribeWidgetResponse.Status`: removed `PENDING`\n" in run("base").report


def test_changed_example(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("changed_example")
    assert result.report == header("changed_example") + (
        "\n"
        "### Examples\n"
        "\n"
        "- `DescribeWidgetResponse`: example of the documented calls changed\n"
        "- `Part`: field examples changed for `Label`\n"
    )
    s = read()
    assert s.types["DescribeWidgetResponse"]["examples"][0]["Size"] == 2048
    assert s.prop("Part", "Label")["examples"] == ["nut"]
    assert_settled(run, schema_dir, "changed_example")


def test_unit_change(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("unit_change")
    assert result.report == header("unit_change") + "\n### Units\n\n- `Widget.Duration`: s -> ms\n"
    assert read().prop("Widget", "Duration")["x-unit"] == "ms"
    assert_settled(run, schema_dir, "unit_change")


def test_removed_type(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("removed_type")
    assert result.report == header("removed_type") + (
        "\n"
        "### Types\n"
        "\n"
        "- `Part`: removed upstream (kept, deprecated)\n"
        "\n"
        "### Fields\n"
        "\n"
        "- `Widget.Parts`: removed upstream (kept, deprecated)\n"
        "\n"
        "### Examples\n"
        "\n"
        "- `DescribeWidgetResponse`: example of the documented calls changed\n"
    )
    s = read()
    assert s.types["Part"]["deprecated"] is True
    assert s.types["Part"]["x-removed-upstream"] == "removed_type"
    assert s.types["Part"]["description"] == "Ours: the Part type."
    assert s.prop("Widget", "Parts")["items"] == {"$ref": "#/$defs/Part"}
    assert_settled(run, schema_dir, "removed_type")


def test_removed_action(run: Run, read: Callable[[], Schema], schema_dir: Path) -> None:
    result = run("removed_action")
    assert result.report.startswith(
        header("removed_action")
        + "\n### Actions\n\n- `DescribeWidget`: removed upstream (kept, deprecated)\n"
    )
    op = read().operation("DescribeWidget")
    assert op["deprecated"] is True and op["x-removed-upstream"] == "removed_action"
    assert op["x-tc-idempotent"] is True
    assert_settled(run, schema_dir, "removed_action")


def test_unknown_action_is_an_error(run: Run) -> None:
    from sync.operations import OperationError

    with pytest.raises(OperationError, match="NoSuchAction"):
        run("base", actions=["DescribeWidget", "NoSuchAction"])


@pytest.mark.parametrize(
    "release",
    ["added_field", "removed_field", "kind_change", "new_type", "new_error_code", "removed_type"],
)
def test_check_fails_on_drift_and_writes_nothing(run: Run, schema_dir: Path, release: str) -> None:
    before = snapshot(schema_dir)
    checked = run(release, check=True)
    assert checked.drift and checked.written == ()
    assert snapshot(schema_dir) == before
    assert checked.report == run(release).report  # the same report a sync prints
    assert not run(release, check=True).drift


def test_changes_md_gets_each_report_newest_first(run: Run, schema_dir: Path) -> None:
    first = run("added_field")
    second = run("unit_change")
    text = (schema_dir / "CHANGES.md").read_text(encoding="utf-8")
    assert text.startswith("# Changes to schema/\n")
    newest = text.index("## unit_change, 2026-01-02\n\n" + second.report)
    older = text.index("## added_field, 2026-01-02\n\n" + first.report)
    assert newest < older
    assert run("unit_change").written == ()  # "No changes." writes no CHANGES.md entry
    assert (schema_dir / "CHANGES.md").read_text(encoding="utf-8") == text


def test_a_new_code_whose_class_clashes_gets_a_placeholder_class_name(
    run: Run, read: Callable[[], Schema], schema_dir: Path
) -> None:
    result = run("class_clash")
    assert result.report == header("class_clash") + (
        "\n"
        "### Error codes\n"
        "\n"
        "- `Resource`: added `Resource.NotFoundWidget`\n"
        "- `Resource`: class of `Resource.NotFoundWidget` named `Resource_NotFoundWidgetError`\n"
        "\n"
        "### Needs description\n"
        "\n"
        "Placeholders: 1 error code.\n"
        "\n"
        "- error codes `Resource`: `Resource.NotFoundWidget`\n"
        "\n"
        "### Needs review\n"
        "\n"
        "- error code `Resource.NotFoundWidget`: its default class is another code's, so sync"
        " named it `Resource_NotFoundWidgetError` (a placeholder `class-name`)\n"
    )
    s = read()
    assert s.error("Resource.NotFoundWidget")["class-name"] == "Resource_NotFoundWidgetError"
    assert "class-name" not in s.error("ResourceNotFound.Widget")  # ours: untouched
    assert_settled(run, schema_dir, "class_clash")


def test_from_an_empty_schema(tmp_path: Path) -> None:
    import shutil

    from sync.run import sync
    from sync.upstream import read_directory

    from .conftest import FIXTURES, TODAY, UPSTREAM

    target = tmp_path / "schema"
    shutil.copytree(FIXTURES / "skeleton", target)
    result = sync(target, read_directory(UPSTREAM / "base"), today=TODAY)
    assert "Placeholders: 4 types, 13 fields, 2 known values, 1 operation, 2 error codes." in (
        result.report
    )
    s = Schema(target)
    assert sorted(s.types) == ["DescribeWidgetRequest", "DescribeWidgetResponse", "Part", "Widget"]
    assert s.types["DescribeWidgetRequest"]["description"] == (
        "Request of the MPS action DescribeWidget (object with 1 field)."
    )
    op = s.operation("DescribeWidget")  # from the built-in template: no operation to copy
    assert op["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "mps.schema.json#/$defs/DescribeWidgetRequest"
    }
    assert op["responses"]["200"]["content"]["application/json"]["schema"]["oneOf"][1] == {
        "$ref": "#/components/schemas/ErrorEnvelope"
    }
    assert sync(target, read_directory(UPSTREAM / "base"), today=TODAY).report.startswith(
        "No changes.\n\n### Needs description\n"
    )
