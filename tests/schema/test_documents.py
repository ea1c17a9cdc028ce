"""schema/ is valid, complete, in English, and the doc's example payload conforms to it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry, Resource

from ..conftest import OPENAPI_FILE, ROOT, SCHEMA_FILE

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def test_json_schema_is_valid_2020_12(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_every_type_and_field_is_described(schema: dict[str, Any]) -> None:
    defs = schema["$defs"]
    assert len(defs) == 278
    assert sum(len(d["properties"]) for d in defs.values()) == 1350
    for name, d in defs.items():
        assert d["type"] == "object" and len(d["description"]) >= 10, name
        for field, prop in d["properties"].items():
            assert len(prop["description"]) >= 5, f"{name}.{field}"


def test_request_requires_the_task_id(schema: dict[str, Any]) -> None:
    request = schema["$defs"]["DescribeTaskDetailRequest"]
    assert request["required"] == ["TaskId"]
    assert request["properties"]["TaskId"]["type"] == "string"


def test_nullability_is_encoded_as_a_null_type(schema: dict[str, Any]) -> None:
    props = schema["$defs"]["DescribeTaskDetailResponse"]["properties"]
    assert props["WorkflowTask"]["anyOf"][1] == {"type": "null"}
    assert props["Status"]["type"] == "string"  # documented as never null
    assert props["Status"]["x-known-values"].keys() == {"WAITING", "PROCESSING", "FINISH"}


def test_no_chinese_text_in_the_project_sources() -> None:
    for folder in ("schema", "codegen", "generated", "runtime"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in {".json", ".py", ".jinja2", ".md", ".typed"}:
                assert not CJK.search(path.read_text(encoding="utf-8")), path


def test_example_payload_validates(
    schema: dict[str, Any], example_envelope: dict[str, Any]
) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(example_envelope["Response"]), key=str)
    assert errors == []
    # The example embedded in the schema is the doc's example.
    assert (
        schema["$defs"]["DescribeTaskDetailResponse"]["examples"][0] == example_envelope["Response"]
    )


def test_schema_rejects_wrong_kinds(
    schema: dict[str, Any], example_response: dict[str, Any]
) -> None:
    example_response["WorkflowTask"]["MetaData"]["Width"] = "480"
    validator = jsonschema.Draft202012Validator(schema)
    error = jsonschema.exceptions.best_match(validator.iter_errors(example_response))
    assert error is not None
    while error.context:
        error = min(error.context, key=lambda e: -len(e.absolute_path))
    assert list(error.absolute_path) == ["WorkflowTask", "MetaData", "Width"]


def test_openapi_document_is_valid(openapi: dict[str, Any]) -> None:
    validate_openapi(openapi, base_uri=Path(OPENAPI_FILE).as_uri())
    op = openapi["paths"]["/"]["post"]
    assert op["operationId"] == "DescribeTaskDetail"
    assert openapi["servers"][0]["url"] == "https://mps.tencentcloudapi.com"
    headers = {p["name"]: p for p in op["parameters"]}
    assert headers["X-TC-Action"]["schema"]["const"] == "DescribeTaskDetail"
    assert headers["X-TC-Version"]["schema"]["const"] == "2019-06-12"
    assert (
        openapi["components"]["securitySchemes"]["TC3"]["x-tc-signing"]["algorithm"]
        == "TC3-HMAC-SHA256"
    )


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
    assert set(openapi["paths"]["/"]["post"]["x-tc-error-codes"]) <= set(codes)


def test_envelopes_validate_against_the_openapi_schemas(
    openapi: dict[str, Any], schema: dict[str, Any], example_envelope: dict[str, Any]
) -> None:
    """The OpenAPI envelopes, resolved the way a tool would (the schema file by relative URI)."""
    base = OPENAPI_FILE.as_uri()
    registry: Registry = Registry().with_resources(
        [
            (base, Resource.from_contents({**openapi, "$schema": schema["$schema"]})),
            (SCHEMA_FILE.as_uri(), Resource.from_contents(schema)),
        ]
    )

    def validator(name: str) -> jsonschema.Draft202012Validator:
        return jsonschema.Draft202012Validator(
            {"$schema": schema["$schema"], "$ref": f"{base}#/components/schemas/{name}"},
            registry=registry,
        )

    assert validator("DescribeTaskDetailEnvelope").is_valid(example_envelope)
    error_body = {
        "Response": {
            "Error": {"Code": "ResourceNotFound", "Message": "no such task"},
            "RequestId": "r-1",
        }
    }
    assert validator("ErrorEnvelope").is_valid(error_body)
    assert not validator("ErrorEnvelope").is_valid(example_envelope)
    assert not validator("DescribeTaskDetailEnvelope").is_valid({"Response": {"Status": 1}})
