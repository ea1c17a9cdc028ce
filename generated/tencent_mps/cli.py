# generated from schema/ by codegen/templates/tencent_mps/facade.py.jinja2 (make generate); do not edit.
"""The ``tencent-mps`` command line.

The code lives in :mod:`tencent_mps_lib.cli` (hand-written); this module gives it its public name.
"""

from tencent_mps_lib.cli import *  # noqa: F403
from tencent_mps_lib.cli import __all__ as __all__
