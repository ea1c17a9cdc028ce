"""Fake Tencent Cloud credential services: a CVM metadata service and STS, on loopback.

They hand out temporary credentials with a chosen lifetime, count their calls, fail on demand,
and (STS) verify TC3-HMAC-SHA256 signatures, so that deployments using
:class:`~tencent_mps.credentials.CVMRoleCredentials`,
:class:`~tencent_mps.credentials.STSAssumeRoleCredentials` or
:class:`~tencent_mps.credentials.OIDCRoleArnCredentials` can be tested without a cloud::

    from tencent_mps.credentials import CVMRoleCredentials
    from tencent_mps.testing import Emulator, FakeCloud

    with FakeCloud(lifetime=600) as cloud, Emulator(credentials=cloud.credentials) as emu:
        provider = CVMRoleCredentials(endpoint=cloud.metadata_endpoint)
        client = tencent_mps.Client(credentials=provider, endpoint=emu.endpoint, region="ap-guangzhou")

The temporary credentials handed out are taken in turn from ``credentials`` (by default
:data:`EXAMPLE_TEMPORARY_CREDENTIALS`), so an emulator given the same ones accepts every set
and checks the ``X-TC-Token`` sent with them. Nothing here is a secret: print freely.
"""

from __future__ import annotations

import hmac
import json
import math
import os
import re
import threading
import time
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self
from urllib.parse import unquote

from tencent_mps_core import signing
from tencent_mps_core.credentials import Credentials

from ._cloud_server import DROP, LoopbackServer, Reply, Request

__all__ = [
    "EXAMPLE_LONG_TERM_CREDENTIALS",
    "EXAMPLE_PROVIDER_ID",
    "EXAMPLE_ROLE_ARN",
    "EXAMPLE_ROLE_NAME",
    "EXAMPLE_TEMPORARY_CREDENTIALS",
    "EXAMPLE_WEB_IDENTITY_TOKEN",
    "CloudCall",
    "FakeCloud",
    "FakeMetadataService",
    "FakeSTS",
]

#: Temporary credentials the fakes hand out in turn unless told otherwise (examples, not secrets).
EXAMPLE_TEMPORARY_CREDENTIALS: tuple[Credentials, ...] = tuple(
    Credentials(
        f"AKIDFAKETEMPORARY{n:019d}",
        f"fake-temporary-secret-key-{n:06d}",
        f"fake-session-token-{n:06d}-0123456789abcdef0123456789abcdef",
    )
    for n in range(1, 5)
)
#: The key pair the fake STS accepts for AssumeRole unless told otherwise.
EXAMPLE_LONG_TERM_CREDENTIALS = Credentials(
    "AKIDFAKESTSCALLER000000000000000000", "fake-sts-caller-secret-key-00000"
)
EXAMPLE_ROLE_NAME = "mps-test-role"
EXAMPLE_ROLE_ARN = "qcs::cam::uin/100000000001:roleName/mps-test-role"
EXAMPLE_PROVIDER_ID = "tke-oidc-provider"
EXAMPLE_WEB_IDENTITY_TOKEN = "eyJhbGciOiJSUzI1NiJ9.ZmFrZS13ZWItaWRlbnRpdHk.ZmFrZS1zaWduYXR1cmU"

CREDENTIALS_PATH = "/latest/meta-data/cam/security-credentials/"
REGION_PATH = "/latest/meta-data/placement/region"
STS_VERSION = "2018-08-13"
STS_SERVICE = "sts"
#: How far X-TC-Timestamp may be from the fake's clock (seconds), as the real services allow.
MAX_CLOCK_SKEW = 300.0
_SESSION_NAME = re.compile(r"[A-Za-z0-9=,.@_-]{2,128}")
_MAX_DURATION = 43200


@dataclass(frozen=True, slots=True)
class CloudCall:
    """One request a fake received: what was asked and how it was answered.

    ``action`` is the STS action (None for the metadata service) and ``params`` the JSON object
    sent to STS (``WebIdentityToken`` masked); ``issued`` tells whether credentials were handed
    out; ``error`` is the error code or ``"HTTP <status>"`` / ``"dropped"`` of a failed answer.
    """

    service: str
    method: str
    path: str
    action: str | None
    issued: bool
    error: str | None
    params: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class _Failure:
    code: str
    message: str
    status: int | None
    drop: bool


