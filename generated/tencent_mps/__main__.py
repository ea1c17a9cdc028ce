# generated from schema/ by codegen/templates/tencent_mps/__main__.py.jinja2 (make generate); do not edit.
"""``python -m tencent_mps``: the command line.

The code lives in :mod:`tencent_mps_lib.cli` (hand-written); this module gives it its public name.
"""

from tencent_mps_lib.cli import main

raise SystemExit(main())
