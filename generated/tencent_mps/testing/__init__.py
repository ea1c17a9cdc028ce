# generated from schema/ by codegen/templates/tencent_mps/facade.py.jinja2 (make generate); do not edit.
"""Test support: a local MPS emulator that any client, the official SDK's included, can call.

The code lives in :mod:`tencent_mps_lib.testing` (hand-written); this module gives it its public name.
"""

from tencent_mps_lib.testing import *  # noqa: F403
from tencent_mps_lib.testing import __all__ as __all__
