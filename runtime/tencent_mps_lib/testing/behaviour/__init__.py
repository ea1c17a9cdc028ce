"""What MPS does: which answer each action gets (``_actions``), the resource families declared in
the schema (``_families``: templates, workflows, schedules, samples, StreamLink, ...), the task
kinds declared in the schema (``_task_kinds``: image, batch, AIGC, speech, ... tasks), and the
ProcessMedia pipeline (``_process_media``, ``_workflow``, ``_tasks``, ``_progress``,
``_outputs``, ``_kinds``, ``_listing``), with the notifications it sends (``_notify``).
"""
