"""The codecs written from a model's tables (tencent_mps_core.codecs): built once, readable,
and right for generated models, users' subclasses of them and models written by hand."""

from __future__ import annotations

import json
import subprocess
import sys
import traceback
from collections.abc import Mapping
from typing import ClassVar

import attrs
import pytest

from tencent_mps.errors import DecodeError, ValidationError
from tencent_mps.models import MediaInputInfo, TaskSimpleInfo, WorkflowTask
from tencent_mps_core.codecs import decoder_of
from tencent_mps_core.exceptions import ConfigurationError
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class Point(Model):
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"x": "X", "label": "Label"}
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("int!", "str")
    x: int | None = None
    label: str | None = None


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class Path(Model):
    WIRE_NAMES: ClassVar[Mapping[str, str]] = {"points": "Points", "start": "Start"}
    FIELD_KINDS: ClassVar[tuple[str, ...]] = ("[Point!", "Point")
    points: list[Point] | None = None
    start: Point | None = None


def test_a_model_written_by_hand_finds_the_models_it_names_in_its_module() -> None:
    path = Path.from_dict({"Points": [{"X": 1}, {"X": 2, "Label": "b"}], "Start": {"X": 0}})
    assert path.points == [Point(x=1), Point(x=2, label="b")]
    assert path.start == Point(x=0)
    assert path.to_dict() == {"Points": [{"X": 1}, {"X": 2, "Label": "b"}], "Start": {"X": 0}}
    with pytest.raises(DecodeError) as info:
        Path.from_dict({"Points": [{"X": 1}, {"X": "2"}]})
    assert info.value.path == "Points[1].X"


def test_the_request_encoder_checks_required_fields_and_kinds() -> None:
    from tencent_mps_core.codecs import codecs

    request = codecs(__name__).request["Path"]
    assert request(Path(points=[Point(x=3)])) == {"Points": [{"X": 3}]}
    assert request({"Points": [{"X": 3}]}) == {"Points": [{"X": 3}]}  # its wire dict is accepted
    with pytest.raises(ValidationError) as info:
        request(Path(points=[Point(label="no x")]))
    assert info.value.path == "Points[0].X"
    with pytest.raises(ValidationError) as info:
        request(Path(start=Point(x=1)))  # Points is required
    assert info.value.path == "Points"
    with pytest.raises(ValidationError) as info:
        request(Path(points=[Point(x=True)]))  # a bool is not an integer
    assert info.value.path == "Points[0].X"


def test_a_users_subclass_of_a_generated_model_decodes_into_itself() -> None:
    @attrs.define(kw_only=True, slots=True, weakref_slot=False)
    class MyTask(TaskSimpleInfo):
        def short(self) -> str:
            return f"{self.task_type}:{self.task_id}"

    task = MyTask.from_dict({"TaskId": "t-1", "TaskType": "WorkflowTask", "New": 1})
    assert type(task) is MyTask and task.short() == "WorkflowTask:t-1"
    assert task.unknown_fields == {"New": 1}
    assert task.to_dict() == {"TaskId": "t-1", "TaskType": "WorkflowTask", "New": 1}
    assert type(TaskSimpleInfo.from_dict({"TaskId": "t-1"})) is TaskSimpleInfo


def test_generated_models_decode_with_their_own_straight_line_decoder() -> None:
    module = sys.modules[MediaInputInfo.__module__]
    assert decoder_of(MediaInputInfo) is module._structure
    try:
        MediaInputInfo.from_dict({"Type": 1})
    except DecodeError as exc:
        frames = traceback.extract_tb(exc.__traceback__)
        assert exc.path == "Type"
    else:  # pragma: no cover
        pytest.fail("no DecodeError")
    assert frames[-1].filename == module.__file__  # the traceback points at readable code


def test_nested_values_that_are_neither_models_nor_wire_dicts_are_refused_by_to_dict() -> None:
    bad = MediaInputInfo(type="COS", cos_input_info=42)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        bad.to_dict()
    assert MediaInputInfo(type="COS", cos_input_info={"Bucket": "b"}).to_dict() == {  # type: ignore[arg-type]
        "Type": "COS",
        "CosInputInfo": {"Bucket": "b"},
    }


@pytest.mark.parametrize(
    ("names", "kinds", "message"),
    [
        ({"a": "A"}, (), "1 WIRE_NAMES but 0 FIELD_KINDS"),
        ({"a": "A"}, ("not a kind",), "not a field kind"),
        ({"not-an-attr": "A"}, ("str",), "not a field name"),
    ],
)
def test_malformed_tables_are_a_configuration_error(
    names: dict[str, str], kinds: tuple[str, ...], message: str
) -> None:
    broken = type("Broken", (Model,), {"WIRE_NAMES": names, "FIELD_KINDS": kinds, "__slots__": ()})
    with pytest.raises(ConfigurationError, match=message):
        broken.from_dict({})


def test_a_model_named_that_does_not_exist_is_a_configuration_error() -> None:
    @attrs.define(kw_only=True, slots=True, weakref_slot=False)
    class Dangling(Model):
        WIRE_NAMES: ClassVar[Mapping[str, str]] = {"other": "Other"}
        FIELD_KINDS: ClassVar[tuple[str, ...]] = ("NoSuchModel",)
        other: object = None

    with pytest.raises(ConfigurationError, match="NoSuchModel"):
        Dangling.from_dict({"Other": {}})


def test_each_model_module_is_loaded_once_even_while_a_list_is_decoded() -> None:
    """A list decode holds the stand-in it looked up; the first item builds the decoder and the
    others use it, so a 500-item list of a new type resolves its model once, not 500 times."""
    code = """
import json
import tencent_mps_core.codecs as c
from tencent_mps.models import WorkflowTask
looked_up = []
real = c.Codecs.model
def counting(self, name):
    looked_up.append(name)
    return real(self, name)
c.Codecs.model = counting
WorkflowTask.from_dict({"MediaProcessResultSet": [{"Type": "Transcode", "TranscodeTask": {
    "Input": {"Definition": 1}}}] * 500})
print(json.dumps(looked_up))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    looked_up = json.loads(out.stdout)
    assert len(looked_up) == len(set(looked_up))  # no model resolved twice
    assert {"MediaProcessTaskResult", "MediaProcessTaskTranscodeResult"} <= set(looked_up)


def test_workflow_task_round_trips_through_its_written_codecs() -> None:
    wire = {
        "TaskId": "t",
        "Status": "FINISH",
        "MediaProcessResultSet": [
            {"Type": "Transcode", "TranscodeTask": {"Status": "SUCCESS", "ErrCode": 0}}
        ],
    }
    task = WorkflowTask.from_dict(wire)
    assert task.media_process_result_set is not None
    assert task.media_process_result_set[0].transcode_task is not None
    assert task.media_process_result_set[0].transcode_task.err_code == 0
    assert task.to_dict() == wire
