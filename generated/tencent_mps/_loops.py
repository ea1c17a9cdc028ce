# generated from schema/mps.openapi.json by codegen/templates/tencent_mps/_loops.py.jinja2 (make generate); do not edit.
"""Waiters, paginators and watchers of ``schema/mps.openapi.json``, as data.

The generated clients load this module when one of them is first used, and hand the records
to the hand-written core (``tencent_mps_core.waiter``, ``.paginate``, ``.watch``), which runs
them.
"""

from __future__ import annotations

from typing import Final

from tencent_mps_core.paginate import Pagination
from tencent_mps_core.waiter import Acceptor, Waiter
from tencent_mps_core.watch import WatchSpec

DESCRIBE_AI_ANALYSIS_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="ai_analysis_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_AI_RECOGNITION_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="ai_recognition_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=50,
)

DESCRIBE_ADAPTIVE_DYNAMIC_STREAMING_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="adaptive_dynamic_streaming_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_AGENT_RECORD_TASK_WAIT_FOR_AGENT_RECORD_TASK: Final = Waiter(
    name="wait_for_agent_record_task",
    interval=10.0,
    timeout=3600.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "SUCCESS", "Status"),
        Acceptor("failure", "path", ("status",), "FAILED", "Status"),
        Acceptor("retry", "path", ("status",), "WAITING", "Status"),
        Acceptor("retry", "path", ("status",), "RUNNING", "Status"),
    ),
)

DESCRIBE_AIGC_AUDIO_TASK_WAIT_FOR_AIGC_AUDIO_TASK: Final = Waiter(
    name="wait_for_aigc_audio_task",
    interval=5.0,
    timeout=900.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "DONE", "Status"),
        Acceptor("failure", "path", ("status",), "FAIL", "Status"),
        Acceptor("retry", "path", ("status",), "WAIT", "Status"),
        Acceptor("retry", "path", ("status",), "RUN", "Status"),
    ),
)

DESCRIBE_AIGC_IMAGE_TASK_WAIT_FOR_AIGC_IMAGE_TASK: Final = Waiter(
    name="wait_for_aigc_image_task",
    interval=5.0,
    timeout=900.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "DONE", "Status"),
        Acceptor("failure", "path", ("status",), "FAIL", "Status"),
        Acceptor("retry", "path", ("status",), "WAIT", "Status"),
        Acceptor("retry", "path", ("status",), "RUN", "Status"),
    ),
)

DESCRIBE_AIGC_TASK_LIST_PAGES: Final = Pagination(
    style="page-number",
    items="tasks",
    page="page_num",
    page_size="page_size",
    total="total",
)

DESCRIBE_AIGC_TASK_STATUS_WAIT_FOR_AIGC_TASK_STATUS: Final = Waiter(
    name="wait_for_aigc_task_status",
    interval=10.0,
    timeout=1800.0,
    acceptors=(
        Acceptor("success", "path", ("task_status",), "FINISHED", "TaskStatus"),
        Acceptor("failure", "path", ("task_status",), "FAILED", "TaskStatus"),
        Acceptor("failure", "path", ("task_status",), "STOP", "TaskStatus"),
        Acceptor("failure", "path", ("task_status",), "TIMEOUT", "TaskStatus"),
        Acceptor("retry", "path", ("task_status",), "PENDING", "TaskStatus"),
        Acceptor("retry", "path", ("task_status",), "RUNNING", "TaskStatus"),
    ),
)

DESCRIBE_AIGC_VIDEO_TASK_WAIT_FOR_AIGC_VIDEO_TASK: Final = Waiter(
    name="wait_for_aigc_video_task",
    interval=10.0,
    timeout=1800.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "DONE", "Status"),
        Acceptor("failure", "path", ("status",), "FAIL", "Status"),
        Acceptor("retry", "path", ("status",), "WAIT", "Status"),
        Acceptor("retry", "path", ("status",), "RUN", "Status"),
    ),
)

DESCRIBE_ANIMATED_GRAPHICS_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="animated_graphics_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_ASR_HOTWORDS_PAGES: Final = Pagination(
    style="offset-limit",
    items="hot_words",
    offset="offset",
    limit="limit",
    max_page_size=100,
)

DESCRIBE_ASR_HOTWORDS_LIST_PAGES: Final = Pagination(
    style="offset-limit",
    items="asr_hotwords_set",
    offset="offset",
    limit="limit",
    total="total_count",
)

