"""Shell completion: ``tencent-mps completion bash|zsh`` prints the script to load.

The script asks the program itself for the candidates (``tencent-mps __complete WORD...
CURRENT``, a hidden command): the commands, the flags of the command being typed, and the
values of ``--output``. Nothing is listed in the script, so it never goes stale. Where there is
nothing to offer (a file name after ``--request``), the shell completes file names.

Install (once, then start a new shell):

- bash: ``tencent-mps completion bash > ~/.local/share/bash-completion/completions/tencent-mps``
  (or ``eval "$(tencent-mps completion bash)"`` in ``~/.bashrc``);
- zsh: ``eval "$(tencent-mps completion zsh)"`` in ``~/.zshrc``, after ``compinit``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Final

from ._codes import EXIT_OK, EXIT_USAGE

BASH: Final = r"""# bash completion of tencent-mps (tencent-mps completion bash)
_tencent_mps() {
    local IFS=$'\n'
    COMPREPLY=($(tencent-mps __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _tencent_mps tencent-mps
"""

ZSH: Final = r"""#compdef tencent-mps
# zsh completion of tencent-mps (tencent-mps completion zsh)
_tencent_mps() {
    local -a candidates
    candidates=("${(@f)$(tencent-mps __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    if (( ${#candidates} )) && [[ -n "${candidates[1]}" ]]; then
        compadd -a candidates
    else
        _files
    fi
}
compdef _tencent_mps tencent-mps
"""
SCRIPTS: Final = {"bash": BASH, "zsh": ZSH}
#: Values offered after a flag that takes one of a few.
_FLAG_VALUES: Final = {"--output": ("table", "json")}


def completion(argv: Sequence[str]) -> int:
    """``completion bash|zsh`` (the script) or ``__complete WORD... CURRENT`` (candidates)."""
    if argv[0] == "__complete":
        for candidate in candidates(list(argv[1:])):
            sys.stdout.write(candidate + "\n")
        sys.stdout.flush()
        return EXIT_OK
    parser = argparse.ArgumentParser(
        prog="tencent-mps completion",
        description="Print the shell completion script of tencent-mps. Install it for bash "
        "with: tencent-mps completion bash > ~/.local/share/bash-completion/completions/"
        'tencent-mps (or add eval "$(tencent-mps completion bash)" to ~/.bashrc); for zsh, '
        'add eval "$(tencent-mps completion zsh)" to ~/.zshrc after compinit.',
        allow_abbrev=False,
    )
    parser.add_argument("shell", choices=sorted(SCRIPTS))
    args = parser.parse_args(list(argv[1:]))
    sys.stdout.write(SCRIPTS[args.shell])
    sys.stdout.flush()
    return EXIT_OK if args.shell in SCRIPTS else EXIT_USAGE


def candidates(words: list[str]) -> list[str]:
    """What may replace the last of ``words`` (the word being typed) after ``tencent-mps``."""
    from ._catalog import command_names, resolve

    if not words:
        words = [""]
    current = words[-1]
    if len(words) == 1:
        return [name for name in command_names() if name.startswith(current)]
    command = words[0]
    previous = words[-2] if len(words) >= 2 else ""
    if previous in _FLAG_VALUES:
        return [v for v in _FLAG_VALUES[previous] if v.startswith(current)]
    if command == "completion":
        return [s for s in sorted(SCRIPTS) if s.startswith(current)] if len(words) == 2 else []
    if not current.startswith("-"):
        return []  # a value or a file name: the shell's own completion
    flags = _flags(command, resolve(command))
    return [flag for flag in flags if flag.startswith(current)]


def _flags(command: str, action: str | None) -> list[str]:
    """The flags of ``command``: a hand-written command's, then its action's generic ones."""
    from ._catalog import HAND_WRITTEN, SHARED, load_spec
    from ._generic import build_action_parser

    parsers: list[argparse.ArgumentParser | None] = []
    if command in HAND_WRITTEN:
        parsers.append(hand_written_parser(command))
    action = SHARED.get(command, action)
    if action is not None:
        parsers.append(build_action_parser(load_spec(action), command))
    found: list[str] = []
    for parser in parsers:
        for act in parser._actions if parser is not None else ():
            if act.help == argparse.SUPPRESS:
                continue
            found.extend(o for o in act.option_strings if o.startswith("--") and o not in found)
    return found


def hand_written_parser(command: str) -> argparse.ArgumentParser | None:
    from ._parser import build_parser

    for act in build_parser()._actions:
        if isinstance(act, argparse._SubParsersAction):
            chosen = act.choices.get(command)
            return chosen if isinstance(chosen, argparse.ArgumentParser) else None
    return None
