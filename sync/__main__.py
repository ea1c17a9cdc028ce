"""``python -m sync``: carry upstream facts into schema/ and print the drift report.

python -m sync                      # the pinned releases of schema/upstream.json
python -m sync --upstream DIR       # DIR/api.json, DIR/examples.json[, DIR/errorcodes.py]
python -m sync --actions "A B"      # other actions for this run ("all": every action)
python -m sync --check              # write nothing; exit 1 when schema/ has drifted
python -m sync describe --export F  # what still needs a description (F outside the repo)
python -m sync describe --apply F   # write descriptions from F into schema/
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import describe, jsonio, paths
from .facts import FactsError
from .kinds import KindError
from .operations import OperationError
from .run import sync
from .upstream import (
    Pins,
    Upstream,
    UpstreamError,
    cached_wheel,
    pip_download,
    read_directory,
    read_pinned,
    wheel_member,
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sync",
        description="Carry facts from Tencent's API description into schema/ and report the drift.",
    )
    parser.add_argument(
        "--upstream",
        type=Path,
        metavar="DIR",
        help="read DIR/api.json, DIR/examples.json and DIR/errorcodes.py (when present) "
        "instead of the pinned releases",
    )
    parser.add_argument(
        "--actions",
        metavar="NAMES",
        help='the actions to cover in this run, space-separated, or "all" '
        "(default: the actions of schema/upstream.json, which stays as it is)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 when schema/ disagrees with upstream on any fact",
    )
    parser.add_argument("--schema-dir", type=Path, default=paths.SCHEMA_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, default=paths.CACHE_DIR, help=argparse.SUPPRESS)
    return parser


def _actions(option: str | None, upstream: Upstream) -> list[str] | None:
    if option is None:
        return None
    if option.strip() == "all":
        return sorted(upstream.api.get("actions", {}))
    return option.replace(",", " ").split()


def _describe(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sync describe",
        description="List placeholder descriptions with their context, or write descriptions.",
    )
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--export", type=Path, metavar="FILE", help="write the to-do list here")
    group.add_argument("--apply", type=Path, metavar="FILE", help="read descriptions from here")
    parser.add_argument("--schema-dir", type=Path, default=paths.SCHEMA_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, default=paths.CACHE_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.apply is not None:
            count = describe.apply(args.schema_dir, jsonio.load(args.apply))
            print(f"described {count} items; run `make generate`")
            return 0
        pins = Pins.read(args.schema_dir)
        tccli = cached_wheel(paths.TCCLI, pins.tccli, args.cache_dir, pip_download)
        sdk = cached_wheel(paths.SDK, pins.sdk, args.cache_dir, pip_download)
        api = jsonio.loads(wheel_member(tccli, paths.API_MEMBER))
        todo = describe.export(args.schema_dir, api, wheel_member(sdk, paths.ERRORCODES_MEMBER))
    except (UpstreamError, describe.DescribeError, OSError, ValueError) as exc:
        print(f"sync describe: {exc}", file=sys.stderr)
        return 2
    args.export.write_text(jsonio.dumps(todo), encoding="utf-8")
    print(f"wrote {sum(len(v) for v in todo.values())} items to describe to {args.export}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["describe"]:
        return _describe(argv[1:])
    args = _parser().parse_args(argv)
    try:
        if args.upstream is not None:
            upstream = read_directory(args.upstream)
        else:
            upstream = read_pinned(Pins.read(args.schema_dir), args.cache_dir)
        result = sync(args.schema_dir, upstream, _actions(args.actions, upstream), check=args.check)
    except (UpstreamError, FactsError, KindError, OperationError) as exc:
        print(f"sync: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(result.report)
    return 1 if args.check and result.drift else 0


if __name__ == "__main__":
    sys.exit(main())
