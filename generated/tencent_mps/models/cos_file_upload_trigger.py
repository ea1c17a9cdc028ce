# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``CosFileUploadTrigger`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class CosFileUploadTrigger(Model):
    """Input rule that binds a workflow to a COS bucket directory and starts it when matching files
    are uploaded.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "bucket": "Bucket",
        "region": "Region",
        "dir": "Dir",
        "formats": "Formats",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str!",
        "str!",
        "str",
        "[str",
    )

    bucket: str | None = None
    """Name of the COS bucket bound to the workflow, for example TopRankVideo-125xxx88.

    Required in requests.

    Wire name: ``Bucket``.
    """

    region: str | None = None
    """Region of the bound COS bucket, for example ap-chongqing.

    Required in requests.

    Wire name: ``Region``.
    """

    dir: str | None = None
    """Input directory bound to the workflow, an absolute path that starts and ends with /, for
    example /movie/201907/. Empty means the root directory /.

    Wire name: ``Dir``.
    """

    formats: list[str] | None = None
    """File extensions that trigger the workflow: supported video (such as mp4, mov, ts), audio
    (such as mp3, wav, aac) and subtitle (vtt, srt) extensions, or * for any file. Empty
    means the system preset video, audio and subtitle formats; the leading dot is optional
    and custom extensions are 1-64 letters or digits.

    Wire name: ``Formats``.
    """


_KNOWN = frozenset(CosFileUploadTrigger.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> CosFileUploadTrigger:
    """Decode one ``CosFileUploadTrigger`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(CosFileUploadTrigger)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Bucket")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Bucket", "a string", v)
    o.bucket = v
    v = get("Region")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Region", "a string", v)
    o.region = v
    v = get("Dir")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Dir", "a string", v)
    o.dir = v
    v = get("Formats")
    if v is not None:
        n += 1
        v = _d.str_list("Formats", v)
    o.formats = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(CosFileUploadTrigger, _structure)
