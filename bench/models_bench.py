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

    from tencent_mps import parse_response
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

    for label, inner in (("doc example", example), ("maximal payload", big)):
        body = json.dumps({"Response": inner}).encode()
        ours, official, pyd_us = per_call_us(
            lambda body=body: parse_response(body),
            lambda body=body: _official_decode(json.loads(body)["Response"]),
            lambda body=body: Envelope.model_validate_json(body),
        )
        rows.append(Row(f"parse_response(bytes), {label}", ours, official, "us"))
        rows.append(
            Row(
                f"parse_response(bytes), {label}",
                ours,
                pyd_us,
                "us",
                "stretch <= 1.00x",
                "pydantic v2",
            )
        )

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


def generate_seconds() -> float:
    import tempfile

    from codegen import generate

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        generate.build(Path(tmp) / "tencent_mps")
        return time.perf_counter() - start
