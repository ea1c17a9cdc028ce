"""``python -m sync``: carry upstream facts into schema/ and print the drift report.

python -m sync                      # the pinned releases of schema/upstream.json
python -m sync --upstream DIR       # DIR/api.json, DIR/examples.json[, DIR/errorcodes.py]
python -m sync --actions "A B"      # other actions for this run ("all": every action)
python -m sync --check              # write nothing; exit 1 when schema/ has drifted
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import paths
from .facts import FactsError
from .kinds import KindError
from .operations import OperationError
from .run import sync
from .upstream import Pins, Upstream, UpstreamError, read_directory, read_pinned


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


def main(argv: Sequence[str] | None = None) -> int:
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
