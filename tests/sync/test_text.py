"""Units and documented values read from upstream prose (written here as escapes, with glosses)."""

from __future__ import annotations

import pytest

from sync.text import is_english, known_values, unit

COLON = "\uff1a"  # full-width colon
NOTE_NULL = (
    "\n\u6ce8\u610f\uff1a\u6b64\u5b57\u6bb5\u53ef\u80fd\u8fd4\u56de null"  # "note: may be null"
)
STATUS = "\u4efb\u52a1\u72b6\u6001"  # "task status"
VALUES = "\u53d6\u503c"  # "values"
WAITING = "\u7b49\u5f85\u4e2d"  # "waiting"


@pytest.mark.parametrize(
    ("document", "kind", "expected"),
    [
        # <li>WAITING: waiting;</li> <li>FINISH: done.</li>
        (
            f"{STATUS}{COLON}<li>WAITING{COLON}{WAITING}\uff1b</li><li>FINISH{COLON}\u5b8c\u6210\u3002</li>",
            "string",
            ["WAITING", "FINISH"],
        ),
        # - FINISH (done), as a dashed list
        (
            f"{STATUS}{COLON}\n- WAITING\uff08{WAITING}\uff09\n- FINISH\uff08\u5df2\u5b8c\u6210\uff09",
            "string",
            ["WAITING", "FINISH"],
        ),
        # values: ON, OFF
        (f"\u5f00\u5173\uff0c{VALUES}{COLON}ON\u3001OFF\u3002", "string", ["ON", "OFF"]),
        # there are PROCESSING, SUCCESS and FAIL (three kinds)
        (
            f"{STATUS}\uff0c\u6709 PROCESSING\uff0cSUCCESS \u548c FAIL \u4e09\u79cd\u3002",
            "string",
            ["PROCESSING", "SUCCESS", "FAIL"],
        ),
        # values in backquotes
        (
            f"{STATUS}\uff0c\u6709 `PROCESSING`\uff0c`SUCCESS` \u548c `FAIL` \u4e09\u79cd",
            "string",
            ["PROCESSING", "SUCCESS", "FAIL"],
        ),
        # integer settings: <li>0: off</li><li>1: on</li>
        (
            f"\u5f00\u5173{COLON}<li>0{COLON}\u5173</li><li>1{COLON}\u5f00</li>",
            "integer",
            ["0", "1"],
        ),
        # a range is not a list of values: "value range: [0, 100]"
        (f"\u53d6\u503c\u8303\u56f4{COLON}[0, 100]\u3002", "integer", []),
        # "0: success; other values: failure" is an open set
        (
            f"\u9519\u8bef\u7801<li>0{COLON}\u6210\u529f</li><li>\u5176\u4ed6\u503c{COLON}\u5931\u8d25</li>",
            "integer",
            [],
        ),
        # an integer field takes only integers: "<li>Width, Height both 0</li>"
        ("\u5bbd\u5ea6<li>Width\u3001Height \u5747\u4e3a 0</li>", "integer", []),
        # the lead sentence names the field ("Profile, for scenes.") and defines no value
        (
            "Profile\uff0c\u9002\u7528\u4e8e\u4e0d\u540c\u573a\u666f\u3002\nbaseline: \u57fa\u7ebf",
            "string",
            ["baseline"],
        ),
        # two values before one meaning: "kai.ttf (recommended) or simkai.ttf: regular script"
        (
            f"\u5b57\u4f53{COLON}<li>kai.ttf\uff08\u63a8\u8350\uff09\u6216 simkai.ttf{COLON}\u6977\u4f53</li>",
            "string",
            ["kai.ttf", "simkai.ttf"],
        ),
        # a missing line break: "normal: <prose> pgc: <prose>"
        (
            f"\u573a\u666f{COLON}\nnormal{COLON}\u901a\u7528 pgc{COLON}PGC\u5f71\u89c6",
            "string",
            ["normal", "pgc"],
        ),
        # no values at all: "hot words switch"
        ("\u70ed\u8bcd\u5f00\u5173" + NOTE_NULL, "string", []),
    ],
)
def test_known_values(document: str, kind: str, expected: list[str]) -> None:
    assert known_values(document, kind) == expected


