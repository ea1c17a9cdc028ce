"""The reference site: every page rendered from the generator's IR (and README sections).

Layout of the output directory::

    index.html               operations by group, guides, types
    operations/<Action>.html one page per operation
    types/<Type>.html        one page per model type
    guides/<slug>.html       the README's guides
    errors.html              every error code and its exception class
    search.html              the search page (assets/search.js over search-index.js)
    examples/<method>.py     each operation's example, run by tests/docs
    examples/manifest.json   operation -> example file, source, expected outcome

Nothing is parsed back: pages are rendered from the IR, and examples are included from the
files written here.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from .. import commands
from ..ir import Api, Operation
from ..render import TEMPLATES, docstring, first_sentence
from . import markdown
from .examples import Example, example

ROOT = Path(__file__).resolve().parents[2]
#: Operations the emulator cannot answer as the example asks, with the reason (data).
EXCEPTIONS_FILE = Path(__file__).with_name("example_exceptions.json")

#: The guide pages: slug, title, and the headings (prefixes) of the sections they hold, from
#: the README and docs/guides/ (see :func:`guide_text`).
GUIDES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("whole-job", "The whole job", ("The whole job", "Reading results")),
    ("notifications", "Event notifications", ("Event notifications",)),
    (
        "thousands-of-tasks",
        "Following thousands of tasks",
        ("Following thousands of tasks", "Listing tasks"),
    ),
    ("every-action", "Every action", ("Every action",)),
    ("async", "The asynchronous client", ("The asynchronous client",)),
    ("client-and-credentials", "The client and credentials", ("The client",)),
    ("errors", "Errors", ("Errors",)),
    ("command-line", "The command line", ("The command line",)),
    ("emulator", "Testing with the emulator", ("Testing your own code",)),
    ("api-changes", "When the API changes", ("When the API changes",)),
    ("how-it-is-built", "How it is built", ("How it is built",)),
)


def guide_text(root: Path | None = None) -> str:
    """The text the guide pages are cut from: README.md, then every docs/guides/*.md."""
    base = ROOT if root is None else root
    files = [base / "README.md", *sorted((base / "docs" / "guides").glob("*.md"))]
    return "\n\n".join(f.read_text(encoding="utf-8").rstrip() for f in files) + "\n"


#: Operation groups on the index page, by the first word of the action.
_VERBS = ("Create", "Describe", "Modify", "Delete", "Process", "Enable", "Disable")
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "or",
        "in",
        "on",
        "for",
        "is",
        "are",
        "be",
        "by",
        "with",
        "as",
        "at",
        "it",
        "its",
        "this",
        "that",
        "from",
        "not",
        "no",
    ]
)


class DocsError(Exception):
    """The site cannot be built (e.g. a README section a guide needs is missing)."""


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "docs"),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html.jinja2"], default=False),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["docstring"] = docstring
    env.filters["first_sentence"] = first_sentence
    return env


def name_words(name: str) -> list[str]:
    """The words of a CamelCase name, lower case, and the whole name."""
    words = [w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", name)]
    return [*words, name.lower()]


def _text_words(*texts: str) -> str:
    seen: dict[str, None] = {}
    for text in texts:
        for w in re.findall(r"[a-z0-9]+", text.lower()):
            if len(w) > 2 and w not in _STOP:
                seen.setdefault(w)
    return " ".join(seen)


@dataclass
class Site:
    """What was built: counts the tests and the report use."""

    out: Path
    operations: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    guides: list[str] = field(default_factory=list)
    pages: int = 0


def _reachable(api: Api, root: str) -> set[str]:
    seen: set[str] = set()
    stack = [root]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        stack.extend(api.types[name].refs)
    return seen


def _cli_line(op: Operation, ex: Example) -> str:
    """The generated command's line for the example, as the CLI's own help builds it."""
    return commands.command_line(op, commands.kebab(op.action), ex.wire)


def _summary(markdown_text: str) -> str:
    """The first sentence of the first paragraph that is prose (not code, a list or a table)."""
    fenced = False
    for block in markdown_text.split("\n\n"):
        if block.lstrip().startswith("```"):
            fenced = block.count("```") % 2 == 1
            continue
        if fenced:
            fenced = block.count("```") % 2 == 0
            continue
        if block.strip() and not block.lstrip().startswith(("#", "|", "-", "*")):
            return first_sentence(re.sub(r"[`*]", "", " ".join(block.split())))
    return ""


def load_exceptions() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(EXCEPTIONS_FILE.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def _format(paths: Iterable[Path]) -> None:
    """As the generator formats generated/: the project's ruff settings, fixes then format."""
    ruff = [sys.executable, "-m", "ruff"]
    config = ["--config", str(ROOT / "pyproject.toml")]
    files = [str(p) for p in paths]
    subprocess.run([*ruff, "check", "--fix-only", "--quiet", *config, *files], check=True)
    subprocess.run([*ruff, "format", "--quiet", *config, *files], check=True)


def build(api: Api, readme: str, out: Path) -> Site:
    """Render the site into ``out``; ``readme`` is the guides' text (:func:`guide_text`)."""
    env = _env()
    if out.exists():
        shutil.rmtree(out)
    for sub in ("operations", "types", "guides", "examples", "assets"):
        (out / sub).mkdir(parents=True)
    site = Site(out=out)
    exceptions = load_exceptions()
    unknown = sorted(set(exceptions) - {op.action for op in api.operations})
    if unknown:
        raise DocsError(f"{EXCEPTIONS_FILE.name} names unknown actions: {', '.join(unknown)}")
    errors = {e.code: e for e in api.errors}
    common_errors = [e for e in api.errors if e.scope == "common"]
    by_op_types: dict[str, tuple[set[str], set[str]]] = {
        op.action: (_reachable(api, op.request.name), _reachable(api, op.response.name))
        for op in api.operations
    }
    used_by: dict[str, list[tuple[Operation, str]]] = {name: [] for name in api.types}
    for op in api.operations:
        req, resp = by_op_types[op.action]
        for name in sorted(req | resp):
            side = (
                "request and response"
                if name in req and name in resp
                else ("request" if name in req else "response")
            )
            used_by[name].append((op, side))
    operation_of = {op.request.name: op for op in api.operations} | {
        op.response.name: op for op in api.operations
    }

    # The task a starting action makes, and the waiters of the actions that describe it (from
    # the emulator's task kinds in the schema).
    follow: dict[str, list[tuple[Operation, Any]]] = {}
    for spec in api.emulation.get("tasks", {}).values():
        describers = [api.operation(a) for a in spec.get("describe", {})]
        for starter in spec.get("create", ()):
            follow[starter] = [(d, w) for d in describers for w in d.waiters]

    # Examples first: files the pages include.
    examples: dict[str, Example] = {}
    manifest: dict[str, dict[str, Any]] = {}
    for op in api.operations:
        ex = example(api, op, frozenset(exceptions))
        (out / "examples" / ex.file_name).write_text(
            env.get_template("example.py.jinja2").render(op=op, ex=ex), encoding="utf-8"
        )
        examples[op.action] = ex
    _format(out / "examples" / e.file_name for e in examples.values())
    texts = {
        a: (out / "examples" / e.file_name).read_text(encoding="utf-8") for a, e in examples.items()
    }
    for op in api.operations:
        ex = examples[op.action]
        manifest[op.action] = {
            "file": ex.file_name,
            "method": op.method,
            "response": op.response.name,
            "source": ex.source,
            "expected_error": exceptions.get(op.action, {}).get("code"),
            "reason": exceptions.get(op.action, {}).get("reason"),
        }
    (out / "examples" / "manifest.json").write_text(
        json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )

    index: list[dict[str, Any]] = []

    def page(path: str, template: str, **context: Any) -> None:
        depth = path.count("/")
        html = env.get_template(template).render(
            root="../" * depth, api=api, guides=GUIDES, **context
        )
        (out / path).write_text(html, encoding="utf-8")
        site.pages += 1

    for op in api.operations:
        ex = examples[op.action]
        page(
            f"operations/{op.action}.html",
            "operation.html.jinja2",
            op=op,
            ex=ex,
            example_text=texts[op.action],
            exception=exceptions.get(op.action),
            errors=[errors[c] for c in op.error_codes if c in errors],
            common_errors=common_errors,
            follow=follow.get(op.action, []),
            cli=_cli_line(op, ex),
        )
        site.operations.append(op.action)
        index.append(
            {
                "t": op.action,
                "u": f"operations/{op.action}.html",
                "k": "operation",
                "s": op.summary,
                "n": name_words(op.action) + op.method.split("_"),
                "w": _text_words(
                    op.description, *(f.attr + " " + f.description for f in op.request.fields)
                ),
            }
        )
    for t in api.types.values():
        page(
            f"types/{t.name}.html",
            "type.html.jinja2",
            t=t,
            used_by=used_by[t.name],
            operation=operation_of.get(t.name),
        )
        site.types.append(t.name)
        index.append(
            {
                "t": t.name,
                "u": f"types/{t.name}.html",
                "k": "type",
                "s": first_sentence(t.description),
                "n": name_words(t.name),
                "w": _text_words(t.description, *(f.attr for f in t.fields)),
            }
        )
    readme_sections = markdown.sections(readme)
    op_links = {op.action: f"../operations/{op.action}.html" for op in api.operations}
    for slug, title, headings in GUIDES:
        parts = []
        for prefix in headings:
            found = [h for h in readme_sections if h.lower().startswith(prefix.lower())]
            if not found:
                raise DocsError(
                    f"README.md and docs/guides/ have no section starting {prefix!r} (guide {slug})"
                )
            heading = "" if found[0] == title else f"## {found[0]}\n\n"
            parts.append(heading + readme_sections[found[0]])
        body_md = "\n\n".join(parts)
        page(
            f"guides/{slug}.html",
            "guide.html.jinja2",
            title=title,
            body=markdown.to_html(body_md, links=op_links),
        )
        site.guides.append(slug)
        index.append(
            {
                "t": title,
                "u": f"guides/{slug}.html",
                "k": "guide",
                "s": _summary(body_md),
                "n": [w.lower() for w in re.findall(r"[A-Za-z0-9]+", title)],
                "w": _text_words(body_md),
            }
        )
    groups: dict[str, list[Operation]] = {}
    for op in api.operations:
        verb = next((v for v in _VERBS if op.action.startswith(v)), "Other")
        groups.setdefault(verb, []).append(op)
    page(
        "index.html",
        "index.html.jinja2",
        groups=[(v, groups[v]) for v in (*_VERBS, "Other") if v in groups],
        types=sorted(api.types.values(), key=lambda t: t.name),
    )
    page("errors.html", "errors.html.jinja2", errors=api.errors)
    page("search.html", "search.html.jinja2")
    for asset in ("style.css", "search.js"):
        shutil.copyfile(TEMPLATES / "docs" / asset, out / "assets" / asset)
    (out / "search-index.js").write_text(
        "window.SEARCH_INDEX = " + json.dumps(index, separators=(",", ":")) + ";\n",
        encoding="utf-8",
    )
    return site


__all__ = ["GUIDES", "DocsError", "Site", "build", "name_words"]
