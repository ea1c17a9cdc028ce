"""Output files of media processing subtasks: where they go and what the service reports.

Paths follow the documented defaults (``{inputName}_transcode_{definition}.{format}`` and so on)
or the subtask's own ``OutputObjectPath``; a relative path lands in the task's output directory.
Each subtask writes to its own ``OutputStorage`` when it has one, else to the task's. Media
facts (duration, streams) come from the documented example, so that the figures are plausible.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from ._example import EXAMPLE_RESPONSE

__all__ = ["OUTPUT_BUILDERS", "Place", "resolve_path"]

_EXAMPLE_WORKFLOW: Mapping[str, Any] = EXAMPLE_RESPONSE.get("WorkflowTask") or {}
#: Metadata the emulator reports for every input file (the documented example's).
METADATA: Final[Mapping[str, Any]] = _EXAMPLE_WORKFLOW.get("MetaData") or {}


def _example_transcode_output() -> Mapping[str, Any]:
    for entry in _EXAMPLE_WORKFLOW.get("MediaProcessResultSet") or []:
        task = entry.get("TranscodeTask") if isinstance(entry, Mapping) else None
        output = task.get("Output") if isinstance(task, Mapping) else None
        if isinstance(output, Mapping):
            return output
    return {}


_TRANSCODE_OUTPUT: Final = _example_transcode_output()
_DURATION = float(METADATA.get("Duration") or 60.0)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a task's outputs go: storage (a TaskOutputStorage wire dict), directory, input name."""

    storage: Mapping[str, Any]
    directory: str
    input_name: str


def resolve_path(place: Place, template: str, **values: object) -> str:
    """Fill the filename variables of ``template``; a relative path goes under the directory."""
    text = template.replace("{inputName}", place.input_name)
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text if text.startswith("/") else place.directory + text


def _path(place: Place, item: Mapping[str, Any], default: str, **values: object) -> str:
    template = item.get("OutputObjectPath") or default
    return resolve_path(place, template, **values)


def _storage(place: Place, item: Mapping[str, Any]) -> dict[str, Any]:
    own = item.get("OutputStorage")
    return copy.deepcopy(dict(own if isinstance(own, Mapping) else place.storage))


def _md5(path: str) -> str:
    return hashlib.md5(path.encode("utf-8"), usedforsecurity=False).hexdigest()


def _size(path: str, scale: int) -> int:
    return scale + int(_md5(path)[:6], 16) % scale


def _span(item: Mapping[str, Any]) -> float:
    start = item.get("StartTimeOffset") or 0
    end = item.get("EndTimeOffset") or 0
    if end > start:
        return float(end - start)
    return max(_DURATION - float(start), 0.0)


def _transcode(item: Mapping[str, Any], place: Place) -> dict[str, Any]:
    definition = item.get("Definition", 0)
    container = ""
    for key in ("OverrideParameter", "RawParameter"):
        parameter = item.get(key)
        if isinstance(parameter, Mapping) and parameter.get("Container"):
            container = str(parameter["Container"])
            break
    container = container or "mp4"
    extension = "m3u8" if container == "hls" else container
    path = _path(
        place,
        item,
        "{inputName}_transcode_{definition}.{format}",
        definition=definition,
        format=extension,
    )
    output = copy.deepcopy(dict(_TRANSCODE_OUTPUT))
    output.update(
        OutputStorage=_storage(place, item),
        Path=path,
        Definition=definition,
        Container="hls,applehttp" if container == "hls" else container,
        Size=_size(path, 1 << 20),
        Duration=round(_span(item), 3),
        Md5=_md5(path),
    )
    return output


def _animated(item: Mapping[str, Any], place: Place) -> dict[str, Any]:
    definition = item.get("Definition", 0)
    path = _path(
        place,
        item,
        "{inputName}_animatedGraphic_{definition}.{format}",
        definition=definition,
        format="gif",
    )
    return {
        "Storage": _storage(place, item),
        "Path": path,
        "Definition": definition,
        "Container": "gif",
        "Height": 240,
        "Width": 320,
        "Bitrate": 512000,
        "Size": _size(path, 1 << 18),
        "Md5": _md5(path),
        "StartTimeOffset": item.get("StartTimeOffset", 0),
        "EndTimeOffset": item.get("EndTimeOffset", 0),
    }


