"""After sync, `make generate` works at once (placeholders included) and the models follow the facts."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from codegen import generate

from .conftest import Run


@pytest.fixture()
def package(tmp_path: Path) -> Iterator[object]:
    """Generate the tmp schema into a package named after the test, and import it."""
    made: list[str] = []

    def build(schema_dir: Path, name: str) -> ModuleType:
        out = tmp_path / "pkgs" / name
        generate.build(out, schema_dir=schema_dir, facades={})
        sys.path.insert(0, str(out.parent))
        made.append(name)
        return importlib.import_module(name)

    yield build
    for name in made:
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]
    sys.path[:] = [p for p in sys.path if not p.startswith(str(tmp_path))]


def test_an_added_field_is_typed_at_once(run: Run, schema_dir: Path, package: object) -> None:
    run("added_field")
    api = package(schema_dir, "widget_added_field")  # type: ignore[operator]
    widget = api.models.Widget.from_dict({"Name": "gear", "Color": "red"})
    assert widget.color == "red" and widget.unknown_fields is None
    assert "Color" in api.models.Widget.WIRE_NAMES.values()


def test_a_removed_field_is_kept_and_marked_deprecated(
    run: Run, schema_dir: Path, package: object
) -> None:
    run("removed_field")
    api = package(schema_dir, "widget_removed_field")  # type: ignore[operator]
    part = api.models.Part.from_dict({"Label": "bolt"})
    assert part.label == "bolt"  # code using it keeps working
    module = importlib.import_module(f"{api.__name__}.models.part")
    doc = Path(module.__file__ or "").read_text(encoding="utf-8")
    assert "removed from the API in upstream release removed_field" in doc


def test_a_kind_change_changes_the_decoder(run: Run, schema_dir: Path, package: object) -> None:
    run("kind_change")
    api = package(schema_dir, "widget_kind_change")  # type: ignore[operator]
    assert api.models.Part.from_dict({"PartId": "p-7"}).part_id == "p-7"
    with pytest.raises(api.errors.DecodeError) as info:
        api.models.Part.from_dict({"PartId": 7})
    assert info.value.path == "PartId"


def test_a_new_type_a_new_action_and_a_new_error_code(
    run: Run, schema_dir: Path, package: object
) -> None:
    run("new_type")
    run("new_action", actions=["DescribeWidget", "ListWidgets"])
    run("new_error_code", actions=["DescribeWidget", "ListWidgets"])
    api = package(schema_dir, "widget_new_things")  # type: ignore[operator]
    assert hasattr(api.Client, "list_widgets")
    assert api.errors.error_class_for("FailedOperation.WidgetLocked").__name__ == (
        "FailedOperationWidgetLockedError"
    )
