"""The ``tencent_mps`` logger, and the ``TENCENT_MPS_LOG`` switch for a stderr handler.

The library never logs headers, the secret key, the token or the signature; it logs one DEBUG
line per attempt (action, attempt n/max, HTTP status, latency, request id) and nothing at
WARNING or above. Set ``TENCENT_MPS_LOG=debug`` (or ``info``) to see those lines on stderr
without configuring logging yourself.

The logging module is loaded when a client is made (or a line is first asked for), not when
the package is imported.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging

LOGGER_NAME = "tencent_mps"
ENV_LOG = "TENCENT_MPS_LOG"
DEBUG = 10  # logging.DEBUG

_lock = threading.Lock()
_configured = False
_logger: logging.Logger | None = None


def get_logger() -> logging.Logger:
    """The ``tencent_mps`` logger (with a NullHandler, so nothing prints unless configured)."""
    global _logger
    if _logger is None:
        import logging

        logger = logging.getLogger(LOGGER_NAME)
        with _lock:
            if _logger is None:
                logger.addHandler(logging.NullHandler())
                _logger = logger
    return _logger


def debug_enabled() -> bool:
    """Whether DEBUG lines would go anywhere (cheap: call it before building a line)."""
    return get_logger().isEnabledFor(DEBUG)


def setup_from_env() -> None:
    """Attach a stderr handler once if ``TENCENT_MPS_LOG`` is ``debug`` or ``info``.

    Unknown values are ignored. Called when a client is created; cheap after the first time.
    """
    if _configured:
        return
    _configure_once()


def _configure_once() -> None:
    global _configured
    import logging

    levels = {"debug": logging.DEBUG, "info": logging.INFO}
    logger = get_logger()
    with _lock:
        if _configured:  # another thread got here first
            return
        _configured = True
        level = levels.get(os.environ.get(ENV_LOG, "").strip().lower())
        if level is None:
            return
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)
