"""The first line of every file under generated/: where it came from, and not to edit it."""

from __future__ import annotations


def generated(template: str, *sources: str) -> str:
    """``# generated from schema/x.json by codegen/templates/<template>; do not edit.``"""
    origin = " and ".join(f"schema/{s}" for s in sources) if sources else "schema/"
    return (
        f"# generated from {origin} by codegen/templates/{template} (make generate); do not edit."
    )
