"""``make generate``: schema/ -> generated/tencent_mps, deterministic and formatted.

``python -m codegen`` writes the package; ``--check`` only reports drift; ``--schema DIR`` and
``--out DIR`` generate from another schema folder into another place (the golden tests do).
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from . import build as spec
from . import commands, headers
from .ir import Api
from .render import render

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schema"
PACKAGE = "tencent_mps"
OUTPUT_DIR = ROOT / "generated" / PACKAGE

#: Public modules of the package whose code is hand-written (runtime/): generated file ->
#: (module it re-exports, what it is). Users import the public name; the code lives once. A
#: ``__main__.py`` runs the ``main``-like function named after the colon instead.
FACADES: dict[str, tuple[str, str]] = {
    "__main__.py": ("tencent_mps_lib.cli:main", "``python -m tencent_mps``: the command line."),
    "cli.py": ("tencent_mps_lib.cli", "The ``tencent-mps`` command line."),
    "credentials.py": (
        "tencent_mps_core.credentials",
        "Credentials and their providers (CVM instance role, STS AssumeRole, TKE OIDC), and the "
        "default chain that finds them.",
    ),
    "notifications.py": (
        "tencent_mps_lib.notifications",
        "Event notifications pushed by MPS: verify, parse and receive them.",
    ),
    "testing/__init__.py": (
        "tencent_mps_lib.testing",
        "Test support: a local MPS emulator that any client, the official SDK's included, can call.",
    ),
    "testing/__main__.py": (
        "tencent_mps_lib.testing.serve:serve",
        "``python -m tencent_mps.testing``: run the emulator standalone.",
    ),
    "testing/pytest_plugin.py": (
        "tencent_mps_lib.testing.pytest_plugin",
        "pytest plugin: the ``mps_emulator`` fixture.",
    ),
}


def render_package(api: Api, facades: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    """Every file of the package: relative path -> text (before formatting)."""
    schema, openapi = spec.SCHEMA_FILE, spec.OPENAPI_FILE
    types = list(api.types.values())
    files: dict[str, str] = {}

    def add(path: str, template: str, *sources: str, **context: object) -> None:
        header = headers.generated(template, *sources)
        context.setdefault("api", api)
        context.setdefault("types", api.types)
        context.setdefault("openapi_file", openapi)
        files[path] = render(template, header=header, **context)

    for t in types:
        add(f"models/{t.module}.py", "tencent_mps/models/model.py.jinja2", schema, t=t)
    add("models/__init__.py", "tencent_mps/models/__init__.py.jinja2", schema, types=types)
    add("models/_registry.py", "tencent_mps/models/_registry.py.jinja2", schema, types=types)
    add("__init__.py", "tencent_mps/__init__.py.jinja2", openapi)
    add("_service.py", "tencent_mps/_service.py.jinja2", openapi)
    add("errors.py", "tencent_mps/errors.py.jinja2", openapi, errors=api.errors)
    add("enums.py", "tencent_mps/enums.py.jinja2", schema, enums=api.enums)
    add("examples.py", "tencent_mps/examples.py.jinja2", schema, types=types)
    add("operations.py", "tencent_mps/operations.py.jinja2", openapi, schema)
    add("_loops.py", "tencent_mps/_loops.py.jinja2", openapi)
    add(
        "_commands.py",
        "tencent_mps/_commands.py.jinja2",
        openapi,
        schema,
        table=commands.table(api),
    )
    if api.emulation:
        add("_emulation.py", "tencent_mps/_emulation.py.jinja2", openapi)
    for path, aio in (("client.py", False), ("async_client.py", True)):
        add(
            path,
            "tencent_mps/client.py.jinja2",
            openapi,
            schema,
            client_imports=_client_imports(api),
            aio=aio,
        )
    for path, (source, doc) in facades.items():
        module, _, function = source.partition(":")
        if function:
            add(path, "tencent_mps/__main__.py.jinja2", source=module, function=function, doc=doc)
        else:
            add(path, "tencent_mps/facade.py.jinja2", source=source, doc=doc)
    return files


def _client_imports(api: Api) -> list[str]:
    """The model names the client's annotations use."""
    names: set[str] = set()
    for op in api.operations:
        names.add(op.response.name)
        names.update(f.ref for f in op.request.fields if f.ref)
        if op.pagination and op.pagination.items.ref:
            names.add(op.pagination.items.ref)
    return sorted(names)


def build(
    pkg: Path,
    *,
    schema_dir: Path = SCHEMA_DIR,
    facades: Mapping[str, tuple[str, str]] = FACADES,
) -> None:
    """Write the whole package into the (new) folder ``pkg``."""
    api = spec.load(schema_dir)
    files = render_package(api, facades)
    pkg.mkdir(parents=True)
    for rel, text in sorted(files.items()):
        path = pkg / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (pkg / "py.typed").write_text("", encoding="utf-8")
    _format(pkg)


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
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="report drift, write nothing")
    parser.add_argument("--schema", type=Path, default=SCHEMA_DIR, help="schema folder")
    parser.add_argument("--out", type=Path, default=OUTPUT_DIR, help="package folder to write")
    parser.add_argument(
        "--no-facades", action="store_true", help="leave out the modules of hand-written code"
    )
    args = parser.parse_args(argv)
    facades: Mapping[str, tuple[str, str]] = {} if args.no_facades else FACADES
    out: Path = args.out
    try:
        with tempfile.TemporaryDirectory(prefix="tencent-mps-gen-") as tmp:
            fresh = Path(tmp) / out.name
            build(fresh, schema_dir=args.schema, facades=facades)
            if args.check:
                drift = diff(fresh, out) if out.exists() else [f"{out} is missing"]
                if drift:
                    print(
                        f"{out} is out of date with {args.schema} or codegen/; run `make generate`."
                    )
                    for p in drift[:50]:
                        print("  drift:", p)
                    return 1
                print(f"{out} is up to date.")
                return 0
            if out.exists():
                shutil.rmtree(out)
            shutil.copytree(fresh, out)
    except (spec.SpecError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {len(_tree(out))} files to {out}")
    return 0
