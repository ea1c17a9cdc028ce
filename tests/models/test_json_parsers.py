"""The JSON parse step with and without the ``speedups`` extra (msgspec): the same documents are
accepted with the same values, and the same hostile ones refused with the same DecodeError."""

from __future__ import annotations

import importlib.util
import json
import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tencent_mps import parse_response
from tencent_mps_core import envelope
from tencent_mps_core.envelope import load_json, select_parser
from tencent_mps_core.exceptions import ConfigurationError, DecodeError

HAS_MSGSPEC = importlib.util.find_spec("msgspec") is not None
PARSERS = [
    "json",
    pytest.param(
        "msgspec",
        marks=pytest.mark.skipif(not HAS_MSGSPEC, reason="the speedups extra is not installed"),
    ),
]


@pytest.fixture(params=PARSERS)
def parser(request: pytest.FixtureRequest) -> Iterator[str]:
    assert select_parser(request.param) == request.param
    yield request.param
    select_parser()


def _reference(body: Any) -> tuple[str, Any]:
    """What the standard parser makes of ``body``: ("value", v) or ("error", message, path)."""
    select_parser("json")
    try:
        return "value", load_json(body)
    except DecodeError as exc:
        return "error", (str(exc), exc.path)
    finally:
        select_parser()


def _outcome(body: Any) -> tuple[str, Any]:
    try:
        return "value", load_json(body)
    except DecodeError as exc:
        assert exc.__context__ is None and exc.__cause__ is None  # no parser error kept
        return "error", (str(exc), exc.path)


