"""Stateful resources: templates, workflows, schedules and the rest, with the official SDK."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.mps.v20190612 import models

from tencent_mps._emulation import FAMILIES, REFERENCES
from tencent_mps.operations import OPERATIONS
from tencent_mps.testing import Emulator
from tencent_mps_lib.testing._schema import field_model, wire_fields

from .conftest import official_client

Factory = Callable[..., Emulator]


def sdk(client: Any, action: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """Call ``action`` through the official SDK's typed request and response models."""
    request = getattr(models, f"{action}Request")()
    request.from_json_string(json.dumps(params or {}))
    response = getattr(client, action)(request)
    answer: dict[str, Any] = json.loads(response.to_json_string())
    return answer


def sdk_error(client: Any, action: str, params: dict[str, Any]) -> TencentCloudSDKException:
    with pytest.raises(TencentCloudSDKException) as info:
        sdk(client, action, params)
    return info.value


@pytest.fixture
def client(emulator_factory: Factory) -> Any:
    return official_client(emulator_factory(rate_limit=None))


#: The smallest valid Create request of each template family checked end to end.
CREATE: dict[str, dict[str, Any]] = {
    "TranscodeTemplate": {"Container": "mp4", "Name": "t", "Comment": "c", "RemoveVideo": 0},
    "SnapshotByTimeOffsetTemplate": {"Name": "t", "Width": 640, "Format": "jpg"},
    "SampleSnapshotTemplate": {"Name": "t", "SampleType": "Percent", "SampleInterval": 10},
    "ImageSpriteTemplate": {
        "Name": "t",
        "SampleType": "Percent",
        "SampleInterval": 10,
        "RowCount": 3,
        "ColumnCount": 4,
    },
    "AnimatedGraphicsTemplate": {"Name": "t", "Fps": 10, "Format": "gif"},
    "AIAnalysisTemplate": {"Name": "t", "Comment": "c"},
    "ContentReviewTemplate": {"Name": "t"},
    "SmartEraseTemplate": {"Name": "t", "EraseType": "subtitle"},
    "SmartSubtitleTemplate": {"Name": "t", "VideoSrcLanguage": "en", "SubtitleType": 0},
    "SubtitleEmbedTemplate": {"Name": "t"},
    "LiveRecordTemplate": {"Name": "t"},
    "BlindWatermarkTemplate": {"Name": "t", "Type": "blind-basic", "TextContent": "abc"},
}


def _action(family: str, verb: str) -> str:
    return next(a for a, spec in FAMILIES[family]["actions"].items() if spec["verb"] == verb)


@pytest.mark.parametrize("family", sorted(CREATE))
def test_template_round_trip(client: Any, family: str) -> None:
    listing = FAMILIES[family]["actions"][_action(family, "list")]
    items = listing["items"]
    created = sdk(client, _action(family, "create"), CREATE[family])
    definition = created["Definition"]
    assert isinstance(definition, int) and definition > 0

    def one() -> dict[str, Any]:
        page = sdk(client, _action(family, "list"), {"Definitions": [definition]})
        assert page["TotalCount"] == 1
        (item,) = page[items]
        assert int(item["Definition"]) == definition
        return item

    item = one()
    assert item["Name"] == "t"
    assert item.get("CreateTime") and item.get("UpdateTime")
    if "Type" in listing.get("filters", {}) and family != "BlindWatermarkTemplate":
        assert item["Type"] == "Custom"
    before = dict(item)
    sdk(client, _action(family, "modify"), {"Definition": definition, "Name": "renamed"})
    after = one()
    assert after["Name"] == "renamed"
    unchanged = {k: v for k, v in before.items() if k not in ("Name", "UpdateTime")}
    assert {k: after[k] for k in unchanged} == unchanged  # only the fields sent change
    sdk(client, _action(family, "delete"), {"Definition": definition})
    gone = sdk(client, _action(family, "list"), {"Definitions": [definition]})
    assert gone["TotalCount"] == 0 and not gone[items]
    err = sdk_error(client, _action(family, "modify"), {"Definition": definition, "Name": "x"})
    assert err.get_code() == "ResourceNotFound.TemplateNotExist"
    assert str(definition) in err.get_message()


def test_transcode_definition_keeps_each_answers_kind(client: Any) -> None:
    created = client.call("CreateTranscodeTemplate", {"Container": "mp4"})
    definition = json.loads(created)["Response"]["Definition"]
    assert type(definition) is int
    listed = json.loads(client.call("DescribeTranscodeTemplates", {"Definitions": [definition]}))
    assert listed["Response"]["TranscodeTemplateSet"][0]["Definition"] == str(definition)


