# generated from schema/ by codegen/templates/tencent_mps/facade.py.jinja2 (make generate); do not edit.
"""Event notifications pushed by MPS: verify, parse and receive them.

The code lives in :mod:`tencent_mps_lib.notifications` (hand-written); this module gives it its public name.
"""

from tencent_mps_lib.notifications import *  # noqa: F403
from tencent_mps_lib.notifications import __all__ as __all__