def _same(a: Any, b: Any) -> bool:
    """Equal, with the same types throughout (1 is not 1.0, -0.0 is not 0.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return a == b and math.copysign(1, a) == math.copysign(1, b)  # NaN is never parsed
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


HOSTILE: dict[str, bytes | str] = {
    "NaN": b'{"Response": {"Duration": NaN}}',
    "Infinity": b'{"Response": {"Duration": Infinity}}',
    "-Infinity": "[-Infinity]",
    "1e400": b'{"Response": {"WorkflowTask": {"MetaData": {"Duration": 1e400}}}}',
    "-1E+999": "[-1E+999]",
    "123456789e999": b"[123456789e999]",
    "deep arrays": b"[" * 200_000,
    "deep objects": '{"a":' * 200_000,
    "deep but closed": b"[" * 5_000 + b"]" * 5_000,
    "bad UTF-8": b'{"a": "\xff\xfe"}',
    "cut short": b'{"Response": {"Token": "abc',
    "trailing data": b'{"a": 1} {"b": 2}',
    "a BOM in text": '\ufeff{"a": 1}',
    "a control character": b'["a\x01b"]',
    "single quotes": b"{'a': 1}",
    "an integer of 5000 digits": b"[" + b"7" * 5000 + b"]",
    "empty": b"",
}

ACCEPTED: dict[str, bytes | str] = {
    "big integers": b"[123456789012345678901234567890, -98765432109876543210]",
    "4000 digits": b"[" + b"9" * 4000 + b"]",
    "tiny and signed floats": b"[1e308, 1e-400, -0.0, 2.5E+3, 5e-324, 0.1]",
    "integers stay integers": b"[0, -0, 1, 10000000000]",
    "escaped lone surrogate": b'["\\ud800", "\\udfff x"]',
    "escaped pair": b'["\\ud83d\\ude00"]',
    "encoded lone surrogate": b'["\xed\xa0\x80"]',
    "a BOM in bytes": b'\xef\xbb\xbf{"a": 1}',
    "UTF-16": '{"a": [1, "\u00e9"]}'.encode("utf-16"),
    "UTF-32": '{"a": 1}'.encode("utf-32"),
    "duplicate keys": b'{"a": 1, "b": 2, "a": 3}',
    "nesting within the limit": b"[" * 300 + b"]" * 300,
    "text": '{"a": "\u4f60\u597d", "b": null, "c": true}',
    "bytearray": bytearray(b'{"a": [1.5]}'),
    "memoryview": memoryview(b'{"a": [1.5]}'),
    "whitespace": b' \t\r\n{"a" : 1 }\n',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_documents_are_refused_alike(parser: str, name: str) -> None:
    body = HOSTILE[name]
    expected = _reference(body)
    assert expected[0] == "error"
    assert _outcome(body) == expected


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("NaN", "NaN is not allowed"),
        ("Infinity", "Infinity is not allowed"),
        ("1e400", "too large for a float"),
        ("deep arrays", "nested too deeply"),
        ("deep objects", "nested too deeply"),
        ("cut short", "line 1 column"),
    ],
)
def test_the_refusal_says_why(parser: str, name: str, phrase: str) -> None:
    with pytest.raises(DecodeError) as info:
        load_json(HOSTILE[name])
    assert phrase in str(info.value)


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_accepted_documents_give_the_same_values(parser: str, name: str) -> None:
    body = ACCEPTED[name]
    expected = _reference(body)
    assert expected[0] == "value"
    outcome = _outcome(body)
    assert outcome[0] == "value" and _same(outcome[1], expected[1])


def test_parse_response_refuses_alike_and_names_the_wire_path(parser: str) -> None:
    """The parse step hands the same document to the structure step: a wrong kind deep in the
    response still names its wire path; hostile JSON is refused before it."""
    body = b'{"Response": {"RequestId": "r", "WorkflowTask": {"TaskId": 5}}}'
    with pytest.raises(DecodeError) as info:
        parse_response(body)
    assert info.value.path == "WorkflowTask.TaskId"
    with pytest.raises(DecodeError, match="nested too deeply"):
        parse_response(b'{"Response": {"RequestId": "r", "WorkflowTask": ' + b"[" * 100_000)
    with pytest.raises(DecodeError, match="too large for a float"):
        parse_response(b'{"Response": {"WorkflowTask": {"MetaData": {"Duration": 1e400}}}}')


_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(value=_json_values, ensure_ascii=st.booleans())
def test_any_document_parses_the_same_with_either_parser(value: Any, ensure_ascii: bool) -> None:
    text = json.dumps(value, ensure_ascii=ensure_ascii)
    for body in (text, text.encode("utf-8", "surrogatepass")):
        expected = _reference(body)
        if HAS_MSGSPEC:
            select_parser("msgspec")
        try:
            outcome = _outcome(body)
        finally:
            select_parser()
        assert outcome[0] == expected[0]
        assert _same(outcome[1], expected[1]) if outcome[0] == "value" else outcome == expected


def test_the_default_is_msgspec_when_installed() -> None:
    assert select_parser() == ("msgspec" if HAS_MSGSPEC else "json")
    assert (envelope._fast is None) is not HAS_MSGSPEC


def test_left_alone_the_standard_parser_reads_first_then_msgspec_takes_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A process that parses little never imports msgspec (its import costs about what it saves
    on ``AUTO_AFTER`` bytes); one that parses more switches by itself, with the same results."""
    monkeypatch.setattr(envelope, "_fast", envelope._UNSET)
    monkeypatch.setattr(envelope, "_parsed", 0)
    monkeypatch.setattr(envelope, "AUTO_AFTER", 1000)
    body = b'{"Response": {"RequestId": "r", "N": 123456789012345678901234567890}}'
    values = []
    for _ in range(20):
        values.append(load_json(body))
        if envelope._parsed <= 1000:
            assert envelope._fast is envelope._UNSET
    assert len(body) * 20 > 1000
    assert (envelope._fast is None) is not HAS_MSGSPEC  # chosen once past the threshold
    values.append(load_json(body))
    assert all(_same(v, values[0]) for v in values)
    with pytest.raises(DecodeError, match="too large for a float"):
        load_json(b"[1e400]")


def test_an_unknown_parser_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="unknown JSON parser"):
        select_parser("simdjson")
    assert select_parser() in envelope.PARSERS


def test_asking_for_msgspec_without_it_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(envelope, "_msgspec_decoder", lambda: None)
    with pytest.raises(ConfigurationError, match=r"tencent-mps\[speedups\]"):
        select_parser("msgspec")
    assert select_parser() == "json"  # not installed: the standard parser
    monkeypatch.undo()
    select_parser()
