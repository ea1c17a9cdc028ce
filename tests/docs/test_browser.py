"""The site as a user sees it: headless Chromium opens an operation page and searches.

Debian's ``chromium`` package; .ci/run installs it and sets TENCENT_MPS_REQUIRE_CHROMIUM=1, so
CI fails rather than skips without it. The screenshots land in build/screenshots/.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from codegen.docs import Site

from ..conftest import ROOT

SCREENSHOTS = ROOT / "build" / "screenshots"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,1000",
)


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("TENCENT_MPS_REQUIRE_CHROMIUM") == "1":
            pytest.fail("chromium is required here (apt-get install -y chromium)")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    return found


def _run(*args: str, profile: Path) -> str:
    done = subprocess.run(
        [_chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def test_an_operation_page_renders(site: Site, tmp_path: Path) -> None:
    url = (site.out / "operations" / "CreateTranscodeTemplate.html").as_uri()
    dom = _run("--dump-dom", url, profile=tmp_path / "profile")
    assert '<h1 id="top">CreateTranscodeTemplate</h1>' in dom
    assert "client.create_transcode_template(" in dom
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / "operation-CreateTranscodeTemplate.png"
    shot.unlink(missing_ok=True)
    _run(f"--screenshot={shot}", url, profile=tmp_path / "profile")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_search_box_finds_an_operation_from_words(site: Site, tmp_path: Path) -> None:
    # What submitting the search box of any page does: search.html?q=<the words>.
    url = (site.out / "search.html").as_uri() + "?q=transcode+template"
    dom = _run("--dump-dom", url, profile=tmp_path / "profile")
    assert 'id="search-box"' in dom and 'value="transcode template"' in dom
    results = re.findall(r'<a href="([^"]+)" class="result result-(\w+)">([^<]+)</a>', dom)
    assert results, dom[-2000:]
    assert results[0] == (
        "operations/CreateTranscodeTemplate.html",
        "operation",
        "CreateTranscodeTemplate",
    )
    titles = [t for _, _, t in results[:10]]
    assert "TranscodeTemplate" in titles and "ModifyTranscodeTemplate" in titles
    # Full text: a word of a type's fields, not of its name, finds the type; nonsense nothing.
    full = _run(
        "--dump-dom", (site.out / "search.html").as_uri() + "?q=bitrate", profile=tmp_path / "p3"
    )
    assert 'href="types/VideoTemplateInfo.html"' in full
    none = _run(
        "--dump-dom", (site.out / "search.html").as_uri() + "?q=zzqxv", profile=tmp_path / "p2"
    )
    assert "0 results" in none and "result-operation" not in none
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / "search-transcode-template.png"
    shot.unlink(missing_ok=True)
    _run(f"--screenshot={shot}", url, profile=tmp_path / "profile")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_typing_into_the_search_box_lists_results_as_you_type(site: Site, tmp_path: Path) -> None:
    """The live handler of the box itself: a copy of the search page whose last script types
    the words into the box and fires the input event, as a keystroke does."""
    page = (site.out / "search.html").read_text(encoding="utf-8")
    typing = (
        "<script>\n"
        'var box = document.getElementById("search-box");\n'
        'box.value = "transcode template";\n'
        'box.dispatchEvent(new Event("input", {bubbles: true}));\n'
        "</script>\n</body>"
    )
    assert "</body>" in page
    typed = site.out / "search-typed.html"
    typed.write_text(page.replace("</body>", typing, 1), encoding="utf-8")
    try:
        dom = _run("--dump-dom", typed.as_uri(), profile=tmp_path / "profile")
    finally:
        typed.unlink()
    results = re.findall(r'<a href="([^"]+)" class="result result-(\w+)">([^<]+)</a>', dom)
    assert results and results[0][2] == "CreateTranscodeTemplate", dom[-2000:]
    assert "results for \u201ctranscode template\u201d" in dom
