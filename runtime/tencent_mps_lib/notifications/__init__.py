"""Event notifications pushed by MPS: verify, parse, and receive them (``tencent_mps.notifications``).

When a task's ``TaskNotifyConfig`` has ``NotifyType`` ``"URL"``, MPS POSTs its events to
``NotifyUrl`` as JSON shaped like the output of the ``ParseNotification`` action, signed with
``Sign = MD5(Timestamp + NotifyKey)``, where ``Timestamp`` is the notification's expiry time.

- :func:`parse_notification`: check and decode one body into a
  :class:`tencent_mps.models.ParseNotificationResponse` (task events) or a
  :class:`tencent_mps.models.ParseLiveStreamProcessNotificationResponse` (live stream results of
  ProcessLiveStream tasks); both are signed and verified the same way;
- :func:`event_kind`, :func:`event_task` / :func:`event_task_id`, :func:`live_result`: what an
  event is, the task it is about and its ID, the live result it carries;
- :func:`wsgi_app`: a WSGI application that receives notifications and calls your handler;
- :func:`sign` / :func:`signature_matches`: the signature itself (for senders and tests);
- ``tencent-mps listen --port N``: the same receiver from the command line.
"""

from __future__ import annotations

from ._event import (
    EVENT_FIELDS,
    LIVE_RESULT_FIELDS,
    event_kind,
    event_task,
    event_task_id,
    live_result,
)
from ._parse import DEFAULT_TOLERANCE, Event, parse_notification
from ._wsgi import DEFAULT_MAX_BODY, NotificationApp, wsgi_app
from .signature import sign, signature_matches

__all__ = [
    "DEFAULT_MAX_BODY",
    "DEFAULT_TOLERANCE",
    "EVENT_FIELDS",
    "LIVE_RESULT_FIELDS",
    "Event",
    "NotificationApp",
    "event_kind",
    "event_task",
    "event_task_id",
    "live_result",
    "parse_notification",
    "sign",
    "signature_matches",
    "wsgi_app",
]