@pytest.mark.parametrize(
    ("document", "kind", "expected"),
    [
        ("\u65f6\u957f\uff0c\u5355\u4f4d\uff1a\u79d2\u3002", "number", "s"),  # "duration, unit: s"
        ("\u5355\u4f4d\uff1a\u6beb\u79d2", "integer", "ms"),  # "unit: ms"
        ("\u5f00\u59cb\u65f6\u95f4\uff08\u6beb\u79d2\uff09\u3002", "integer", "ms"),  # "start (ms)"
        ("\u7801\u7387\uff0c\u5355\u4f4d\uff1abps\u3002", "integer", "bps"),
        ("\u7801\u7387\uff0c\u5355\u4f4d\uff1akbps\u3002", "integer", "kbps"),
        ("\u5927\u5c0f\uff0c\u5355\u4f4d\uff1a\u5b57\u8282\u3002", "integer", "bytes"),  # bytes
        ("\u5bbd\u5ea6\uff0c\u5355\u4f4d\uff1apx\u3002", "integer", "px"),
        ("\u91c7\u6837\u7387\uff0c\u5355\u4f4d\uff1ahz\u3002", "integer", "Hz"),
        (
            "\u89d2\u5ea6\uff0c\u5355\u4f4d\uff1a\u5ea6\u3002",
            "integer",
            "deg",
        ),  # "angle, unit: degrees"
        ("\u65f6\u95f4\u6233\uff0c\u79d2\u3002", "number", "s"),  # "timestamp, seconds."
        ("\u4efb\u52a1\u8fdb\u5ea6\u3002", "integer", "%"),  # "task progress"
        ("\u7247\u6bb5\u8d77\u59cb\u65f6\u95f4\u504f\u79fb\u3002", "number", "s"),  # "start offset"
        # "percent when Percent, seconds when Time": no single unit
        ("\u767e\u5206\u6bd4\u95f4\u9694\uff1b\u5355\u4f4d\u79d2", "integer", None),
        ("\u65f6\u957f\uff0c\u5355\u4f4d\uff1a\u79d2\u3002", "string", None),  # not a number
        ("\u540d\u79f0\u3002", "integer", None),  # "name."
    ],
)
def test_unit(document: str, kind: str, expected: str | None) -> None:
    assert unit(document, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("w-1", True),
        ("10\u00b0, 3.5s, 50%", True),  # a degree sign is not a letter
        ("\u4f60\u597d", False),  # Chinese
        ("\u3053\u3093\u306b\u3061\u306f", False),  # Japanese kana
        ("caf\u00e9", False),  # a non-ASCII letter
        ("a\uff0cb", False),  # a full-width comma
    ],
)
def test_is_english(text: str, expected: bool) -> None:
    assert is_english(text) is expected


def test_values_defined_after_the_lead_sentence() -> None:
    """ "Current status. WAIT: waiting, RUN: running, FAIL: failed, DONE: done." """
    document = (
        "\u4efb\u52a1\u5f53\u524d\u72b6\u6001\u3002 WAIT\uff1a\u7b49\u5f85\u4e2d\uff0c "
        "RUN\uff1a\u6267\u884c\u4e2d\uff0c FAIL\uff1a\u4efb\u52a1\u5931\u8d25\uff0c "
        "DONE\uff1a\u4efb\u52a1\u6210\u529f\u3002"
    )
    assert known_values(document, "string") == ["WAIT", "RUN", "FAIL", "DONE"]
    assert known_values(f"<p>{document}</p>", "string") == ["WAIT", "RUN", "FAIL", "DONE"]
    # one run-on definition is not a list; an ASCII meaning ("see: RFC 3339") is not a definition
    assert known_values("\u72b6\u6001\u3002 WAIT\uff1a\u7b49\u5f85\u4e2d\u3002", "string") == []
    assert known_values("\u65f6\u95f4\u3002 see: RFC, and: 3339", "string") == []
