"""``tencent-mps <action>``: one command per action, built from the action's generated record.

Only the chosen command's parser is built, from ``tencent_mps._commands.SPECS[action]``; the
generated client (``tencent_mps.client``, every action) is not imported: the call goes through
:class:`tencent_mps_core.client_base.BaseClient` with the service's model, ``--all`` through
:func:`tencent_mps_core.paginate.items` and ``--wait`` through :func:`tencent_mps_core.waiter.wait`
with the generated ``_loops`` records.

The request: ``--request FILE`` (``-``: standard input) and/or one flag per top-level field;
flags override the file's fields. It is checked exactly as the client checks it (decoded into
its model, unknown fields refused, then encoded by the operation's codec) before a client exists:
a bad request exits 2 with one line naming the wire path, and nothing is sent.
"""

from __future__ import annotations

import argparse
import time
from importlib import import_module
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn, TextIO

from ._catalog import FieldSpec, Spec, load_spec
from ._codes import EPILOG, EXIT_OK, EXIT_SUBTASKS_FAILED, EXIT_TRANSPORT, EXIT_USAGE
from ._common import Deadline, add_api_flags, command_timeout, make_client, output_format
from ._errors import say
from ._helptext import CREDENTIALS_HELP, paragraphs
from ._request import RequestProblem, read_json_object, unknown_paths
from ._terminal import is_live

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

#: Known values shown in a flag's help at most.
HELP_KNOWN = 12
_METAVARS = {"int": "INT", "float": "NUM", "bool": "true|false", "str": "TEXT"}


class ActionParser(argparse.ArgumentParser):
    """A parser whose usage errors are one line, naming the command and its ``--help``."""

    def error(self, message: str) -> NoReturn:
        from ._terminal import escape_text

        text = escape_text(message)  # it may quote what was typed
        self.exit(EXIT_USAGE, f"{self.prog}: error: {text} (see {self.prog} --help)\n")


def _help_text(f: FieldSpec) -> str:
    facts = [f.kind_text]
    if f.unit:
        facts.append(f"in {f.unit}")
    if f.known:
        shown = ", ".join(f.known[:HELP_KNOWN])
        more = ", ..." if len(f.known) > HELP_KNOWN else ""
        facts.append(f"known values: {shown}{more}")
    if f.required:
        facts.append("required")
    if f.kind == "list":
        facts.append(
            "repeat the flag for each item, or give one JSON list"
            + (" (an item: JSON or @FILE.json)" if f.item_kind == "object" else "")
        )
    elif f.kind == "object":
        facts.append("JSON text or @FILE.json")
    text = f"{f.description} [{'; '.join(facts)}]" if f.description else f"[{'; '.join(facts)}]"
    return text.replace("%", "%%")


def _metavar(f: FieldSpec) -> str:
    if f.kind == "object":
        return "JSON"
    if f.kind == "list":
        return "JSON" if f.item_kind == "object" else _METAVARS.get(f.item_kind or "", "VALUE")
    return _METAVARS.get(f.kind, "VALUE")


def add_field_flags(
    group: argparse._ActionsContainer, spec: Spec, *, skip: frozenset[str] = frozenset()
) -> None:
    """A flag per top-level field of ``spec``'s request, but those named in ``skip``."""
    for f in spec.fields:
        if f.flag in skip:
            continue
        group.add_argument(
            f.flag,
            dest=f.dest,
            action="append" if f.kind == "list" else "store",
            metavar=_metavar(f),
            help=_help_text(f),
        )


