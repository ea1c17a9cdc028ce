"""The generated reference site (``make docs``): pages rendered from the IR into build/docs/."""

from __future__ import annotations

from .site import GUIDES, DocsError, Site, build, guide_text, name_words

__all__ = ["GUIDES", "DocsError", "Site", "build", "guide_text", "name_words"]
