# generated from runtime/__main__.py (hand-written, copied verbatim) by codegen (make generate); do not edit here, edit runtime/__main__.py.
"""``python -m tencent_mps``: the command line."""

from tencent_mps.cli import main

raise SystemExit(main())
