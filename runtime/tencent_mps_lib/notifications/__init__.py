"""Event notifications pushed by MPS: verify, parse, and receive them (``tencent_mps.notifications``)."""

from __future__ import annotations

from .signature import sign, signature_matches

__all__ = ["sign", "signature_matches"]
