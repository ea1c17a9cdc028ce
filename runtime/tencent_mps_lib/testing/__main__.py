"""``python -m tencent_mps.testing``: run the emulator standalone."""

from .serve import serve

raise SystemExit(serve())