DESCRIBE_BATCH_TASK_DETAIL_WAIT_FOR_BATCH_TASK: Final = Waiter(
    name="wait_for_batch_task",
    interval=10.0,
    timeout=3600.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "FINISH", "Status"),
        Acceptor("retry", "path", ("status",), "WAITING", "Status"),
        Acceptor("retry", "path", ("status",), "PROCESSING", "Status"),
    ),
)

DESCRIBE_BLIND_WATERMARK_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="blind_watermark_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_CLONE_VIRAL_TASK_WAIT_FOR_CLONE_VIRAL_TASK: Final = Waiter(
    name="wait_for_clone_viral_task",
    interval=10.0,
    timeout=1800.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "DONE", "Status"),
        Acceptor("failure", "path", ("status",), "FAIL", "Status"),
        Acceptor("retry", "path", ("status",), "WAIT", "Status"),
        Acceptor("retry", "path", ("status",), "RUN", "Status"),
    ),
)

DESCRIBE_CONTENT_REVIEW_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="content_review_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=50,
)

DESCRIBE_DESIGN_TASK_WAIT_FOR_DESIGN_TASK: Final = Waiter(
    name="wait_for_design_task",
    interval=5.0,
    timeout=900.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "success", "Status"),
        Acceptor("failure", "path", ("status",), "fail", "Status"),
        Acceptor("retry", "path", ("status",), "processing", "Status"),
    ),
)

DESCRIBE_IMAGE_SPRITE_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="image_sprite_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_IMAGE_TASK_DETAIL_WAIT_FOR_IMAGE_TASK: Final = Waiter(
    name="wait_for_image_task",
    interval=2.0,
    timeout=600.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "FINISH", "Status"),
        Acceptor("retry", "path", ("status",), "WAITING", "Status"),
        Acceptor("retry", "path", ("status",), "PROCESSING", "Status"),
    ),
)

DESCRIBE_IMAGE_TASKS_PAGES: Final = Pagination(
    style="scroll-token",
    items="task_set",
    request_token="scroll_token",
    response_token="scroll_token",
    limit="limit",
    total="total_count",
)

DESCRIBE_LIVE_RECORD_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="live_record_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_PERSON_SAMPLES_PAGES: Final = Pagination(
    style="offset-limit",
    items="person_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_PROCESS_IMAGE_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="process_image_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_QUALITY_CONTROL_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="quality_control_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_SAMPLE_SNAPSHOT_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="sample_snapshot_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_SCHEDULES_PAGES: Final = Pagination(
    style="offset-limit",
    items="schedule_info_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_SMART_ERASE_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="smart_erase_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_SMART_SUBTITLE_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="smart_subtitle_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_SNAPSHOT_BY_TIME_OFFSET_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="snapshot_by_time_offset_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_STREAM_LINK_EVENT_ATTACHED_FLOWS_PAGES: Final = Pagination(
    style="page-number",
    items="infos",
    page="page_num",
    page_size="page_size",
    total="total_num",
)

DESCRIBE_STREAM_LINK_EVENTS_PAGES: Final = Pagination(
    style="page-number",
    items="infos",
    page="page_num",
    page_size="page_size",
    total="total_num",
)

DESCRIBE_STREAM_LINK_FLOW_LOGS_PAGES: Final = Pagination(
    style="page-number",
    items="infos",
    page="page_num",
    page_size="page_size",
    total="total_num",
)

DESCRIBE_STREAM_LINK_FLOWS_PAGES: Final = Pagination(
    style="page-number",
    items="infos",
    page="page_num",
    page_size="page_size",
    total="total_num",
)

DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_CHANNELS_PAGES: Final = Pagination(
    style="page-number",
    items="infos",
    page="page_num",
    page_size="page_size",
    total="total_num",
)

DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAM_SCHEDULES_PAGES: Final = Pagination(
    style="page-number",
    items="infos",
    page="page_num",
    page_size="page_size",
    total="total_num",
)

DESCRIBE_STREAM_PACKAGE_LINEAR_ASSEMBLY_PROGRAMS_PAGES: Final = Pagination(
    style="page-number",
    items="infos",
    page="page_num",
    page_size="page_size",
    total="total_num",
)

DESCRIBE_STREAM_PACKAGE_SSAI_CHANNELS_PAGES: Final = Pagination(
    style="page-number",
    items="infos",
    page="page_num",
    page_size="page_size",
    total="total_num",
)

DESCRIBE_STREAM_PACKAGE_SOURCE_LOCATIONS_PAGES: Final = Pagination(
    style="page-number",
    items="infos",
    page="page_num",
    page_size="page_size",
    total="total_num",
)

DESCRIBE_STREAM_PACKAGE_SOURCES_PAGES: Final = Pagination(
    style="page-number",
    items="infos",
    page="page_num",
    page_size="page_size",
    total="total_num",
)

DESCRIBE_SUBTITLE_EMBED_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="subtitle_embed_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_TASK_DETAIL_WAIT_FOR_TASK: Final = Waiter(
    name="wait_for_task",
    interval=5.0,
    timeout=600.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "FINISH", "Status"),
        Acceptor("retry", "path", ("status",), "WAITING", "Status"),
        Acceptor("retry", "path", ("status",), "PROCESSING", "Status"),
    ),
)

