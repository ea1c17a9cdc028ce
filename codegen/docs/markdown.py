"""A small Markdown-to-HTML converter for the README's own subset (the guide pages).

Headings, paragraphs, fenced code, bullet lists, pipe tables, inline code, bold and links:
what README.md uses. Anything else is kept as escaped text.
"""

from __future__ import annotations

import html
import re

_INLINE = re.compile(r"`([^`]+)`|\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)")
_WORD = re.compile(r"\b[A-Z][A-Za-z0-9]+\b")
_ITEM = re.compile(r"\s*[-*] ")
_BLOCK_START = re.compile(r"(```|#{1,6} |\||\s*[-*] )")


class _Converter:
    """One conversion; ``links`` maps names to link in running text (an operation -> its page)."""

    def __init__(self, links: dict[str, str]) -> None:
        self.links = links

    def text(self, text: str) -> str:
        """Escaped running text, with every known name linked."""
        out: list[str] = []
        pos = 0
        for m in _WORD.finditer(text):
            href = self.links.get(m.group(0))
            if href is None:
                continue
            out.append(html.escape(text[pos : m.start()]))
            out.append(f'<a href="{html.escape(href)}">{m.group(0)}</a>')
            pos = m.end()
        out.append(html.escape(text[pos:]))
        return "".join(out)

    def inline(self, text: str) -> str:
        out: list[str] = []
        pos = 0
        for m in _INLINE.finditer(text):
            out.append(self.text(text[pos : m.start()]))
            code, bold, label, href = m.groups()
            if code is not None:
                out.append(f"<code>{html.escape(code)}</code>")
            elif bold is not None:
                out.append(f"<strong>{self.inline(bold)}</strong>")
            elif href.startswith(("https://", "http://")):
                out.append(f'<a href="{html.escape(href)}">{self.inline(label)}</a>')
            else:  # a link into the repository: not part of the site
                out.append(self.inline(label))
            pos = m.end()
        out.append(self.text(text[pos:]))
        return "".join(out)

    def convert(self, markdown: str) -> str:
        lines = markdown.splitlines()
        out: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("```"):
                lang = line[3:].strip()
                j = i + 1
                while j < len(lines) and not lines[j].startswith("```"):
                    j += 1
                code = html.escape("\n".join(lines[i + 1 : j]))
                cls = f' class="language-{html.escape(lang)}"' if lang else ""
                out.append(f"<pre><code{cls}>{code}</code></pre>")
                i = j + 1
            elif m := re.match(r"(#{1,6}) (.*)", line):
                level = len(m.group(1))
                out.append(f"<h{level}>{self.inline(m.group(2))}</h{level}>")
                i += 1
            elif line.startswith("|"):
                rows = []
                while i < len(lines) and lines[i].startswith("|"):
                    rows.append(_cells(lines[i]))
                    i += 1
                head = rows[0]
                body = [r for r in rows[1:] if not all(set(c) <= set("-: ") for c in r)]
                out.append("<table><thead><tr>")
                out.append("".join(f"<th>{self.inline(c)}</th>" for c in head))
                out.append("</tr></thead><tbody>")
                for r in body:
                    out.append("<tr>" + "".join(f"<td>{self.inline(c)}</td>" for c in r) + "</tr>")
                out.append("</tbody></table>")
            elif _ITEM.match(line):
                items: list[str] = []
                while i < len(lines) and (_ITEM.match(lines[i]) or lines[i].startswith("  ")):
                    if _ITEM.match(lines[i]):
                        items.append(_ITEM.sub("", lines[i], count=1))
                    else:
                        items[-1] += " " + lines[i].strip()
                    i += 1
                out.append("<ul>" + "".join(f"<li>{self.inline(t)}</li>" for t in items) + "</ul>")
            elif not line.strip():
                i += 1
            else:
                para = [line]
                i += 1
                while i < len(lines) and lines[i].strip() and not _BLOCK_START.match(lines[i]):
                    para.append(lines[i])
                    i += 1
                out.append(f"<p>{self.inline(' '.join(p.strip() for p in para))}</p>")
        return "\n".join(out)


def _cells(line: str) -> list[str]:
    body = line.strip().removeprefix("|").removesuffix("|")
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", body)]


def to_html(markdown: str, *, links: dict[str, str] | None = None) -> str:
    """``links``: names to link wherever they stand in running text (not in code)."""
    return _Converter(dict(links or {})).convert(markdown)


def inline(text: str) -> str:
    """One line of Markdown as HTML (no links added)."""
    return _Converter({}).inline(text)


def sections(markdown: str) -> dict[str, str]:
    """The README's ``##`` sections by heading (``###`` subsections stay inside), fences aware."""
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    fenced = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("## "):
            current = out.setdefault(line[3:].strip(), [])
            continue
        if current is not None:
            current.append(line)
    return {k: "\n".join(v).strip() + "\n" for k, v in out.items()}
