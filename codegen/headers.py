"""The first lines of every file under generated/: where it came from, and not to edit it."""

from __future__ import annotations


def generated(source: str) -> str:
    return f"# generated from {source} by codegen (make generate); do not edit."


def copied(source: str) -> str:
    return (
        f"# generated from {source} (hand-written, copied verbatim) by codegen (make generate);"
        f" do not edit here, edit {source}."
    )
