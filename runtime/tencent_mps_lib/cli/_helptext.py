"""Help text shared by the hand-written commands and the generic ones."""

from __future__ import annotations

import textwrap

CREDENTIALS_HELP = (
    "Credentials come from TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY (+ TENCENTCLOUD_TOKEN), "
    "the profile file ~/.tencentcloud/credentials (--profile), a CVM instance role or TKE OIDC."
)


def paragraphs(text: str, width: int = 88) -> str:
    """``text`` wrapped, paragraph by paragraph (the raw formatter keeps the epilog's table)."""
    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))
