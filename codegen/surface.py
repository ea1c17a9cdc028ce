"""The public API of the generated package as text, committed and compared by ``make test``.

``python -m codegen.surface`` writes ``api/tencent_mps.txt``: every public module, class,
function, method, attribute and enum member of ``tencent_mps`` with its signature, read
statically with griffe (nothing is imported). ``--check`` fails when the package no longer
matches the snapshot and says what was lost (a breaking change) and what was added.
``--update`` rewrites the snapshot on purpose; when it loses or changes a line, the lost names
go into CHANGELOG.md under "Unreleased / Breaking".
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import griffe

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "api" / "tencent_mps.txt"
SEARCH_PATHS = (ROOT / "generated", ROOT / "runtime")
CHANGELOG = ROOT / "CHANGELOG.md"
CORE_PACKAGES = ("tencent_mps_core",)
HEADER = (
    "# The public API of tencent_mps (python -m codegen.surface --update writes it; make test\n"
    "# compares). A line lost or changed here is a breaking change for users.\n"
)


def _public(name: str) -> bool:
    return not name.startswith("_")


def _annotation(value: object) -> str:
    return "" if value is None else f": {value}"


def _signature(func: griffe.Function, owner: str | None = None) -> str:
    parts: list[str] = []
    star = False
    for p in func.parameters:
        kind = p.kind
        if kind is griffe.ParameterKind.keyword_only and not star:
            parts.append("*")
            star = True
        prefix = {"var_positional": "*", "var_keyword": "**"}.get(kind.name, "")
        if kind is griffe.ParameterKind.var_positional:
            star = True
        default = f" = {p.default}" if p.default is not None else ""
        parts.append(f"{prefix}{p.name}{_annotation(p.annotation)}{default}")
    returns = f" -> {func.returns}" if func.returns is not None else ""
    if owner is not None and returns == " -> Self":
        returns = f" -> {owner}"  # an inherited classmethod returns the class it is called on
    return f"({', '.join(parts)}){returns}"


def _members(obj: griffe.Object, indent: str) -> Iterator[str]:
    # A class lists what it inherits from the core too (a model's from_dict and to_dict live
    # on tencent_mps_core.model.Model): users call them on the class all the same.
    members = obj.all_members if isinstance(obj, griffe.Class) else obj.members
    owner = obj.name if isinstance(obj, griffe.Class) else None
    for name, member in sorted(members.items()):
        if not _public(name):
            continue
        if isinstance(member, griffe.Alias):
            if not member.inherited:
                continue
            member = member.final_target
        yield from _describe(member, name, indent, owner)


def _describe(
    member: griffe.Object | griffe.Alias, name: str, indent: str, owner: str | None = None
) -> Iterator[str]:
    if isinstance(member, griffe.Class):
        bases = ", ".join(str(b) for b in member.bases)
        yield f"{indent}class {name}({bases})" if bases else f"{indent}class {name}"
        yield from _members(member, indent + "    ")
    elif isinstance(member, griffe.Function):
        asynchronous = "async " if "async" in member.labels else ""
        yield f"{indent}{asynchronous}def {name}{_signature(member, owner)}"
    elif isinstance(member, griffe.Attribute):
        value = (
            f" = {member.value}" if "enum-member" in member.labels or _is_enum_value(member) else ""
        )
        yield f"{indent}{name}{_annotation(member.annotation)}{value}"


def _is_enum_value(member: griffe.Attribute) -> bool:
    parent = member.parent
    return isinstance(parent, griffe.Class) and any(
        str(b) in ("StrEnum", "IntEnum", "Enum") for b in parent.bases
    )


def _modules(module: griffe.Module) -> Iterator[griffe.Module]:
    yield module
    for name, sub in sorted(module.members.items()):
        # Only the package's own submodules: an imported module is an alias (model modules
        # import their package, which would otherwise loop).
        if _public(name) and isinstance(sub, griffe.Module) and not sub.is_alias:
            yield from _modules(sub)


def render(package: str = "tencent_mps", search_paths: Sequence[Path] = SEARCH_PATHS) -> str:
    """The snapshot text of ``package`` as found on ``search_paths``."""
    loader = griffe.GriffeLoader(
        search_paths=[str(p) for p in search_paths], allow_inspection=False
    )
    for core in CORE_PACKAGES:  # what generated classes derive from, for inherited members
        with contextlib.suppress(ModuleNotFoundError):
            loader.load(core)
    root = loader.load(package)
    assert isinstance(root, griffe.Module)
    lines = [HEADER.rstrip("\n")]
    for module in _modules(root):
        lines.append(f"module {module.path}")
        for name in sorted(str(e) for e in module.exports or ()):
            lines.append(f"    export {name}")
        lines.extend(_members(module, "    "))
    return "\n".join(lines) + "\n"


def changes(old: str, new: str) -> tuple[list[str], list[str]]:
    """(lines the new surface lost or changed, lines it added)."""
    lost, added = [], []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        if line.startswith("- "):
            lost.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return lost, added


def note_breaking(lost: Sequence[str], changelog: Path = CHANGELOG) -> None:
    """Record lost surface in the changelog, under "## Unreleased" / "### Breaking"."""
    text = changelog.read_text(encoding="utf-8")
    entry = "".join(f"- Removed or changed: `{line.strip()}`\n" for line in lost[:50])
    if len(lost) > 50:
        entry += f"- ... and {len(lost) - 50} more lines of api/tencent_mps.txt\n"
    if "## Unreleased" not in text:
        cut = text.find("\n## ")
        text = text[: cut + 1] + "## Unreleased\n\n" + text[cut + 1 :]
    head, _, rest = text.partition("## Unreleased\n")
    section_end = rest.find("\n## ")
    section, tail = (
        (rest, "") if section_end < 0 else (rest[: section_end + 1], rest[section_end + 1 :])
    )
    if "### Breaking\n" in section:
        section = section.replace("### Breaking\n", "### Breaking\n" + entry, 1)
    else:
        section = section.rstrip("\n") + "\n\n### Breaking\n" + entry + "\n"
    changelog.write_text(head + "## Unreleased\n" + section + tail, encoding="utf-8")


def report_section(lost: Sequence[str], added: Sequence[str], limit: int = 40) -> str:
    """The "Public API" section of a drift report: what a regeneration lost and added."""
    if not lost and not added:
        return "### Public API\n\nUnchanged.\n"
    lines = ["### Public API", ""]
    lines.append(
        f"{len(lost)} lines lost or changed (breaking), {len(added)} added; "
        "`make api-snapshot` records them once reviewed."
    )
    lines.append("")
    lines += _listed(
        lost,
        added,
        limit,
        "- lost: `{}`",
        "- added: `{}`",
        "- ... and {} more lines of api/tencent_mps.txt",
    )
    return "\n".join(lines) + "\n"


def _listed(
    lost: Sequence[str], added: Sequence[str], limit: int, lost_as: str, added_as: str, more_as: str
) -> list[str]:
    """Up to ``limit`` lost and ``limit`` added lines, formatted, then how many were left out."""
    lines = [lost_as.format(line.strip()) for line in lost[:limit]]
    lines += [added_as.format(line.strip()) for line in added[:limit]]
    more = len(lost) + len(added) - min(len(lost), limit) - min(len(added), limit)
    if more > 0:
        lines.append(more_as.format(more))
    return lines


def append_to_report(section: str, report: Path) -> None:
    """Add ``section`` to the newest entry of a drift report file (schema/CHANGES.md)."""
    text = report.read_text(encoding="utf-8")
    start = text.find("\n## ")
    if start < 0:
        report.write_text(text.rstrip("\n") + "\n\n" + section, encoding="utf-8")
        return
    end = text.find("\n## ", start + 1)
    entry, tail = (text, "") if end < 0 else (text[: end + 1], text[end + 1 :])
    entry = entry.rstrip("\n") + "\n\n" + section + ("\n" if tail else "")
    report.write_text(entry + tail, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.surface", description=__doc__)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="fail when the snapshot is stale")
    group.add_argument("--update", action="store_true", help="rewrite the snapshot on purpose")
    group.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="add what changed to the newest entry of a drift report (make sync: schema/CHANGES.md)"
        "; the snapshot is left as it is, so --check fails until it is updated on purpose",
    )
    args = parser.parse_args(argv)
    new = render()
    old = SNAPSHOT.read_text(encoding="utf-8") if SNAPSHOT.exists() else ""
    lost, added = changes(old, new)
    if args.report is not None:
        section = report_section(lost, added)
        if lost or added:  # an unchanged surface adds nothing: a re-run leaves the file alone
            append_to_report(section, args.report)
        print(section, end="")
        return 0
    if args.update or not args.check:
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(new, encoding="utf-8")
        if lost and old:
            note_breaking(lost)
            print(f"{len(lost)} lines lost or changed: noted under Breaking in CHANGELOG.md")
        print(f"wrote {SNAPSHOT.relative_to(ROOT)} ({len(new.splitlines())} lines)")
        return 0
    if not lost and not added:
        return 0
    print("the public API differs from api/tencent_mps.txt:", file=sys.stderr)
    for line in _listed(
        lost, added, 40, "  lost (breaking): {}", "  added: {}", "  ... and {} more"
    ):
        print(line, file=sys.stderr)
    print(
        "review it, then `make api-snapshot` (it notes lost lines in CHANGELOG.md)", file=sys.stderr
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
