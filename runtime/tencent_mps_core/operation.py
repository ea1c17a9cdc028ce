"""One action of a service, as data: what the generated client methods hand to the core."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .decoding import pause_gc_for
from .envelope import load_json, unwrap
from .service import ServiceModel


@dataclass(frozen=True, slots=True)
class Operation:
    """An API action: its wire names, how it behaves, and where its codecs are.

    ``idempotent`` says whether sending the request twice is harmless; an action that is not is
    never re-sent after a failure that the service may have received. ``rate_limit`` is the
    documented number of requests per second (per account). ``encoders`` and ``decoders`` are the
    generated codec registries (model name -> request encoder / response decoder), looked up on
    each call so that a model's module is imported only when first used.
    """

    action: str
    version: str
    request_type: str
    response_type: str
    idempotent: bool
    rate_limit: float
    error_codes: tuple[str, ...]
    encoders: Mapping[str, Callable[[Any], dict[str, Any]]]
    decoders: Mapping[str, Callable[[Any], Any]]

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
        cyclic garbage collector paused (:class:`~.decoding.GCPause`).
        """
        if isinstance(body, Mapping):
            return self.decode(unwrap(body, error_class_for=service.error_class_for))
        with pause_gc_for(len(body) if isinstance(body, (bytes, bytearray, str)) else 0):
            return self.decode(unwrap(load_json(body), error_class_for=service.error_class_for))
