# generated from schema/ by codegen/templates/tencent_mps/facade.py.jinja2 (make generate); do not edit.
"""Credentials and their providers (CVM instance role, STS AssumeRole, TKE OIDC), and the default chain that finds them.

The code lives in :mod:`tencent_mps_core.credentials` (hand-written); this module gives it its public name.
"""

from tencent_mps_core.credentials import *  # noqa: F403
from tencent_mps_core.credentials import __all__ as __all__
