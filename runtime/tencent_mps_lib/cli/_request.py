"""The ProcessMedia request of ``tencent-mps process-media``: from a JSON file, or from flags.

Either way the request is checked before a client exists (so before credentials are looked
for): a value of the wrong kind, a missing required field or a field this SDK does not know
is reported with its wire path, and nothing is sent.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Final

import attrs

from ._codes import EXIT_CONFIG, EXIT_USAGE

if TYPE_CHECKING:
    from tencent_mps.models import ProcessMediaRequest, TaskNotifyConfig

#: The environment variable holding the notify key (the same one ``tencent-mps listen`` reads).
NOTIFY_KEY_ENV: Final = "TENCENT_MPS_NOTIFY_KEY"
#: Largest request file accepted (real requests are a few kilobytes).
MAX_REQUEST_BYTES: Final = 4 * 1024 * 1024
#: A notify key file larger than this is refused (keys are short).
MAX_KEY_FILE: Final = 4096
#: The flags that build a request, which --request excludes.
REQUEST_FLAGS: Final = (
    "input_url",
    "input_cos",
    "output_cos",
    "output_dir",
    "transcode",
    "notify_url",
    "notify_mode",
    "notify_key_file",
    "session_id",
)


class RequestProblem(Exception):
    """The request cannot be built; ``code`` is the exit code (usage or configuration)."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        self.message = message
        self.code = code
        super().__init__(message)


def flag_name(dest: str) -> str:
    return "--" + dest.replace("_", "-")


def conflicting_flags(args: argparse.Namespace) -> list[str]:
    """The request-building flags given together with ``--request``."""
    return [flag_name(d) for d in REQUEST_FLAGS if getattr(args, d) is not None]


# -- from a file -----------------------------------------------------------------------------


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def read_json_object(path: str, stdin: BinaryIO | None, flag: str, what: str) -> dict[str, Any]:
    """The JSON object in ``path`` (``-``: ``stdin``), at most MAX_REQUEST_BYTES; raises
    RequestProblem naming ``flag``; ``what`` says what the object holds (for the message)."""
    where = "standard input" if path == "-" else path
    try:
        if path == "-":
            if stdin is None:
                raise RequestProblem(f"{flag} -: there is no standard input")
            raw = stdin.read(MAX_REQUEST_BYTES + 1)
        else:
            with open(path, "rb") as f:
                raw = f.read(MAX_REQUEST_BYTES + 1)
    except OSError as exc:
        raise RequestProblem(f"{flag}: cannot read {where}: {exc.strerror or exc}") from None
    if len(raw) > MAX_REQUEST_BYTES:
        raise RequestProblem(f"{flag}: {where} is larger than {MAX_REQUEST_BYTES} bytes")
    data = parse_json(raw, f"{flag}: {where}")
    if not isinstance(data, dict):
        raise RequestProblem(f"{flag}: {where} must hold a JSON object ({what})")
    return data


