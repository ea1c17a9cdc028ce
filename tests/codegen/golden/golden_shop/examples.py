# generated from schema/mps.schema.json by codegen/templates/tencent_mps/examples.py.jinja2 (make generate); do not edit.
"""The API documentation's examples, by type: request parameters and the inside of responses.

The local emulator serves the example responses; tests and users may reuse them as fixtures.
"""

from __future__ import annotations

from typing import Any, Final

#: Type name -> its documented examples (wire dicts), for every type that has some.
EXAMPLES: Final[dict[str, list[dict[str, Any]]]] = {
    "CreateJobRequest": [
        {"Input": {"Source": {"Url": "https://example.com/a.mp4"}}, "Priority": 1}
    ],
    "DescribeJobResponse": [
        {"Job": {"JobId": "job-1", "Status": "DONE", "Input": {"Tags": ["a"]}}, "RequestId": "r-1"}
    ],
}
