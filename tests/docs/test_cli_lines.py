"""Every operation page's command line is one the generated CLI accepts: it parses with the
action's own parser and passes the checks made before anything is sent."""

from __future__ import annotations

import html
import re
import shlex

import pytest

from codegen.docs import Site
from tencent_mps._commands import SPECS
from tencent_mps_lib.cli._catalog import load_spec
from tencent_mps_lib.cli._generic import build_action_parser, checked_request, wire_request

_CLI = re.compile(r'<h3 id="cli">Command line</h3>\s*<pre><code[^>]*>(.*?)</code></pre>', re.S)


@pytest.mark.parametrize("action", sorted(SPECS))
def test_the_pages_command_line_is_accepted_by_the_cli(site: Site, action: str) -> None:
    page = (site.out / "operations" / f"{action}.html").read_text(encoding="utf-8")
    found = _CLI.search(page)
    assert found, f"{action}: no command line on its page"
    words = shlex.split(html.unescape(found.group(1)))
    spec = load_spec(action)
    assert words[:2] == ["tencent-mps", spec.command]
    args = build_action_parser(spec).parse_args(words[2:])
    checked_request(spec, wire_request(spec, args, None))
