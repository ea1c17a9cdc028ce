# generated from schema/ by codegen/templates/tencent_mps/facade.py.jinja2 (make generate); do not edit.
"""Credentials, and the chain that finds them (environment, profile file).

The code lives in :mod:`tencent_mps_core.credentials` (hand-written); this module gives it its public name.
"""

from tencent_mps_core.credentials import *  # noqa: F403
from tencent_mps_core.credentials import __all__ as __all__
