"""The upstream API description: the pinned wheels (downloaded once into a cache) or a folder.

Nothing upstream is installed or imported: ``api.json`` and ``examples.json`` are read straight
out of the ``tccli`` wheel, and the error codes are parsed out of the official SDK's
``errorcodes.py`` with :mod:`ast`.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import paths
from .corrections import Correction, CorrectionsError, parse


class UpstreamError(Exception):
    """The upstream description could not be fetched or read."""


@dataclass(frozen=True)
class Pins:
    """What ``schema/upstream.json`` says: the pinned releases and the covered actions."""

    tccli: str
    sdk: str
    actions: tuple[str, ...]
    corrections: tuple[Correction, ...] = ()  # misread upstream values, see sync.corrections

    @classmethod
    def read(cls, schema_dir: Path) -> Pins:
        path = schema_dir / paths.UPSTREAM_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                tccli=str(data[paths.TCCLI]),
                sdk=str(data[paths.SDK]),
                actions=tuple(str(a) for a in data["actions"]),
                corrections=parse(data),
            )
        except (OSError, ValueError, KeyError, TypeError, CorrectionsError) as exc:
            raise UpstreamError(f"{path}: {exc}") from exc


@dataclass(frozen=True)
class Upstream:
    """One upstream release, as sync needs it."""

    release: str  # names the release in the report and in x-removed-upstream
    errorcodes_release: str  # the same for the error codes (the SDK has its own version)
    api: dict[str, Any]
    examples: dict[str, Any]
    error_codes: tuple[str, ...] | None  # None: not given, the schema's list stays as it is


def parse_error_codes(source: str) -> tuple[str, ...]:
    """The error code strings assigned at the top level of an ``errorcodes.py``, sorted."""
    codes: set[str] = set()
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            codes.add(node.value.value)
    return tuple(sorted(codes))


def _json(text: str, where: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise UpstreamError(f"{where}: not JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise UpstreamError(f"{where}: not a JSON object")
    return value


def read_directory(folder: Path) -> Upstream:
    """``api.json``, ``examples.json`` and, when present, ``errorcodes.py`` from a folder."""
    try:
        api = _json((folder / paths.API_FILE).read_text(encoding="utf-8"), str(folder))
        examples_path = folder / paths.EXAMPLES_FILE
        examples = (
            _json(examples_path.read_text(encoding="utf-8"), str(examples_path))
            if examples_path.exists()
            else {"actions": {}}
        )
        codes_path = folder / paths.ERRORCODES_FILE
        codes = (
            parse_error_codes(codes_path.read_text(encoding="utf-8"))
            if codes_path.exists()
            else None
        )
    except (OSError, SyntaxError) as exc:
        raise UpstreamError(f"{folder}: {exc}") from exc
    name = folder.resolve().name
    return Upstream(name, name, api, examples, codes)


Downloader = Callable[[str, Path], None]


def pip_download(requirement: str, dest: Path) -> None:
    """``python -m pip download --no-deps <requirement> -d <dest>``."""
    dest.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet"]
    command += [requirement, "-d", str(dest)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise UpstreamError(f"pip download {requirement} failed:\n{done.stderr.strip()}")


def _wheel_pattern(project: str, version: str) -> re.Pattern[str]:
    name = re.sub(r"[-_.]+", "_", project)
    return re.compile(rf"{re.escape(name)}-{re.escape(version)}-.*\.whl", re.IGNORECASE)


def cached_wheel(project: str, version: str, cache: Path, download: Downloader) -> Path:
    """The wheel of ``project==version`` in ``cache``, downloaded first when it is not there."""
    pattern = _wheel_pattern(project, version)

    def find() -> Path | None:
        if not cache.is_dir():
            return None
        found = sorted(p for p in cache.iterdir() if pattern.fullmatch(p.name))
        return found[0] if found else None

    wheel = find()
    if wheel is None:
        download(f"{project}=={version}", cache)
        wheel = find()
    if wheel is None:
        raise UpstreamError(f"no wheel of {project}=={version} in {cache}")
    return wheel


def wheel_member(wheel: Path, member: str) -> str:
    """The text of one file inside a wheel."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            return archive.read(member).decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile) as exc:
        raise UpstreamError(f"{wheel.name}: cannot read {member}: {exc}") from exc


def read_pinned(pins: Pins, cache: Path, download: Downloader = pip_download) -> Upstream:
    """The pinned ``tccli`` and SDK releases, from wheels in ``cache`` (fetched when missing)."""
    tccli = cached_wheel(paths.TCCLI, pins.tccli, cache, download)
    sdk = cached_wheel(paths.SDK, pins.sdk, cache, download)
    return Upstream(
        release=f"{paths.TCCLI} {pins.tccli}",
        errorcodes_release=f"{paths.SDK} {pins.sdk}",
        api=_json(wheel_member(tccli, paths.API_MEMBER), paths.API_MEMBER),
        examples=_json(wheel_member(tccli, paths.EXAMPLES_MEMBER), paths.EXAMPLES_MEMBER),
        error_codes=parse_error_codes(wheel_member(sdk, paths.ERRORCODES_MEMBER)),
    )