DESCRIBE_TASK_DETAIL_WATCH_TASKS: Final = WatchSpec(
    name="watch_tasks",
    interval=5.0,
    timeout=3600.0,
    items="task_set",
    item_id="task_id",
    item_created="create_time",
    done_status="FINISH",
    other_statuses=("WAITING", "PROCESSING"),
    visible_days=7.0,
)

DESCRIBE_TASKS_PAGES: Final = Pagination(
    style="scroll-token",
    items="task_set",
    request_token="scroll_token",
    response_token="scroll_token",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_TEXT_TO_SPEECH_ASYNC_TASK_WAIT_FOR_TEXT_TO_SPEECH_ASYNC_TASK: Final = Waiter(
    name="wait_for_text_to_speech_async_task",
    interval=5.0,
    timeout=900.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "success", "Status"),
        Acceptor("failure", "path", ("status",), "fail", "Status"),
        Acceptor("retry", "path", ("status",), "processing", "Status"),
    ),
)

DESCRIBE_TRANSCODE_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="transcode_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_VIDEO_DATABASE_ENTRY_TASK_DETAIL_WAIT_FOR_VIDEO_DATABASE_ENTRY_TASK: Final = Waiter(
    name="wait_for_video_database_entry_task",
    interval=10.0,
    timeout=3600.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "SUCCESS", "Status"),
        Acceptor("failure", "path", ("status",), "FAIL", "Status"),
        Acceptor("retry", "path", ("status",), "WAITING", "Status"),
        Acceptor("retry", "path", ("status",), "PROCESSING", "Status"),
    ),
)

DESCRIBE_VIDEO_SEARCH_TASK_DETAIL_WAIT_FOR_VIDEO_SEARCH_TASK: Final = Waiter(
    name="wait_for_video_search_task",
    interval=5.0,
    timeout=1800.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "SUCCESS", "Status"),
        Acceptor("failure", "path", ("status",), "FAIL", "Status"),
        Acceptor("retry", "path", ("status",), "WAITING", "Status"),
        Acceptor("retry", "path", ("status",), "PROCESSING", "Status"),
    ),
)

DESCRIBE_VOICES_PAGES: Final = Pagination(
    style="page-number",
    items="voices",
    page="page_num",
    page_size="page_size",
    total="total_count",
)

DESCRIBE_WATERMARK_TEMPLATES_PAGES: Final = Pagination(
    style="offset-limit",
    items="watermark_template_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_WORD_SAMPLES_PAGES: Final = Pagination(
    style="offset-limit",
    items="word_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

DESCRIBE_WORKFLOWS_PAGES: Final = Pagination(
    style="offset-limit",
    items="workflow_info_set",
    offset="offset",
    limit="limit",
    total="total_count",
    max_page_size=100,
)

QUERY_HUNYUAN3_D_TASK_WAIT_FOR_HUNYUAN3D_TASK: Final = Waiter(
    name="wait_for_hunyuan3d_task",
    interval=10.0,
    timeout=1800.0,
    acceptors=(
        Acceptor("success", "path", ("status",), "DONE", "Status"),
        Acceptor("failure", "path", ("status",), "FAIL", "Status"),
        Acceptor("retry", "path", ("status",), "WAIT", "Status"),
        Acceptor("retry", "path", ("status",), "RUN", "Status"),
    ),
)

QUERY_PROJECT_PAGES: Final = Pagination(
    style="page-number",
    items="data",
    page="page",
    page_size="page_size",
    total="total",
)
