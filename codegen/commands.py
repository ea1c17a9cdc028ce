"""The command line's table: one compact record per action, for ``tencent-mps <action>``.

The CLI builds the parser of the one command it runs from these records, so that nothing is
written per action and a run reads only what it needs: the names (kebab-case and PascalCase),
the families for ``tencent-mps --help``, and, per action, a JSON text with its flags (one per
top-level request field: kind, item kind, model, required, unit, known values, description),
the paginator and the waiter of ``--all`` and ``--wait``, and an example line. The request
models' fields (for ``--skeleton``) are a JSON text per model.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .ir import Api, Field, Operation, TypeDef
from .render import first_sentence

#: Families of ``tencent-mps --help``: the first whose words one appears in the action's name.
FAMILIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("StreamLink: media transport", ("StreamLink", "SecurityGroup", "GroupAttachFlows")),
    ("StreamPackage: packaging and ad insertion", ("StreamPackage", "SSAI")),
    ("Templates", ("Template",)),
    ("Workflows and schedules", ("Workflow", "Schedule")),
    (
        "AIGC and AI creation",
        ("Aigc", "AiDrama", "AiFission", "DocToVideo", "VideoRedraw", "Hunyuan3D", "CloneViral"),
    ),
    (
        "Speech, voice and text",
        ("Voice", "Speech", "Dubbing", "RecognizeAudio", "AsrHotwords", "TextTranslation"),
    ),
    ("Samples and word libraries", ("PersonSample", "WordSample")),
    (
        "Media processing tasks",
        (
            "ProcessMedia",
            "EditMedia",
            "ProcessImage",
            "ProcessLiveStream",
            "Task",
            "MediaEvaluation",
            "Watermark",
            "VideoDatabase",
            "VideoSearch",
            "ZhiXue",
            "MediaMetaData",
            "DetectVideo",
            "Notification",
        ),
    ),
)
OTHER_FAMILY = "Account, projects and other"
#: Options of the generic commands themselves (tencent_mps_lib/cli/_generic.py); a request field
#: of the same name gets the flag ``--NAME-field`` (ChangeVoice's ``Output``: ``--output-field``).
OWN_OPTIONS = frozenset(
    {
        "all",
        "allow-http",
        "ca-bundle",
        "debug",
        "endpoint",
        "help",
        "interval",
        "max-attempts",
        "output",
        "profile",
        "proxy",
        "query",
        "read-timeout",
        "region",
        "request",
        "skeleton",
        "timeout",
        "wait",
    }
)
#: Placeholders of an example line's values when the action documents no example request.
_METAVARS = {"int": "INT", "float": "NUM", "bool": "true", "str": "TEXT", "datetime": "TIME"}
_KEBAB_1 = re.compile(r"(.)([A-Z][a-z]+)")
_KEBAB_2 = re.compile(r"([a-z])([A-Z])")  # "Hunyuan3D" stays one word
#: Items shown per known-values list in a record (the help cuts long lists anyway).
MAX_KNOWN = 40
#: Nested levels followed when looking for secrets in a request.
MAX_DEPTH = 12


def kebab(name: str) -> str:
    """``CreateAIAnalysisTemplate`` -> ``create-ai-analysis-template``."""
    s = _KEBAB_1.sub(r"\1-\2", name)
    return _KEBAB_2.sub(r"\1-\2", s).lower()


def flag(wire: str) -> str:
    """The command-line flag of a top-level request field."""
    name = kebab(wire)
    return f"--{name}-field" if name in OWN_OPTIONS else f"--{name}"


def family(action: str) -> str:
    for title, words in FAMILIES:
        if any(w in action for w in words):
            return title
    return OTHER_FAMILY


@dataclass(frozen=True)
class Table:
    """What the template writes: names, families, and the JSON records."""

    commands: dict[str, str]  # kebab-case -> action
    families: dict[str, tuple[str, ...]]  # family -> actions
    summaries: dict[str, str]  # action -> one line
    specs: dict[str, str]  # action -> JSON record
    types: dict[str, str]  # request model -> JSON list of its fields


def _field(f: Field) -> list[Any]:
    known = list(f.known_values or ())[:MAX_KNOWN]
    return [
        f.wire,
        f.kind,
        f.item_kind,
        f.ref,
        f.request_required,
        f.unit,
        known,
        first_sentence(f.description),
        f.sensitive,
        flag(f.wire),
    ]


def _secrets(t: TypeDef, types: dict[str, TypeDef], prefix: str, depth: int) -> list[str]:
    """Wire paths of the secrets under ``t`` (``TaskNotifyConfig.NotifyKey``)."""
    found: list[str] = []
    if depth > MAX_DEPTH:
        return found
    for f in t.fields:
        path = f"{prefix}{f.wire}"
        if f.sensitive:
            found.append(path)
        elif f.ref is not None:
            found.extend(_secrets(types[f.ref], types, path + ".", depth + 1))
    return found


def _example(op: Operation, name: str) -> str:
    """An example command line: the first documented request, as flags."""
    example = next((e for e in op.request.examples if isinstance(e, dict)), None)
    return command_line(op, name, example)


def command_line(op: Operation, name: str, example: Mapping[str, Any] | None) -> str:
    """The command line ``tencent-mps <name> --flag value ...`` of a wire request (the reference
    pages show it too). Secret fields are left out: they never go on the command line. Without a
    request, the required fields with placeholders."""
    fields = {f.wire: f for f in op.request.fields}
    words = ["tencent-mps", name]
    if example is None:  # the required fields, with placeholders
        for needed in op.request.fields:
            if needed.request_required and not needed.sensitive:
                words += [flag(needed.wire), _placeholder(needed)]
        return shlex.join(words)
    for wire, value in example.items():
        f = fields.get(wire)
        if f is None or f.sensitive:
            continue
        option = flag(wire)
        if f.kind == "list" and f.item_kind != "object" and isinstance(value, list):
            for item in value:
                words += [option, _scalar(item)]
        elif f.kind in ("list", "object"):
            words += [option, json.dumps(value, ensure_ascii=True, separators=(",", ":"))]
        else:
            words += [option, _scalar(value)]
    return shlex.join(words)


def _placeholder(f: Field) -> str:
    """What an example shows for a field it has no value of: a known value, or the kind."""
    if f.known_values and f.kind == "str":
        return str(next(iter(f.known_values)))
    if f.kind == "list":
        return "JSON" if f.item_kind == "object" else _METAVARS.get(f.item_kind or "", "VALUE")
    return _METAVARS.get(f.kind, "JSON")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else json.dumps(value)


def table(api: Api) -> Table:
    commands: dict[str, str] = {}
    families: dict[str, list[str]] = {title: [] for title, _ in FAMILIES}
    families[OTHER_FAMILY] = []
    summaries: dict[str, str] = {}
    specs: dict[str, str] = {}
    for op in sorted(api.operations, key=lambda o: kebab(o.action)):
        name = kebab(op.action)
        if name in commands:
            raise ValueError(f"{op.action} and {commands[name]} would both be {name!r}")
        commands[name] = op.action
        families[family(op.action)].append(op.action)
        summaries[op.action] = op.summary
        record: dict[str, Any] = {
            "method": op.method,
            "constant": op.constant,
            "request": op.request.name,
            "description": op.description or op.summary,
            "fields": [_field(f) for f in op.request.fields],
            "secrets": _secrets(op.request, api.types, "", 0),
            "example": _example(op, name),
            # an example built from a documented request is a valid request (tests run them)
            "documented": any(isinstance(e, dict) for e in op.request.examples),
        }
        if op.pagination is not None:
            p = op.pagination
            record["pages"] = {
                "loop": f"{op.constant}_PAGES",
                "items": p.items.wire,
                "cursor": [f.wire for f in p.managed],
            }
        if op.followed_by is not None:
            fb = op.followed_by
            record["follow"] = {
                "action": fb.action,
                "waiter": fb.waiter.name,
                "loop": f"{fb.constant}_{fb.waiter.name.upper()}",
                "inputs": [list(pair) for pair in fb.inputs],
                "interval": fb.waiter.interval,
                "timeout": fb.waiter.timeout,
                "status": next((a.wire_path for a in fb.waiter.acceptors if a.wire_path), ""),
            }
        specs[op.action] = json.dumps(record, ensure_ascii=True, separators=(",", ":"))
    types = {
        name: json.dumps([_field(f)[:7] for f in t.fields], separators=(",", ":"))
        for name, t in sorted(api.types.items())
        if t.in_request
    }
    return Table(
        commands=commands,
        families={k: tuple(v) for k, v in families.items() if v},
        summaries=summaries,
        specs=specs,
        types=types,
    )
