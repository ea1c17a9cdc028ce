"""Documented values the service enforces (``x-tc-emulation`` ``enforced-values``) are checked."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tencent_mps._emulation import ENFORCED_VALUES
from tencent_mps.operations import OPERATIONS
from tencent_mps.testing import Emulator

from .helpers import call_action, minimal_request, schema_defs

Factory = Callable[..., Emulator]

COS_INPUT = {
    "Type": "COS",
    "CosInputInfo": {"Bucket": "media-1250000000", "Region": "ap-guangzhou", "Object": "/in/a.mp4"},
}


def _rules() -> list[str]:
    path = Path(__file__).parents[2] / "schema" / "mps.openapi.json"
    with path.open(encoding="utf-8") as handle:
        return list(json.load(handle)["x-tc-emulation"]["enforced-values"])


def test_every_enforced_field_exists_and_has_documented_values() -> None:
    defs = schema_defs()
    rules = _rules()
    assert "MediaInputInfo.Type" in rules
    for rule in rules:
        type_name, _, wire = rule.partition(".")
        prop = defs[type_name]["properties"][wire]
        documented = list(prop["x-known-values"])
        assert documented, rule
        assert ENFORCED_VALUES[type_name][wire] == documented
    generated = {f"{t}.{w}" for t, fields in ENFORCED_VALUES.items() for w in fields}
    assert generated == set(rules)


def test_no_enforced_field_says_more_values_may_come() -> None:
    for rule in _rules():
        type_name, _, wire = rule.partition(".")
        text = schema_defs()[type_name]["properties"][wire].get("description", "").lower()
        assert "may be added" not in text and "more values" not in text, rule


@pytest.mark.parametrize(
    ("action", "params", "path"),
    [
        ("ProcessMedia", {"InputInfo": {**COS_INPUT, "Type": "FTP"}}, "InputInfo.Type"),
        (
            "ProcessMedia",
            {"InputInfo": COS_INPUT, "OutputStorage": {"Type": "URL"}},
            "OutputStorage.Type",
        ),
        (
            "ProcessMedia",
            {"InputInfo": COS_INPUT, "TaskNotifyConfig": {"NotifyType": "EMAIL"}},
            "TaskNotifyConfig.NotifyType",
        ),
        ("ManageTask", {"OperationType": "Pause", "TaskId": "t"}, "OperationType"),
        ("DescribeTasks", {"Status": "RUNNING"}, "Status"),
        ("DescribeWorkflows", {"Status": "On"}, "Status"),
        ("DescribeTranscodeTemplates", {"Type": "preset"}, "Type"),
        ("DescribeContentReviewTemplates", {"Type": "Mine"}, "Type"),
        ("CreateTranscodeTemplate", {"Container": "avi"}, "Container"),
    ],
)
def test_a_value_outside_the_documented_set_is_refused(
    emulator_factory: Factory, action: str, params: dict[str, Any], path: str
) -> None:
    emu = emulator_factory()
    reply = call_action(emu, action, {**minimal_request(action), **params})
    code = reply.error_code or ""
    field = path.split(".")[0]
    documented = OPERATIONS[action].error_codes
    # The action's own sub-code for the field or its top-level parameter, where it has one.
    expected = next(
        (
            c
            for c in (
                f"InvalidParameterValue.{path.rsplit('.', 1)[-1]}",
                f"InvalidParameterValue.{field}",
            )
            if c in documented
        ),
        "InvalidParameterValue",
    )
    assert code == expected
    assert f"`{path}`" in reply.response["Error"]["Message"]


def test_nested_request_fields_are_checked(emulator_factory: Factory) -> None:
    emu = emulator_factory()
    activities = [
        {"ActivityType": "input", "ReardriveIndex": [1]},
    ]
    params = {
        **minimal_request("CreateSchedule"),
        "OutputStorage": {"Type": "FTP"},
        "Activities": activities,
    }
    reply = call_action(emu, "CreateSchedule", params)
    assert (reply.error_code or "").startswith("InvalidParameterValue")
    assert "`OutputStorage.Type`" in reply.response["Error"]["Message"]


@pytest.mark.parametrize("rule", _rules())
def test_every_documented_value_passes_the_check(rule: str) -> None:
    from tencent_mps_lib.testing._errors import EmulatorError
    from tencent_mps_lib.testing.checks._validate import _check_values

    type_name, _, wire = rule.partition(".")
    for value in ENFORCED_VALUES[type_name][wire]:
        _check_values(type_name, {wire: value}, "")
    with pytest.raises(EmulatorError, match=f"`{wire}`.*is not one of"):
        _check_values(type_name, {wire: "\u00d7not-documented"}, "")


@pytest.mark.parametrize("value", ["COS", "URL", "AWS-S3", "VOD"])
def test_documented_input_types_are_accepted(emulator_factory: Factory, value: str) -> None:
    emu = emulator_factory()
    params = {
        "InputInfo": {**COS_INPUT, "Type": value, "UrlInputInfo": {"Url": "https://a/b.mp4"}},
        "MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 100010}]},
    }
    reply = call_action(emu, "ProcessMedia", params)
    assert "InputInfo.Type" not in json.dumps(reply.response), reply.response
