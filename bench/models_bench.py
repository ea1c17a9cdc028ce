"""Decoding: dict -> model, bytes -> model, retained memory, fresh-process import + decode."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .measure import Row, fresh_process_ms, per_call_us, retained_bytes
from .payloads import EXAMPLE_FILE, ROOT, SCHEMA_FILE, example_body, maximal

CACHE = ROOT / ".bench"


def _official() -> Any:
    from tencentcloud.mps.v20190612 import models

    return models


def _official_decode(inner: dict[str, Any]) -> Any:
    r = _official().DescribeTaskDetailResponse()
    r._deserialize(inner)
    return r


def _pydantic_models() -> Any:
    """Pydantic v2 models that datamodel-code-generator emits by default for the same schema."""
    digest = hashlib.sha256(SCHEMA_FILE.read_bytes()).hexdigest()[:12]
    path = CACHE / f"pydantic_models_{digest}.py"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        # Plain pydantic models: without our mixin (customBasePath), which is not a BaseModel.
        schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
        for d in schema["$defs"].values():
            d.pop("customBasePath", None)
        plain = CACHE / f"schema_{digest}.json"
        plain.write_text(json.dumps(schema), encoding="utf-8")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(plain),
                "--input-file-type",
                "jsonschema",
                "--output-model-type",
                "pydantic_v2.BaseModel",
                "--output",
                str(path),
                "--disable-timestamp",
                "--formatters",
                "builtin",
                "--target-python-version",
                "3.11",
            ],
            check=True,
        )
    spec = importlib.util.spec_from_file_location("bench_pydantic_models", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_pydantic_models"] = module
    spec.loader.exec_module(module)
    module.DescribeTaskDetailResponse.model_rebuild()
    return module


def run() -> list[Row]:
    import pydantic

    from tencent_mps.models import DescribeTaskDetailResponse

    rows: list[Row] = []
    example = json.loads(example_body())["Response"]
    big = maximal()
    for label, inner in (("doc example", example), ("maximal payload", big)):
        assert DescribeTaskDetailResponse.from_dict(inner).to_dict()  # sanity: it decodes
        ours, official = per_call_us(
            lambda inner=inner: DescribeTaskDetailResponse.from_dict(inner),
            lambda inner=inner: _official_decode(inner),
        )
        rows.append(Row(f"decode dict -> model, {label}", ours, official, "us", "<= 0.50x"))

    pyd = _pydantic_models()

    class Envelope(pydantic.BaseModel):
        Response: pyd.DescribeTaskDetailResponse  # type: ignore[name-defined]

    rows.extend(_parse_rows(example, big, Envelope))

    ours_mem = retained_bytes(lambda: DescribeTaskDetailResponse.from_dict(big)) / 1024
    official_mem = retained_bytes(lambda: _official_decode(big)) / 1024
    rows.append(
        Row(
            "retained memory of the decoded maximal payload",
            ours_mem,
            official_mem,
            "KiB",
            "<= 0.60x",
        )
    )

    ours_code = (
        f"from tencent_mps import parse_response\n"
        f"parse_response(open({str(EXAMPLE_FILE)!r}, 'rb').read())"
    )
    official_code = (
        "import json\nfrom tencentcloud.mps.v20190612 import models\n"
        f"r = models.DescribeTaskDetailResponse()\n"
        f"r._deserialize(json.loads(open({str(EXAMPLE_FILE)!r}, 'rb').read())['Response'])"
    )
    ours_ms, official_ms = fresh_process_ms(ours_code, official_code)
    rows.append(
        Row(
            "fresh process: import models + decode the example",
            ours_ms,
            official_ms,
            "ms",
            "<= 1.00x",
        )
    )
    return rows


def _msgspec_structs() -> Any:
    """msgspec Structs for DescribeTaskDetailResponse and every type under it, made from the
    same schema (every field optional, as the service may leave any out): msgspec decoding
    straight into typed objects is the reference for how fast bytes -> model can be in Python."""
    import msgspec

    from codegen import build as spec

    types = spec.load(SCHEMA_FILE.parent).types
    from datetime import datetime

    # A time as msgspec decodes it natively (pydantic's models get datetime from the schema).
    scalars: dict[str, Any] = {
        "str": str,
        "int": int,
        "float": float,
        "bool": bool,
        "datetime": datetime,
    }
    made: dict[str, Any] = {}

    def make(name: str) -> Any:
        if name not in made:
            fields = []
            for f in types[name].fields:
                if f.kind == "object":
                    kind: Any = make(str(f.ref))
                elif f.kind == "list":
                    item = (
                        make(str(f.ref)) if f.item_kind == "object" else scalars[str(f.item_kind)]
                    )
                    kind = list[item]
                else:
                    kind = scalars[f.kind]
                fields.append((f.wire, kind | None, None))
            made[name] = msgspec.defstruct(name, fields, kw_only=True)
        return made[name]

    envelope = msgspec.defstruct("Envelope", [("Response", make("DescribeTaskDetailResponse"))])
    return msgspec.json.Decoder(envelope)


def _parse_rows(example: dict[str, Any], big: dict[str, Any], pydantic_envelope: Any) -> list[Row]:
    """parse_response(bytes) without and with the speedups extra (the JSON parser msgspec),
    against the official SDK, pydantic v2 and msgspec decoding into its own typed Structs; and
    the JSON parse step alone, msgspec against the standard library (and orjson, if present)."""
    from tencent_mps import parse_response
    from tencent_mps_core.envelope import load_json, select_parser

    try:
        structs = _msgspec_structs()
    except ImportError:  # pragma: no cover - msgspec comes with the dev extra
        print("msgspec is not installed: the speedups rows are left out")
        structs = None
    try:
        import orjson
    except ImportError:
        orjson = None
    rows: list[Row] = []
    for label, inner in (("doc example", example), ("maximal payload", big)):
        body = json.dumps({"Response": inner}).encode()

        def plain(body: bytes = body) -> Any:
            select_parser("json")
            return parse_response(body)

        fns = [
            plain,
            lambda body=body: _official_decode(json.loads(body)["Response"]),
            lambda body=body: pydantic_envelope.model_validate_json(body),
        ]
        if structs is not None:
            assert structs.decode(body).Response is not None

            def fast(body: bytes = body) -> Any:
                select_parser("msgspec")
                return parse_response(body)

            fns += [fast, lambda body=body: structs.decode(body)]
        ours, official, pyd, *more = per_call_us(*fns)
        select_parser()
        rows.append(Row(f"parse_response(bytes), {label}", ours, official, "us"))
        rows.append(Row(f"parse_response(bytes), {label}", ours, pyd, "us", "", "pydantic v2"))
        if more:
            fast_us, msgspec_us = more
            for reference, name, target in (
                (pyd, "pydantic v2", "<= 1.00x"),
                (msgspec_us, "msgspec", ""),
            ):
                rows.append(
                    Row(
                        f"parse_response(bytes), {label}, speedups",
                        fast_us,
                        reference,
                        "us",
                        target,
                        name,
                    )
                )
            rows.append(
                Row(
                    f"parse_response(bytes), {label}, speedups", fast_us, ours, "us", "", "no extra"
                )
            )
            parsers = [
                lambda body=body: (select_parser("msgspec"), load_json(body)),
                lambda body=body: (select_parser("json"), load_json(body)),
            ]
            if orjson is not None:
                parsers.append(lambda body=body: orjson.loads(body))
            msgspec_parse, std_parse, *orjson_parse = per_call_us(*parsers)
            select_parser()
            rows.append(
                Row(
                    f"JSON parse step, {label}: msgspec", msgspec_parse, std_parse, "us", "", "json"
                )
            )
            if orjson_parse:
                rows.append(
                    Row(
                        f"JSON parse step, {label}: msgspec",
                        msgspec_parse,
                        orjson_parse[0],
                        "us",
                        "",
                        "orjson",
                    )
                )
    return rows


def generate_seconds() -> float:
    import tempfile

    from codegen import generate

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        generate.build(Path(tmp) / "tencent_mps")
        return time.perf_counter() - start