def build_action_parser(spec: Spec, prog_name: str | None = None) -> ActionParser:
    """The parser of one action's command (its flags, and the generic options)."""

    name = prog_name or spec.command
    description = f"{spec.description} ({spec.action})\n\n" + (
        "Flags set the request's top-level fields (see --skeleton for the whole request); "
        "--request FILE gives the whole request, and flags given with it override its fields. "
        "The request is checked before it is sent. " + CREDENTIALS_HELP
    )
    epilog = f"example:\n  {spec.example}\n\n{EPILOG}" if spec.example else EPILOG
    parser = ActionParser(
        prog=f"tencent-mps {name}",
        usage=f"tencent-mps {name} [--FIELD VALUE ...] [--request FILE] [options]",
        description=paragraphs(description),
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.set_defaults(command=name, spec=spec, usage=parser)
    add_field_flags(parser.add_argument_group(f"request fields ({spec.request})"), spec)
    req = parser.add_argument_group("the request as a whole")
    req.add_argument(
        "--request",
        metavar="FILE",
        help="the request's wire-format JSON ('-' reads standard input); flags override its fields",
    )
    req.add_argument(
        "--skeleton",
        action="store_true",
        help="print a wire-format request with every field, each value of its kind, to fill in "
        "and pass back with --request; sends nothing",
    )
    out = parser.add_argument_group("output")
    out.add_argument(
        "--output",
        choices=("table", "json"),
        default=None,
        help="table (the default on a terminal) or json: the wire JSON of the response",
    )
    out.add_argument(
        "--query",
        metavar="EXPR",
        help="print what the JMESPath expression selects from the JSON output (needs "
        "pip install 'tencent-mps[cli]'), e.g. --query 'RequestId'",
    )
    if spec.pages is not None:
        out.add_argument(
            "--all",
            action="store_true",
            help=f"follow every page and print each item of {spec.pages.items}, one JSON line "
            "each (a table on a terminal)",
        )
    if spec.follow is not None:
        fw = spec.follow
        out.add_argument(
            "--wait",
            action="store_true",
            help=f"follow the task it starts with {fw.action} until it ends, showing progress; "
            f"prints the final {fw.action} answer",
        )
        out.add_argument(
            "--interval",
            type=_seconds,
            default=None,
            metavar="S",
            help=f"seconds between polls, with --wait only (default {fw.interval:g})",
        )
    add_api_flags(
        parser,
        timeout_help="bound on the whole command in seconds"
        + (
            f": with --wait the time to wait (default {spec.follow.timeout:g}), every call "
            "getting what is left; without, the call and its retries"
            if spec.follow is not None
            else ", every page included (default: --read-timeout per attempt)"
        ),
    )
    return parser


def _seconds(text: str) -> float:
    from ._common import positive_seconds

    return positive_seconds(text)


def parse(command: str, action: str, argv: Sequence[str]) -> argparse.Namespace:
    """The arguments of ``tencent-mps COMMAND ARGV`` (usage errors exit 2)."""
    spec = load_spec(action)
    return build_action_parser(spec, command).parse_args(list(argv))


# -- the request -----------------------------------------------------------------------------


def model_class(name: str) -> Any:
    """The generated model class ``name`` (its own module only)."""
    from tencent_mps.models._registry import MODULES

    module = import_module(f"tencent_mps.models.{MODULES[name]}")
    return getattr(module, name)


def wire_request(spec: Spec, args: argparse.Namespace, stdin: BinaryIO | None) -> dict[str, Any]:
    """The request's wire fields: the ``--request`` file's, then the flags'."""
    data: dict[str, Any] = {}
    if args.request is not None:
        data = read_json_object(args.request, stdin, "--request", f"the {spec.request}'s fields")
    data.update(flag_fields(spec, args, stdin))
    return data


def flag_fields(spec: Spec, args: argparse.Namespace, stdin: BinaryIO | None) -> dict[str, Any]:
    """The wire fields the field flags give (RequestProblem for a value that does not fit)."""
    from ._values import field_value

    given = vars(args)
    data: dict[str, Any] = {}
    for f in spec.fields:
        raw = given.get(f.dest)
        if raw is not None:
            data[f.wire] = field_value(f, raw, stdin, spec.secrets)
    return data


def checked_request(spec: Spec, data: dict[str, Any]) -> Any:
    """The request model of ``data``, checked as the client checks it; RequestProblem or
    ValidationError (both exit 2) otherwise."""
    from tencent_mps import operations
    from tencent_mps_core.exceptions import DecodeError

    try:
        request = model_class(spec.request).from_dict(data)
    except DecodeError as exc:
        raise RequestProblem(f"invalid request: {exc} (nothing was sent)") from None
    unknown = list(unknown_paths(request))
    if unknown:
        raise RequestProblem(
            f"invalid request: {', '.join(unknown)}: not a field of the {spec.action} request "
            "(nothing was sent)"
        )
    operations.OPERATIONS[spec.action].encode(request)  # ValidationError: exit 2
    return request


# -- running ---------------------------------------------------------------------------------


def _client_class() -> type[Any]:
    from tencent_mps._service import SERVICE
    from tencent_mps_core.client_base import BaseClient

    class ActionClient(BaseClient):
        """The core client with the MPS service model: enough for ``invoke``."""

        service = SERVICE

    return ActionClient


def execute(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO | None) -> int:
    """Run the parsed command of one action."""
    from ._output import compile_query

    spec: Spec = args.spec
    raw_stdin = getattr(stdin, "buffer", None)
    if args.skeleton:
        return print_skeleton(spec, out)
    wait = bool(getattr(args, "wait", False))
    if getattr(args, "interval", None) is not None and not wait:
        _usage(args, "--interval goes with --wait")
    try:
        query = compile_query(args.query) if args.query is not None else None
        request = checked_request(spec, wire_request(spec, args, raw_stdin))
    except RequestProblem as problem:
        say(err, f"error: {problem.message}")
        return problem.code
    deadline = Deadline(command_timeout(args))
    # --query selects from the JSON: JSON unless --output table is asked for
    fmt = "json" if query is not None and args.output is None else output_format(args, out)
    with make_client(args, _client_class()) as client:
        if getattr(args, "all", False):
            return _all_items(client, spec, request, deadline, fmt, query, out)
        with deadline.bounded():
            response = client.invoke(spec.action, request, timeout=deadline.remaining())
        if not wait:
            _show(response.to_dict(), fmt, query, out, main_list=_main_list(spec))
            return EXIT_OK
        return _wait(client, spec, response, deadline, fmt, query, out, err, args)


def print_skeleton(spec: Spec, out: TextIO) -> int:
    """``--skeleton``: the request with every field, as indented wire JSON."""
    from ._output import write_json
    from ._values import skeleton

    write_json(skeleton(spec.fields), out)
    return EXIT_OK


def _usage(args: argparse.Namespace, message: str) -> NoReturn:
    parser: argparse.ArgumentParser = args.usage
    parser.error(message)


def _main_list(spec: Spec) -> str | None:
    return spec.pages.items if spec.pages is not None else None


def _show(
    data: Any,
    fmt: str,
    query: Callable[[Any], Any] | None,
    out: TextIO,
    *,
    main_list: str | None = None,
    indent: int | None = 2,
) -> None:
    from ._output import render_table, write_json

    if query is not None:
        data = query(data)
    if fmt == "json":
        write_json(data, out, indent=indent)
    else:
        render_table(data, out, main_list=main_list)


def _all_items(
    client: Any,
    spec: Spec,
    request: Any,
    deadline: Deadline,
    fmt: str,
    query: Callable[[Any], Any] | None,
    out: TextIO,
) -> int:
    """``--all``: every item of every page, one JSON line each (or one table at the end)."""
    from tencent_mps import _loops
    from tencent_mps_core.paginate import items

    assert spec.pages is not None
    pagination = getattr(_loops, spec.pages.loop)

    def call(page_request: Any) -> Any:
        with deadline.bounded():
            return client.invoke(spec.action, page_request, timeout=deadline.remaining())

    collected: list[Any] = []
    for item in items(call, request, pagination):
        wire = item.to_dict() if hasattr(item, "to_dict") else item
        if fmt == "json":
            _show(wire, fmt, query, out, indent=None)
        else:
            collected.append(wire)
    if fmt != "json":
        from ._output import list_table

        list_table(collected, out)
        out.flush()
    return EXIT_OK


def _wait(
    client: Any,
    spec: Spec,
    response: Any,
    deadline: Deadline,
    fmt: str,
    query: Callable[[Any], Any] | None,
    out: TextIO,
    err: TextIO,
    args: argparse.Namespace,
) -> int:
    """``--wait``: follow the started task with the action's waiter, with the progress line."""
    from tencent_mps import _loops
    from tencent_mps_core.waiter import wait

    from ._progress import ProgressReporter

    follow = spec.follow
    assert follow is not None
    started = response.to_dict()
    follow_spec = load_spec(follow.action)
    values: dict[str, Any] = {}
    for argument, wire in follow.inputs:
        value = started.get(wire)
        if value in (None, ""):
            say(err, f"error: the service answered without a {wire}: nothing to follow")
            return EXIT_TRANSPORT
        values[argument] = value
    poll_request = model_class(follow_spec.request)(**values)
    shown = ", ".join(f"{wire} {started[wire]}" for _, wire in follow.inputs)
    say(err, f"started {shown}; following it (Ctrl-C stops following, not the task)")
    reporter = ProgressReporter(err, live=is_live(err) and not args.debug, status=follow.status)
    timeout = deadline.remaining()
    assert timeout is not None  # --wait always has a deadline

    def poll(remaining: float) -> Any:
        return client.invoke(follow.action, poll_request, timeout=remaining)

    try:
        final = wait(
            poll,
            getattr(_loops, follow.loop),
            what=f"{follow.waiter}({shown})",
            interval=args.interval or follow.interval,
            timeout=timeout,
            on_progress=reporter.update,
            sleep=time.sleep,
        )
        reporter.update(final)
    finally:
        reporter.close()
    _show(final.to_dict(), fmt, query, out)
    failed = getattr(final, "failed_subtasks", None)
    if callable(failed) and failed():
        return EXIT_SUBTASKS_FAILED
    return EXIT_OK
