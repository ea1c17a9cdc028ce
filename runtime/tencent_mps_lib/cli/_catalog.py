"""The generic commands' table, read lazily: names, families, and each action's record.

The records are generated (``tencent_mps._commands``, from schema/): one JSON text per action,
decoded only for the command that runs. This module turns a record into :class:`Spec` and
:class:`FieldSpec` values and knows the names: a command is the action in kebab-case
(``create-transcode-template``) or the action itself (``CreateTranscodeTemplate``).
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass
from typing import Any, Final, TextIO

from ._codes import EXIT_USAGE

#: The hand-written commands: their own parsers (they keep their special flags).
HAND_WRITTEN: Final = (
    "describe-task-detail",
    "process-media",
    "describe-tasks",
    "watch",
    "listen",
    "emulator",
    "demo",
    "completion",
)
#: Hand-written commands that are also an action's command. Their special flags are
#: conveniences on top of the action's generic flags: a line with a flag that only the generic
#: command has (``process-media --input-info @in.json``, ``--skeleton``) runs the generic one.
SHARED: Final = {
    "describe-task-detail": "DescribeTaskDetail",
    "describe-tasks": "DescribeTasks",
    "process-media": "ProcessMedia",
}
_KEBAB_1 = re.compile(r"(.)([A-Z][a-z]+)")
_KEBAB_2 = re.compile(r"([a-z])([A-Z])")  # "Hunyuan3D" stays one word


def kebab(name: str) -> str:
    """``TasksPriority`` -> ``tasks-priority`` (the rule codegen/commands.py names commands by)."""
    return _KEBAB_2.sub(r"\1-\2", _KEBAB_1.sub(r"\1-\2", name)).lower()


def resolve(word: str) -> str | None:
    """The action a command word names (kebab-case or PascalCase), or None."""
    if not word or word.startswith("-"):
        return None
    from tencent_mps._commands import COMMANDS, SPECS

    action = COMMANDS.get(word)
    if action is not None:
        return action
    return word if word in SPECS else None


def unknown_command(word: str, err: TextIO) -> int:
    """Exit 2 for a command that does not exist, naming the closest ones."""
    import difflib

    from tencent_mps._commands import SPECS

    from ._terminal import escape_text

    names = command_names()
    pool = names + list(SPECS) if word[:1].isupper() else names
    close = difflib.get_close_matches(word, pool, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    err.write(
        f"tencent-mps: error: unknown command {escape_text(word)!r}{hint} "
        "(tencent-mps --help lists the commands)\n"
    )
    err.flush()
    return EXIT_USAGE


def command_names() -> list[str]:
    """Every command: the hand-written ones, then one per action (kebab-case)."""
    from tencent_mps._commands import COMMANDS

    extra = [name for name in COMMANDS if name not in HAND_WRITTEN]
    return [*HAND_WRITTEN, *extra]


def families_text(width: int = 88) -> str:
    """The commands by family, for ``tencent-mps --help``."""
    from tencent_mps._commands import COMMANDS, FAMILIES

    names_of = {action: name for name, action in COMMANDS.items()}

    lines = ["commands for every action, by family (tencent-mps COMMAND --help for each;"]
    lines.append("the PascalCase action name works too, e.g. tencent-mps CreateTranscodeTemplate):")
    for title, actions in FAMILIES.items():
        names = ", ".join(names_of.get(a, kebab(a)) for a in actions)
        lines.append(f"  {title} ({len(actions)}):")
        lines.extend(
            textwrap.wrap(
                names,
                width,
                initial_indent="    ",
                subsequent_indent="    ",
                break_on_hyphens=False,
                break_long_words=False,
            )
        )
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a request model, as the command line sees it."""

    wire: str
    kind: str  # str, int, float, bool, list, object
    item_kind: str | None  # of a list
    model: str | None  # of an object, or of a list's items
    required: bool
    unit: str | None
    known: tuple[str, ...]
    description: str = ""
    secret: bool = False
    flag: str = ""  # --tasks-priority (codegen/commands.py names it)

    @classmethod
    def of(cls, record: list[Any]) -> FieldSpec:
        wire, kind, item_kind, model, required, unit, known = record[:7]
        description = record[7] if len(record) > 7 else ""
        secret = bool(record[8]) if len(record) > 8 else False
        flag = record[9] if len(record) > 9 else f"--{kebab(wire)}"
        return cls(
            wire,
            kind,
            item_kind,
            model,
            bool(required),
            unit,
            tuple(known),
            description,
            secret,
            flag,
        )

    @property
    def dest(self) -> str:
        return f"field:{self.wire}"

    @property
    def kind_text(self) -> str:
        """``int``, ``list of int``, ``object VideoTemplateInfo``, ``list of object X``."""
        if self.kind == "list":
            inner = self.item_kind or "any"
            if inner == "object" and self.model:
                inner = f"object {self.model}"
            return f"list of {inner}"
        if self.kind == "object" and self.model:
            return f"object {self.model}"
        return self.kind


@dataclass(frozen=True)
class Pages:
    loop: str  # record name in tencent_mps._loops
    items: str  # wire name of the list of each page
    cursor: tuple[str, ...]


@dataclass(frozen=True)
class Follow:
    action: str  # the describe action that is polled
    waiter: str
    loop: str  # record name in tencent_mps._loops
    inputs: tuple[tuple[str, str], ...]  # (waiter argument, response wire field)
    interval: float
    timeout: float
    status: str  # wire path of the status the waiter reads


@dataclass(frozen=True)
class Spec:
    """What the command of one action needs: its request, flags, paging, waiter, example."""

    action: str
    command: str
    method: str
    constant: str
    request: str  # request model name
    description: str
    fields: tuple[FieldSpec, ...]
    secrets: tuple[str, ...]
    example: str
    documented: bool  # the example is a documented request (else placeholders)
    pages: Pages | None = None
    follow: Follow | None = None


def load_spec(action: str) -> Spec:
    """The record of ``action`` (a key of ``SPECS``), decoded."""
    from tencent_mps._commands import SPECS

    data = json.loads(SPECS[action])
    pages = data.get("pages")
    follow = data.get("follow")
    return Spec(
        action=action,
        command=kebab(action),
        method=data["method"],
        constant=data["constant"],
        request=data["request"],
        description=data.get("description", ""),
        fields=tuple(FieldSpec.of(f) for f in data["fields"]),
        secrets=tuple(data.get("secrets", ())),
        example=data.get("example", ""),
        documented=bool(data.get("documented", False)),
        pages=None
        if pages is None
        else Pages(pages["loop"], pages["items"], tuple(pages.get("cursor", ()))),
        follow=None
        if follow is None
        else Follow(
            follow["action"],
            follow["waiter"],
            follow["loop"],
            tuple((str(a), str(b)) for a, b in follow["inputs"]),
            float(follow["interval"]),
            float(follow["timeout"]),
            follow.get("status", ""),
        ),
    )


def model_fields(model: str) -> tuple[FieldSpec, ...]:
    """The fields of a request-side model (for ``--skeleton``); () for an unknown name."""
    from tencent_mps._commands import TYPES

    raw = TYPES.get(model)
    return () if raw is None else tuple(FieldSpec.of(f) for f in json.loads(raw))
