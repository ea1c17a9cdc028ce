"""``python -m tencent_mps``: the command line."""

from tencent_mps.cli import main

raise SystemExit(main())