def test_paging_over_more_than_one_page(client: Any) -> None:
    made = [
        sdk(client, "CreateTranscodeTemplate", {"Container": "mp4", "Name": f"n{i}"})
        for i in range(23)
    ]
    ids = [m["Definition"] for m in made]
    seen: list[int] = []
    totals: set[int] = set()
    for offset in (0, 10, 20):
        page = sdk(
            client,
            "DescribeTranscodeTemplates",
            {"Type": "Custom", "Offset": offset, "Limit": 10},
        )
        totals.add(page["TotalCount"])
        seen += [int(t["Definition"]) for t in page["TranscodeTemplateSet"]]
    assert totals == {23}
    assert seen == ids
    by_name = sdk(client, "DescribeTranscodeTemplates", {"Name": "n7"})
    assert [int(t["Definition"]) for t in by_name["TranscodeTemplateSet"]] == [ids[7]]
    err = sdk_error(client, "DescribeTranscodeTemplates", {"Limit": 101})
    assert err.get_code() == "InvalidParameterValue.Limit"


def test_presets_are_listed_and_cannot_change(client: Any) -> None:
    presets = sdk(client, "DescribeTranscodeTemplates", {"Type": "Preset", "Limit": 100})
    found = {int(t["Definition"]) for t in presets["TranscodeTemplateSet"]}
    assert {10, 100010} <= found
    assert {t["Type"] for t in presets["TranscodeTemplateSet"]} == {"Preset"}
    modify = sdk_error(client, "ModifyTranscodeTemplate", {"Definition": 100010, "Name": "x"})
    assert modify.get_code() == "InvalidParameterValue.ModifyDefaultTemplate"
    delete = sdk_error(client, "DeleteTranscodeTemplate", {"Definition": 100010})
    assert delete.get_code() == "InvalidParameterValue.DeleteDefaultTemplate"
    missing = sdk_error(client, "DeleteWatermarkTemplate", {"Definition": 424242})
    assert missing.get_code() == "ResourceNotFound.TemplateNotExist"


def test_the_documented_cap_holds(client: Any) -> None:
    cap = FAMILIES["SnapshotByTimeOffsetTemplate"]["cap"]
    for _ in range(cap["max"]):
        sdk(client, "CreateSnapshotByTimeOffsetTemplate", {})
    err = sdk_error(client, "CreateSnapshotByTimeOffsetTemplate", {})
    assert err.get_code() == "LimitExceeded.TooMuchTemplate"
    first = sdk(client, "DescribeSnapshotByTimeOffsetTemplates", {"Type": "Custom", "Limit": 1})
    sdk(
        client,
        "DeleteSnapshotByTimeOffsetTemplate",
        {"Definition": int(first["SnapshotByTimeOffsetTemplateSet"][0]["Definition"])},
    )
    assert sdk(client, "CreateSnapshotByTimeOffsetTemplate", {})["Definition"] > 0


WORKFLOW = {
    "WorkflowName": "wf",
    "Trigger": {
        "Type": "CosFileUpload",
        "CosFileUploadTrigger": {"Bucket": "in-125", "Region": "ap-guangzhou", "Dir": "/up/"},
    },
    "OutputStorage": {
        "Type": "COS",
        "CosOutputStorage": {"Bucket": "out-125", "Region": "ap-guangzhou"},
    },
    "OutputDir": "/out/",
    "MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 100010}]},
}


