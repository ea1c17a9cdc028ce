"""One action of a service, as data: what the generated client methods hand to the core."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from . import envelope as _envelope
from .decoding import pause_gc_for
from .envelope import load_json, unwrap
from .service import ServiceModel


@dataclass(frozen=True, slots=True)
class Operation:
    """An API action: its wire names, how it behaves, and where its codecs are.

    ``idempotent`` says whether sending the request twice is harmless; an action that is not is
    never re-sent after a failure that the service may have received. ``applied_codes`` are the
    error codes (or their families) that, answered to a re-sent attempt, mean the first attempt
    was applied (a re-sent Delete told the resource is gone): the call then succeeds.
    ``rate_limit`` is the documented number of requests per second (per account), ``None`` when
    no quota is documented (the client then slows down only after throttling answers). ``encoders`` and ``decoders`` are the
    generated codec registries (model name -> request encoder / response decoder), looked up on
    each call so that a model's module is imported only when first used.
    """

    action: str
    version: str
    request_type: str
    response_type: str
    idempotent: bool
    rate_limit: float | None
    error_codes: tuple[str, ...]
    encoders: Mapping[str, Callable[[Any], dict[str, Any]]]
    decoders: Mapping[str, Callable[[Any], Any]]
    applied_codes: tuple[str, ...] = ()

    def applied_by(self, code: str) -> bool:
        """Whether ``code``, answered to a re-sent attempt, means the first one was applied."""
        return any(code == c or code.startswith(c + ".") for c in self.applied_codes)

    def encode(self, request: Any) -> dict[str, Any]:
        """Check a request model (or its wire dict) and encode it; raises ValidationError."""
        return self.encoders[self.request_type](request)

    def decode(self, inner: Any) -> Any:
        """Decode the object inside ``"Response"``; raises DecodeError."""
        return self.decoders[self.response_type](inner)

    def parse(
        self, body: bytes | bytearray | str | Mapping[str, Any], service: ServiceModel
    ) -> Any:
        """Decode a whole response body (or its already parsed JSON), envelope included.

        An error envelope raises the API error of its code. Large bodies are decoded with the
        cyclic garbage collector paused (:class:`~.decoding.GCPause`). With msgspec as the
        parser, a body may be decoded on the typed path (:mod:`.typed_decoding`), into the same
        models.
        """
        return parse_body(body, self.decoders, self.response_type, service)


def parse_body(
    body: bytes | bytearray | str | Mapping[str, Any],
    decoders: Mapping[str, Callable[[Any], Any]],
    response_type: str,
    service: ServiceModel,
) -> Any:
    """Decode a whole response body into ``response_type`` with its decoder in ``decoders``
    (what :meth:`Operation.parse` does, for a caller that has no operation record at hand)."""
    if isinstance(body, Mapping):
        return decoders[response_type](unwrap(body, error_class_for=service.error_class_for))
    with pause_gc_for(len(body) if isinstance(body, (bytes, bytearray, str)) else 0):
        found = typed_decode(decoders, response_type, body)
        if found is not None:
            return found
        inner = unwrap(load_json(body), error_class_for=service.error_class_for)
        return decoders[response_type](inner)


def typed_decode(
    decoders: Mapping[str, Callable[[Any], Any]], response_type: str, body: Any
) -> Any:
    """``body`` decoded on the speedups extra's typed path (:mod:`.typed_decoding`), or None
    when that path is off (msgspec not the parser) or declines the body: decode it the
    ordinary way then."""
    if not body or not isinstance(body, (bytes, bytearray, str)) or not _envelope.typed_path_on():
        return None
    from . import typed_decoding  # loaded with the first body msgspec parses

    found = typed_decoding.decode(decoders, response_type, body)
    return None if found is typed_decoding.DECLINED else found
