"""Where sync reads and writes: the schema folder, the download cache, the files inside wheels."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = REPO_ROOT / "schema"
CACHE_DIR = REPO_ROOT / ".cache" / "upstream"

SCHEMA_FILE = "mps.schema.json"
OPENAPI_FILE = "mps.openapi.json"
UPSTREAM_FILE = "upstream.json"
CHANGES_FILE = "CHANGES.md"

# The upstream packages pinned in upstream.json, and what sync reads out of each.
TCCLI = "tccli"
SDK = "tencentcloud-sdk-python-mps"
API_MEMBER = "tccli/services/mps/v20190612/api.json"
EXAMPLES_MEMBER = "tccli/services/mps/v20190612/examples.json"
ERRORCODES_MEMBER = "tencentcloud/mps/v20190612/errorcodes.py"

# The same files in a directory given with --upstream.
API_FILE = "api.json"
EXAMPLES_FILE = "examples.json"
ERRORCODES_FILE = "errorcodes.py"
