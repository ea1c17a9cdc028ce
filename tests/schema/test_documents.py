"""schema/ is valid, complete, in English, and the docs' example payloads conform to it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry, Resource

from ..conftest import OPENAPI_FILE, ROOT, SCHEMA_FILE

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
UPSTREAM_FILE = ROOT / "schema" / "upstream.json"


def type_validator(schema: dict[str, Any], name: str) -> jsonschema.Draft202012Validator:
    """A validator of one ``$defs`` type (responses: every field optional, as decoded)."""
    return jsonschema.Draft202012Validator({**schema, "$ref": f"#/$defs/{name}"})


def request_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema as a request validator sees it: ``x-request-required`` becomes ``required``."""
    strict = json.loads(json.dumps(schema))
    for d in strict["$defs"].values():
        required = [k for k, p in d["properties"].items() if p.get("x-request-required")]
        if required:
            d["required"] = required
    return strict


def operations(openapi: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["x-tc-action"]: op for item in openapi["paths"].values() for op in item.values()}


def test_json_schema_is_valid_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_every_type_field_and_operation_is_described(
    schema: dict[str, Any], openapi: dict[str, Any]
) -> None:
    for name, d in schema["$defs"].items():
        assert d["type"] == "object" and len(d["description"]) >= 10, name
        for field, prop in d["properties"].items():
            assert len(prop["description"]) >= 5, f"{name}.{field}"
    for action, op in operations(openapi).items():
        assert len(op["summary"]) >= 10 and len(op["description"]) >= 20, action
    for e in openapi["x-tc-error-codes"]:
        assert len(e["description"]) >= 5, e["code"]


def test_no_placeholder_description_remains(
    schema: dict[str, Any], openapi: dict[str, Any]
) -> None:
    """`make sync` marks what it added with x-needs-description; the project describes it."""
    text = json.dumps(schema) + json.dumps(openapi)
    assert '"x-needs-description"' not in text, (
        "schema/ still has placeholder descriptions: look for x-needs-description"
    )


def test_required_is_per_direction(schema: dict[str, Any]) -> None:
    """JSON Schema's `required` would make valid responses fail: requests use an extension."""
    for name, d in schema["$defs"].items():
        assert "required" not in d, name
    request = schema["$defs"]["DescribeTaskDetailRequest"]
    assert request["properties"]["TaskId"]["x-request-required"] is True
    assert request["properties"]["TaskId"]["type"] == "string"


def test_nullability_is_encoded_as_a_null_type(schema: dict[str, Any]) -> None:
    props = schema["$defs"]["DescribeTaskDetailResponse"]["properties"]
    assert props["WorkflowTask"]["anyOf"][1] == {"type": "null"}
    assert props["Status"]["type"] == "string"  # documented as never null
    assert props["Status"]["x-known-values"].keys() == {"WAITING", "PROCESSING", "FINISH"}


