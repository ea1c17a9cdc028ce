# copied from runtime/testing/__main__.py by codegen (make generate); do not edit here, edit the original.
"""``python -m tencent_mps.testing``: run the emulator standalone."""

from .serve import serve

raise SystemExit(serve())
