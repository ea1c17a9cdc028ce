"""``python -m codegen [--check]``."""

import sys

from .generate import main

raise SystemExit(main(sys.argv[1:]))
