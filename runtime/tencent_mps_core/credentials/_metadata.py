"""The CVM instance metadata service: bounded GETs, the role lookup, and the chain's probe.

The service answers plain HTTP on ``http://metadata.tencentyun.com`` inside a CVM instance:
``/latest/meta-data/cam/security-credentials/`` names the CAM role attached to the instance
(HTTP 404 when there is none), and ``.../security-credentials/<role>`` gives its temporary
credentials as JSON. Requests go straight to it, never through a proxy, and answers larger than
:data:`MAX_BODY` are refused.

The default chain asks the service once per process (:func:`probe`): a machine that is not a
CVM answers nothing, so the probe is bounded (a 1 s connect timeout, and an overall deadline that
covers the name lookup too), and its result is cached.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..exceptions import ConfigurationError, CredentialsError
from ._refresh import CredentialsRefreshError

if TYPE_CHECKING:
    import urllib3

    from ..transport import Endpoint

DEFAULT_METADATA_ENDPOINT = "http://metadata.tencentyun.com"
#: Where the role name and, below it, the role's credentials are served.
CREDENTIALS_PATH = "/latest/meta-data/cam/security-credentials/"
#: Largest answer accepted from the metadata service (bytes).
MAX_BODY = 64 * 1024
#: Connect and read timeout of the chain's probe (seconds); the whole probe gets twice as long.
PROBE_TIMEOUT = 1.0
_MAX_ROLE_NAME = 128


def metadata_endpoint(endpoint: object) -> Endpoint:
    """Validate a metadata endpoint (plain http is the norm there)."""
    from ..transport import parse_endpoint

    try:
        return parse_endpoint(endpoint, allow_http=True)  # type: ignore[arg-type]
    except ConfigurationError as exc:
        raise CredentialsError(f"metadata endpoint: {exc}") from None


class MetadataClient:
    """GETs from one metadata endpoint over a small direct connection pool (thread-safe)."""

    def __init__(self, endpoint: Endpoint, *, connect_timeout: float, read_timeout: float) -> None:
        self.endpoint = endpoint
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._pool: urllib3.HTTPConnectionPool | None = None
        self._lock = threading.Lock()

    @property
    def where(self) -> str:
        return self.endpoint.url.rstrip("/")

    def _connection_pool(self) -> urllib3.HTTPConnectionPool:
        with self._lock:
            if self._pool is None:
                import urllib3

                kw: dict[str, Any] = {
                    "maxsize": 2,
                    "block": False,
                    "retries": False,
                    "timeout": urllib3.Timeout(
                        connect=self._connect_timeout, read=self._read_timeout
                    ),
                }
                if self.endpoint.scheme == "https":
                    from ..transport import default_ssl_context

                    self._pool = urllib3.HTTPSConnectionPool(
                        self.endpoint.host,
                        self.endpoint.port,
                        ssl_context=default_ssl_context(),
                        cert_reqs="CERT_REQUIRED",
                        **kw,
                    )
                else:
                    self._pool = urllib3.HTTPConnectionPool(
                        self.endpoint.host, self.endpoint.port, **kw
                    )
            return self._pool

    def get(self, path: str) -> tuple[int, bytes]:
        """GET ``path``; the status and the whole body. Network failures raise
        CredentialsRefreshError."""
        from http.client import HTTPException

        from urllib3.exceptions import HTTPError as Urllib3Error

        from ..retry import describe_network_error

        pool = self._connection_pool()
        try:
            response = pool.urlopen(
                "GET",
                path,
                headers={"Accept": "*/*"},
                retries=False,
                redirect=False,
                preload_content=False,
                decode_content=False,
            )
            try:
                body = response.read(MAX_BODY + 1, decode_content=False)
            except BaseException:
                response.close()
                raise
        except (Urllib3Error, OSError, HTTPException) as exc:
            raise CredentialsRefreshError(
                f"the metadata service {self.where} did not answer ({describe_network_error(exc)})"
            ) from None
        encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
        if len(body) > MAX_BODY or encoding != "identity":
            response.close()
            what = (
                f"larger than {MAX_BODY // 1024} KiB"
                if len(body) > MAX_BODY
                else "content-encoded (not asked for)"
            )
            raise CredentialsRefreshError(
                f"the metadata service {self.where} sent an answer {what}",
                http_status=response.status,
            )
        response.release_conn()
        return response.status, body

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()


def attached_role(client: MetadataClient) -> str:
    """The name of the CAM role attached to the instance; CredentialsRefreshError otherwise."""
    status, body = client.get(CREDENTIALS_PATH)
    if status == 404:
        raise CredentialsRefreshError(
            f"no CAM role is attached to this instance ({client.where} answered HTTP 404)",
            http_status=404,
        )
    if status != 200:
        raise CredentialsRefreshError(
            f"the metadata service {client.where} answered HTTP {status} when asked for the role",
            http_status=status,
        )
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise CredentialsRefreshError(
            f"the role name from {client.where} is not UTF-8 text"
        ) from None
    role = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not role:
        raise CredentialsRefreshError(f"the metadata service {client.where} named no role")
    if not is_role_name(role):
        raise CredentialsRefreshError(
            f"the role name from {client.where} is not usable (control characters, '/' or "
            f"longer than {_MAX_ROLE_NAME} characters)"
        )
    return role


def is_role_name(name: str) -> bool:
    return 0 < len(name) <= _MAX_ROLE_NAME and name.isprintable() and "/" not in name


# -- the default chain's probe ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProbeResult:
    """What the probe found: the attached role's name, or why there is none (``reason``)."""

    endpoint: str
    role_name: str | None
    reason: str


_cache: dict[str, ProbeResult] = {}
_cache_lock = threading.Lock()


def probe(
    endpoint: str = DEFAULT_METADATA_ENDPOINT, *, timeout: float = PROBE_TIMEOUT
) -> ProbeResult:
    """Ask the metadata service for the instance's role, once per process and endpoint.

    Bounded by ``2 * timeout`` seconds in all (name lookup included); concurrent callers wait
    for the one probe and share its result.
    """
    url = metadata_endpoint(endpoint).url.rstrip("/")
    with _cache_lock:
        found = _cache.get(url)
        if found is None:
            found = _probe_now(url, timeout)
            _cache[url] = found
        return found


def forget_probe() -> None:
    """Forget the cached probe results (after attaching a role, or between tests)."""
    with _cache_lock:
        _cache.clear()


def _probe_now(url: str, timeout: float) -> ProbeResult:
    outcome: list[ProbeResult] = []

    def run() -> None:
        client = MetadataClient(
            metadata_endpoint(url), connect_timeout=timeout, read_timeout=timeout
        )
        try:
            outcome.append(ProbeResult(url, attached_role(client), ""))
        except CredentialsRefreshError as exc:
            outcome.append(ProbeResult(url, None, str(exc)))
        except Exception as exc:  # never let the probe break the chain
            outcome.append(ProbeResult(url, None, f"probe failed ({type(exc).__name__})"))
        finally:
            client.close()

    thread = threading.Thread(target=run, name="tencent-mps-metadata-probe", daemon=True)
    thread.start()
    thread.join(2 * timeout)
    if outcome:
        return outcome[0]
    return ProbeResult(
        url, None, f"the metadata service {url} did not answer within {2 * timeout:g} s"
    )
