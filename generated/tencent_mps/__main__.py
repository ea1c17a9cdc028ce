# copied from runtime/__main__.py by codegen (make generate); do not edit here, edit the original.
"""``python -m tencent_mps``: the command line."""

from tencent_mps.cli import main

raise SystemExit(main())
