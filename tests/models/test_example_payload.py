"""The API doc's example payload decodes into typed objects holding exactly its values."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

import tencent_mps
from tencent_mps.enums import SubtaskStatus, TaskStatus, TaskType
from tencent_mps.models import (
    DescribeTaskDetailResponse,
    MediaAudioStreamItem,
    MediaMetaData,
    MediaProcessTaskResult,
    MediaVideoStreamItem,
    WorkflowTask,
)

from .wire import attr_name, strip_nulls


def test_top_level_values(example_response: dict[str, Any]) -> None:
    r = DescribeTaskDetailResponse.from_dict(example_response)
    assert r.task_type == "WorkflowTask" == TaskType.WORKFLOW_TASK
    assert r.status == "FINISH" == TaskStatus.FINISH
    assert r.create_time == datetime(2019, 7, 16, 6, 21, 27, tzinfo=UTC)
    assert r.begin_process_time == datetime(2019, 7, 16, 6, 21, 28, tzinfo=UTC)
    assert r.finish_time == datetime(2019, 7, 16, 6, 21, 46, tzinfo=UTC)
    assert r.request_id == "04db7d25-f590-414a-a341-8f1584f15f84"
    assert r.tasks_priority == 0
    assert (r.session_id, r.session_context, r.ext_info) == ("", "", "")
    for absent in (
        r.task_notify_config,
        r.edit_media_task,
        r.live_stream_process_task,
        r.schedule_task,
        r.live_schedule_task,
        r.extract_blind_watermark_task,
    ):
        assert absent is None
    assert r.unknown_fields is None


def test_workflow_task_and_metadata(example_response: dict[str, Any]) -> None:
    wf = DescribeTaskDetailResponse.from_dict(example_response).workflow_task
    assert isinstance(wf, WorkflowTask)
    assert wf.task_id == "235303****-WorkflowTask-80108cc3380155d98b2e3573a48a******"
    assert (wf.status, wf.err_code, wf.message) == ("FINISH", 0, "")
    assert wf.input_info is not None and wf.input_info.type == "COS"
    cos = wf.input_info.cos_input_info
    assert cos is not None
    assert (cos.bucket, cos.region, cos.object) == (
        "vodtestbj-235303****",
        "ap-beijing",
        "/input/videoplayback.mp4",
    )
    assert wf.input_info.s3_input_info is None and wf.input_info.url_input_info is None

    meta = wf.meta_data
    assert isinstance(meta, MediaMetaData)
    assert meta.audio_duration == pytest.approx(380.9465637207031)
    assert isinstance(meta.audio_duration, float)
    assert (meta.bitrate, meta.height, meta.width, meta.rotate, meta.size) == (
        409657,
        360,
        480,
        0,
        19626862,
    )
    assert meta.container == "mov,mp4,m4a,3gp,3g2,mj2"
    assert meta.duration == pytest.approx(380.9465637207031)
    assert meta.video_duration == pytest.approx(380.8804931640625)
    assert meta.audio_stream_set is not None and len(meta.audio_stream_set) == 1
    audio = meta.audio_stream_set[0]
    assert isinstance(audio, MediaAudioStreamItem)
    assert (audio.channel, audio.bitrate, audio.codec, audio.codecs, audio.sampling_rate) == (
        0,
        95999,
        "aac",
        "mp4a.40.2",
        44100,
    )
    assert audio.loudness == 0.0
    assert meta.video_stream_set is not None and len(meta.video_stream_set) == 1
    video = meta.video_stream_set[0]
    assert isinstance(video, MediaVideoStreamItem)
    assert (video.bitrate, video.codec, video.codecs, video.fps, video.height, video.width) == (
        313658,
        "h264",
        "avc1.ffe100",
        29,
        360,
        480,
    )
    assert (video.hdr_type, video.color_primaries, video.color_space, video.color_transfer) == (
        "",
        "",
        "",
        "",
    )

    assert wf.ai_analysis_result_set == []
    assert wf.ai_recognition_result_set == []
    assert wf.ai_content_review_result_set == []
    assert wf.ai_quality_control_task_result is None


def test_transcode_subtask(example_response: dict[str, Any]) -> None:
    wf = DescribeTaskDetailResponse.from_dict(example_response).workflow_task
    assert wf is not None and wf.media_process_result_set is not None
    (result,) = wf.media_process_result_set
    assert isinstance(result, MediaProcessTaskResult)
    assert result.type == "Transcode"
    assert result.animated_graphic_task is None and result.snapshot_by_time_offset_task is None
    assert result.sample_snapshot_task is None and result.image_sprite_task is None
    t = result.transcode_task
    assert t is not None
    assert (t.status, t.err_code, t.message, t.err_code_ext, t.progress) == (
        "SUCCESS",
        0,
        "SUCCESS",
        "SUCCESS",
        100,
    )
    assert t.status == SubtaskStatus.SUCCESS
    inp = t.input
    assert inp is not None
    assert (inp.definition, inp.watermark_set, inp.mosaic_set) == (210, [], [])
    assert (inp.start_time_offset, inp.end_time_offset) == (0.0, 0.0)
    assert (
        inp.raw_parameter is None
        and inp.override_parameter is None
        and inp.head_tail_parameter is None
    )
    assert inp.output_storage is not None and inp.output_storage.type == "COS"
    assert inp.output_storage.cos_output_storage is not None
    assert inp.output_storage.cos_output_storage.bucket == "vodtestgz-235303****"
    assert inp.output_storage.cos_output_storage.region == "ap-guangzhou"
    assert inp.output_storage.s3_output_storage is None
    assert inp.output_object_path == "/hello/world/what/ever/videoplayback_transcode111_210"
    assert (
        inp.segment_object_name
        == "/hello/world/what/ever/no/problem/videoplayback_transcode11_210_{number}"
    )
    fmt = inp.object_number_format
    assert fmt is not None
    assert (fmt.initial_value, fmt.increment, fmt.min_length, fmt.place_holder) == (2, 3, 1, "0")

    out = t.output
    assert out is not None
    assert out.path == "/hello/world/what/ever/videoplayback_transcode111_210.m3u8"
    assert (out.definition, out.bitrate, out.height, out.width, out.size) == (
        210,
        353297,
        240,
        320,
        5692,
    )
    assert out.duration == pytest.approx(380.9580078125)
    assert (out.container, out.md5) == ("hls,applehttp", "ae0dfe7c7336291d6243463b7bb14fea")
    assert out.video_stream_set is not None and out.video_stream_set[0].fps == 24
    assert out.video_stream_set[0].width == 320 and out.video_stream_set[0].bitrate == 302307
    assert out.audio_stream_set is not None and out.audio_stream_set[0].bitrate == 50990


def _assert_same(obj: Any, wire: Any, path: str, seen: list[str]) -> None:
    """Every wire value is on the typed object under the expected attribute, with its type."""
    if isinstance(wire, dict):
        assert hasattr(obj, "__attrs_attrs__"), path
        for key, value in wire.items():
            _assert_same(getattr(obj, attr_name(key)), value, f"{path}.{key}", seen)
    elif isinstance(wire, list):
        assert isinstance(obj, list) and len(obj) == len(wire), path
        for i, (o, w) in enumerate(zip(obj, wire, strict=True)):
            _assert_same(o, w, f"{path}[{i}]", seen)
    elif isinstance(obj, datetime):  # a date-time field: aware, and the instant the text names
        assert obj.utcoffset() is not None, path
        assert obj == datetime.fromisoformat(wire), path
        seen.append(path)
    else:
        assert obj == wire, path
        assert obj is None or isinstance(obj, (type(wire), float)), path
        seen.append(path)


def test_every_value_is_on_the_typed_objects(example_response: dict[str, Any]) -> None:
    seen: list[str] = []
    _assert_same(
        DescribeTaskDetailResponse.from_dict(example_response), example_response, "Response", seen
    )
    assert len(seen) > 90  # every leaf of the example was compared


def test_to_dict_gives_back_the_example(example_response: dict[str, Any]) -> None:
    r = DescribeTaskDetailResponse.from_dict(example_response)
    assert r.to_dict() == strip_nulls(example_response)
    assert DescribeTaskDetailResponse.from_dict(r.to_dict()) == r


def test_parse_response_takes_the_whole_body(
    example_body: bytes, example_response: dict[str, Any]
) -> None:
    r = tencent_mps.parse_response(example_body)
    assert r == DescribeTaskDetailResponse.from_dict(example_response)
    assert tencent_mps.parse_response(example_body.decode()) == r


def test_models_are_keyword_only_and_typed() -> None:
    with pytest.raises(TypeError):
        MediaAudioStreamItem("aac")  # type: ignore[misc]
    item = MediaAudioStreamItem(codec="aac", bitrate=1)
    assert item.to_dict() == {"Codec": "aac", "Bitrate": 1}
    assert "unknown_fields" not in repr(item)
    assert not hasattr(item, "__dict__")  # slotted
