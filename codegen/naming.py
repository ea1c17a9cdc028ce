"""The naming rules: one function for each kind of name the generator produces.

- :func:`snake`: attributes, keyword arguments, modules and methods (``KeyPTSList`` -> ``key_pts_list``);
- :func:`constant`: module-level constants (``DescribeTaskDetail`` -> ``DESCRIBE_TASK_DETAIL``);
- :func:`error_class`: exception classes of error codes;
- :func:`enum_member`: members of string enums (``zh-TW`` -> ``ZH_TW``);
- :func:`enum_class`: string enums without an ``x-enum-name``.
"""

from __future__ import annotations

import keyword
import re

_CAMEL_1 = re.compile(r"(.)([A-Z][a-z]+)")
_CAMEL_2 = re.compile(r"([a-z0-9])([A-Z])")
_NON_WORD = re.compile(r"[^0-9A-Za-z]+")

#: Keyword arguments every generated method takes besides the request fields.
RESERVED_ARGUMENTS = frozenset({"self", "timeout", "interval", "on_progress", "extra_params"})


class NamingError(ValueError):
    """Two things would get one name, or a name is not a valid identifier."""


def snake(name: str) -> str:
    """``MediaProcessResultSet`` -> ``media_process_result_set``; ``VODInputInfo`` -> ``vod_input_info``."""
    s = _CAMEL_1.sub(r"\1_\2", name)
    s = _CAMEL_2.sub(r"\1_\2", s).lower()
    s = _NON_WORD.sub("_", s).strip("_") or "field"
    if s[0].isdigit():
        s = "n_" + s
    return s + "_" if keyword.iskeyword(s) or s in ("self", "cls") else s


def parser(response_type: str) -> str:
    """The body parser of a response type: ``parse_describe_task_detail_response``; a type whose
    name already starts with the verb is not doubled (``ParseNotificationResponse`` ->
    ``parse_notification_response``)."""
    name = snake(response_type)
    return name if name.startswith("parse_") else f"parse_{name}"


def constant(name: str) -> str:
    return snake(name).upper()


def error_class(code: str) -> str:
    """``RequestLimitExceeded.UinLimitExceeded`` -> ``RequestLimitExceededUinLimitExceededError``;
    ``InternalError`` stays ``InternalError``."""
    joined = "".join(part[:1].upper() + part[1:] for part in code.split("."))
    joined = _NON_WORD.sub("", joined)
    return joined if joined.endswith("Error") else joined + "Error"


def enum_member(value: str) -> str:
    """A Python identifier for a wire value: ``WorkflowTask`` -> ``WORKFLOW_TASK``."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", value)
    name = _NON_WORD.sub("_", words).strip("_").upper() or "EMPTY"
    if name[0].isdigit() or keyword.iskeyword(name):
        name = "V_" + name
    return name


def enum_class(type_name: str, wire: str) -> str:
    """The enum of a field without an explicit name: ``MediaInputInfo`` + ``Type``."""
    return type_name + wire[:1].upper() + wire[1:]


def unique(names: dict[str, str], what: str) -> None:
    """Fail when two sources map to one name; ``names`` is source -> generated name."""
    seen: dict[str, str] = {}
    for source, name in names.items():
        if name in seen:
            raise NamingError(
                f"{what}: {seen[name]!r} and {source!r} would both be named {name!r}; "
                "give one of them an explicit name in schema/ (see schema/README.md)"
            )
        seen[name] = source
