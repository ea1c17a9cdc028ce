# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``RawSmartSubtitleParameter`` (sent in requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from tencent_mps_core import decoding as _d
from tencent_mps_core.codecs import bind
from tencent_mps_core.exceptions import DecodeError
from tencent_mps_core.model import Model

from .. import models  # annotations name models.X: resolved lazily, by get_type_hints too
from ._registry import STRUCTURE as _S


@attrs.define(kw_only=True, slots=True, weakref_slot=False)
class RawSmartSubtitleParameter(Model):
    """Custom smart subtitle parameters supplied directly instead of a template, controlling
    recognition method, source and target languages, output format and speaker detection.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "subtitle_type": "SubtitleType",
        "video_src_language": "VideoSrcLanguage",
        "subtitle_format": "SubtitleFormat",
        "translate_switch": "TranslateSwitch",
        "translate_dst_language": "TranslateDstLanguage",
        "asr_hot_words_configure": "AsrHotWordsConfigure",
        "ext_info": "ExtInfo",
        "process_type": "ProcessType",
        "selecting_subtitle_areas_config": "SelectingSubtitleAreasConfig",
        "subtitle_embed_id": "SubtitleEmbedId",
        "speaker_mode": "SpeakerMode",
        "speaker_label": "SpeakerLabel",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str!",
        "str",
        "str",
        "str",
        "AsrHotWordsConfigure",
        "str",
        "int",
        "SelectingSubtitleAreasConfig",
        "int",
        "int",
        "int",
    )

    subtitle_type: int | None = None
    """Which language the subtitles contain. Only 0 is allowed when TranslateSwitch is OFF;
    only 1 or 2 when it is ON.

    Known values; others may appear:
    ``0``: Source language
    ``1``: Translated language
    ``2``: Source plus translated language

    Required in requests.

    Wire name: ``SubtitleType``.
    """

    video_src_language: str | None = None
    """Source language of the video. OCR recognition supports only zh_en and multi; ASR
    recognition and pure subtitle translation support the other listed codes.

    Known values (:class:`tencent_mps.enums.RawSmartSubtitleParameterVideoSrcLanguage`); others may appear:
    ``zh_en``: Chinese and English (the only specific option for OCR recognition)
    ``multi``: Other languages (OCR recognition)
    ``auto``: Automatic language detection
    ``zh``: Simplified Chinese
    ``en``: English
    ``ja``: Japanese
    ``ko``: Korean
    ``zh-PY``: Chinese, English and Cantonese
    ``zh_medical``: Chinese (medical domain)
    ``vi``: Vietnamese
    ``ms``: Malay
    ``id``: Indonesian
    ``fil``: Filipino (Tagalog)
    ``th``: Thai
    ``pt``: Portuguese
    ``tr``: Turkish
    ``ar``: Arabic
    ``es``: Spanish
    ``hi``: Hindi
    ``fr``: French
    ``de``: German
    ``it``: Italian
    ``zh_dialect``: Chinese dialects
    ``yue``: Cantonese
    ``ru``: Russian
    ``prime_zh``: Chinese, English and Chinese dialects
    ``af-ZA``: Afrikaans (South Africa)
    ``sq-AL``: Albanian (Albania)
    ``am-ET``: Amharic (Ethiopia)
    ``ar-DZ``: Arabic (Algeria)
    ``ar-BH``: Arabic (Bahrain)
    ``ar-EG``: Arabic (Egypt)
    ``ar-IQ``: Arabic (Iraq)
    ``ar-IL``: Arabic (Israel)
    ``ar-JO``: Arabic (Jordan)
    ``ar-KW``: Arabic (Kuwait)
    ``ar-LB``: Arabic (Lebanon)
    ``ar-MR``: Arabic (Mauritania)
    ``ar-MA``: Arabic (Morocco)
    ``ar-OM``: Arabic (Oman)
    ``ar-QA``: Arabic (Qatar)
    ``ar-SA``: Arabic (Saudi Arabia)
    ``ar-PS``: Arabic (Palestine)
    ``ar-SY``: Arabic (Syria)
    ``ar-TN``: Arabic (Tunisia)
    ``ar-AE``: Arabic (United Arab Emirates)
    ``ar-YE``: Arabic (Yemen)
    ``hy-AM``: Armenian (Armenia)
    ``az-AZ``: Azerbaijani (Azerbaijan)
    ``eu-ES``: Basque (Spain)
    ``bn-BD``: Bengali (Bangladesh)
    ``bn-IN``: Bengali (India)
    ``bs-BA``: Bosnian (Bosnia and Herzegovina)
    ``bg-BG``: Bulgarian (Bulgaria)
    ``my-MM``: Burmese (Myanmar)
    ``ca-ES``: Catalan (Spain)
    ``hr-HR``: Croatian (Croatia)
    ``cs-CZ``: Czech (Czech Republic)
    ``da-DK``: Danish (Denmark)
    ``nl-BE``: Dutch (Belgium)
    ``nl-NL``: Dutch (Netherlands)
    ``en-AU``: English (Australia)
    ``en-CA``: English (Canada)
    ``en-GH``: English (Ghana)
    ``en-HK``: English (Hong Kong, China)
    ``en-IN``: English (India)
    ``en-IE``: English (Ireland)
    ``en-KE``: English (Kenya)
    ``en-NZ``: English (New Zealand)
    ``en-NG``: English (Nigeria)
    ``en-PK``: English (Pakistan)
    ``en-PH``: English (Philippines)
    ``en-SG``: English (Singapore)
    ``en-ZA``: English (South Africa)
    ``en-TZ``: English (Tanzania)
    ``en-GB``: English (United Kingdom)
    ``en-US``: English (United States)
    ``et-EE``: Estonian (Estonia)
    ``fil-PH``: Filipino (Philippines)
    ``fi-FI``: Finnish (Finland)
    ``fr-BE``: French (Belgium)
    ``fr-CA``: French (Canada)
    ``fr-FR``: French (France)
    ``fr-CH``: French (Switzerland)
    ``gl-ES``: Galician (Spain)
    ``ka-GE``: Georgian (Georgia)
    ``el-GR``: Greek (Greece)
    ``gu-IN``: Gujarati (India)
    ``iw-IL``: Hebrew (Israel)
    ``hi-IN``: Hindi (India)
    ``hu-HU``: Hungarian (Hungary)
    ``is-IS``: Icelandic (Iceland)
    ``id-ID``: Indonesian (Indonesia)
    ``it-IT``: Italian (Italy)
    ``it-CH``: Italian (Switzerland)
    ``ja-JP``: Japanese (Japan)
    ``jv-ID``: Javanese (Indonesia)
    ``kn-IN``: Kannada (India)
    ``kk-KZ``: Kazakh (Kazakhstan)
    ``km-KH``: Khmer (Cambodia)
    ``rw-RW``: Kinyarwanda (Rwanda)
    ``ko-KR``: Korean (South Korea)
    ``lo-LA``: Lao (Laos)
    ``lv-LV``: Latvian (Latvia)
    ``lt-LT``: Lithuanian (Lithuania)
    ``mk-MK``: Macedonian (North Macedonia)
    ``ms-MY``: Malay (Malaysia)
    ``ml-IN``: Malayalam (India)
    ``mr-IN``: Marathi (India)
    ``mn-MN``: Mongolian (Mongolia)
    ``ne-NP``: Nepali (Nepal)
    ``no-NO``: Norwegian Bokmal (Norway)
    ``fa-IR``: Persian (Iran)
    ``pl-PL``: Polish (Poland)
    ``pt-BR``: Portuguese (Brazil)
    ``pt-PT``: Portuguese (Portugal)
    ``ro-RO``: Romanian (Romania)
    ``ru-RU``: Russian (Russia)
    ``sr-RS``: Serbian (Serbia)
    ``si-LK``: Sinhala (Sri Lanka)
    ``sk-SK``: Slovak (Slovakia)
    ``sl-SI``: Slovenian (Slovenia)
    ``st-ZA``: Sesotho (South Africa)
    ``es-AR``: Spanish (Argentina)
    ``es-BO``: Spanish (Bolivia)
    ``es-CL``: Spanish (Chile)
    ``es-CO``: Spanish (Colombia)
    ``es-CR``: Spanish (Costa Rica)
    ``es-DO``: Spanish (Dominican Republic)
    ``es-EC``: Spanish (Ecuador)
    ``es-SV``: Spanish (El Salvador)
    ``es-GT``: Spanish (Guatemala)
    ``es-HN``: Spanish (Honduras)
    ``es-MX``: Spanish (Mexico)
    ``es-NI``: Spanish (Nicaragua)
    ``es-PA``: Spanish (Panama)
    ``es-PY``: Spanish (Paraguay)
    ``es-PE``: Spanish (Peru)
    ``es-PR``: Spanish (Puerto Rico)
    ``es-ES``: Spanish (Spain)
    ``es-US``: Spanish (United States)
    ``es-UY``: Spanish (Uruguay)
    ``es-VE``: Spanish (Venezuela)
    ``su-ID``: Sundanese (Indonesia)
    ``sw-KE``: Swahili (Kenya)
    ``sw-TZ``: Swahili (Tanzania)
    ``sv-SE``: Swedish (Sweden)
    ``ta-IN``: Tamil (India)
    ``ta-MY``: Tamil (Malaysia)
    ``ta-SG``: Tamil (Singapore)
    ``ta-LK``: Tamil (Sri Lanka)
    ``te-IN``: Telugu (India)
    ``th-TH``: Thai (Thailand)
    ``ts-ZA``: Tsonga (South Africa)
    ``tr-TR``: Turkish (Turkey)
    ``uk-UA``: Ukrainian (Ukraine)
    ``ur-IN``: Urdu (India)
    ``ur-PK``: Urdu (Pakistan)
    ``uz-UZ``: Uzbek (Uzbekistan)
    ``ve-ZA``: Venda (South Africa)
    ``vi-VN``: Vietnamese (Vietnam)
    ``xh-ZA``: Xhosa (South Africa)
    ``zu-ZA``: Zulu (South Africa)

    Required in requests.

    Wire name: ``VideoSrcLanguage``.
    """

    subtitle_format: str | None = None
    """Subtitle file format: vtt or srt for ASR and OCR, plus original for pure translation;
    empty means no file and is only allowed for ASR with fewer than two target languages or
    OCR with burn-in. May be null.

    Known values (:class:`tencent_mps.enums.RawSmartSubtitleParameterSubtitleFormat`); others may appear:
    ``vtt``: WebVTT subtitles
    ``srt``: SRT subtitles
    ``original``: Same format as the source subtitle file (pure subtitle translation only)

    Wire name: ``SubtitleFormat``.
    """

    translate_switch: str | None = None
    """Whether subtitle translation is enabled. For pure subtitle translation it defaults to ON
    and cannot be empty or OFF. May be null.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: Translation enabled
    ``OFF``: Translation disabled

    Wire name: ``TranslateSwitch``.
    """

    translate_dst_language: str | None = None
    """Target language of subtitle translation, used when TranslateSwitch is ON. Multiple
    languages are separated by /, e.g. en/ja. May be null.

    Known values (:class:`tencent_mps.enums.RawSmartSubtitleParameterTranslateDstLanguage`); others may appear:
    ``ab``: Abkhazian
    ``ace``: Acehnese
    ``ach``: Acholi
    ``af``: Afrikaans
    ``ak``: Twi (Akan)
    ``am``: Amharic
    ``ar``: Arabic
    ``as``: Assamese
    ``ay``: Aymara
    ``az``: Azerbaijani
    ``ba``: Bashkir
    ``ban``: Balinese
    ``bbc``: Batak Toba
    ``bem``: Bemba
    ``bew``: Betawi
    ``bg``: Bulgarian
    ``bho``: Bhojpuri
    ``bik``: Bikol
    ``bm``: Bambara
    ``bn``: Bengali
    ``br``: Breton
    ``bs``: Bosnian
    ``btx``: Batak Karo
    ``bts``: Batak Simalungun
    ``bua``: Buryat
    ``ca``: Catalan
    ``ceb``: Cebuano
    ``cgg``: Kiga
    ``chm``: Meadow Mari
    ``ckb``: Kurdish (Sorani)
    ``cnh``: Hakha Chin
    ``co``: Corsican
    ``crh``: Crimean Tatar
    ``crs``: Seychellois Creole
    ``cs``: Czech
    ``cv``: Chuvash
    ``cy``: Welsh
    ``da``: Danish
    ``de``: German
    ``din``: Dinka
    ``doi``: Dogri
    ``dov``: Dombe
    ``dv``: Dhivehi
    ``dz``: Dzongkha
    ``ee``: Ewe
    ``el``: Greek
    ``en``: English
    ``eo``: Esperanto
    ``es``: Spanish
    ``et``: Estonian
    ``eu``: Basque
    ``fa``: Persian
    ``ff``: Fula
    ``fi``: Finnish
    ``fil``: Filipino (Tagalog)
    ``fj``: Fijian
    ``fr``: French
    ``fr-CA``: French (Canada)
    ``fr-FR``: French (France)
    ``fy``: Western Frisian
    ``ga``: Irish
    ``gaa``: Ga
    ``gd``: Scottish Gaelic
    ``gl``: Galician
    ``gn``: Guarani
    ``gom``: Konkani (Goan)
    ``gu``: Gujarati
    ``gv``: Manx
    ``ha``: Hausa
    ``haw``: Hawaiian
    ``he``: Hebrew
    ``hi``: Hindi
    ``hil``: Hiligaynon
    ``hmn``: Hmong
    ``hr``: Croatian
    ``hrx``: Hunsrik
    ``ht``: Haitian Creole
    ``hu``: Hungarian
    ``hy``: Armenian
    ``id``: Indonesian
    ``ig``: Igbo
    ``ilo``: Ilocano
    ``is``: Icelandic
    ``it``: Italian
    ``iw``: Hebrew
    ``ja``: Japanese
    ``jv``: Javanese
    ``ka``: Georgian
    ``kk``: Kazakh
    ``km``: Khmer
    ``kn``: Kannada
    ``ko``: Korean
    ``kri``: Krio
    ``ku``: Kurdish (Kurmanji)
    ``ktu``: Kituba
    ``ky``: Kyrgyz
    ``la``: Latin
    ``lb``: Luxembourgish
    ``lg``: Ganda (Luganda)
    ``li``: Limburgish
    ``lij``: Ligurian
    ``lmo``: Lombard
    ``ln``: Lingala
    ``lo``: Lao
    ``lt``: Lithuanian
    ``ltg``: Latgalian
    ``luo``: Luo
    ``lus``: Mizo
    ``lv``: Latvian
    ``mai``: Maithili
    ``mak``: Makasar
    ``mg``: Malagasy
    ``mi``: Maori
    ``min``: Minangkabau
    ``mk``: Macedonian
    ``ml``: Malayalam
    ``mn``: Mongolian
    ``mr``: Marathi
    ``ms``: Malay
    ``mt``: Maltese
    ``my``: Burmese
    ``ne``: Nepali
    ``new``: Newari
    ``nl``: Dutch
    ``no``: Norwegian
    ``nr``: Southern Ndebele
    ``nso``: Northern Sotho (Sepedi)
    ``nus``: Nuer
    ``ny``: Chichewa (Nyanja)
    ``oc``: Occitan
    ``om``: Oromo
    ``or``: Odia
    ``pa``: Punjabi
    ``pag``: Pangasinan
    ``pam``: Pampanga
    ``pap``: Papiamento
    ``pl``: Polish
    ``ps``: Pashto
    ``pt``: Portuguese
    ``pt-BR``: Portuguese (Brazil)
    ``pt-PT``: Portuguese (Portugal)
    ``qu``: Quechua
    ``ro``: Romanian
    ``rom``: Romani
    ``rn``: Rundi
    ``ru``: Russian
    ``rw``: Kinyarwanda
    ``sa``: Sanskrit
    ``scn``: Sicilian
    ``sd``: Sindhi
    ``sg``: Sango
    ``shn``: Shan
    ``si``: Sinhala
    ``sk``: Slovak
    ``sl``: Slovenian
    ``sm``: Samoan
    ``sn``: Shona
    ``so``: Somali
    ``sq``: Albanian
    ``sr``: Serbian
    ``ss``: Swati
    ``st``: Sesotho
    ``su``: Sundanese
    ``sv``: Swedish
    ``sw``: Swahili
    ``szl``: Silesian
    ``ta``: Tamil
    ``te``: Telugu
    ``tet``: Tetum
    ``tg``: Tajik
    ``th``: Thai
    ``ti``: Tigrinya
    ``tk``: Turkmen
    ``tn``: Tswana
    ``tr``: Turkish
    ``ts``: Tsonga
    ``tt``: Tatar
    ``ug``: Uyghur
    ``uk``: Ukrainian
    ``ur``: Urdu
    ``uz``: Uzbek
    ``vi``: Vietnamese
    ``xh``: Xhosa
    ``yi``: Yiddish
    ``yo``: Yoruba
    ``yua``: Yucatec Maya
    ``yue``: Cantonese
    ``zh``: Simplified Chinese
    ``zh-TW``: Traditional Chinese
    ``zu``: Zulu

    Wire name: ``TranslateDstLanguage``.
    """

    asr_hot_words_configure: models.AsrHotWordsConfigure | None = None
    """ASR hotword library settings. May be null.

    Wire name: ``AsrHotWordsConfigure``.
    """

    ext_info: str | None = None
    """Custom extension parameters.

    Wire name: ``ExtInfo``.
    """

    process_type: int | None = None
    """Subtitle processing type; defaults to ASR recognition when omitted.

    Known values; others may appear:
    ``0``: ASR speech recognition subtitles
    ``1``: Pure subtitle translation
    ``2``: OCR recognition subtitles

    Wire name: ``ProcessType``.
    """

    selecting_subtitle_areas_config: models.SelectingSubtitleAreasConfig | None = None
    """Regions selected for OCR subtitle extraction. May be null.

    Wire name: ``SelectingSubtitleAreasConfig``.
    """

    subtitle_embed_id: int | None = None
    """ID of the subtitle burn-in template; only allowed when ProcessType is 0 (ASR) or 2
    (OCR).

    Wire name: ``SubtitleEmbedId``.
    """

    speaker_mode: int | None = None
    """Whether speaker recognition is enabled; default 0.

    Known values; others may appear:
    ``0``: Speaker recognition off
    ``1``: Speaker recognition on

    Wire name: ``SpeakerMode``.
    """

    speaker_label: int | None = None
    """Whether speaker labels are written into the subtitle file; default 0. Requires
    SpeakerMode to be non-zero.

    Known values; others may appear:
    ``0``: Not written to the subtitle file
    ``1``: Written to the vtt subtitle file

    Wire name: ``SpeakerLabel``.
    """


_KNOWN = frozenset(RawSmartSubtitleParameter.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> RawSmartSubtitleParameter:
    """Decode one ``RawSmartSubtitleParameter`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(RawSmartSubtitleParameter)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("SubtitleType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleType", "an integer", v)
    o.subtitle_type = v
    v = get("VideoSrcLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("VideoSrcLanguage", "a string", v)
    o.video_src_language = v
    v = get("SubtitleFormat")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("SubtitleFormat", "a string", v)
    o.subtitle_format = v
    v = get("TranslateSwitch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TranslateSwitch", "a string", v)
    o.translate_switch = v
    v = get("TranslateDstLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TranslateDstLanguage", "a string", v)
    o.translate_dst_language = v
    v = get("AsrHotWordsConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["AsrHotWordsConfigure"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrHotWordsConfigure") from None
    o.asr_hot_words_configure = v
    v = get("ExtInfo")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("ExtInfo", "a string", v)
    o.ext_info = v
    v = get("ProcessType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("ProcessType", "an integer", v)
    o.process_type = v
    v = get("SelectingSubtitleAreasConfig")
    if v is not None:
        n += 1
        try:
            v = _S["SelectingSubtitleAreasConfig"](v)
        except DecodeError as e:
            raise e.with_prefix("SelectingSubtitleAreasConfig") from None
    o.selecting_subtitle_areas_config = v
    v = get("SubtitleEmbedId")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleEmbedId", "an integer", v)
    o.subtitle_embed_id = v
    v = get("SpeakerMode")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SpeakerMode", "an integer", v)
    o.speaker_mode = v
    v = get("SpeakerLabel")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SpeakerLabel", "an integer", v)
    o.speaker_label = v
    o.unknown_fields = (
        None if n == len(data) or _KNOWN.issuperset(data) else _d.unknown_fields(data, _KNOWN)
    )
    return o


bind(RawSmartSubtitleParameter, _structure)