def test_workflow_lifecycle(client: Any) -> None:
    workflow_id = sdk(client, "CreateWorkflow", WORKFLOW)["WorkflowId"]
    other = sdk(client, "CreateWorkflow", {**WORKFLOW, "WorkflowName": "other"})["WorkflowId"]

    def status(wid: int) -> str:
        page = sdk(client, "DescribeWorkflows", {"WorkflowIds": [wid]})
        return str(page["WorkflowInfoSet"][0]["Status"])

    assert status(workflow_id) == "Disabled"  # a new workflow starts Disabled
    sdk(client, "EnableWorkflow", {"WorkflowId": workflow_id})
    assert status(workflow_id) == "Enabled"
    enabled = sdk(client, "DescribeWorkflows", {"Status": "Enabled"})
    assert [w["WorkflowId"] for w in enabled["WorkflowInfoSet"]] == [workflow_id]
    assert enabled["TotalCount"] == 1
    paged = sdk(client, "DescribeWorkflows", {"Offset": 1, "Limit": 1})
    assert paged["TotalCount"] == 2 and [w["WorkflowId"] for w in paged["WorkflowInfoSet"]] == [
        other
    ]
    sdk(client, "ResetWorkflow", {**WORKFLOW, "WorkflowId": workflow_id, "WorkflowName": "new"})
    reset = sdk(client, "DescribeWorkflows", {"WorkflowIds": [workflow_id]})["WorkflowInfoSet"][0]
    assert reset["WorkflowName"] == "new" and reset["Status"] == "Enabled"
    sdk(client, "DisableWorkflow", {"WorkflowId": workflow_id})
    assert status(workflow_id) == "Disabled"
    sdk(client, "DeleteWorkflow", {"WorkflowId": workflow_id})
    assert sdk(client, "DescribeWorkflows", {"WorkflowIds": [workflow_id]})["TotalCount"] == 0
    err = sdk_error(client, "EnableWorkflow", {"WorkflowId": workflow_id})
    assert err.get_code() == "ResourceNotFound"


#: The smallest schedule: a COS trigger, and an input and an output activity.
SCHEDULE = {
    "ScheduleName": "s",
    "Trigger": WORKFLOW["Trigger"],
    "Activities": [{"ActivityType": "input"}, {"ActivityType": "output"}],
}


def test_schedule_lifecycle(client: Any) -> None:
    schedule = dict(SCHEDULE)
    sid = sdk(client, "CreateSchedule", schedule)["ScheduleId"]
    listed = sdk(client, "DescribeSchedules", {"ScheduleIds": [sid]})["ScheduleInfoSet"]
    assert [(s["ScheduleId"], s["Status"]) for s in listed] == [(sid, "Disabled")]
    sdk(client, "EnableSchedule", {"ScheduleId": sid})
    sdk(client, "ModifySchedule", {"ScheduleId": sid, "ScheduleName": "renamed"})
    (info,) = sdk(client, "DescribeSchedules", {"Status": "Enabled"})["ScheduleInfoSet"]
    assert (info["ScheduleName"], info["Status"]) == ("renamed", "Enabled")
    assert info["Trigger"]["CosFileUploadTrigger"]["Dir"] == "/up/"
    by_trigger = sdk(client, "DescribeSchedules", {"TriggerType": "AwsS3FileUpload"})
    assert by_trigger["TotalCount"] == 0
    sdk(client, "DeleteSchedule", {"ScheduleId": sid})
    assert sdk(client, "DescribeSchedules", {})["TotalCount"] == 0


def test_stream_link_flow_states(client: Any) -> None:
    flow = sdk(client, "CreateStreamLinkFlow", {"FlowName": "f", "MaxBandwidth": 10000000})
    flow_id = flow["Info"]["FlowId"]
    assert flow["Info"]["State"] == "IDLE" and flow["Info"]["FlowName"] == "f"
    sdk(client, "StartStreamLinkFlow", {"FlowId": flow_id})
    assert sdk(client, "DescribeStreamLinkFlow", {"FlowId": flow_id})["Info"]["State"] == "RUNNING"
    page = sdk(client, "DescribeStreamLinkFlows", {"PageNum": 1, "PageSize": 10})
    assert page["TotalNum"] == 1 and page["TotalPage"] == 1
    sdk(client, "DeleteStreamLinkFlow", {"FlowId": flow_id})
    err = sdk_error(client, "DescribeStreamLinkFlow", {"FlowId": flow_id})
    assert err.get_code() == "ResourceNotFound"


def test_samples_projects_and_hotwords(client: Any) -> None:
    person = sdk(client, "CreatePersonSample", {"Name": "p", "Usages": ["Recognition"]})
    pid = person["Person"]["PersonId"]
    assert person["Person"]["UsageSet"] == ["Recognition"]
    found = sdk(client, "DescribePersonSamples", {"PersonIds": [pid]})
    assert [p["Name"] for p in found["PersonSet"]] == ["p"]
    sdk(client, "DeletePersonSample", {"PersonId": pid})
    assert sdk(client, "DescribePersonSamples", {"PersonIds": [pid]})["TotalCount"] == 0
    words = [{"Keyword": "a", "Tags": ["t"]}, {"Keyword": "b"}]
    sdk(client, "CreateWordSamples", {"Usages": ["Review.Ocr"], "Words": words})
    listed = sdk(client, "DescribeWordSamples", {"Tags": ["t"]})
    assert [w["Keyword"] for w in listed["WordSet"]] == ["a"]
    sdk(client, "DeleteWordSamples", {"Keywords": ["a", "b"]})
    assert sdk(client, "DescribeWordSamples", {})["TotalCount"] == 0
    project = sdk(client, "CreateProject", {"ProjectName": "drama"})["ProjectId"]
    sdk(client, "UpdateProject", {"ProjectId": project, "Description": "d"})
    (info,) = sdk(client, "QueryProject", {"ProjectId": project})["Data"]
    assert (info["ProjectName"], info["Description"]) == ("drama", "d")
    hotwords = sdk(client, "CreateAsrHotwords", {"Type": 0, "Name": "h", "Content": "x|1"})
    got = sdk(client, "DescribeAsrHotwords", {"HotwordsId": hotwords["HotwordsId"]})
    assert (got["HotwordsId"], got["Name"]) == (hotwords["HotwordsId"], "h")


