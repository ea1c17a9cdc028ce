"""``make generate``: schema/ + runtime/ -> generated/tencent_mps, deterministic and formatted."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import headers, models, package, spec

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schema"
RUNTIME_DIR = ROOT / "runtime"
PACKAGE = "tencent_mps"
OUTPUT_DIR = ROOT / "generated" / PACKAGE


def build(pkg: Path) -> None:
    """Write the whole package into the (new) folder ``pkg``."""
    s = spec.load(SCHEMA_DIR)
    pkg.mkdir(parents=True)
    files: dict[str, str] = {}
    files.update(models.generate(s, SCHEMA_DIR))
    files.update(package.generate(s))
    files.update(_runtime_files())
    for rel, text in sorted(files.items()):
        path = pkg / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (pkg / "py.typed").write_text("", encoding="utf-8")
    _format(pkg)


def _runtime_files() -> dict[str, str]:
    """Copy the hand-written runtime verbatim, behind a header saying where it came from."""
    files = {}
    for src in sorted(RUNTIME_DIR.rglob("*.py")):
        rel = src.relative_to(RUNTIME_DIR).as_posix()
        header = headers.copied(f"runtime/{rel}")
        files[rel] = header + "\n" + src.read_text(encoding="utf-8")
    return files


def _format(out: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(ROOT / "pyproject.toml")]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", *config, str(out)], check=True)
    subprocess.run([*ruff, "format", "--quiet", *config, str(out)], check=True)


def _tree(root: Path) -> set[str]:
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def diff(a: Path, b: Path) -> list[str]:
    """Paths that differ between two trees (added, removed or changed)."""
    ta, tb = _tree(a), _tree(b)
    changed = [p for p in sorted(ta & tb) if not filecmp.cmp(a / p, b / p, shallow=False)]
    return sorted(ta ^ tb) + changed


def main(argv: list[str]) -> int:
    check = "--check" in argv
    with tempfile.TemporaryDirectory(prefix="tencent-mps-gen-") as tmp:
        fresh = Path(tmp) / PACKAGE
        build(fresh)
        if check:
            drift = (
                diff(fresh, OUTPUT_DIR)
                if OUTPUT_DIR.exists()
                else ["generated/tencent_mps is missing"]
            )
            if drift:
                print(
                    "generated/ is out of date with schema/, codegen/ or runtime/; run `make generate`."
                )
                for p in drift[:50]:
                    print("  drift:", p)
                return 1
            print("generated/ is up to date.")
            return 0
        if OUTPUT_DIR.exists():
            shutil.rmtree(OUTPUT_DIR)
        shutil.copytree(fresh, OUTPUT_DIR)
    print(f"wrote {len(_tree(OUTPUT_DIR))} files to generated/{PACKAGE}")
    return 0
