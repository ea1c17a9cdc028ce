"""Errors as the command line shows them: one ``error:`` line (plus hints), and an exit code.

Messages of the SDK are written for Python callers (``allow_http=True``, ``Credentials(...)``);
here they say what to do on the command line instead. Every line is escaped: an error message
may quote what a server sent.
"""

from __future__ import annotations

import os
import re
from typing import TextIO

from tencent_mps_core.exceptions import (
    APIError,
    ConfigurationError,
    CredentialsError,
    DecodeError,
    SDKError,
    TransportError,
    ValidationError,
    WaiterFailureError,
    WaitTimeoutError,
)

from ._codes import (
    EXIT_API_ERROR,
    EXIT_CONFIG,
    EXIT_SUBTASKS_FAILED,
    EXIT_TIMEOUT,
    EXIT_TRANSPORT,
    EXIT_USAGE,
)
from ._common import CommandTimeout
from ._terminal import escape_text

#: Python option names at the start of a core message, and the flag that sets them.
_FLAGS = {
    "ca_bundle": "--ca-bundle",
    "proxy": "--proxy",
    "endpoint": "--endpoint",
    "region": "--region",
    "read_timeout": "--read-timeout",
    "max_attempts": "--max-attempts",
    "timeout": "--timeout",
}
_OPTION_AT_START = re.compile(r"^(" + "|".join(_FLAGS) + r")\b(?! \(from)")
_NO_CREDENTIALS = "no Tencent Cloud credentials found"
_LOOKED_AT = re.compile(r"Looked at: (.*?)\. Pass ", re.S)
_TKE_VARIABLES = ("TKE_REGION", "TKE_PROVIDER_ID", "TKE_WEB_IDENTITY_TOKEN_FILE", "TKE_ROLE_ARN")


def say(err: TextIO, *lines: str) -> None:
    """Write ``lines`` to ``err``, each escaped (a newline inside a line shows as ``\\x0a``)."""
    err.write("".join(escape_text(line) + "\n" for line in lines))
    err.flush()


def report(exc: SDKError | CommandTimeout, err: TextIO) -> int:
    """Explain ``exc`` on ``err``; return the exit code it stands for."""
    if isinstance(exc, CommandTimeout):
        say(err, f"error: {exc}")
        return EXIT_TIMEOUT
    if isinstance(exc, ValidationError):
        say(err, f"error: invalid request: {exc} (nothing was sent)")
        return EXIT_USAGE
    if isinstance(exc, APIError):
        rid = f" (request id {exc.request_id})" if exc.request_id else ""
        say(err, f"error: {exc.code}: {exc.message}{rid}")
        return EXIT_API_ERROR
    if isinstance(exc, CredentialsError):
        say(err, *credentials_message(exc))
        return EXIT_CONFIG
    if isinstance(exc, ConfigurationError):
        say(err, f"error: {configuration_message(exc)}")
        return EXIT_CONFIG
    if isinstance(exc, WaitTimeoutError):
        say(err, f"error: timed out: {exc}")
        return EXIT_TIMEOUT
    if isinstance(exc, WaiterFailureError):
        say(err, f"error: {exc}")
        return EXIT_SUBTASKS_FAILED
    if isinstance(exc, TransportError):
        lines = [f"error: {type(exc).__name__}: {exc}"]
        text = str(exc)
        if "certificate verify failed" in text or "hostname mismatch" in text:
            lines.append(
                "  hint: for a private CA or a TLS-inspecting proxy, trust its certificate with "
                "--ca-bundle FILE (a PEM file)"
            )
        say(err, *lines)
        return EXIT_TRANSPORT
    if isinstance(exc, DecodeError):
        say(err, f"error: DecodeError: the answer could not be read: {exc}")
        return EXIT_TRANSPORT
    say(err, f"error: {type(exc).__name__}: {exc}")
    return EXIT_TRANSPORT


def configuration_message(exc: ConfigurationError) -> str:
    """The core's message with the command line's flags in place of Python option names."""
    text = str(exc).replace("pass allow_http=True", "add --allow-http")
    text = text.replace("allow_http=True", "--allow-http")
    return _OPTION_AT_START.sub(lambda m: _FLAGS[m.group(1)], text, count=1)


def credentials_message(exc: CredentialsError) -> list[str]:
    """What to do when the credential chain found nothing, in terms of the command line."""
    text = str(exc)
    if not text.startswith(_NO_CREDENTIALS):
        return [f"error: {text}"]
    found = _LOOKED_AT.search(text)
    looked = ""
    if found:
        parts = [p for p in found.group(1).split("; ") if not p.startswith("the credentials arg")]
        looked = f" (looked at: {'; '.join(parts)})"
    home = os.environ.get("HOME") or os.path.expanduser("~")
    profile_file = os.path.join(home, ".tencentcloud", "credentials")
    return [
        f"error: {_NO_CREDENTIALS}{looked}",
        "  to fix, do one of:",
        "  - export TENCENTCLOUD_SECRET_ID=... TENCENTCLOUD_SECRET_KEY=... "
        "(and TENCENTCLOUD_TOKEN=... for temporary keys)",
        f"  - put secret_id and secret_key in the [default] section of {profile_file} "
        "(another section: --profile NAME or TENCENTCLOUD_PROFILE=NAME)",
        "  - run on a CVM instance with a CAM role attached (read from its metadata service; "
        "TENCENT_MPS_CVM_METADATA_ENDPOINT to use another)",
        f"  - run in a TKE pod with OIDC role binding ({', '.join(_TKE_VARIABLES)})",
    ]