def test_references_need_an_existing_template(client: Any) -> None:
    media = {
        "InputInfo": {
            "Type": "COS",
            "CosInputInfo": {"Bucket": "in-125", "Region": "ap-guangzhou", "Object": "/a.mp4"},
        },
        "OutputStorage": WORKFLOW["OutputStorage"],
        "OutputDir": "/out/",
    }
    custom = sdk(client, "CreateTranscodeTemplate", {"Container": "mp4"})["Definition"]
    ok = {
        "MediaProcessTask": {"TranscodeTaskSet": [{"Definition": 100010}, {"Definition": custom}]}
    }
    assert sdk(client, "ProcessMedia", {**media, **ok})["TaskId"]
    sdk(client, "DeleteTranscodeTemplate", {"Definition": custom})
    err = sdk_error(client, "ProcessMedia", {**media, **ok})
    assert err.get_code() == "ResourceNotFound.TemplateNotExist"
    assert "MediaProcessTask.TranscodeTaskSet[1].Definition" in err.get_message()
    bad_workflow = {**WORKFLOW, "AiAnalysisTask": {"Definition": 5000000}}
    err = sdk_error(client, "CreateWorkflow", bad_workflow)
    assert err.get_code() == "ResourceNotFound.TemplateNotExist"
    assert "AiAnalysisTask.Definition" in err.get_message()
    assert sdk(client, "DescribeWorkflows", {})["TotalCount"] == 0


def test_schedule_activities_need_existing_templates(client: Any) -> None:
    """A schedule naming a custom Definition that does not exist is refused, at any activity;
    ids below 1,000,001 are the service's presets and always accepted."""
    custom = sdk(client, "CreateSnapshotByTimeOffsetTemplate", {"Name": "s"})["Definition"]
    watermark = sdk(client, "CreateWatermarkTemplate", {"Type": "image"})["Definition"]

    def activity(kind: str, para: dict[str, Any]) -> dict[str, Any]:
        return {"ActivityType": kind, "ActivityPara": para}

    activities = [
        {"ActivityType": "input"},
        activity(
            "action-trans",
            {"TranscodeTask": {"Definition": 100010, "WatermarkSet": [{"Definition": watermark}]}},
        ),
        activity("action-snapshot", {"SnapshotByTimeOffsetTask": {"Definition": custom}}),
        {"ActivityType": "output"},
    ]
    schedule = {"ScheduleName": "s", "Trigger": WORKFLOW["Trigger"], "Activities": activities}
    sid = sdk(client, "CreateSchedule", schedule)["ScheduleId"]
    sdk(client, "DeleteWatermarkTemplate", {"Definition": watermark})
    err = sdk_error(client, "CreateSchedule", schedule)
    assert err.get_code() == "ResourceNotFound.TemplateNotExist"
    assert "Activities[1].ActivityPara.TranscodeTask.WatermarkSet[0].Definition" in (
        err.get_message()
    )
    missing = [activity("action-AIAnalysis", {"AiAnalysisTask": {"Definition": 1000999}})]
    err = sdk_error(client, "ModifySchedule", {"ScheduleId": sid, "Activities": missing})
    assert err.get_code() == "ResourceNotFound.TemplateNotExist"
    assert "Activities[0].ActivityPara.AiAnalysisTask.Definition" in err.get_message()
    preset = [activity("action-AIAnalysis", {"AiAnalysisTask": {"Definition": 10}})]
    sdk(client, "ModifySchedule", {"ScheduleId": sid, "Activities": preset})
    (info,) = sdk(client, "DescribeSchedules", {"ScheduleIds": [sid]})["ScheduleInfoSet"]
    assert info["Activities"][0]["ActivityPara"]["AiAnalysisTask"]["Definition"] == 10
    assert sdk(client, "DescribeSchedules", {})["TotalCount"] == 1  # the refused one was not kept


