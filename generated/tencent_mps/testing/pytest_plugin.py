# generated from schema/ by codegen/templates/tencent_mps/facade.py.jinja2 (make generate); do not edit.
"""pytest plugin: the ``mps_emulator`` fixture.

The code lives in :mod:`tencent_mps_lib.testing.pytest_plugin` (hand-written); this module gives it its public name.
"""

from tencent_mps_lib.testing.pytest_plugin import *  # noqa: F403
from tencent_mps_lib.testing.pytest_plugin import __all__ as __all__
