"""A synthetic schema of N operations, to show that cost does not grow with the number of them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "shop"


def write_schema(folder: Path, operations: int) -> Path:
    """``folder`` gets mps.schema.json and mps.openapi.json with ``operations`` actions
    ``Action0000``..., each with its own request, response and item types, plus one shared type."""
    folder.mkdir(parents=True, exist_ok=True)
    defs: dict[str, Any] = {
        "Shared": {
            "type": "object",
            "title": "Shared",
            "description": "A type every action uses.",
            "properties": {"Name": {"type": "string", "description": "A name."}},
        }
    }
    base = json.loads((FIXTURE / "mps.openapi.json").read_text(encoding="utf-8"))
    template = base["paths"]["/#X-TC-Action=Ping"]["post"]
    paths: dict[str, Any] = {}
    for i in range(operations):
        action = f"Action{i:04d}"
        defs[f"{action}Item"] = {
            "type": "object",
            "title": f"{action}Item",
            "description": f"One item of {action}.",
            "properties": {
                "Id": {"type": "string", "description": "Item id."},
                "Size": {"type": "integer", "description": "Item size."},
                "Shared": {"$ref": "#/$defs/Shared", "description": "Shared part."},
            },
        }
        defs[f"{action}Request"] = {
            "type": "object",
            "title": f"{action}Request",
            "description": f"Request of {action}.",
            "properties": {
                "Id": {"type": "string", "description": "What to get.", "x-request-required": True}
            },
        }
        defs[f"{action}Response"] = {
            "type": "object",
            "title": f"{action}Response",
            "description": f"Response of {action}.",
            "properties": {
                "Items": {
                    "type": "array",
                    "items": {"$ref": f"#/$defs/{action}Item"},
                    "description": "The items.",
                },
                "RequestId": {"type": "string", "description": "Request id."},
            },
        }
        op = json.loads(
            json.dumps(template).replace("Ping", action).replace("Check that", f"{action}:")
        )
        paths[f"/#X-TC-Action={action}"] = {"post": op}
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Synthetic",
        "description": "Synthetic types.",
        "$defs": defs,
    }
    openapi = {**base, "paths": paths, "x-tc-error-codes": base["x-tc-error-codes"]}
    openapi["x-tc-default-operation"] = "Action0000"
    (folder / "mps.schema.json").write_text(json.dumps(schema), encoding="utf-8")
    (folder / "mps.openapi.json").write_text(json.dumps(openapi), encoding="utf-8")
    return folder


#: Run in a fresh interpreter: import the package and its client, decode one response, and print
#: the package's modules then loaded.
PROBE = """
import json, sys
import {package} as api
api.Client
body = json.dumps({{"Response": {{"Items": [{{"Id": "a", "Shared": {{"Name": "n"}}}}]}}}})
assert api.parse_response(body).items[0].shared.name == "n"
print(json.dumps(sorted(m for m in sys.modules if m == "{package}" or m.startswith("{package}."))))
"""
