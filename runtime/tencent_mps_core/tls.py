"""TLS: the contexts the clients verify servers with, the ``ca_bundle`` option, and the words
for a failed handshake.

Verification is always on (certificate chain and host name, TLS 1.2 or later). The trust store
is the system's (``ssl.create_default_context()``), or, with ``ca_bundle=``, only the PEM
certificates of that file (for a private CA or a TLS-inspecting corporate proxy). The same
store verifies an ``https://`` proxy.
"""

from __future__ import annotations

import os
import threading
from functools import cache
from typing import TYPE_CHECKING

from .exceptions import ConfigurationError

if TYPE_CHECKING:
    import ssl

_bundles: dict[tuple[str, int, int], ssl.SSLContext] = {}
_bundles_lock = threading.Lock()


def _new_context(cafile: str | None) -> ssl.SSLContext:
    import ssl

    context = ssl.create_default_context(cafile=cafile)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


@cache
def default_ssl_context() -> ssl.SSLContext:
    """The process-wide TLS context: system CA store, certificate and host name checks on.

    Built once (loading the CA store is the slow part) and shared: SSLContext is thread-safe.
    """
    return _new_context(None)


def check_ca_bundle(value: object) -> str | None:
    """The ``ca_bundle`` option: None, or the path (str or os.PathLike) of a readable PEM file
    holding at least one CA certificate. Returns the absolute path; raises ConfigurationError."""
    if value is None:
        return None
    if not isinstance(value, (str, os.PathLike)):
        raise ConfigurationError(
            f"ca_bundle must be the path of a PEM file (str or os.PathLike) or None, "
            f"got {type(value).__name__}"
        )
    path = os.fspath(value)
    if not isinstance(path, str) or not path.strip():
        raise ConfigurationError("ca_bundle must be a non-empty path of a PEM file")
    path = os.path.abspath(os.path.expanduser(path))
    context_for_bundle(path)
    return path


def context_for_bundle(path: str) -> ssl.SSLContext:
    """The TLS context trusting only the certificates in ``path`` (re-read when the file
    changes); raises ConfigurationError when the file is missing or holds no certificate."""
    import ssl

    try:
        st = os.stat(path)
    except OSError as exc:
        raise ConfigurationError(
            f"ca_bundle {path!r} cannot be read ({exc.strerror or type(exc).__name__})"
        ) from None
    if not os.path.isfile(path):
        raise ConfigurationError(f"ca_bundle {path!r} is not a file (a PEM file is expected)")
    key = (path, st.st_mtime_ns, st.st_size)
    with _bundles_lock:
        context = _bundles.get(key)
    if context is not None:
        return context
    try:
        context = _new_context(path)
    except (ssl.SSLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or "unreadable"
        raise ConfigurationError(
            f"ca_bundle {path!r} holds no usable PEM certificate ({reason})"
        ) from None
    if not context.cert_store_stats().get("x509"):
        raise ConfigurationError(f"ca_bundle {path!r} holds no certificate")
    with _bundles_lock:
        for old in [k for k in _bundles if k[0] == path]:
            del _bundles[old]
        return _bundles.setdefault(key, context)


def context_for(ca_bundle: str | None) -> ssl.SSLContext:
    """The context a client verifies servers with."""
    return default_ssl_context() if ca_bundle is None else context_for_bundle(ca_bundle)


#: OpenSSL reasons, as short phrases a user can act on.
_REASONS = {
    "WRONG_VERSION_NUMBER": "wrong version number (is the server speaking plain HTTP?)",
    "SSLV3_ALERT_HANDSHAKE_FAILURE": "handshake failure (no protocol or cipher in common)",
    "HANDSHAKE_FAILURE": "handshake failure",
    "TLSV1_ALERT_PROTOCOL_VERSION": "the server refused the TLS version (1.2 or later required)",
    "UNSUPPORTED_PROTOCOL": "unsupported protocol version",
    "TLSV1_ALERT_UNKNOWN_CA": "the server does not know the client's CA",
    "TLSV1_ALERT_INTERNAL_ERROR": "the server reported an internal TLS error",
    "TLSV1_UNRECOGNIZED_NAME": "the server does not recognise the host name",
    "CERTIFICATE_VERIFY_FAILED": "certificate verify failed",
    "UNEXPECTED_EOF_WHILE_READING": "connection closed during the TLS handshake",
}


def describe_tls_failure(exc: BaseException | None) -> str:
    """``"certificate verify failed: self-signed certificate"``, ``"hostname mismatch: ..."``,
    ``"wrong version number ..."``: the cause of a TLS failure, found in the exception chain.

    Only the ssl module's reason and verification message are used: they name certificates and
    host names, never request data or credentials.
    """
    import ssl

    seen = 0
    while exc is not None and seen < 10:
        seen += 1
        if isinstance(exc, ssl.SSLCertVerificationError):
            message = _clean(exc.verify_message or "")
            if message.lower().startswith("hostname mismatch"):
                return "hostname mismatch" + message[len("hostname mismatch") :]
            if message.lower().startswith("ip address mismatch"):
                return message  # "IP address mismatch, certificate is not valid for '...'"
            return "certificate verify failed" + (f": {message}" if message else "")
        if isinstance(exc, ssl.CertificateError):
            return f"hostname mismatch: {_clean(str(exc))}"
        if isinstance(exc, ssl.SSLError):
            reason = exc.reason if isinstance(exc.reason, str) else ""
            if reason in _REASONS:
                return _REASONS[reason]
            if isinstance(exc, ssl.SSLEOFError):
                return "connection closed during the TLS handshake"
            if reason:
                return reason.lower().replace("_", " ")
            return _clean(str(exc.args[1]) if len(exc.args) > 1 else type(exc).__name__)
        inner = next((a for a in exc.args if isinstance(a, BaseException)), None)
        exc = inner or exc.__cause__ or exc.__context__
    return ""


def _clean(text: str) -> str:
    """Printable ASCII only, and short."""
    text = "".join(c if c.isprintable() and c.isascii() else "?" for c in text).strip(" .")
    return text if len(text) <= 160 else text[:157] + "..."