def _offsets(item: Mapping[str, Any]) -> list[float]:
    found: list[float] = []
    for text in item.get("ExtTimeOffsetSet") or []:
        text = str(text).strip()
        try:
            if text.endswith("%"):
                found.append(round(_DURATION * float(text[:-1]) / 100, 3))
            else:
                found.append(float(text.removesuffix("s")))
        except ValueError:
            continue
    if not found:
        found = [float(t) for t in item.get("TimeOffsetSet") or []]
    return found or [0.0]


def _snapshots(item: Mapping[str, Any], place: Place) -> dict[str, Any]:
    definition = item.get("Definition", 0)
    marks = [w.get("Definition") for w in item.get("WatermarkSet") or [] if isinstance(w, Mapping)]
    return {
        "Definition": definition,
        "PicInfoSet": [
            {
                "TimeOffset": offset,
                "Path": _path(
                    place,
                    item,
                    "{inputName}_snapshotByTimeOffset_{definition}_{number}.{format}",
                    definition=definition,
                    number=number,
                    format="jpg",
                ),
                "WaterMarkDefinition": [m for m in marks if isinstance(m, int)],
            }
            for number, offset in enumerate(_offsets(item))
        ],
        "Storage": _storage(place, item),
    }


def _samples(item: Mapping[str, Any], place: Place) -> dict[str, Any]:
    definition = item.get("Definition", 0)
    marks = [w.get("Definition") for w in item.get("WatermarkSet") or [] if isinstance(w, Mapping)]
    return {
        "Definition": definition,
        "SampleType": "Percent",
        "Interval": 10,
        "Storage": _storage(place, item),
        "ImagePathSet": [
            _path(
                place,
                item,
                "{inputName}_sampleSnapshot_{definition}_{number}.{format}",
                definition=definition,
                number=number,
                format="jpg",
            )
            for number in range(10)
        ],
        "WaterMarkDefinition": [m for m in marks if isinstance(m, int)],
    }


def _sprites(item: Mapping[str, Any], place: Place) -> dict[str, Any]:
    definition = item.get("Definition", 0)
    vtt = item.get("WebVttObjectName") or "{inputName}_imageSprite_{definition}.{format}"
    return {
        "Definition": definition,
        "Height": 80,
        "Width": 142,
        "TotalCount": 100,
        "ImagePathSet": [
            _path(
                place,
                item,
                "{inputName}_imageSprite_{definition}_{number}.{format}",
                definition=definition,
                number=number,
                format="jpg",
            )
            for number in range(max(1, int(_DURATION // 1000) + 1))
        ],
        "WebVttPath": resolve_path(place, vtt, definition=definition, format="vtt"),
        "Storage": _storage(place, item),
    }


def _adaptive(item: Mapping[str, Any], place: Place) -> dict[str, Any]:
    definition = item.get("Definition", 0)
    return {
        "Definition": definition,
        "Package": "HLS",
        "Path": _path(
            place,
            item,
            "{inputName}_adaptiveDynamicStreaming_{definition}.{format}",
            definition=definition,
            format="m3u8",
        ),
        "Storage": _storage(place, item),
    }


#: Result field of ``MediaProcessTaskResult`` -> the builder of that subtask's ``Output``.
OUTPUT_BUILDERS: Final[Mapping[str, Callable[[Mapping[str, Any], Place], dict[str, Any]]]] = {
    "TranscodeTask": _transcode,
    "AnimatedGraphicTask": _animated,
    "SnapshotByTimeOffsetTask": _snapshots,
    "SampleSnapshotTask": _samples,
    "ImageSpriteTask": _sprites,
    "AdaptiveDynamicStreamingTask": _adaptive,
}
