"""The speedups extra's typed path (msgspec Structs -> models): the same models as the ordinary
decoder on every payload it takes, and the ordinary answer (error or model) on every body it
declines."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tencent_mps import models, parse_response
from tencent_mps.errors import DecodeError, ResourceNotFoundError
from tencent_mps.models import _registry
from tencent_mps_core import typed_decoding
from tencent_mps_core.codecs import codecs
from tencent_mps_core.envelope import select_parser

from .strategies import TYPE_NAMES, WRONG, leaves, payload

msgspec = pytest.importorskip("msgspec")
CODECS = codecs("tencent_mps.models")

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(autouse=True)
def _msgspec_parser() -> Iterator[None]:
    select_parser("msgspec")
    yield
    select_parser()


def _typed(type_name: str, *, all_in_use: bool = True) -> Any:
    """A typed decoder of ``{"Response": <type_name>}`` bodies, every nested model typed."""
    if all_in_use:
        for name in _registry.MODULES:
            found = _registry.STRUCTURE[name]
            real = getattr(found, "real", None)
            if real is not None and name in TYPE_NAMES:
                real()
    return typed_decoding._Builder(msgspec, CODECS).decoder(type_name)


def _deep_types(value: Any) -> Any:
    """``value`` with the type of every leaf kept, to tell 1 from 1.0 and True from 1."""
    if isinstance(value, dict):
        return {k: _deep_types(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_deep_types(v) for v in value]
    return (type(value).__name__, value)


def _agrees(type_name: str, wire: dict[str, Any], typed: Any) -> bool:
    """The typed decoder gives what ``from_dict`` gives, or declines; True when it decoded."""
    body = json.dumps({"Response": wire}).encode()
    try:
        expected: Any = getattr(models, type_name).from_dict(json.loads(body)["Response"])
    except DecodeError:
        expected = DecodeError
    got = typed(body)
    if got is typed_decoding.DECLINED:
        return False
    assert expected is not DecodeError, "the typed path took a body the ordinary one refuses"
    assert type(got) is type(expected)
    assert got == expected
    assert _deep_types(got.to_dict()) == _deep_types(expected.to_dict())
    return True


@SETTINGS
@given(st.sampled_from(TYPE_NAMES), st.data())
def test_same_models_as_the_ordinary_decoder(name: str, data: st.DataObject) -> None:
    wire = data.draw(payload(name))
    assert _agrees(name, wire, _typed(name))


@SETTINGS
@given(st.sampled_from(TYPE_NAMES), st.data())
def test_a_wrong_kind_anywhere_is_declined(name: str, data: st.DataObject) -> None:
    wire = data.draw(payload(name))
    spots = list(leaves(name, wire))
    if not spots:
        return
    spot = data.draw(st.sampled_from(spots))
    spot.container[spot.key] = data.draw(st.sampled_from(WRONG[spot.kind]))
    _agrees(name, wire, _typed(name))  # refused by both, or equal


@SETTINGS
@given(st.sampled_from(TYPE_NAMES), st.data())
def test_unknown_fields_are_left_to_the_ordinary_decoder(name: str, data: st.DataObject) -> None:
    wire = data.draw(payload(name))
    wire["SomethingNew"] = {"Added": [1, 2]}
    body = json.dumps({"Response": wire}).encode()
    assert _typed(name)(body) is typed_decoding.DECLINED


def _example_response(example_body: bytes) -> dict[str, Any]:
    return json.loads(example_body)["Response"]  # type: ignore[no-any-return]


def test_parse_response_takes_the_typed_path_once_warm(
    example_body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Any] = []
    real_build = typed_decoding._Builder.decoder

    def spy(self: Any, response_type: str) -> Any:
        calls.append(response_type)
        return real_build(self, response_type)

    monkeypatch.setattr(typed_decoding._Builder, "decoder", spy)
    monkeypatch.setattr(typed_decoding, "_PLANS", {})
    ordinary = parse_response(example_body)
    for _ in range(typed_decoding.WARM_AFTER + 2):
        assert parse_response(example_body) == ordinary
    assert calls == ["DescribeTaskDetailResponse"]
    (plan,) = typed_decoding._PLANS.values()
    assert plan.decode is not None
    typed = plan.decode(example_body)
    assert typed is not typed_decoding.DECLINED and typed == ordinary
    assert typed.workflow_task.media_process_result_set[0].transcode_task.output.path


def test_declined_bodies_get_the_ordinary_answers(example_body: bytes) -> None:
    typed = _typed("DescribeTaskDetailResponse")
    assert typed(example_body) is not typed_decoding.DECLINED
    inner = _example_response(example_body)
    error = {"Response": {"Error": {"Code": "ResourceNotFound", "Message": "no task"},
                          "RequestId": "r-1"}}  # fmt: skip
    body = json.dumps(error).encode()
    assert typed(body) is typed_decoding.DECLINED
    with pytest.raises(ResourceNotFoundError):
        parse_response(body)
    extra = copy.deepcopy(inner)
    extra["WorkflowTask"]["Brand"] = "new"
    body = json.dumps({"Response": extra}).encode()
    assert typed(body) is typed_decoding.DECLINED
    assert parse_response(body).workflow_task.unknown_fields == {"Brand": "new"}
    null_item = copy.deepcopy(inner)
    null_item["WorkflowTask"]["MediaProcessResultSet"].append(None)
    body = json.dumps({"Response": null_item}).encode()
    assert typed(body) is typed_decoding.DECLINED
    assert len(parse_response(body).workflow_task.media_process_result_set) == len(
        inner["WorkflowTask"]["MediaProcessResultSet"]
    )
    for bad in (b'{"Response": ', b"[]", b'{"Response": {"CreateTime": "yesterday"}}'):
        assert typed(bad) is typed_decoding.DECLINED
        with pytest.raises(DecodeError):
            parse_response(bad)


def test_a_huge_integer_in_a_number_field_is_declined() -> None:
    name = next(
        n for n in TYPE_NAMES if "float" in getattr(models, n).FIELD_KINDS and "Request" not in n
    )
    cls = getattr(models, name)
    wire = dict(zip(cls.WIRE_NAMES.values(), cls.FIELD_KINDS, strict=True))
    field = next(w for w, k in wire.items() if k == "float")
    typed = _typed(name)
    huge = b'{"Response": {"%s": 1%s}}' % (field.encode(), b"0" * 400)
    assert typed(huge) is typed_decoding.DECLINED
    with pytest.raises(DecodeError):
        cls.from_dict({field: 10**400})
    small = b'{"Response": {"%s": 3}}' % field.encode()
    got = typed(small)
    assert getattr(got, next(a for a, w in cls.WIRE_NAMES.items() if w == field)) == 3
    assert type(got.to_dict()[field]) is int  # kept as sent, as the ordinary decoder does


def test_nested_models_not_in_use_are_decoded_from_raw_json(
    example_body: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = parse_response(example_body)
    in_use = typed_decoding._in_use
    monkeypatch.setattr(
        typed_decoding, "_in_use", lambda t, name: name != "MediaTranscodeItem" and in_use(t, name)
    )
    builder = typed_decoding._Builder(msgspec, CODECS)
    typed = builder.decoder("DescribeTaskDetailResponse")
    assert "MediaTranscodeItem" not in builder.structs
    got = typed(example_body)
    assert got == expected and builder.raw_hits[0] > 0
    output = got.workflow_task.media_process_result_set[0].transcode_task.output
    assert type(output) is models.MediaTranscodeItem
    broken = json.loads(example_body)
    broken["Response"]["WorkflowTask"]["MediaProcessResultSet"][0]["TranscodeTask"]["Output"][
        "Size"
    ] = "big"
    body = json.dumps(broken).encode()
    assert typed(body) is typed_decoding.DECLINED or pytest.fail("a bad raw field was taken")
    with pytest.raises(DecodeError) as caught:
        parse_response(body)
    assert caught.value.path.endswith("TranscodeTask.Output.Size")


def test_the_client_decodes_on_the_typed_path_once_warm(monkeypatch: pytest.MonkeyPatch) -> None:
    from tencent_mps import Client
    from tencent_mps.testing import Emulator
    from tencent_mps_core import exchange

    monkeypatch.setattr(typed_decoding, "_PLANS", {})
    with Emulator(rate_limit=None) as emu:
        client = Client(
            credentials=Emulator.DEFAULT_CREDENTIALS, region="ap-guangzhou", endpoint=emu.endpoint
        )
        with client:
            warm = [
                client.describe_tasks(status="FINISH") for _ in range(typed_decoding.WARM_AFTER)
            ]

            def ordinary_path_used(*args: Any, **kwargs: Any) -> Any:
                raise AssertionError("the ordinary decoder was used")

            monkeypatch.setattr(exchange, "unwrap", ordinary_path_used)
            typed = client.describe_tasks(status="FINISH")
            monkeypatch.undo()
            with pytest.raises(ResourceNotFoundError):  # an error envelope: declined, then raised
                client.describe_task_detail(task_id="no-such-task")
    assert type(typed) is models.DescribeTasksResponse
    assert typed.request_id and typed.request_id != warm[0].request_id
    assert typed.total_count == warm[0].total_count and typed.task_set == warm[0].task_set
