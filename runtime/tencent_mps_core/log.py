"""The ``tencent_mps`` logger, and the ``TENCENT_MPS_LOG`` switch for a stderr handler.

The library never logs headers, the secret key, the token or the signature; it logs one DEBUG
line per attempt (action, attempt n/max, HTTP status, latency, request id) and nothing at
WARNING or above. Set ``TENCENT_MPS_LOG=debug`` (or ``info``) to see those lines on stderr
without configuring logging yourself.
"""

from __future__ import annotations

import logging
import os
import threading

LOGGER_NAME = "tencent_mps"
ENV_LOG = "TENCENT_MPS_LOG"

logger = logging.getLogger(LOGGER_NAME)
logger.addHandler(logging.NullHandler())

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_lock = threading.Lock()
_configured = False


def setup_from_env() -> None:
    """Attach a stderr handler once if ``TENCENT_MPS_LOG`` is ``debug`` or ``info``.

    Unknown values are ignored. Called when a client is created; cheap after the first time.
    """
    if _configured:
        return
    _configure_once()


def _configure_once() -> None:
    global _configured
    with _lock:
        if _configured:  # another thread got here first
            return
        _configured = True
        level = _LEVELS.get(os.environ.get(ENV_LOG, "").strip().lower())
        if level is None:
            return
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)
