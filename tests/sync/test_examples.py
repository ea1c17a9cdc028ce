"""Upstream example text converted to values of the field's kind, and documented calls parsed."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from sync.examples import field_example, parse_request, request_example, response_example
from sync.kinds import Kind

STRING = Kind("string", None)
INTEGER = Kind("integer", None)
NUMBER = Kind("number", None)
BOOLEAN = Kind("boolean", None)
FIELDS: dict[str, dict[str, Kind]] = {
    "Part": {"PartId": INTEGER, "Label": STRING},
    "Request": {
        "Limit": INTEGER,
        "Parts": Kind(None, "Part", array=True),
        "Tags": Kind("string", None, array=True),
    },
}


def fields_of(name: str) -> Mapping[str, Kind]:
    return FIELDS[name]


@pytest.mark.parametrize(
    ("raw", "kind", "expected"),
    [
        ("gear", STRING, ["gear"]),
        ("7", INTEGER, [7]),
        ("1.5", INTEGER, []),  # not an integer
        ("0", NUMBER, [0.0]),
        ("49.334", NUMBER, [49.334]),
        ("true", BOOLEAN, [True]),
        ("yes", BOOLEAN, []),
        ('["3.5s", "50%"]', Kind("string", None, array=True), [["3.5s", "50%"]]),
        ("[7.5, 10]", Kind("number", None, array=True), [[7.5, 10]]),
        ("[]", Kind("string", None, array=True), [[]]),
        ('[{"PartId": 7}]', Kind(None, "Part", array=True), [[{"PartId": 7}]]),
        ('{"PartId": "7"}', Kind(None, "Part"), [{"PartId": 7}]),
        ('[   {     "Type": "URL",     "Url": "htt', Kind(None, "Part", array=True), []),  # cut off
        ("\u65e0", STRING, []),  # "none"
        ("NULL", STRING, []),
        ("", STRING, []),
        (None, STRING, []),
        ("\u4f60\u597d", STRING, []),  # Chinese
        ('["\u660e\u661f"]', Kind("string", None, array=True), []),
    ],
)
def test_field_example(raw: str | None, kind: Kind, expected: list[Any]) -> None:
    assert field_example(raw, kind, fields_of) == expected


def test_get_query_is_unflattened() -> None:
    text = (
        "https://mps.tencentcloudapi.com/?Action=DescribeWidget\n&Limit=5\n&Parts.0.PartId=7"
        "\n&Parts.0.Label=a%20b\n&Tags.1=y\n&Tags.0=x\n&<\u516c\u5171\u8bf7\u6c42\u53c2\u6570>"
    )
    assert parse_request(text) == {
        "Action": "DescribeWidget",
        "Limit": "5",
        "Parts": [{"PartId": "7", "Label": "a b"}],
        "Tags": ["x", "y"],
    }
    assert request_example(text, FIELDS["Request"], fields_of) == {
        "Limit": 5,
        "Parts": [{"PartId": 7, "Label": "a b"}],
        "Tags": ["x", "y"],
    }


def test_post_body_is_converted_to_the_field_kinds() -> None:
    text = 'POST / HTTP/1.1\nHost: x\n<\u516c\u5171>\n\n{\n "Limit": "5", "Other": "kept"\n}'
    assert request_example(text, FIELDS["Request"], fields_of) == {"Limit": 5, "Other": "kept"}


@pytest.mark.parametrize(
    "text",
    [
        'POST / HTTP/1.1\n\n{"Limit": "five"}',  # does not convert
        'POST / HTTP/1.1\n\n{"Limit": ',  # does not parse
        'POST / HTTP/1.1\n\n{"Tags": ["\u4f60\u597d"]}',  # Chinese
    ],
)
def test_unusable_requests_are_dropped(text: str) -> None:
    assert request_example(text, FIELDS["Request"], fields_of) is None


def test_response_example() -> None:
    assert response_example('{"Response": {"Size": 1, "RequestId": "r"}}') == {
        "Size": 1,
        "RequestId": "r",
    }
    assert response_example('{"Response": {"Name": "\u9f7f\u8f6e"}}') is None
    assert response_example('{"Response": ') is None
    assert response_example('{"Error": {}}') is None
