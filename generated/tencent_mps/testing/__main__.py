# generated from runtime/testing/__main__.py (hand-written, copied verbatim) by codegen (make generate); do not edit here, edit runtime/testing/__main__.py.
"""``python -m tencent_mps.testing``: run the emulator standalone."""

from .serve import serve

raise SystemExit(serve())