def parse_json(raw: bytes | str, where: str) -> Any:
    """``raw`` decoded as JSON (UTF-8, NaN refused); raises RequestProblem starting ``where``."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        return json.loads(text, parse_constant=_refuse_constant)
    except UnicodeDecodeError:
        raise RequestProblem(f"{where} is not UTF-8 text") from None
    except RecursionError:
        raise RequestProblem(f"{where} is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError included
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        position = (
            f" (line {exc.lineno}, column {exc.colno})"
            if isinstance(exc, json.JSONDecodeError)
            else ""
        )
        raise RequestProblem(f"{where} is not valid JSON: {detail}{position}") from None


def read_request_file(path: str, stdin: BinaryIO | None) -> ProcessMediaRequest:
    """The request in ``path`` (``-``: ``stdin``), decoded; raises RequestProblem."""
    from tencent_mps.models import ProcessMediaRequest
    from tencent_mps_core.exceptions import DecodeError

    data = read_json_object(path, stdin, "--request", "the request's fields: InputInfo, ...")
    try:
        request = ProcessMediaRequest.from_dict(data)
    except DecodeError as exc:
        raise RequestProblem(f"invalid request: {exc} (nothing was sent)") from None
    unknown = list(unknown_paths(request))
    if unknown:
        raise RequestProblem(
            f"invalid request: {', '.join(unknown)}: not a field of the ProcessMedia request "
            "(nothing was sent)"
        )
    return request


def unknown_paths(model: Any, prefix: str = "") -> Iterator[str]:
    """Wire paths of the fields the models did not know, at any depth."""
    extra: Mapping[str, Any] | None = getattr(model, "unknown_fields", None)
    for name in extra or {}:
        yield f"{prefix}{name}"
    wire_names: Mapping[str, str] = getattr(model, "WIRE_NAMES", {})
    for attr, wire in wire_names.items():
        value = getattr(model, attr, None)
        if attrs.has(type(value)):
            yield from unknown_paths(value, f"{prefix}{wire}.")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if attrs.has(type(item)):
                    yield from unknown_paths(item, f"{prefix}{wire}[{i}].")


# -- from flags ------------------------------------------------------------------------------


def request_from_flags(args: argparse.Namespace, environ: Mapping[str, str]) -> ProcessMediaRequest:
    """The request the flags describe; raises RequestProblem for flags that do not fit."""
    from tencent_mps import models

    if args.input_url is None and args.input_cos is None:
        raise RequestProblem(
            "give --request FILE, or --input-url URL / --input-cos BUCKET:REGION:/KEY"
        )
    if not args.transcode:
        raise RequestProblem(
            "nothing to do: add --transcode DEFINITION (or use --request FILE for other tasks)"
        )
    if args.input_url is not None and args.output_cos is None:
        raise RequestProblem("--input-url needs --output-cos BUCKET:REGION (where outputs go)")
    if args.notify_url is None and (args.notify_mode or args.notify_key_file):
        raise RequestProblem("--notify-mode and --notify-key-file go with --notify-url")

    if args.input_url is not None:
        input_info = models.MediaInputInfo(
            type="URL", url_input_info=models.UrlInputInfo(url=args.input_url)
        )
    else:
        bucket, region, key = args.input_cos
        input_info = models.MediaInputInfo(
            type="COS",
            cos_input_info=models.CosInputInfo(bucket=bucket, region=region, object=key),
        )
    output_storage = None
    if args.output_cos is not None:
        bucket, region = args.output_cos
        output_storage = models.TaskOutputStorage(
            type="COS", cos_output_storage=models.CosOutputStorage(bucket=bucket, region=region)
        )
    return models.ProcessMediaRequest(
        input_info=input_info,
        output_storage=output_storage,
        output_dir=args.output_dir,
        media_process_task=models.MediaProcessTaskInput(
            transcode_task_set=[models.TranscodeTaskInput(definition=d) for d in args.transcode]
        ),
        task_notify_config=_notify_config(args, environ),
        session_id=args.session_id,
    )


def _notify_config(args: argparse.Namespace, environ: Mapping[str, str]) -> TaskNotifyConfig | None:
    from tencent_mps import models

    if args.notify_url is None:
        return None
    return models.TaskNotifyConfig(
        notify_type="URL",
        notify_url=args.notify_url,
        notify_mode=args.notify_mode or "Finish",
        notify_key=notify_key(args.notify_key_file, environ),
    )


def notify_key(key_file: str | None, environ: Mapping[str, str]) -> str | None:
    """The key that signs notifications: from ``key_file``, else ``TENCENT_MPS_NOTIFY_KEY``,
    else None. Messages never hold the key (nor the file's name: it may be a key typed there)."""
    if key_file is None:
        value = environ.get(NOTIFY_KEY_ENV)
        if value is not None and not value:
            raise RequestProblem(f"{NOTIFY_KEY_ENV} is set but empty", EXIT_CONFIG)
        return value
    try:
        with open(key_file, "rb") as f:
            raw = f.read(MAX_KEY_FILE + 1)
    except OSError as exc:
        raise RequestProblem(
            f"cannot read the --notify-key-file: {exc.strerror or 'error'}", EXIT_CONFIG
        ) from None
    if len(raw) > MAX_KEY_FILE:
        raise RequestProblem(
            f"the --notify-key-file is larger than {MAX_KEY_FILE} bytes", EXIT_CONFIG
        )
    try:
        key = raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise RequestProblem("the --notify-key-file is not UTF-8 text", EXIT_CONFIG) from None
    if "\n" in key or "\r" in key:
        raise RequestProblem("the --notify-key-file must hold the key on one line", EXIT_CONFIG)
    if not key:
        raise RequestProblem("the --notify-key-file is empty", EXIT_CONFIG)
    return key


def request_fields(request: ProcessMediaRequest) -> dict[str, Any]:
    """The request's fields as keyword arguments of ``Client.process_media``."""
    return {name: getattr(request, name) for name in type(request).WIRE_NAMES}
