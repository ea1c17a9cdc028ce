"""Reading upstream: folders, wheels in the cache (fetched only when missing), errorcodes.py."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from sync import paths
from sync.run import sync
from sync.upstream import (
    Pins,
    UpstreamError,
    parse_error_codes,
    read_directory,
    read_pinned,
)

from .conftest import FIXTURES, TODAY, UPSTREAM, snapshot

REPO_SCHEMA = paths.SCHEMA_DIR


def test_error_codes_are_parsed_not_imported() -> None:
    source = (
        "# -*- coding: utf8 -*-\nimport sys\nsys.exit('imported!')\n\n"
        "# A comment.\nFAILEDOPERATION = 'FailedOperation'\n"
        "INTERNALERROR_X = 'InternalError.X'\nNOT_A_CODE = 3\n"
    )
    assert parse_error_codes(source) == ("FailedOperation", "InternalError.X")


def test_read_directory() -> None:
    upstream = read_directory(UPSTREAM / "base")
    assert upstream.release == "base"
    assert set(upstream.api["actions"]) == {"DescribeWidget", "ListWidgets"}
    assert upstream.error_codes == (
        "FailedOperation",
        "FailedOperation.WidgetMissing",
        "InternalError",
        "ResourceNotFound.Widget",
    )


def _wheel(path: Path, members: dict[str, str]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)


def _fake_release(cache: Path) -> None:
    base = UPSTREAM / "base"
    _wheel(
        cache / "tccli-9.9.9-py2.py3-none-any.whl",
        {
            paths.API_MEMBER: (base / "api.json").read_text(),
            paths.EXAMPLES_MEMBER: (base / "examples.json").read_text(),
        },
    )
    _wheel(
        cache / "tencentcloud_sdk_python_mps-9.9.8-py2.py3-none-any.whl",
        {paths.ERRORCODES_MEMBER: (base / "errorcodes.py").read_text()},
    )


def test_pinned_wheels_are_downloaded_only_when_missing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    requested: list[str] = []

    def download(requirement: str, dest: Path) -> None:
        requested.append(requirement)
        dest.mkdir(parents=True, exist_ok=True)
        _fake_release(dest)

    pins = Pins("9.9.9", "9.9.8", ("DescribeWidget",))
    first = read_pinned(pins, cache, download)
    assert requested == ["tccli==9.9.9"]  # both wheels came with the first download
    assert first.release == "tccli 9.9.9"
    assert first.errorcodes_release == "tencentcloud-sdk-python-mps 9.9.8"
    assert first.error_codes is not None and "ResourceNotFound.Widget" in first.error_codes
    second = read_pinned(pins, cache, download)
    assert requested == ["tccli==9.9.9"]
    assert second == first


def test_pinned_release_synced_from_the_cache(tmp_path: Path, schema_dir: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    _fake_release(cache)

    def no_network(requirement: str, dest: Path) -> None:
        raise AssertionError(f"downloaded {requirement}")

    pins = Pins("9.9.9", "9.9.8", ("DescribeWidget",))
    result = sync(schema_dir, read_pinned(pins, cache, no_network), today=TODAY)
    assert result.report == "No changes.\n"


def test_a_failed_download_is_an_error(tmp_path: Path) -> None:
    def download(requirement: str, dest: Path) -> None:
        pass  # pip "succeeded" but left nothing

    with pytest.raises(UpstreamError, match=re.escape("no wheel of tccli==1.0")):
        read_pinned(Pins("1.0", "1.0", ()), tmp_path, download)


def test_pins_are_read_from_upstream_json() -> None:
    pins = Pins.read(FIXTURES / "schema")
    assert pins == Pins("0.0.0", "0.0.0", ("DescribeWidget",))


def _cached_pinned_wheels() -> Path | None:
    """The real pinned wheels, when an earlier ``make sync`` left them in the cache."""
    pins = Pins.read(REPO_SCHEMA)
    wanted = [f"tccli-{pins.tccli}-", f"tencentcloud_sdk_python_mps-{pins.sdk}-"]
    cache = paths.CACHE_DIR
    if not cache.is_dir():
        return None
    names = [p.name for p in cache.iterdir()]
    if all(any(n.startswith(w) for n in names) for w in wanted):
        return cache
    return None


@pytest.mark.skipif(_cached_pinned_wheels() is None, reason="the pinned wheels are not cached")
def test_real_release_twice_changes_nothing_the_second_time(tmp_path: Path) -> None:
    """On a copy of schema/: sync with the pinned release, then again: no changes, no writes."""
    target = tmp_path / "schema"
    shutil.copytree(REPO_SCHEMA, target)

    def no_network(requirement: str, dest: Path) -> None:
        raise AssertionError(f"downloaded {requirement}")

    upstream = read_pinned(Pins.read(target), paths.CACHE_DIR, no_network)
    sync(target, upstream, today=TODAY)
    before = snapshot(target)
    again = sync(target, upstream, today=TODAY)
    assert again.report.startswith("No changes.\n") and not again.drift
    assert snapshot(target) == before
    schema = json.loads((target / paths.SCHEMA_FILE).read_text(encoding="utf-8"))
    for name, definition in schema["$defs"].items():
        assert definition["description"], name
        for field, prop in definition["properties"].items():
            assert prop["description"], f"{name}.{field}"
