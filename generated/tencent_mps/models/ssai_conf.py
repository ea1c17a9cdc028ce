# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SSAIConf`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SSAIConf(Model):
    """Server-side ad insertion settings: ad decision servers, SCTE-35 handling, slate, CDN
    prefixes and pre-roll options.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "ads_url": "AdsUrl",
        "ads_urls": "AdsUrls",
        "config_aliases": "ConfigAliases",
        "ad_marker_passthrough": "AdMarkerPassthrough",
        "scte35_ad_type": "SCTE35AdType",
        "slate_ad": "SlateAd",
        "threshold": "Threshold",
        "dash_mpd_location": "DashMPDLocation",
        "ad_triggers": "AdTriggers",
        "delivery_restrictions": "DeliveryRestrictions",
        "source_cdn_prefix": "SourceCDNPrefix",
        "ad_cdn_prefix": "AdCDNPrefix",
        "pre_roll_ads_url": "PreRollAdsUrl",
        "pre_roll_ads_urls": "PreRollAdsUrls",
        "pre_roll_max_allowed_duration": "PreRollMaxAllowedDuration",
        "multi_request": "MultiRequest",
        "dash_origin_manifest_type": "DashOriginManifestType",
        "slate_on_empty_vast": "SlateOnEmptyVast",
        "scte_marker_duration": "SCTEMarkerDuration",
        "security_group_id": "SecurityGroupId",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "str",
        "[str",
        "[ConfigAliasesInfo",
        "bool",
        "int",
        "str",
        "int",
        "bool",
        "[int",
        "int",
        "str",
        "str",
        "str",
        "[str",
        "int",
        "bool",
        "str",
        "bool",
        "int",
        "str",
    )

    ads_url: str | None = None
    """URL of the ad decision server (ADS). When set, it replaces AdsUrls[0].

    Wire name: ``AdsUrl``.
    """

    ads_urls: list[str] | None = None
    """List of ad decision server (ADS) URLs.

    Wire name: ``AdsUrls``.
    """

    config_aliases: list[models.ConfigAliasesInfo] | None = None
    """Parameter alias configurations. May be null if unavailable.

    Wire name: ``ConfigAliases``.
    """

    ad_marker_passthrough: bool | None = None
    """Whether ad markers are passed through to the output.

    Wire name: ``AdMarkerPassthrough``.
    """

    scte35_ad_type: int | None = None
    """How SCTE-35 markers in the stream are handled: 1 processes all of them (default), 2 uses
    SCTE-35 enhanced and parses only some types. May be null if unavailable.

    Known values; others may appear:
    ``1``: process all SCTE-35 marker types (default)
    ``2``: SCTE-35 enhanced: parse only some marker types

    Wire name: ``SCTE35AdType``.
    """

    slate_ad: str | None = None
    """URL of the default (slate) ad.

    Wire name: ``SlateAd``.
    """

    threshold: int | None = None
    """Maximum duration left unfilled, in seconds.

    Unit: s.

    Wire name: ``Threshold``.
    """

    dash_mpd_location: bool | None = None
    """Whether the MPD Location element is enabled: true means enable, false means disable.

    Wire name: ``DashMPDLocation``.
    """

    ad_triggers: list[int] | None = None
    """SCTE-35 marker types treated as ads, values 1-8: 1 splice insert, 2 provider
    advertisement, 3 distributor advertisement, 4 provider placement opportunity, 5
    distributor placement opportunity, 6 break, 7 provider overlay placement opportunity, 8
    distributor overlay placement opportunity. May be null if unavailable.

    Wire name: ``AdTriggers``.
    """

    delivery_restrictions: int | None = None
    """Delivery restriction type treated as an ad, values 1-4: 1 None, 2 Restricted (default),
    3 Unrestricted, 4 Both. May be null if unavailable.

    Wire name: ``DeliveryRestrictions``.
    """

    source_cdn_prefix: str | None = None
    """CDN prefix for the source stream; must start with http:// or https://.

    Wire name: ``SourceCDNPrefix``.
    """

    ad_cdn_prefix: str | None = None
    """CDN prefix for ad content; must start with http:// or https://.

    Wire name: ``AdCDNPrefix``.
    """

    pre_roll_ads_url: str | None = None
    """Ad decision server URL for pre-roll ads. When set, it replaces PreRollAdsUrls[0].

    Wire name: ``PreRollAdsUrl``.
    """

    pre_roll_ads_urls: list[str] | None = None
    """List of ad decision server URLs for pre-roll ads.

    Wire name: ``PreRollAdsUrls``.
    """

    pre_roll_max_allowed_duration: int | None = None
    """Maximum allowed duration of pre-roll ads, from 0 to 3600.

    Wire name: ``PreRollMaxAllowedDuration``.
    """

    multi_request: bool | None = None
    """Whether the ADS may be requested more than once: the ADS is tried first and the fallback
    ad is used only if the request fails.

    Wire name: ``MultiRequest``.
    """

    dash_origin_manifest_type: str | None = None
    """DASH period type of the origin manifest: SinglePeriod or MultiPeriod (default).

    Wire name: ``DashOriginManifestType``.
    """

    slate_on_empty_vast: bool | None = None
    """Whether to insert the slate when the ad response is empty. Defaults to true.

    Wire name: ``SlateOnEmptyVast``.
    """

    scte_marker_duration: int | None = None
    """Duration applied to SCTE markers, in the range 0-3600; defaults to 180.

    Wire name: ``SCTEMarkerDuration``.
    """

    security_group_id: str | None = None
    """ID of the security group applied to the configuration.

    Wire name: ``SecurityGroupId``.
    """


_KNOWN = frozenset(SSAIConf.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> SSAIConf:
    """Decode one ``SSAIConf`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(SSAIConf)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("AdsUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AdsUrl", "a string", v)
    o.ads_url = v
    v = get("AdsUrls")
    if v is not None:
        n += 1
        v = _d.str_list("AdsUrls", v)
    o.ads_urls = v
    v = get("ConfigAliases")
    if v is not None:
        n += 1
        v = _d.objects("ConfigAliases", v, _S["ConfigAliasesInfo"])
    o.config_aliases = v
    v = get("AdMarkerPassthrough")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("AdMarkerPassthrough", "a boolean", v)
    o.ad_marker_passthrough = v
    v = get("SCTE35AdType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SCTE35AdType", "an integer", v)
    o.scte35_ad_type = v
    v = get("SlateAd")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SlateAd", "a string", v)
    o.slate_ad = v
    v = get("Threshold")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Threshold", "an integer", v)
    o.threshold = v
    v = get("DashMPDLocation")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("DashMPDLocation", "a boolean", v)
    o.dash_mpd_location = v
    v = get("AdTriggers")
    if v is not None:
        n += 1
        v = _d.int_list("AdTriggers", v)
    o.ad_triggers = v
    v = get("DeliveryRestrictions")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("DeliveryRestrictions", "an integer", v)
    o.delivery_restrictions = v
    v = get("SourceCDNPrefix")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SourceCDNPrefix", "a string", v)
    o.source_cdn_prefix = v
    v = get("AdCDNPrefix")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("AdCDNPrefix", "a string", v)
    o.ad_cdn_prefix = v
    v = get("PreRollAdsUrl")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("PreRollAdsUrl", "a string", v)
    o.pre_roll_ads_url = v
    v = get("PreRollAdsUrls")
    if v is not None:
        n += 1
        v = _d.str_list("PreRollAdsUrls", v)
    o.pre_roll_ads_urls = v
    v = get("PreRollMaxAllowedDuration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("PreRollMaxAllowedDuration", "an integer", v)
    o.pre_roll_max_allowed_duration = v
    v = get("MultiRequest")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("MultiRequest", "a boolean", v)
    o.multi_request = v
    v = get("DashOriginManifestType")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("DashOriginManifestType", "a string", v)
    o.dash_origin_manifest_type = v
    v = get("SlateOnEmptyVast")
    if v is not None:
        n += 1
        if type(v) is not bool:
            raise _d.wrong_type("SlateOnEmptyVast", "a boolean", v)
    o.slate_on_empty_vast = v
    v = get("SCTEMarkerDuration")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SCTEMarkerDuration", "an integer", v)
    o.scte_marker_duration = v
    v = get("SecurityGroupId")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SecurityGroupId", "a string", v)
    o.security_group_id = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(SSAIConf, _structure)
