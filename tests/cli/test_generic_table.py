"""Every action's generic command: its record, parser, help, skeleton and example line."""

from __future__ import annotations

import json
import shlex

import pytest

from tencent_mps import _loops, operations
from tencent_mps._commands import COMMANDS, FAMILIES, SPECS, SUMMARIES
from tencent_mps_lib.cli._catalog import load_spec, resolve
from tencent_mps_lib.cli._generic import build_action_parser, checked_request, wire_request
from tencent_mps_lib.cli._request import unknown_paths
from tencent_mps_lib.cli._values import skeleton

ACTIONS = sorted(SPECS)


def test_the_table_names_every_operation_once() -> None:
    assert set(SPECS) == set(operations.OPERATIONS)
    assert sorted(COMMANDS.values()) == sorted(SPECS)
    listed = [a for actions in FAMILIES.values() for a in actions]
    assert sorted(listed) == sorted(SPECS)
    assert set(SUMMARIES) == set(SPECS)
    for name, action in COMMANDS.items():
        assert resolve(name) == action
        assert resolve(action) == action
        assert name == name.lower() and " " not in name
    assert resolve("no-such-command") is None
    assert resolve("--help") is None


@pytest.mark.parametrize("action", ACTIONS)
def test_every_action_builds_its_parser_help_and_skeleton(action: str) -> None:
    spec = load_spec(action)
    parser = build_action_parser(spec)
    text = parser.format_help()
    assert f"({action})" in " ".join(text.split())
    options = {o for act in parser._actions for o in act.option_strings}
    for f in spec.fields:
        assert f.flag in options, f.flag
    assert ("--all" in options) == (spec.pages is not None)
    assert ("--wait" in options) == (spec.follow is not None)

    request = skeleton(spec.fields)
    assert set(request) == {f.wire for f in spec.fields}
    model = checked_request(spec, request)  # decoded, no unknown field, encoded: right shape
    assert list(unknown_paths(model)) == []
    # --skeleton output goes back through --request
    args = parser.parse_args([])
    assert wire_request(spec, args, None) == {}
    assert json.loads(json.dumps(request)) == request


@pytest.mark.parametrize("action", [a for a in ACTIONS if load_spec(a).documented])
def test_documented_example_lines_are_valid_requests(action: str) -> None:
    spec = load_spec(action)
    words = shlex.split(spec.example)
    assert words[:2] == ["tencent-mps", spec.command]
    args = build_action_parser(spec).parse_args(words[2:])
    checked_request(spec, wire_request(spec, args, None))


@pytest.mark.parametrize("action", [a for a in ACTIONS if load_spec(a).pages is not None])
def test_paged_actions_name_a_paginator(action: str) -> None:
    pages = load_spec(action).pages
    assert pages is not None
    record = getattr(_loops, pages.loop)
    wires = {f.wire for f in load_spec(action).fields}
    assert set(pages.cursor) <= wires
    assert record.items


@pytest.mark.parametrize("action", [a for a in ACTIONS if load_spec(a).follow is not None])
def test_task_actions_name_a_waiter_and_its_inputs(action: str) -> None:
    follow = load_spec(action).follow
    assert follow is not None
    assert follow.action in SPECS
    assert getattr(_loops, follow.loop).name == follow.waiter
    from tencent_mps_lib.cli._generic import model_class

    poll_fields = model_class(load_spec(follow.action).request).WIRE_NAMES
    for argument, _wire in follow.inputs:
        assert argument in poll_fields
