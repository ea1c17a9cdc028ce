"""The documented example task the emulator serves, and the task kinds, from the generated package.

Both come from schema/: the example is ``DescribeTaskDetailResponse``'s documented example, and the
mapping of ``TaskType`` values to the fields that hold a task is ``x-tc-task-fields``.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Final

from tencent_mps.examples import EXAMPLES
from tencent_mps.models.describe_task_detail_response import DescribeTaskDetailResponse

#: ``TaskType`` -> the wire name of the response field that holds that kind of task.
TASK_FIELDS: Final[Mapping[str, str]] = {
    task_type: DescribeTaskDetailResponse.WIRE_NAMES[attr]
    for task_type, attr in DescribeTaskDetailResponse.TASK_FIELDS.items()
}


def task_id_of(response: Mapping[str, Any]) -> str | None:
    """The TaskId inside a response: from the field its TaskType names, else the first found."""
    preferred = TASK_FIELDS.get(response.get("TaskType") or "")
    fields = ([preferred] if preferred else []) + list(TASK_FIELDS.values())
    for field in fields:
        detail = response.get(field)
        if isinstance(detail, Mapping):
            task_id = detail.get("TaskId")
            if isinstance(task_id, str) and task_id:
                return task_id
    return None


#: The object inside ``"Response"`` of the documented example response.
EXAMPLE_RESPONSE: Final[dict[str, Any]] = copy.deepcopy(EXAMPLES["DescribeTaskDetailResponse"][0])
_found = task_id_of(EXAMPLE_RESPONSE)
assert _found is not None, "the documented example names no task"
#: TaskId of the documented example.
EXAMPLE_TASK_ID: Final[str] = _found
