# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``SSAIConf``: the model and its codecs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.exceptions import DecodeError

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import REQUEST as _R
from ._registry import STRUCTURE as _S

_new = object.__new__


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class SSAIConf:
    """Server-side ad insertion settings: ad decision servers, SCTE-35 handling, slate, CDN
    prefixes and pre-roll options.

    Decode a wire object with :meth:`from_dict`, encode with :meth:`to_dict`. Sent in a request, it
    is checked first: a missing required field or a value of the wrong kind raises
    :class:`tencent_mps.errors.ValidationError` naming its wire path.
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
    """Attribute name -> wire name, for every field."""

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

    unknown_fields: dict[str, Any] | None = attrs.field(default=None, repr=False)
    """Fields the service sent that this version of the SDK does not know, by wire name.

    They are kept, so that :meth:`to_dict` gives back everything that was received.
    """

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SSAIConf:
        """Decode the wire object; raises :class:`tencent_mps.errors.DecodeError` on a value of the
        wrong kind, naming its wire path. Missing fields and nulls decode as ``None``."""
        return _structure(data)

    def to_dict(self) -> dict[str, Any]:
        """The wire object: wire names, ``None`` fields omitted, unknown fields kept."""
        return _unstructure(self)


_KNOWN: frozenset[str] = frozenset(
    {
        "AdsUrl",
        "AdsUrls",
        "ConfigAliases",
        "AdMarkerPassthrough",
        "SCTE35AdType",
        "SlateAd",
        "Threshold",
        "DashMPDLocation",
        "AdTriggers",
        "DeliveryRestrictions",
        "SourceCDNPrefix",
        "AdCDNPrefix",
        "PreRollAdsUrl",
        "PreRollAdsUrls",
        "PreRollMaxAllowedDuration",
        "MultiRequest",
        "DashOriginManifestType",
        "SlateOnEmptyVast",
        "SCTEMarkerDuration",
        "SecurityGroupId",
    }
)


def _structure(data: Any) -> SSAIConf:
    """Decode one ``SSAIConf`` wire object (the cattrs structure hook of this model)."""
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
        if type(v) is not list:
            raise _d.wrong_type("AdsUrls", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("AdsUrls", v, "a string", _d.is_str)
    o.ads_urls = v
    v = get("ConfigAliases")
    if v is not None:
        n += 1
        if type(v) is not list:
            raise _d.wrong_type("ConfigAliases", "an array", v)
        if v:
            f = _S["ConfigAliasesInfo"]
            try:
                v = [f(x) for x in v if x is not None]
            except DecodeError:
                raise _d.locate_item_error("ConfigAliases", v, f) from None
        else:
            v = []
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
        if type(v) is not list:
            raise _d.wrong_type("AdTriggers", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is int for x in v):
            _d.check_items("AdTriggers", v, "an integer", _d.is_int)
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
        if type(v) is not list:
            raise _d.wrong_type("PreRollAdsUrls", "an array", v)
        v = [x for x in v if x is not None] if None in v else v.copy()
        if not all(type(x) is str for x in v):
            _d.check_items("PreRollAdsUrls", v, "a string", _d.is_str)
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


def _unstructure(o: SSAIConf) -> dict[str, Any]:
    """Encode to the wire object (the cattrs unstructure hook of this model)."""
    d: dict[str, Any] = {}
    v: Any
    v = o.ads_url
    if v is not None:
        d["AdsUrl"] = v
    v = o.ads_urls
    if v is not None:
        d["AdsUrls"] = list(v)
    v = o.config_aliases
    if v is not None:
        d["ConfigAliases"] = [_d.wire(x) for x in v]
    v = o.ad_marker_passthrough
    if v is not None:
        d["AdMarkerPassthrough"] = v
    v = o.scte35_ad_type
    if v is not None:
        d["SCTE35AdType"] = v
    v = o.slate_ad
    if v is not None:
        d["SlateAd"] = v
    v = o.threshold
    if v is not None:
        d["Threshold"] = v
    v = o.dash_mpd_location
    if v is not None:
        d["DashMPDLocation"] = v
    v = o.ad_triggers
    if v is not None:
        d["AdTriggers"] = list(v)
    v = o.delivery_restrictions
    if v is not None:
        d["DeliveryRestrictions"] = v
    v = o.source_cdn_prefix
    if v is not None:
        d["SourceCDNPrefix"] = v
    v = o.ad_cdn_prefix
    if v is not None:
        d["AdCDNPrefix"] = v
    v = o.pre_roll_ads_url
    if v is not None:
        d["PreRollAdsUrl"] = v
    v = o.pre_roll_ads_urls
    if v is not None:
        d["PreRollAdsUrls"] = list(v)
    v = o.pre_roll_max_allowed_duration
    if v is not None:
        d["PreRollMaxAllowedDuration"] = v
    v = o.multi_request
    if v is not None:
        d["MultiRequest"] = v
    v = o.dash_origin_manifest_type
    if v is not None:
        d["DashOriginManifestType"] = v
    v = o.slate_on_empty_vast
    if v is not None:
        d["SlateOnEmptyVast"] = v
    v = o.scte_marker_duration
    if v is not None:
        d["SCTEMarkerDuration"] = v
    v = o.security_group_id
    if v is not None:
        d["SecurityGroupId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d


def _request(o: Any) -> dict[str, Any]:
    """Check a ``SSAIConf`` for sending and encode it (the request-direction codec).

    Raises ValidationError, naming the wire path, for a missing required field or a value of the
    wrong kind; a wire dict is accepted in place of the model.
    """
    from tencent_mps_core import encoding as _e  # loaded with the first request

    if type(o) is not SSAIConf:
        o = _e.as_model(o, SSAIConf)
    d: dict[str, Any] = {}
    v: Any
    v = o.ads_url
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AdsUrl", v)
        d["AdsUrl"] = v
    v = o.ads_urls
    if v is not None:
        d["AdsUrls"] = _e.strs("AdsUrls", v)
    v = o.config_aliases
    if v is not None:
        d["ConfigAliases"] = _e.models("ConfigAliases", v, _R["ConfigAliasesInfo"])
    v = o.ad_marker_passthrough
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("AdMarkerPassthrough", "a boolean", v)
        d["AdMarkerPassthrough"] = v
    v = o.scte35_ad_type
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SCTE35AdType", v)
        d["SCTE35AdType"] = v
    v = o.slate_ad
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SlateAd", v)
        d["SlateAd"] = v
    v = o.threshold
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("Threshold", v)
        d["Threshold"] = v
    v = o.dash_mpd_location
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("DashMPDLocation", "a boolean", v)
        d["DashMPDLocation"] = v
    v = o.ad_triggers
    if v is not None:
        d["AdTriggers"] = _e.ints("AdTriggers", v)
    v = o.delivery_restrictions
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("DeliveryRestrictions", v)
        d["DeliveryRestrictions"] = v
    v = o.source_cdn_prefix
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SourceCDNPrefix", v)
        d["SourceCDNPrefix"] = v
    v = o.ad_cdn_prefix
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("AdCDNPrefix", v)
        d["AdCDNPrefix"] = v
    v = o.pre_roll_ads_url
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("PreRollAdsUrl", v)
        d["PreRollAdsUrl"] = v
    v = o.pre_roll_ads_urls
    if v is not None:
        d["PreRollAdsUrls"] = _e.strs("PreRollAdsUrls", v)
    v = o.pre_roll_max_allowed_duration
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("PreRollMaxAllowedDuration", v)
        d["PreRollMaxAllowedDuration"] = v
    v = o.multi_request
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("MultiRequest", "a boolean", v)
        d["MultiRequest"] = v
    v = o.dash_origin_manifest_type
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("DashOriginManifestType", v)
        d["DashOriginManifestType"] = v
    v = o.slate_on_empty_vast
    if v is not None:
        if type(v) is not bool:
            raise _e.wrong_type("SlateOnEmptyVast", "a boolean", v)
        d["SlateOnEmptyVast"] = v
    v = o.scte_marker_duration
    if v is not None:
        if type(v) is not int:
            v = _e.as_int("SCTEMarkerDuration", v)
        d["SCTEMarkerDuration"] = v
    v = o.security_group_id
    if v is not None:
        if type(v) is not str:
            v = _e.as_str("SecurityGroupId", v)
        d["SecurityGroupId"] = v
    if o.unknown_fields:
        for k, x in o.unknown_fields.items():
            d.setdefault(k, x)
    return d