class _FakeService:
    """What both fakes share: credentials handed out in turn, lifetime, failures, the call log."""

    service_name = "fake service"

    def __init__(
        self,
        *,
        credentials: Credentials | Sequence[Credentials] | None,
        lifetime: float | None,
        clock: Callable[[], float],
        host: str,
        port: int,
    ) -> None:
        pool = EXAMPLE_TEMPORARY_CREDENTIALS if credentials is None else credentials
        pool = (pool,) if isinstance(pool, Credentials) else tuple(pool)
        if not pool or not all(isinstance(c, Credentials) and c.token for c in pool):
            raise ValueError("credentials must be Credentials with a token (temporary ones)")
        self._pool = pool
        self._lifetime = _check_lifetime(lifetime, optional=True)
        self._clock = clock
        self._lock = threading.Lock()
        self._next = 0
        self._issued: list[Credentials] = []
        self._calls: list[CloudCall] = []
        self._failures: list[_Failure] = []
        self._failing: _Failure | None = None  # fails until recover()
        self._server = LoopbackServer(
            self._handle, host=host, port=port, name=f"fake {self.service_name}"
        )

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> Self:
        self._server.start()
        return self

    def stop(self) -> None:
        self._server.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def endpoint(self) -> str:
        """``http://127.0.0.1:PORT``: the endpoint to give the provider."""
        return self._server.endpoint

    @property
    def running(self) -> bool:
        return self._server.running

    def __repr__(self) -> str:
        where = self.endpoint if self.running else "not running"
        return f"<{type(self).__name__} {where}, {len(self._issued)} credentials issued>"

    # -- what tests control --------------------------------------------------------------------

    @property
    def credentials(self) -> tuple[Credentials, ...]:
        """Every set of temporary credentials this fake may hand out (give them to an Emulator)."""
        return self._pool

    @property
    def lifetime(self) -> float | None:
        return self._lifetime

    @lifetime.setter
    def lifetime(self, seconds: float | None) -> None:
        self._lifetime = _check_lifetime(seconds, optional=True)

    def fail(
        self,
        code: str = "InternalError",
        *,
        message: str = "The fake service was told to fail.",
        status: int | None = None,
        drop: bool = False,
        times: int | None = 1,
    ) -> None:
        """Make the next ``times`` requests for credentials fail (``None``: until
        :meth:`recover`).

        By default they get an error answer with ``code``; with ``status`` an HTTP error of that
        status without an API answer; with ``drop=True`` the connection is closed unanswered.
        """
        if type(code) is not str or not code:
            raise ValueError("code must be a non-empty string")
        if status is not None and (type(status) is not int or not 100 <= status <= 599):
            raise ValueError(f"status must be an HTTP status from 100 to 599, got {status!r}")
        if times is not None and (type(times) is not int or times < 1):
            raise ValueError(f"times must be a positive integer or None, got {times!r}")
        failure = _Failure(code, message, status, bool(drop))
        with self._lock:
            if times is None:
                self._failing = failure
            else:
                self._failures.extend([failure] * times)

    def recover(self) -> None:
        """Forget every failure that :meth:`fail` planned."""
        with self._lock:
            self._failing = None
            self._failures.clear()

    @property
    def calls(self) -> tuple[CloudCall, ...]:
        """Every request received, in order."""
        with self._lock:
            return tuple(self._calls)

    @property
    def credential_calls(self) -> int:
        """How many requests for credentials arrived (answered, failed or dropped)."""
        with self._lock:
            return sum(1 for call in self._calls if call.issued or call.error is not None)

    @property
    def issued(self) -> tuple[Credentials, ...]:
        """The temporary credentials handed out so far, in order."""
        with self._lock:
            return tuple(self._issued)

    def reset_calls(self) -> None:
        with self._lock:
            self._calls.clear()
            self._issued.clear()

    # -- shared machinery ----------------------------------------------------------------------

    def _handle(self, request: Request) -> Reply:
        raise NotImplementedError

    def _take_failure(self) -> _Failure | None:
        with self._lock:
            if self._failures:
                return self._failures.pop(0)
            return self._failing

    def _issue(self, lifetime: float) -> tuple[Credentials, int]:
        """The next credentials in turn, and their expiry (UNIX seconds)."""
        with self._lock:
            creds = self._pool[self._next % len(self._pool)]
            self._next += 1
            self._issued.append(creds)
        return creds, int(self._clock() + lifetime)

    def _record(
        self,
        request: Request,
        action: str | None,
        issued: bool,
        error: str | None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        path = request.path if len(request.path) <= 200 else request.path[:200] + "..."
        if params is not None and "WebIdentityToken" in params:
            params = {**params, "WebIdentityToken": "***"}
        call = CloudCall(self.service_name, request.method, path, action, issued, error, params)
        with self._lock:
            if len(self._calls) < 100_000:  # bounded, whatever a client sends
                self._calls.append(call)


class FakeMetadataService(_FakeService):
    """A CVM instance metadata service (``http://metadata.tencentyun.com``) on loopback.

    ``GET /latest/meta-data/cam/security-credentials/`` names ``role_name`` (404 when it is
    None: no role attached); ``.../security-credentials/<role_name>`` hands out the next
    temporary credentials, valid ``lifetime`` seconds (default 7200); ``/latest/meta-data/
    placement/region`` answers ``region``. :meth:`fail` affects the credential requests only.
    """

    service_name = "metadata"

    def __init__(
        self,
        *,
        role_name: str | None = EXAMPLE_ROLE_NAME,
        credentials: Credentials | Sequence[Credentials] | None = None,
        lifetime: float = 7200.0,
        region: str = "ap-guangzhou",
        clock: Callable[[], float] = time.time,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        _check_lifetime(lifetime, optional=False)
        super().__init__(
            credentials=credentials, lifetime=lifetime, clock=clock, host=host, port=port
        )
        self.role_name = role_name
        self.region = region

    def _handle(self, request: Request) -> Reply:
        if request.method != "GET":
            self._record(request, None, False, None)
            return Reply(405, b"method not allowed\n", "text/plain")
        path = request.path.split("?", 1)[0]
        role = self.role_name
        if path == CREDENTIALS_PATH:
            self._record(request, None, False, None)
            if role is None:
                return _not_found()
            return Reply(200, role.encode("utf-8"), "text/plain")
        if path == REGION_PATH:
            self._record(request, None, False, None)
            return Reply(200, self.region.encode("utf-8"), "text/plain")
        if not path.startswith(CREDENTIALS_PATH) or role is None:
            self._record(request, None, False, None)
            return _not_found()
        if unquote(path[len(CREDENTIALS_PATH) :]) != role:
            self._record(request, None, False, None)
            return _not_found()
        failure = self._take_failure()
        if failure is not None:
            return self._failed(request, failure)
        creds, expires = self._issue(self._lifetime or 7200.0)
        self._record(request, None, True, None)
        return _json_reply(
            {
                "TmpSecretId": creds.secret_id,
                "TmpSecretKey": creds.secret_key,
                "Token": creds.token,
                "ExpiredTime": expires,
                "Expiration": _iso(expires),
                "Code": "Success",
            }
        )

    def _failed(self, request: Request, failure: _Failure) -> Reply:
        if failure.drop:
            self._record(request, None, False, "dropped")
            return DROP
        if failure.status is not None:
            self._record(request, None, False, f"HTTP {failure.status}")
            return Reply(failure.status, failure.message.encode("utf-8"), "text/plain")
        self._record(request, None, False, failure.code)
        return _json_reply({"Code": failure.code, "Message": failure.message})


class FakeSTS(_FakeService):
    """STS (API 2018-08-13) on loopback: ``AssumeRole`` and ``AssumeRoleWithWebIdentity``.

    ``AssumeRole`` must be TC3-signed (service ``sts``) with a key pair in ``accepted`` (default
    :data:`EXAMPLE_LONG_TERM_CREDENTIALS`; a pair with a token also requires ``X-TC-Token``).
    ``AssumeRoleWithWebIdentity`` is unsigned; its ``ProviderId`` and ``WebIdentityToken`` must
    match ``identities`` (default ``{EXAMPLE_PROVIDER_ID: EXAMPLE_WEB_IDENTITY_TOKEN}``). When
    ``role_arns`` is given, only those roles may be assumed. The credentials last ``lifetime``
    seconds, or the requested ``DurationSeconds`` when ``lifetime`` is None (the default).
    Timestamps further than 5 minutes from ``clock`` are refused, as the service does.
    """

    service_name = "sts"

    def __init__(
        self,
        *,
        credentials: Credentials | Sequence[Credentials] | None = None,
        lifetime: float | None = None,
        accepted: Credentials | Sequence[Credentials] | None = None,
        identities: Mapping[str, str] | None = None,
        role_arns: Collection[str] | None = None,
        clock: Callable[[], float] = time.time,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        super().__init__(
            credentials=credentials, lifetime=lifetime, clock=clock, host=host, port=port
        )
        keys = EXAMPLE_LONG_TERM_CREDENTIALS if accepted is None else accepted
        keys = (keys,) if isinstance(keys, Credentials) else tuple(keys)
        if not keys or not all(isinstance(k, Credentials) for k in keys):
            raise ValueError("accepted must be Credentials or a sequence of them")
        self._keys = {k.secret_id: k for k in keys}
        self._identities = dict(
            {EXAMPLE_PROVIDER_ID: EXAMPLE_WEB_IDENTITY_TOKEN} if identities is None else identities
        )
        self._role_arns = None if role_arns is None else frozenset(role_arns)

    @property
    def identities(self) -> dict[str, str]:
        """Identity provider id -> the web identity token it accepts."""
        return dict(self._identities)

    @property
    def accepted(self) -> tuple[Credentials, ...]:
        """The key pairs accepted for AssumeRole."""
        return tuple(self._keys.values())

    def calls_of(self, action: str) -> int:
        """How many requests named ``action``."""
        return sum(1 for call in self.calls if call.action == action)

    def _handle(self, request: Request) -> Reply:
        action = request.headers.get("x-tc-action", "")
        shown = action if action.isascii() and action.isalnum() and len(action) <= 64 else "?"
        rejection = self._check(request, action)
        if rejection is not None:
            code, message = rejection
            self._record(request, shown, False, code)
            return _error_reply(code, message)
        try:
            params = json.loads(request.body)
        except (ValueError, RecursionError):
            params = None
        if type(params) is not dict:
            self._record(request, shown, False, "InvalidParameter")
            return _error_reply("InvalidParameter", "The request body is not a JSON object.")
        problem = self._check_params(action, params)
        if problem is not None:
            code, message = problem
            self._record(request, shown, False, code, params)
            return _error_reply(code, message)
        failure = self._take_failure()
        if failure is not None:
            return self._failed(request, shown, failure, params)
        duration = params.get("DurationSeconds", 7200)
        creds, expires = self._issue(self._lifetime if self._lifetime is not None else duration)
        self._record(request, shown, True, None, params)
        return _json_reply(
            {
                "Response": {
                    "Credentials": {
                        "Token": creds.token,
                        "TmpSecretId": creds.secret_id,
                        "TmpSecretKey": creds.secret_key,
                    },
                    "ExpiredTime": expires,
                    "Expiration": _iso(expires),
                    "RequestId": str(uuid.uuid4()),
                }
            }
        )

    def _failed(
        self, request: Request, action: str, failure: _Failure, params: dict[str, Any]
    ) -> Reply:
        if failure.drop:
            self._record(request, action, False, "dropped", params)
            return DROP
        if failure.status is not None:
            self._record(request, action, False, f"HTTP {failure.status}", params)
            return Reply(failure.status, failure.message.encode("utf-8"), "text/plain")
        self._record(request, action, False, failure.code, params)
        return _error_reply(failure.code, failure.message)

    def _check(self, request: Request, action: str) -> tuple[str, str] | None:
        """The protocol checks: method, path, content type, action, version, time, signature."""
        h = request.headers
        if request.method != "POST" or request.path.split("?", 1)[0] != "/":
            return "InvalidParameter", "Only POST / is served."
        if not h.get("content-type", "").lower().startswith("application/json"):
            return "InvalidParameter", "Content-Type must be application/json."
        if action not in ("AssumeRole", "AssumeRoleWithWebIdentity"):
            return "InvalidAction", "The action is not supported by the fake STS."
        if h.get("x-tc-version") != STS_VERSION:
            return "NoSuchVersion", f"The API version must be {STS_VERSION}."
        if not h.get("x-tc-region"):
            return "MissingParameter", "The request is missing the parameter `Region`."
        stamp = h.get("x-tc-timestamp", "").strip()
        if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 12):
            return "MissingParameter", "X-TC-Timestamp must be a UNIX time in seconds."
        timestamp = int(stamp)
        if abs(timestamp - self._clock()) > MAX_CLOCK_SKEW:
            return "AuthFailure.SignatureExpire", "The signature expired (check the clock)."
        if action == "AssumeRole":
            return self._check_signature(request, timestamp)
        return None

    def _check_signature(self, request: Request, timestamp: int) -> tuple[str, str] | None:
        h = request.headers
        parsed = _parse_authorization(h.get("authorization", ""))
        if parsed is None:
            return "AuthFailure.InvalidAuthorization", "The Authorization header is malformed."
        secret_id, scope, signed_headers, signature = parsed
        pair = self._keys.get(secret_id)
        if pair is None:
            return "AuthFailure.SecretIdNotFound", "The SecretId is not found."
        expected_scope = signing.credential_scope(timestamp, STS_SERVICE)
        if scope != expected_scope or signed_headers != signing.SIGNED_HEADERS:
            return "AuthFailure.SignatureFailure", "The signature scope or headers are wrong."
        canonical = signing.canonical_request(
            h.get("host", ""), request.body, h.get("content-type", "")
        )
        to_sign = signing.string_to_sign(canonical, timestamp, STS_SERVICE)
        expected = signing.signature(pair.secret_key, timestamp, STS_SERVICE, to_sign)
        if not hmac.compare_digest(expected.encode(), signature.encode("ascii", "replace")):
            return "AuthFailure.SignatureFailure", "The signature does not match."
        if pair.token is not None and h.get("x-tc-token") != pair.token:
            return "AuthFailure.TokenFailure", "The token is invalid."
        return None

    def _check_params(self, action: str, params: dict[str, Any]) -> tuple[str, str] | None:
        role_arn = params.get("RoleArn")
        if type(role_arn) is not str or not role_arn:
            return "MissingParameter", "The parameter `RoleArn` is missing."
        if self._role_arns is not None and role_arn not in self._role_arns:
            return "InvalidParameter.RoleNotExist", "The role does not exist."
        session = params.get("RoleSessionName")
        if type(session) is not str or not _SESSION_NAME.fullmatch(session):
            return "InvalidParameter", "RoleSessionName must be 2-128 of [A-Za-z0-9=,.@_-]."
        duration = params.get("DurationSeconds", 7200)
        if type(duration) is not int or not 1 <= duration <= _MAX_DURATION:
            return "InvalidParameter", f"DurationSeconds must be 1 to {_MAX_DURATION}."
        if action == "AssumeRoleWithWebIdentity":
            provider = params.get("ProviderId")
            token = params.get("WebIdentityToken")
            if type(provider) is not str or provider not in self._identities:
                return "InvalidParameter.ProviderIdError", "The identity provider is unknown."
            expected = self._identities[provider]
            if type(token) is not str or not hmac.compare_digest(
                expected.encode(), token.encode("utf-8", "replace")
            ):
                return (
                    "InvalidParameter.WebIdentityTokenError",
                    "The web identity token is invalid.",
                )
        return None


class FakeCloud:
    """A :class:`FakeMetadataService` and a :class:`FakeSTS` that hand out the same credentials.

    ``lifetime`` applies to both (None: the metadata service's 7200 s, STS's requested
    duration); the other keywords go to the fake they concern. ``credentials`` lists every
    set either fake may hand out: give it to an Emulator.
    """

    def __init__(
        self,
        *,
        credentials: Credentials | Sequence[Credentials] | None = None,
        lifetime: float | None = None,
        role_name: str | None = EXAMPLE_ROLE_NAME,
        accepted: Credentials | Sequence[Credentials] | None = None,
        identities: Mapping[str, str] | None = None,
        role_arns: Collection[str] | None = None,
        clock: Callable[[], float] = time.time,
        host: str = "127.0.0.1",
    ) -> None:
        self.metadata = FakeMetadataService(
            role_name=role_name,
            credentials=credentials,
            lifetime=7200.0 if lifetime is None else lifetime,
            clock=clock,
            host=host,
        )
        self.sts = FakeSTS(
            credentials=credentials,
            lifetime=lifetime,
            accepted=accepted,
            identities=identities,
            role_arns=role_arns,
            clock=clock,
            host=host,
        )

    def start(self) -> FakeCloud:
        self.metadata.start()
        try:
            self.sts.start()
        except BaseException:
            self.metadata.stop()
            raise
        return self

    def stop(self) -> None:
        self.sts.stop()
        self.metadata.stop()

    def __enter__(self) -> FakeCloud:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<FakeCloud metadata={self.metadata!r} sts={self.sts!r}>"

    @property
    def metadata_endpoint(self) -> str:
        return self.metadata.endpoint

    @property
    def sts_endpoint(self) -> str:
        return self.sts.endpoint

    @property
    def credentials(self) -> tuple[Credentials, ...]:
        """Every set of temporary credentials the fakes may hand out (for an Emulator)."""
        return tuple(dict.fromkeys((*self.metadata.credentials, *self.sts.credentials)))

    @property
    def long_term_credentials(self) -> Credentials:
        """A key pair the fake STS accepts for AssumeRole."""
        return self.sts.accepted[0]

    def chain_environment(self) -> dict[str, str]:
        """Variables that point the default credential chain at these fakes."""
        return {
            "TENCENT_MPS_CVM_METADATA_ENDPOINT": self.metadata_endpoint,
            "TENCENT_MPS_STS_ENDPOINT": self.sts_endpoint,
        }

    def tke_environment(
        self, token_file: str | os.PathLike[str], *, region: str = "ap-guangzhou"
    ) -> dict[str, str]:
        """What TKE sets in a pod with OIDC role binding, for these fakes.

        Writes :data:`EXAMPLE_WEB_IDENTITY_TOKEN` (or the first identity's token) to
        ``token_file`` and returns the ``TKE_*`` variables plus :meth:`chain_environment`.
        """
        provider, token = next(iter(self.sts.identities.items()))
        with open(token_file, "w", encoding="ascii") as fh:
            fh.write(token + "\n")
        return {
            "TKE_REGION": region,
            "TKE_PROVIDER_ID": provider,
            "TKE_WEB_IDENTITY_TOKEN_FILE": os.fspath(token_file),
            "TKE_ROLE_ARN": EXAMPLE_ROLE_ARN,
            **self.chain_environment(),
        }


def _check_lifetime(value: object, *, optional: bool) -> float | None:
    if value is None and optional:
        return None
    if type(value) not in (int, float) or not 0 < value < math.inf:  # type: ignore[operator]
        raise ValueError(f"lifetime must be a finite number of seconds > 0, got {value!r}")
    return float(value)  # type: ignore[arg-type]


def _parse_authorization(value: str) -> tuple[str, str, str, str] | None:
    """``(secret_id, scope, signed_headers, signature)`` of a TC3 header, None if malformed."""
    algorithm, _, rest = value.strip().partition(" ")
    if algorithm != signing.ALGORITHM:
        return None
    fields: dict[str, str] = {}
    for part in rest.split(","):
        name, sep, val = part.strip().partition("=")
        if not sep or name in fields:
            return None
        fields[name] = val.strip()
    if set(fields) != {"Credential", "SignedHeaders", "Signature"}:
        return None
    secret_id, sep, scope = fields["Credential"].partition("/")
    if not sep or not secret_id:
        return None
    return secret_id, scope, fields["SignedHeaders"], fields["Signature"]


def _json_reply(document: Any) -> Reply:
    return Reply(200, json.dumps(document).encode("utf-8"))


def _error_reply(code: str, message: str) -> Reply:
    return _json_reply(
        {
            "Response": {
                "Error": {"Code": code, "Message": message},
                "RequestId": str(uuid.uuid4()),
            }
        }
    )


def _not_found() -> Reply:
    return Reply(404, b"Not Found\n", "text/plain")


def _iso(timestamp: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(timestamp))
