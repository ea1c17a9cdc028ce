"""Which parser a command line goes to: a hand-written command, or its action's generic one."""

from __future__ import annotations

from ._catalog import SHARED, load_spec


def generic_flags_in(command: str, argv: list[str]) -> bool:
    """Whether ``argv`` of the hand-written ``command`` (one of :data:`SHARED`) has a flag that
    its own parser lacks but the action's generic command has."""
    flags = {word.split("=", 1)[0] for word in argv if word.startswith("--") and word != "--"}
    if not flags:
        return False
    from ._complete import hand_written_parser  # parsers are built only when needed

    own = hand_written_parser(command)
    known = {o for act in own._actions for o in act.option_strings} if own is not None else set()
    extra = flags - known
    if not extra:
        return False
    from ._generic import build_action_parser

    generic = build_action_parser(load_spec(SHARED[command]), command)
    theirs = {o for act in generic._actions for o in act.option_strings}
    return extra <= theirs
