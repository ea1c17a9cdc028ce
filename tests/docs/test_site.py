"""The generated reference: a page for everything, links that resolve, English only, search."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from codegen.build import load
from codegen.commands import kebab
from codegen.docs import DocsError, Site, build, name_words

from ..conftest import ROOT

CJK = re.compile(
    r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name in ("href", "src") and value:
                self.links.append(value)
            if tag == "form" and name == "action" and value:
                self.links.append(value)


def _parse(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_every_operation_and_type_has_its_page(site: Site) -> None:
    api = load(ROOT / "schema")
    assert sorted(site.operations) == sorted(op.action for op in api.operations)
    assert sorted(site.types) == sorted(api.types)
    for op in api.operations:
        html = (site.out / "operations" / f"{op.action}.html").read_text(encoding="utf-8")
        assert f'<h1 id="top">{op.action}</h1>' in html
        assert f"client.{op.method}(" in html
        assert f"tencent-mps {kebab(op.action)}" in html  # the generated command's name
        for f in op.request.fields:
            assert f'<tr id="{f.wire}">' in html and f"<code>{f.attr}</code>" in html
    for t in api.types.values():
        assert (site.out / "types" / f"{t.name}.html").is_file()
    assert (site.out / "index.html").is_file()


def test_an_operation_page_holds_its_facts(site: Site) -> None:
    html = (site.out / "operations" / "CreateTranscodeTemplate.html").read_text(encoding="utf-8")
    # The request table: snake_case name, wire name, linked type, required, description.
    row = re.search(r'<tr id="VideoTemplate">(.*?)</tr>', html, re.S)
    assert row is not None
    assert "<code>video_template</code>" in row.group(1)
    assert '<a href="../types/VideoTemplateInfo.html">VideoTemplateInfo</a>' in row.group(1)
    container = re.search(r'<tr id="Container">(.*?)</tr>', html, re.S)
    assert container is not None and "<td>yes</td>" in container.group(1)
    # The example is the file's text, typed models with snake_case names, sync and async.
    example = (site.out / "examples" / "create_transcode_template.py").read_text(encoding="utf-8")
    assert "video_template=VideoTemplateInfo(" in example
    assert "async def example_async(client: AsyncClient)" in example
    assert "await client.create_transcode_template(" in example
    assert "Not idempotent" in html or "Idempotent" in html
    assert 'id="rate-limit"' in html
    assert "tencent-mps create-transcode-template --" in html
    # Error codes with their classes, linked to the errors page.
    assert re.search(r'href="\.\./errors\.html#[A-Za-z.]+"><code>', html)
    assert "Error</code> (" in html


def test_pagination_and_waiters_are_named(site: Site) -> None:
    tasks = (site.out / "operations" / "DescribeTasks.html").read_text(encoding="utf-8")
    assert "client.iter_tasks(...)" in tasks and "client.paginate_describe_tasks(...)" in tasks
    detail = (site.out / "operations" / "DescribeTaskDetail.html").read_text(encoding="utf-8")
    assert "client.wait_for_task(" in detail and "client.watch_tasks(" in detail
    image = (site.out / "operations" / "ProcessImage.html").read_text(encoding="utf-8")
    assert "client.wait_for_image_task(...)" in image
    assert '<a href="../operations/DescribeImageTaskDetail.html">' in image


def test_a_type_page_links_back_to_the_operations_using_it(site: Site) -> None:
    html = (site.out / "types" / "VideoTemplateInfo.html").read_text(encoding="utf-8")
    for action in ("CreateTranscodeTemplate", "DescribeTranscodeTemplates"):
        assert f'<a href="../operations/{action}.html">{action}</a>' in html


def test_every_internal_link_and_anchor_resolves(site: Site) -> None:
    pages = {p: _parse(p) for p in site.out.rglob("*.html")}
    checked = 0
    for page, parsed in pages.items():
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("//"):
                assert parts.scheme in ("http", "https"), f"{page}: {link}"
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target.is_file(), f"{page.relative_to(site.out)} links to missing {link}"
            if parts.fragment:
                ids = pages[target].ids if target in pages else set()
                assert parts.fragment in ids, f"{page.relative_to(site.out)}: no anchor {link}"
            checked += 1
    assert checked > len(pages)


def test_no_chinese_text_anywhere(site: Site) -> None:
    for path in site.out.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".js", ".py", ".css", ".json"):
            found = CJK.search(path.read_text(encoding="utf-8"))
            assert found is None, f"{path.relative_to(site.out)}: {found and found.group(0)!r}"


def test_guides_come_from_the_readme(site: Site) -> None:
    html = (site.out / "guides" / "emulator.html").read_text(encoding="utf-8")
    assert "Emulator()" in html and "<pre><code" in html
    # Operation names in running text link to their pages (not inside code).
    whole = (site.out / "guides" / "whole-job.html").read_text(encoding="utf-8")
    assert '<a href="../operations/DescribeTaskDetail.html">DescribeTaskDetail</a>' in whole
    assert (site.out / "guides" / "api-changes.html").is_file()


def test_a_readme_without_a_guide_section_is_a_clear_error(tmp_path: Path) -> None:
    api = load(ROOT / "schema")
    with pytest.raises(DocsError, match="no section starting"):
        build(api, "# tencent-mps\n\n## Something else\n\ntext\n", tmp_path / "docs")


def _index(site: Site) -> list[dict[str, object]]:
    text = (site.out / "search-index.js").read_text(encoding="utf-8")
    prefix = "window.SEARCH_INDEX = "
    assert text.startswith(prefix)
    return json.loads(text[len(prefix) :].rstrip().removesuffix(";"))  # type: ignore[no-any-return]


def test_the_search_index_holds_names_first_and_full_text(site: Site) -> None:
    entries = {e["t"]: e for e in _index(site)}
    op = entries["CreateTranscodeTemplate"]
    assert op["u"] == "operations/CreateTranscodeTemplate.html" and op["k"] == "operation"
    assert {"create", "transcode", "template"} <= set(op["n"])  # type: ignore[arg-type]
    assert "container" in str(op["w"])
    assert entries["TranscodeTemplate"]["k"] == "type"
    assert {e["k"] for e in entries.values()} == {"operation", "type", "guide"}


def test_name_words_split_acronyms_and_keep_the_whole_name() -> None:
    assert name_words("CreateAIAnalysisTemplate")[:4] == ["create", "ai", "analysis", "template"]
    assert name_words("DescribeTaskDetail") == ["describe", "task", "detail", "describetaskdetail"]


def test_an_example_acting_on_a_resource_makes_it_first(site: Site) -> None:
    """From the emulator's families: Modify* gets its resource from the family's Create*."""
    html = (site.out / "operations" / "ModifyTranscodeTemplate.html").read_text(encoding="utf-8")
    assert 'id="setup"' in html and "CreateTranscodeTemplate" in html
    source = (site.out / "examples" / "modify_transcode_template.py").read_text(encoding="utf-8")
    assert "created = client.create_transcode_template(" in source
    assert "definition = created.definition\n" in source
    assert "return client.modify_transcode_template(\n        definition,\n" in source
    # A task's describe action gets its task from the action that starts it.
    batch = (site.out / "examples" / "describe_batch_task_detail.py").read_text(encoding="utf-8")
    assert "created = client.batch_process_media(" in batch and "task_id = created.task_id" in batch


def test_the_readme_markdown_subset_converts_and_escapes() -> None:
    from codegen.docs import markdown

    text = (
        "## Title\n\nSome `code <x>` and **bold** calling DescribeTasks.\n\n"
        "- one\n  continued\n- [ext](https://example.com) and [repo](schema/x.md)\n\n"
        "| a | b |\n| --- | --- |\n| `1` | 2 \\| 3 |\n\n```python\nif a < b: DescribeTasks()\n```\n"
    )
    out = markdown.to_html(text, links={"DescribeTasks": "../operations/DescribeTasks.html"})
    assert "<h2>Title</h2>" in out
    assert "<code>code &lt;x&gt;</code>" in out and "<strong>bold</strong>" in out
    assert 'calling <a href="../operations/DescribeTasks.html">DescribeTasks</a>.' in out
    assert "<li>one continued</li>" in out
    assert '<a href="https://example.com">ext</a>' in out and ">repo<" not in out
    assert "<td><code>1</code></td><td>2 | 3</td>" in out
    assert '<pre><code class="language-python">if a &lt; b: DescribeTasks()</code></pre>' in out
    assert list(markdown.sections("## A\n```\n## not\n```\n## B\nx\n")) == ["A", "B"]


def test_a_real_page_token_is_left_out_of_an_example(site: Site) -> None:
    html = (site.out / "operations" / "DescribeImageTasks.html").read_text(encoding="utf-8")
    assert 'id="cursor"' in html and "ScrollToken" in html
    source = (site.out / "examples" / "describe_image_tasks.py").read_text(encoding="utf-8")
    assert "scroll_token=" not in source and "client.describe_image_tasks(" in source