def test_voices_are_cloned_listed_updated_and_deleted(client: Any) -> None:
    profile = {"Name": "anna", "Gender": "female", "Age": "youth", "Languages": ["en"]}
    anna = sdk(client, "CloneVoice", {"AudioUrl": "https://a/x.wav", "VoiceProfile": profile})
    bob = sdk(client, "CloneVoice", {"VoiceProfile": {"Name": "bob", "Gender": "male"}})
    assert anna["VoiceId"] != bob["VoiceId"]
    page = sdk(client, "DescribeVoices", {"VoiceType": "all", "PageNum": 1, "PageSize": 1})
    assert page["TotalCount"] == 2 and [v["Name"] for v in page["Voices"]] == ["anna"]
    (found,) = sdk(client, "DescribeVoices", {"Gender": "female", "VoiceType": "clone"})["Voices"]
    assert (found["VoiceId"], found["Category"], found["AudioUrl"]) == (
        anna["VoiceId"],
        "clone",
        "https://a/x.wav",
    )
    assert sdk(client, "DescribeVoices", {"VoiceType": "system"})["TotalCount"] == 0
    assert sdk(client, "DescribeVoices", {"Languages": ["en"]})["TotalCount"] == 1
    fields = {"Name": "anna-2", "Description": "warm"}
    voice = sdk(client, "UpdateVoice", {"VoiceId": anna["VoiceId"], "VoiceFields": fields})
    assert (voice["Voice"]["Name"], voice["Voice"]["Gender"]) == ("anna-2", "female")
    sdk(client, "DeleteVoice", {"VoiceId": anna["VoiceId"]})
    left = sdk(client, "DescribeVoices", {})["Voices"]
    assert [v["VoiceId"] for v in left] == [bob["VoiceId"]]
    err = sdk_error(client, "DeleteVoice", {"VoiceId": anna["VoiceId"]})
    assert err.get_code() == "ResourceNotFound"


def test_the_table_names_what_the_schema_has() -> None:
    for name, family in FAMILIES.items():
        item_fields = wire_fields(family["item"])
        assert family["id"] in item_fields, name
        for action, spec in family["actions"].items():
            op = OPERATIONS[action]
            response = wire_fields(op.response_type)
            for field in spec.get("answer", {}):
                assert field == "*" or field in response, (action, field)
            for param in spec.get("filters", {}):
                assert param in wire_fields(op.request_type), (action, param)
            if spec["verb"] == "list":
                assert spec["items"] in response, action
    for ref in REFERENCES:
        owner = OPERATIONS[ref["action"]].request_type
        *steps, last = ref["path"].replace("[]", "").split(".")
        for step in steps:
            inner = field_model(owner, step)
            assert inner is not None, ref
            owner = inner
        assert last in wire_fields(owner), ref


def test_every_template_family_of_the_issue_is_stateful() -> None:
    emulated = set(Emulator.EMULATED_ACTIONS)
    for family in FAMILIES:
        if family.endswith("Template"):
            assert {f"Create{family}", f"Describe{family}s", f"Delete{family}"} <= emulated
    assert len([f for f in FAMILIES if f.endswith("Template")]) == 17


def _session_actions() -> list[str]:
    """The actions creating an emulated task kind whose request has a top-level SessionId
    (both from the schema)."""
    from tencent_mps._emulation import TASKS
    from tencent_mps.examples import EXAMPLES

    from .helpers import schema_defs

    defs = schema_defs()
    creators = {a for spec in TASKS.values() if "when" not in spec for a in spec["create"]}
    return sorted(
        a
        for a in creators
        if "SessionId" in defs.get(f"{a}Request", {}).get("properties", {})
        and EXAMPLES.get(f"{a}Request")
    )


@pytest.mark.parametrize("action", _session_actions())
def test_a_session_id_is_claimed_by_every_task_creating_action(client: Any, action: str) -> None:
    from tencent_mps.examples import EXAMPLES

    params = {**EXAMPLES[f"{action}Request"][0], "SessionId": f"{action}-once"}
    first = sdk(client, action, params)
    assert first.get("TaskId")
    err = sdk_error(client, action, params)
    assert err.get_code() == "InvalidParameterValue.SessionId"
    assert first["TaskId"] in err.get_message()
    other = sdk(client, action, {**params, "SessionId": f"{action}-other"})
    assert other["TaskId"] != first["TaskId"]