def test_no_chinese_text_in_the_project_sources() -> None:
    for folder in ("schema", "codegen", "generated", "runtime", "sync"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in {".json", ".py", ".jinja2", ".md", ".typed"}:
                assert not CJK.search(path.read_text(encoding="utf-8")), path


def test_example_payload_validates(
    schema: dict[str, Any], example_envelope: dict[str, Any]
) -> None:
    errors = sorted(
        type_validator(schema, "DescribeTaskDetailResponse").iter_errors(
            example_envelope["Response"]
        ),
        key=str,
    )
    assert errors == []
    # The schema carries upstream's current example (make sync); the seed copy is an older one.
    assert schema["$defs"]["DescribeTaskDetailResponse"]["examples"]


def test_every_embedded_example_validates(schema: dict[str, Any]) -> None:
    """Response examples as responses; request examples against the strict request view."""
    strict = request_schema(schema)
    checked = 0
    for name, d in schema["$defs"].items():
        for example in d.get("examples", ()):
            base = strict if name.endswith("Request") else schema
            errors = list(type_validator(base, name).iter_errors(example))
            assert errors == [], (name, errors[:1])
            checked += 1
    assert checked >= 2


def test_schema_rejects_wrong_kinds(
    schema: dict[str, Any], example_response: dict[str, Any]
) -> None:
    example_response["WorkflowTask"]["MetaData"]["Width"] = "480"
    error = jsonschema.exceptions.best_match(
        type_validator(schema, "DescribeTaskDetailResponse").iter_errors(example_response)
    )
    assert error is not None
    while error.context:
        error = min(error.context, key=lambda e: -len(e.absolute_path))
    assert list(error.absolute_path) == ["WorkflowTask", "MetaData", "Width"]


def test_openapi_document_is_valid(openapi: dict[str, Any]) -> None:
    validate_openapi(openapi, base_uri=Path(OPENAPI_FILE).as_uri())
    assert openapi["servers"][0]["url"] == "https://mps.tencentcloudapi.com"
    assert (
        openapi["components"]["securitySchemes"]["TC3"]["x-tc-signing"]["algorithm"]
        == "TC3-HMAC-SHA256"
    )
    for path, item in openapi["paths"].items():
        op = item["post"]
        assert path == f"/#X-TC-Action={op['x-tc-action']}"
        assert op["operationId"] == op["x-tc-action"]
        headers = {p["name"]: p for p in op["parameters"] if "name" in p}
        assert headers["X-TC-Action"]["schema"]["const"] == op["x-tc-action"]


def test_the_covered_actions_are_set_in_one_place(openapi: dict[str, Any]) -> None:
    covered = json.loads(UPSTREAM_FILE.read_text(encoding="utf-8"))["actions"]
    assert sorted(operations(openapi)) == sorted(covered)


def test_openapi_error_codes_cover_common_and_action_codes(openapi: dict[str, Any]) -> None:
    codes = {e["code"]: e for e in openapi["x-tc-error-codes"]}
    for code in (
        "AuthFailure.SignatureFailure",
        "RequestLimitExceeded.UinLimitExceeded",
        "FailedOperation.InvalidMpsUser",
        "ResourceNotFound",
    ):
        assert code in codes
    assert codes["RequestLimitExceeded"]["retryable"] and not codes["ResourceNotFound"]["retryable"]
    for action, op in operations(openapi).items():
        assert set(op.get("x-tc-error-codes", ())) <= set(codes), action


@pytest.fixture(scope="module")
def envelope_validator(openapi: dict[str, Any], schema: dict[str, Any]) -> Any:
    """Validators of an operation's answer, resolved as a tool would (schema file by URI)."""
    base = OPENAPI_FILE.as_uri()
    registry: Registry = Registry().with_resources(
        [
            (base, Resource.from_contents({**openapi, "$schema": schema["$schema"]})),
            (SCHEMA_FILE.as_uri(), Resource.from_contents(schema)),
        ]
    )

    def validator(pointer: str) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator(
            {"$schema": schema["$schema"], "$ref": f"{base}#{pointer}"}, registry=registry
        )

    return validator


def test_envelopes_validate_against_the_openapi_schemas(
    envelope_validator: Any, example_envelope: dict[str, Any]
) -> None:
    answer = (
        "/paths/~1%23X-TC-Action=DescribeTaskDetail/post/responses/200/content/"
        "application~1json/schema"
    )
    success = envelope_validator(answer + "/oneOf/0")
    error = envelope_validator("/components/schemas/ErrorEnvelope")
    assert success.is_valid(example_envelope)
    error_body = {
        "Response": {
            "Error": {"Code": "ResourceNotFound", "Message": "no such task"},
            "RequestId": "r-1",
        }
    }
    assert error.is_valid(error_body)
    assert envelope_validator(answer).is_valid(error_body)
    assert not error.is_valid(example_envelope)
    assert not success.is_valid({"Response": {"Status": 1}})
