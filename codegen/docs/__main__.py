"""``python -m codegen.docs [--schema DIR] [--out DIR]``: build the reference site."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ..build import load
from .site import ROOT, DocsError, build, guide_text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.docs", description=__doc__)
    parser.add_argument("--schema", type=Path, default=ROOT / "schema")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "docs")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    api = load(args.schema, pyproject=ROOT / "pyproject.toml")
    try:
        site = build(api, guide_text(), args.out)
    except DocsError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    size = sum(p.stat().st_size for p in site.out.rglob("*") if p.is_file())
    print(
        f"{site.pages} pages ({len(site.operations)} operations, {len(site.types)} types, "
        f"{len(site.guides)} guides) in {site.out}: {size / 1e6:.1f} MB, "
        f"{time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