def test_a_schedule_task_claims_its_session_id(client: Any) -> None:
    schedule = dict(SCHEDULE)
    sid = sdk(client, "CreateSchedule", schedule)["ScheduleId"]
    params = {
        "InputInfo": {
            "Type": "COS",
            "CosInputInfo": {"Bucket": "b-125", "Region": "ap-guangzhou", "Object": "/a.mp4"},
        },
        "ScheduleId": sid,
        "SessionId": "nightly-1",
    }
    first = sdk(client, "ProcessMedia", params)["TaskId"]
    assert "-ScheduleTask-" in first
    err = sdk_error(client, "ProcessMedia", params)
    assert err.get_code() == "InvalidParameterValue.SessionId" and first in err.get_message()
    from tencent_mps.examples import EXAMPLES

    plain = {**EXAMPLES["ProcessMediaRequest"][0], "SessionId": "nightly-1"}
    plain.pop("ScheduleId", None)
    assert sdk_error(client, "ProcessMedia", plain).get_code() == "InvalidParameterValue.SessionId"


def _with(action: str, **fields: Any) -> dict[str, Any]:
    """The smallest valid request of ``action`` with ``fields`` merged into its objects."""
    from .helpers import minimal_request

    request = minimal_request(action)
    for key, value in fields.items():
        if isinstance(value, dict) and isinstance(request.get(key), dict):
            request[key] = {**request[key], **value}
        else:
            request[key] = value
    return request


def test_stream_link_inputs_and_outputs_live_in_their_flow(client: Any) -> None:
    flow = sdk(
        client,
        "CreateStreamLinkFlow",
        {
            "FlowName": "f",
            "MaxBandwidth": 10000000,
            "InputGroup": [{"InputName": "in-a", "Protocol": "SRT"}],
        },
    )["Info"]
    flow_id = flow["FlowId"]
    (first_input,) = flow["InputGroup"]
    assert first_input["InputId"].startswith("input-") and first_input["InputName"] == "in-a"
    grown = sdk(
        client,
        "CreateStreamLinkInput",
        {"FlowId": flow_id, "InputGroup": [{"InputName": "in-b", "Protocol": "RTMP"}]},
    )["Info"]
    assert [i["InputName"] for i in grown["InputGroup"]] == ["in-a", "in-b"]
    second = grown["InputGroup"][1]["InputId"]
    assert second != first_input["InputId"]
    modify = _with(
        "ModifyStreamLinkInput",
        FlowId=flow_id,
        Input={"InputId": second, "InputName": "in-b", "Description": "backup"},
    )
    changed = sdk(client, "ModifyStreamLinkInput", modify)["Info"]
    assert (changed["InputId"], changed["InputName"], changed["Description"]) == (
        second,
        "in-b",
        "backup",
    )
    create_output = _with(
        "CreateStreamLinkOutputInfo", FlowId=flow_id, Output={"OutputName": "out-1"}
    )
    output = sdk(client, "CreateStreamLinkOutputInfo", create_output)["Info"]
    output_id = output["OutputId"]
    assert output_id.startswith("output-") and output["OutputName"] == "out-1"
    rename = _with(
        "ModifyStreamLinkOutputInfo",
        FlowId=flow_id,
        Output={"OutputId": output_id, "OutputName": "out-renamed"},
    )
    assert sdk(client, "ModifyStreamLinkOutputInfo", rename)["Info"]["OutputId"] == output_id
    info = sdk(client, "DescribeStreamLinkFlow", {"FlowId": flow_id})["Info"]
    assert [o["OutputName"] for o in info["OutputGroup"]] == ["out-renamed"]
    assert [i["InputId"] for i in info["InputGroup"]] == [first_input["InputId"], second]
    assert info["InputGroup"][1]["Description"] == "backup"
    sdk(client, "DeleteStreamLinkOutput", {"FlowId": flow_id, "OutputId": output_id})
    info = sdk(client, "DescribeStreamLinkFlow", {"FlowId": flow_id})["Info"]
    assert not info.get("OutputGroup")
    err = sdk_error(client, "DeleteStreamLinkOutput", {"FlowId": flow_id, "OutputId": output_id})
    assert err.get_code() == "ResourceNotFound"
    err = sdk_error(client, "ModifyStreamLinkInput", {**modify, "FlowId": "flow-none"})
    assert err.get_code() == "ResourceNotFound"
