"""Facts read from upstream prose: units, documented values, and a test for non-English text.

The upstream documents are Chinese. Nothing of them is kept: only ASCII tokens (documented
values) and a unit from a fixed vocabulary are taken out. The Chinese words the patterns look
for are written as escapes, each with its meaning, so that this source stays ASCII.
"""

from __future__ import annotations

import html
import re
import unicodedata

# CJK ideographs, kana, Hangul, CJK punctuation and full-width forms.
_CJK = re.compile(
    "[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)


def has_cjk(text: str) -> bool:
    """True when ``text`` has a CJK character (ideograph, kana, Hangul, CJK punctuation)."""
    return _CJK.search(text) is not None


def is_english(text: str) -> bool:
    """True when ``text`` has no CJK and no non-ASCII letter (symbols such as a degree sign pass)."""
    if has_cjk(text):
        return False
    return not any(ord(ch) > 127 and unicodedata.category(ch).startswith("L") for ch in text)


# ----------------------------------------------------------------------------------------------
# Words and punctuation of the documents

_COLON = "\uff1a"  # full-width colon
_COMMA = "\uff0c"  # full-width comma
_ENUM_COMMA = "\u3001"  # enumeration comma
_STOP = "\u3002"  # full stop
_SEMI = "\uff1b"  # full-width semicolon
_LPAREN, _RPAREN = "\uff08", "\uff09"  # full-width brackets
_OR, _AND, _AND_ALSO = "\u6216", "\u548c", "\u53ca"  # "or", "and", "as well as"
_HAS = "\u6709"  # "there are"
_IS = "\u4e3a"  # "is"
_VALUE = "\u503c"  # "value"
_VALUES = "\u53d6\u503c"  # "values (taken)"
_OPTIONS = "\u53ef\u9009\u503c"  # "optional values"
_POSSIBLE = "\u53ef\u53d6\u503c"  # "possible values"
_SUPPORTS = "\u652f\u6301"  # "supports"
_ENUM_VALUES = "\u679a\u4e3e\u503c"  # "enumerated values"
_KINDS = "\u79cd"  # "kinds", after a number: "three kinds"
_NUMERALS = "\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341"  # two to ten
_OTHER_VALUES = "\u5176\u4ed6\u503c"  # "other values"
_DEFAULT = "\u9ed8\u8ba4"  # "default"
_ENABLED = "\u5f00\u542f"  # "enabled"
_TAKE = "\u53d6"  # "take (a value)"
_WHEN = "\u65f6"  # "when", after a condition
_UNIT = "\u5355\u4f4d"  # "unit"
_IS_ALSO = "\u662f"  # "is"


# ----------------------------------------------------------------------------------------------
# Markup


_SEGMENT_BREAK = re.compile(r"<\s*/?\s*(?:li|br|p|ul|ol|div)\b[^>]*>|\n", re.IGNORECASE)
_LIST_OPEN = re.compile(r"<\s*li\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_BULLET = re.compile(r"^[-*\u2022]\s+")


def _plain(document: str) -> str:
    return html.unescape(_TAG.sub("", document)).replace("`", "")


def _segments(document: str) -> list[tuple[str, bool]]:
    """The document cut into lines and list items: (text, introduced by a list marker)."""
    raw: list[tuple[str, bool]] = []
    pos = 0
    marker = False
    for m in _SEGMENT_BREAK.finditer(document):
        raw.append((document[pos : m.start()], marker))
        marker = _LIST_OPEN.fullmatch(m.group(0)) is not None
        pos = m.end()
    raw.append((document[pos:], marker))
    segments: list[tuple[str, bool]] = []
    for text, item in raw:
        text = _plain(text).strip()
        bullet = _BULLET.match(text)
        if bullet:
            text, item = text[bullet.end() :], True
        if text:
            segments.append((text, item))
    return segments


# ----------------------------------------------------------------------------------------------
# Documented values

# A value as the documents write it: ASCII, starting with a letter, a digit, '-' (negative
# numbers), '&' or '|' (operators), with inner dots, dashes, plus signs and colons ("1:1").
_TOKEN = r"(?:-?[A-Za-z0-9_&|](?:[A-Za-z0-9_.+\-&|]*[A-Za-z0-9_&|+])?(?::[A-Za-z0-9_]+)*)"
_PUNCT = f"{_COLON}:{_LPAREN}({_COMMA},{_STOP}{_SEMI};"
# What follows a value that a line defines: a colon, a bracket, a comma, a stop, or nothing.
_LINE_SEP = rf"(?:\s*[{_PUNCT}]|\s*$)"
# In a list item, a space then prose also ends the value ("<li>subtitle <prose></li>").
_ITEM_SEP = rf"(?:\s*[{_PUNCT}]|\s+(?=\S)|\s*$)"
# A remark in brackets after a value ("kai.ttf (recommended) or simkai.ttf").
_REMARK = rf"[{_LPAREN}(][^{_RPAREN})]*[{_RPAREN})]"
_JOIN = rf"\s*(?:[,{_COMMA}{_ENUM_COMMA}/]|{_OR}|{_AND}|{_AND_ALSO})\s*"
_VALUE_LIST = rf"(?P<values>{_TOKEN}(?:\s*{_REMARK})?(?:{_JOIN}{_TOKEN}(?:\s*{_REMARK})?)*)"
_LINE_DEFINITION = re.compile(rf"^{_VALUE_LIST}(?P<sep>{_LINE_SEP})(?P<rest>.*)$", re.DOTALL)
_ITEM_DEFINITION = re.compile(rf"^{_VALUE_LIST}(?P<sep>{_ITEM_SEP})(?P<rest>.*)$", re.DOTALL)
_ONE_TOKEN = re.compile(_TOKEN)
_REMARK_RE = re.compile(_REMARK)
_ASCII_START = re.compile(r"^[A-Za-z0-9_&|\-]")
# A second definition run into the same line: "a: <prose> b: <prose>" (a line break missing).
_RUN_ON_DEFINITION = re.compile(rf"\s(?=[A-Za-z])({_TOKEN})[{_COLON}:](?![/\d])(?=\S)")
_INTEGER = re.compile(r"-?\d+")

# Enumerations in a sentence: "there are A, B and C (three kinds)", "values: a, b, c",
# "values {"a","b"}", "values: [a, b]", "supports 8/10", "values: ON, OFF".
_QUOTE = r"[\"'\u201c\u201d\u2018\u2019]?"
_ENUM_SENTENCE = re.compile(
    rf"(?:{_HAS}|{_IS}|{_VALUES}|{_OPTIONS}|{_POSSIBLE}|{_SUPPORTS}|{_ENUM_VALUES})"
    rf"\s*[{_COLON}:]?\s*(?P<open>[{{\[\u300c]?)\s*"
    rf"(?P<values>{_QUOTE}{_TOKEN}{_QUOTE}(?:{_JOIN}{_QUOTE}{_TOKEN}{_QUOTE})+)"
    rf"\s*(?=[{_NUMERALS}\d]+\s*{_KINDS}|[}}\]\u300d{_STOP}{_SEMI};{_COMMA},\n]|$)"
)
# Values defined inline after the word for "values": "values: top: <prose> bottom: <prose>".
_INLINE_AFTER = re.compile(rf"{_VALUES}\s*[{_COLON}:]")
_INLINE_DEFINITION = re.compile(
    rf"(?<![A-Za-z0-9_.+\-])({_TOKEN})\s*[:{_COLON}]\s*(?=[^\x00-\x7f])"
)
# A run of definitions, each after a separator (or at the start): "A: <prose>, B: <prose>".
_RUN_ON_LIST = re.compile(
    rf"(?:^|(?<=[{_STOP}{_COMMA}{_SEMI},;])\s*)({_TOKEN})\s*[{_COLON}:]\s*(?=[^\x00-\x7f])"
)
# A switch documented by its default and its other setting: "default 0. When 1, ...".
_DEFAULT_SETTING = re.compile(rf"{_DEFAULT}(?:{_ENABLED}|{_VALUE})?\s*[{_COLON}:{_IS}]?\s*(-?\d+)")
_OTHER_SETTING = re.compile(rf"(?:{_IS}|{_TAKE})\s*(-?\d+)\s*{_WHEN}")


def _split_values(text: str) -> list[str]:
    return _ONE_TOKEN.findall(_REMARK_RE.sub("", text))


def _defined_in_lines(document: str) -> list[str]:
    segments = _segments(document)
    has_items = any(item for _, item in segments)
    found: list[str] = []
    for index, (text, item) in enumerate(segments):
        if index == 0 and not item:
            continue  # the lead sentence names the field, it does not define a value
        if item and text.startswith(_OTHER_VALUES):
            return []  # "other values: ..." - an open set, such as an error code
        m = (_ITEM_DEFINITION if item else _LINE_DEFINITION).match(text)
        if not m:
            continue
        sep, rest = m.group("sep").strip(), m.group("rest").strip()
        if sep in (_COMMA, ",") and _ASCII_START.match(rest):
            continue  # values listed in a sentence, not a definition
        if not item and has_items and sep and not rest:
            continue  # "label:" over a list of items: a group heading, not a value
        found.extend(_split_values(m.group("values")))
        found.extend(_RUN_ON_DEFINITION.findall(m.group("rest")))
    return found


def _enumerated_in_sentences(document: str, kind: str) -> list[str]:
    found: list[str] = []
    for m in _ENUM_SENTENCE.finditer(_plain(document)):
        values = _split_values(m.group("values"))
        numeric = all(_INTEGER.fullmatch(v) for v in values)
        if m.group("open") == "[" and numeric:
            continue  # "[0, 100]" is a range
        if kind == "integer" and not numeric:
            continue
        found.extend(values)
    return found


def _defined_inline(document: str) -> list[str]:
    text = _plain(document)
    m = _INLINE_AFTER.search(text)
    if not m:
        return []
    return _INLINE_DEFINITION.findall(text[m.end() :])


def _defined_after_lead(document: str) -> list[str]:
    """Values defined on the lead line after its first sentence: "<lead>. A: <prose>, B: <prose>"."""
    segments = _segments(document)
    if not segments or segments[0][1]:
        return []
    lead = segments[0][0]
    stop = lead.find(_STOP)
    rest = lead[stop + 1 :].lstrip() if stop >= 0 else ""
    found = _RUN_ON_LIST.findall(rest)
    if len(found) < 2 or not _RUN_ON_LIST.match(rest):
        return []
    return found


def _switch_settings(document: str) -> list[str]:
    text = _plain(document)
    values = set(_DEFAULT_SETTING.findall(text) + _OTHER_SETTING.findall(text))
    return sorted(values, key=int) if len(values) >= 2 else []


def known_values(document: str, kind: str) -> list[str]:
    """The documented values of a field of ``kind`` ("string" or "integer"), in document order.

    Values are read, in this order of preference, from lines and list items that start with a
    value and a separator; from an enumeration in a sentence; from values defined inline after
    the word for "values"; from definitions run on after the lead sentence; and, for integers, from a default and another setting of a switch.
    """
    found = _defined_in_lines(document)
    if not found:
        found = _enumerated_in_sentences(document, kind)
    if not found:
        found = _defined_inline(document)
    if not found:
        found = _defined_after_lead(document)
    if not found and kind == "integer":
        found = _switch_settings(document)
    if kind == "integer":
        found = [v for v in found if _INTEGER.fullmatch(v)]
    return list(dict.fromkeys(found))


# ----------------------------------------------------------------------------------------------
# Units

# Unit words of the documents and the schema's unit for each; longer words first.
_UNIT_WORDS: tuple[tuple[str, str], ...] = (
    ("\u6beb\u79d2", "ms"),  # milliseconds
    ("ms", "ms"),
    ("\u79d2", "s"),  # seconds
    ("\u5b57\u8282", "bytes"),  # bytes
    ("Byte", "bytes"),
    ("\u50cf\u7d20\u503c", "px"),  # pixel value
    ("\u50cf\u7d20\u7ea7", "px"),  # pixel level
    ("\u50cf\u7d20", "px"),  # pixels
    ("px", "px"),
    ("kbps", "kbps"),
    ("Kbps", "kbps"),
    ("bps", "bps"),
    ("Hz", "Hz"),
    ("hz", "Hz"),
    ("HZ", "Hz"),
    ("dB", "dB"),
    ("\u5206\u8d1d", "dB"),  # decibels
    ("\u767e\u5206\u6bd4", "%"),  # percentage
    ("%", "%"),
    ("\u5ea6", "deg"),  # degrees
    ("fps", "fps"),
    ("\u5e27/\u79d2", "frames/s"),  # frames per second
)
_UNIT_ALT = "|".join(re.escape(w) for w, _ in _UNIT_WORDS)
_UNIT_OF = dict(_UNIT_WORDS)
_SECONDS, _MILLISECONDS, _PERCENTAGE = "\u79d2", "\u6beb\u79d2", "\u767e\u5206\u6bd4"
_STATED_UNIT = (
    # "unit: seconds", "unit is seconds", "unit:ms", "unit pixels", "unit is Hz"
    re.compile(rf"{_UNIT}\s*(?:[{_COLON}:]|{_IS}|{_IS_ALSO})?\s*(?P<u>{_UNIT_ALT})(?![A-Za-z])"),
    # "(ms)", "(px)", "(unit: seconds)"
    re.compile(rf"[{_LPAREN}(]\s*(?:{_UNIT}\s*[{_COLON}:]?\s*)?(?P<u>{_UNIT_ALT})\s*[{_RPAREN})]"),
    # "timestamp, seconds."
    re.compile(rf"[{_COMMA},]\s*(?P<u>{_SECONDS}|{_MILLISECONDS})\s*(?:[{_STOP}.{_SEMI};\n]|$)"),
)

# Units implied by what a field is, when its document states none: (pattern, unit, kinds).
_IMPLIED_UNITS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    # "progress": a percentage
    (re.compile("\u8fdb\u5ea6"), "%", ("integer",)),
    # "out of a hundred" (a score): a percentage
    (re.compile("\u767e\u5206\u5236"), "%", ("integer", "number")),
    # "ratio ... 0-100": a percentage
    (re.compile("\u6bd4\u4f8b.*0\\s*-\\s*100", re.DOTALL), "%", ("integer",)),
    # "per second ... number of frames": frames per second
    (re.compile("\u6bcf\u79d2.*\u5e27\u6570"), "frames/s", ("integer", "number")),
    # "offset", "start/end timestamp", "lasting time", "duration" of a number: seconds
    (
        re.compile(
            "\u504f\u79fb|(?:\u8d77\u59cb|\u7ed3\u675f)\u65f6\u95f4\u6233"
            "|\u6301\u7eed\u65f6\u95f4|\u65f6\u957f"
        ),
        "s",
        ("number",),
    ),
    # "region coordinates": pixels
    (re.compile("\u533a\u57df\u5750\u6807"), "px", ("integer",)),
    # "width / height of the picture": pixels
    (re.compile("\u56fe\u7684(?:\u5bbd\u5ea6|\u9ad8\u5ea6)"), "px", ("integer",)),
)


def unit(document: str, kind: str) -> str | None:
    """The unit a numeric field's document states, in the schema's vocabulary, or None.

    An explicit statement wins ("unit: seconds", "(ms)", "timestamp, seconds"); a document that
    states two different units (a unit that depends on another field) has none. Without one, a
    few descriptions imply a unit: a progress is a percentage, so is a score out of a hundred and
    a ratio from 0 to 100; a time offset, timestamp or duration of a number field is in seconds;
    region coordinates and the width or height of a picture are in pixels.
    """
    if kind not in ("integer", "number"):
        return None
    text = _plain(document)
    units: list[str] = []
    for pattern in _STATED_UNIT:
        for m in pattern.finditer(text):
            if _UNIT_OF[m.group("u")] not in units:
                units.append(_UNIT_OF[m.group("u")])
    if units and "%" not in units and _PERCENTAGE in text:
        units.append("%")  # "percent when X, seconds when Y"
    if len(units) == 1:
        return units[0]
    if units:
        return None
    for pattern, implied, kinds in _IMPLIED_UNITS:
        if kind in kinds and pattern.search(text):
            return implied
    return None
