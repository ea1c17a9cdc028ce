"""The docs toolchain measurement: the whole API as Markdown, built by MkDocs (Material) and
Sphinx (furo, MyST), against our own renderer (``python -m codegen.docs``).

Not part of ``make bench`` (it needs the other toolchains, which the project does not depend on)::

    python3 -m venv /tmp/docsmeasure
    /tmp/docsmeasure/bin/pip install mkdocs==1.6.1 mkdocs-material==9.8.2 sphinx==9.0.4 \\
        furo==2025.12.19 myst-parser==5.2.0
    .venv/bin/python -m bench.docs_toolchain /tmp/docsmeasure

Each page holds what our pages hold in substance: the description, the field table with links
to the types, the errors. Prints build time, output size and file count of each.

Measured 2026-12-03 (2 shared cores, load average 3-5; 1361 Markdown pages):

=========================  ==============================  ========  ==========================
toolchain                  build                           size      search over file://
=========================  ==============================  ========  ==========================
codegen.docs (Jinja2)      10.8 s wall, 3.2 s user         9.9 MB    yes; "transcode template":
                           (1374 pages, examples run                 CreateTranscodeTemplate 1st
                           through ruff included)
mkdocs 1.6.1 + Material    84.7 s wall, 60.7 s user        601 MB    no results (its index is
9.8.2                      (205.8 s under heavier load)              fetched by a web worker)
sphinx 9.0.4 + furo        2788 s wall (~18 min CPU)       287 MB    yes; 3rd, all 31 hits tie
2025.12.19 + MyST 5.2.0
=========================  ==============================  ========  ==========================

Both themes repeat the whole navigation (1361 entries) in every page, hence their size and
time; Material 9.8.2 also prints that it reaches end of life on 2027-05-05 (Zensical succeeds
it) and MkDocs 1.6.1 dates from 2024-08. The project renders its own pages with the Jinja2 it
already pins for the generator.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from codegen.build import load
from codegen.docs import build, guide_text
from codegen.ir import Api, TypeDef

ROOT = Path(__file__).resolve().parents[1]


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(t: TypeDef) -> str:
    rows = ["| name | wire | type | required | unit | values | description |", "|---|" * 7]
    for f in t.fields:
        kind = f"[{f.py_type}](../types/{f.ref}.md)" if f.ref else f.py_type
        values = ", ".join(f.known_values or {})
        rows.append(
            f"| `{f.attr}` | `{f.wire}` | {_cell(kind)} | {f.request_required} | {f.unit or ''} "
            f"| {_cell(values)} | {_cell(f.description)} |"
        )
    return "\n".join(rows)


def write_markdown(api: Api, docs: Path) -> None:
    (docs / "operations").mkdir(parents=True)
    (docs / "types").mkdir()
    for op in api.operations:
        errors = "\n".join(f"- `{c}`" for c in op.error_codes)
        (docs / "operations" / f"{op.action}.md").write_text(
            f"# {op.action}\n\n{op.description}\n\n```python\nclient.{op.method}(...)\n```\n\n"
            f"## Request\n\n{_table(op.request)}\n\n## Response\n\n{_table(op.response)}\n\n"
            f"## Errors\n\n{errors}\n"
        )
    for t in api.types.values():
        (docs / "types" / f"{t.name}.md").write_text(
            f"# {t.name}\n\n{t.description}\n\n{_table(t)}\n"
        )
    links = "\n".join(f"- [{op.action}](operations/{op.action}.md)" for op in api.operations)
    (docs / "index.md").write_text(f"# tencent-mps\n\n{links}\n")


def _measure(label: str, command: list[str], cwd: Path, out: Path) -> None:
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    files = [p for p in out.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    print(f"{label:24} {seconds:8.1f} s {size / 1e6:9.1f} MB {len(files):6} files")


def main(venv: Path) -> None:
    api = load(ROOT / "schema")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        mk = work / "mkdocs"
        write_markdown(api, mk / "docs")
        (mk / "mkdocs.yml").write_text(
            "site_name: tencent-mps\ntheme:\n  name: material\nplugins:\n  - search\n"
        )
        sp = work / "sphinx"
        shutil.copytree(mk / "docs", sp)
        (sp / "conf.py").write_text(
            'project = "tencent-mps"\nextensions = ["myst_parser"]\nhtml_theme = "furo"\n'
            'suppress_warnings = ["myst.header", "myst.xref_missing", "toc.not_included"]\n'
        )
        with (sp / "index.md").open("a") as index:
            index.write("\n```{toctree}\n:hidden:\n:glob:\noperations/*\ntypes/*\n```\n")
        started = time.perf_counter()
        site = build(api, guide_text(ROOT), work / "ours")
        size = sum(p.stat().st_size for p in site.out.rglob("*") if p.is_file())
        print(
            f"{'codegen.docs (Jinja2)':24} {time.perf_counter() - started:8.1f} s {size / 1e6:9.1f} MB"
        )
        _measure(
            "mkdocs build (Material)",
            [str(venv / "bin" / "mkdocs"), "build", "-q"],
            mk,
            mk / "site",
        )
        _measure(
            "sphinx-build (furo)",
            [str(venv / "bin" / "sphinx-build"), "-q", "-b", "html", ".", "_build"],
            sp,
            sp / "_build",
        )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/docsmeasure"))
