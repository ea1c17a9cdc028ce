# generated from schema/mps.schema.json by codegen/templates/tencent_mps/models/model.py.jinja2 (make generate); do not edit.
"""``ModifySmartSubtitleTemplateRequest`` (sent in requests)."""

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
class ModifySmartSubtitleTemplateRequest(Model):
    """Request of ModifySmartSubtitleTemplate: the template ID and the recognition, translation and
    output settings to change.
    """

    WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "definition": "Definition",
        "translate_switch": "TranslateSwitch",
        "name": "Name",
        "comment": "Comment",
        "video_src_language": "VideoSrcLanguage",
        "subtitle_format": "SubtitleFormat",
        "subtitle_type": "SubtitleType",
        "asr_hot_words_configure": "AsrHotWordsConfigure",
        "translate_dst_language": "TranslateDstLanguage",
        "process_type": "ProcessType",
        "selecting_subtitle_areas_config": "SelectingSubtitleAreasConfig",
        "subtitle_embed_id": "SubtitleEmbedId",
        "speaker_mode": "SpeakerMode",
        "speaker_label": "SpeakerLabel",
    }
    FIELD_KINDS: ClassVar[tuple[str, ...]] = (
        "int!",
        "str",
        "str",
        "str",
        "str",
        "str",
        "int",
        "AsrHotWordsConfigure",
        "str",
        "int",
        "SelectingSubtitleAreasConfig",
        "int",
        "int",
        "int",
    )

    definition: int | None = None
    """Unique ID of the smart subtitle template to modify. Required.

    Required in requests.

    Wire name: ``Definition``.
    """

    translate_switch: str | None = None
    """Whether subtitles are translated. For pure subtitle translation it defaults to ON and
    may not be empty or OFF.

    Known values (:class:`tencent_mps.enums.Switch`); others may appear:
    ``ON``: translation enabled
    ``OFF``: translation disabled

    Wire name: ``TranslateSwitch``.
    """

    name: str | None = None
    """New template name; up to 64 characters.

    Wire name: ``Name``.
    """

    comment: str | None = None
    """Template description; up to 256 characters.

    Wire name: ``Comment``.
    """

    video_src_language: str | None = None
    """Source language of the video. OCR recognition supports only zh_en and multi; ASR
    recognition and pure subtitle translation support the other listed languages.

    Known values (:class:`tencent_mps.enums.RawSmartSubtitleParameterVideoSrcLanguage`); others may appear:
    ``zh_en``: chinese and english (ocr and asr)
    ``multi``: other languages (ocr only)
    ``auto``: detect the language automatically
    ``zh``: simplified chinese
    ``en``: english
    ``ja``: japanese
    ``ko``: korean
    ``zh-PY``: chinese, english and cantonese
    ``zh_medical``: chinese (medical)
    ``vi``: vietnamese
    ``ms``: malay
    ``id``: indonesian
    ``fil``: filipino
    ``th``: thai
    ``pt``: portuguese
    ``tr``: turkish
    ``ar``: arabic
    ``es``: spanish
    ``hi``: hindi
    ``fr``: french
    ``de``: german
    ``it``: italian
    ``zh_dialect``: chinese dialects
    ``yue``: cantonese
    ``ru``: russian
    ``prime_zh``: chinese, english and dialects
    ``af-ZA``: afrikaans (south africa)
    ``sq-AL``: albanian (albania)
    ``am-ET``: amharic (ethiopia)
    ``ar-DZ``: arabic (algeria)
    ``ar-BH``: arabic (bahrain)
    ``ar-EG``: arabic (egypt)
    ``ar-IQ``: arabic (iraq)
    ``ar-IL``: arabic (israel)
    ``ar-JO``: arabic (jordan)
    ``ar-KW``: arabic (kuwait)
    ``ar-LB``: arabic (lebanon)
    ``ar-MR``: arabic (mauritania)
    ``ar-MA``: arabic (morocco)
    ``ar-OM``: arabic (oman)
    ``ar-QA``: arabic (qatar)
    ``ar-SA``: arabic (saudi arabia)
    ``ar-PS``: arabic (palestine)
    ``ar-SY``: arabic (syria)
    ``ar-TN``: arabic (tunisia)
    ``ar-AE``: arabic (united arab emirates)
    ``ar-YE``: arabic (yemen)
    ``hy-AM``: armenian (armenia)
    ``az-AZ``: azerbaijani (azerbaijan)
    ``eu-ES``: basque (spain)
    ``bn-BD``: bengali (bangladesh)
    ``bn-IN``: bengali (india)
    ``bs-BA``: bosnian (bosnia and herzegovina)
    ``bg-BG``: bulgarian (bulgaria)
    ``my-MM``: burmese (myanmar)
    ``ca-ES``: catalan (spain)
    ``hr-HR``: croatian (croatia)
    ``cs-CZ``: czech (czech republic)
    ``da-DK``: danish (denmark)
    ``nl-BE``: dutch (belgium)
    ``nl-NL``: dutch (netherlands)
    ``en-AU``: english (australia)
    ``en-CA``: english (canada)
    ``en-GH``: english (ghana)
    ``en-HK``: english (hong kong, china)
    ``en-IN``: english (india)
    ``en-IE``: english (ireland)
    ``en-KE``: english (kenya)
    ``en-NZ``: english (new zealand)
    ``en-NG``: english (nigeria)
    ``en-PK``: english (pakistan)
    ``en-PH``: english (philippines)
    ``en-SG``: english (singapore)
    ``en-ZA``: english (south africa)
    ``en-TZ``: english (tanzania)
    ``en-GB``: english (united kingdom)
    ``en-US``: english (united states)
    ``et-EE``: estonian (estonia)
    ``fil-PH``: filipino (philippines)
    ``fi-FI``: finnish (finland)
    ``fr-BE``: french (belgium)
    ``fr-CA``: french (canada)
    ``fr-FR``: french (france)
    ``fr-CH``: french (switzerland)
    ``gl-ES``: galician (spain)
    ``ka-GE``: georgian (georgia)
    ``el-GR``: greek (greece)
    ``gu-IN``: gujarati (india)
    ``iw-IL``: hebrew (israel)
    ``hi-IN``: hindi (india)
    ``hu-HU``: hungarian (hungary)
    ``is-IS``: icelandic (iceland)
    ``id-ID``: indonesian (indonesia)
    ``it-IT``: italian (italy)
    ``it-CH``: italian (switzerland)
    ``ja-JP``: japanese (japan)
    ``jv-ID``: javanese (indonesia)
    ``kn-IN``: kannada (india)
    ``kk-KZ``: kazakh (kazakhstan)
    ``km-KH``: khmer (cambodia)
    ``rw-RW``: kinyarwanda (rwanda)
    ``ko-KR``: korean (south korea)
    ``lo-LA``: lao (laos)
    ``lv-LV``: latvian (latvia)
    ``lt-LT``: lithuanian (lithuania)
    ``mk-MK``: macedonian (north macedonia)
    ``ms-MY``: malay (malaysia)
    ``ml-IN``: malayalam (india)
    ``mr-IN``: marathi (india)
    ``mn-MN``: mongolian (mongolia)
    ``ne-NP``: nepali (nepal)
    ``no-NO``: norwegian bokmal (norway)
    ``fa-IR``: persian (iran)
    ``pl-PL``: polish (poland)
    ``pt-BR``: portuguese (brazil)
    ``pt-PT``: portuguese (portugal)
    ``ro-RO``: romanian (romania)
    ``ru-RU``: russian (russia)
    ``sr-RS``: serbian (serbia)
    ``si-LK``: sinhala (sri lanka)
    ``sk-SK``: slovak (slovakia)
    ``sl-SI``: slovenian (slovenia)
    ``st-ZA``: southern sotho (south africa)
    ``es-AR``: spanish (argentina)
    ``es-BO``: spanish (bolivia)
    ``es-CL``: spanish (chile)
    ``es-CO``: spanish (colombia)
    ``es-CR``: spanish (costa rica)
    ``es-DO``: spanish (dominican republic)
    ``es-EC``: spanish (ecuador)
    ``es-SV``: spanish (el salvador)
    ``es-GT``: spanish (guatemala)
    ``es-HN``: spanish (honduras)
    ``es-MX``: spanish (mexico)
    ``es-NI``: spanish (nicaragua)
    ``es-PA``: spanish (panama)
    ``es-PY``: spanish (paraguay)
    ``es-PE``: spanish (peru)
    ``es-PR``: spanish (puerto rico)
    ``es-ES``: spanish (spain)
    ``es-US``: spanish (united states)
    ``es-UY``: spanish (uruguay)
    ``es-VE``: spanish (venezuela)
    ``su-ID``: sundanese (indonesia)
    ``sw-KE``: swahili (kenya)
    ``sw-TZ``: swahili (tanzania)
    ``sv-SE``: swedish (sweden)
    ``ta-IN``: tamil (india)
    ``ta-MY``: tamil (malaysia)
    ``ta-SG``: tamil (singapore)
    ``ta-LK``: tamil (sri lanka)
    ``te-IN``: telugu (india)
    ``th-TH``: thai (thailand)
    ``ts-ZA``: tsonga (south africa)
    ``tr-TR``: turkish (turkey)
    ``uk-UA``: ukrainian (ukraine)
    ``ur-IN``: urdu (india)
    ``ur-PK``: urdu (pakistan)
    ``uz-UZ``: uzbek (uzbekistan)
    ``ve-ZA``: venda (south africa)
    ``vi-VN``: vietnamese (vietnam)
    ``xh-ZA``: xhosa (south africa)
    ``zu-ZA``: zulu (south africa)

    Wire name: ``VideoSrcLanguage``.
    """

    subtitle_format: str | None = None
    """Format of the subtitle file. With ASR, empty means no file, but it may not be empty when
    translating into two or more languages; pure subtitle translation requires a value
    (original, vtt or srt); OCR accepts vtt or srt and may be empty when burn-in is enabled.

    Known values (:class:`tencent_mps.enums.RawSmartSubtitleParameterSubtitleFormat`); others may appear:
    ``vtt``: webvtt subtitles
    ``srt``: srt subtitles
    ``original``: same format as the source file (pure subtitle translation only)

    Wire name: ``SubtitleFormat``.
    """

    subtitle_type: int | None = None
    """Which languages the subtitles contain. Only 0 is allowed when TranslateSwitch is OFF,
    and only 1 or 2 when it is ON.

    Known values; others may appear:
    ``0``: source language
    ``1``: translated language
    ``2``: source and translated languages

    Wire name: ``SubtitleType``.
    """

    asr_hot_words_configure: models.AsrHotWordsConfigure | None = None
    """Hot-word library settings for ASR recognition.

    Wire name: ``AsrHotWordsConfigure``.
    """

    translate_dst_language: str | None = None
    """Target language of the subtitle translation; takes effect when TranslateSwitch is ON.

    Known values (:class:`tencent_mps.enums.RawSmartSubtitleParameterTranslateDstLanguage`); others may appear:
    ``ab``: abkhaz
    ``ace``: acehnese
    ``ach``: acholi
    ``af``: afrikaans
    ``ak``: twi (akan)
    ``am``: amharic
    ``ar``: arabic
    ``as``: assamese
    ``ay``: aymara
    ``az``: azerbaijani
    ``ba``: bashkir
    ``ban``: balinese
    ``bbc``: batak toba
    ``bem``: bemba
    ``bew``: betawi
    ``bg``: bulgarian
    ``bho``: bhojpuri
    ``bik``: bikol
    ``bm``: bambara
    ``bn``: bengali
    ``br``: breton
    ``bs``: bosnian
    ``btx``: batak karo
    ``bts``: batak simalungun
    ``bua``: buryat
    ``ca``: catalan
    ``ceb``: cebuano
    ``cgg``: kiga
    ``chm``: meadow mari
    ``ckb``: kurdish (sorani)
    ``cnh``: hakha chin
    ``co``: corsican
    ``crh``: crimean tatar
    ``crs``: seychellois creole
    ``cs``: czech
    ``cv``: chuvash
    ``cy``: welsh
    ``da``: danish
    ``de``: german
    ``din``: dinka
    ``doi``: dogri
    ``dov``: dombe
    ``dv``: dhivehi
    ``dz``: dzongkha
    ``ee``: ewe
    ``el``: greek
    ``en``: english
    ``eo``: esperanto
    ``es``: spanish
    ``et``: estonian
    ``eu``: basque
    ``fa``: persian
    ``ff``: fula
    ``fi``: finnish
    ``fil``: filipino (tagalog)
    ``fj``: fijian
    ``fr``: french
    ``fr-CA``: french (canada)
    ``fr-FR``: french (france)
    ``fy``: frisian
    ``ga``: irish
    ``gaa``: ga (a language of Ghana)
    ``gd``: scottish gaelic
    ``gl``: galician
    ``gn``: guarani
    ``gom``: konkani
    ``gu``: gujarati
    ``gv``: manx
    ``ha``: hausa
    ``haw``: hawaiian
    ``he``: hebrew
    ``hi``: hindi
    ``hil``: hiligaynon
    ``hmn``: hmong
    ``hr``: croatian
    ``hrx``: hunsrik
    ``ht``: haitian creole
    ``hu``: hungarian
    ``hy``: armenian
    ``id``: indonesian
    ``ig``: igbo
    ``ilo``: ilocano
    ``is``: icelandic
    ``it``: italian
    ``iw``: hebrew
    ``ja``: japanese
    ``jv``: javanese
    ``ka``: georgian
    ``kk``: kazakh
    ``km``: khmer
    ``kn``: kannada
    ``ko``: korean
    ``kri``: krio
    ``ku``: kurdish (kurmanji)
    ``ktu``: kituba
    ``ky``: kyrgyz
    ``la``: latin
    ``lb``: luxembourgish
    ``lg``: ganda (luganda)
    ``li``: limburgish
    ``lij``: ligurian
    ``lmo``: lombard
    ``ln``: lingala
    ``lo``: lao
    ``lt``: lithuanian
    ``ltg``: latgalian
    ``luo``: luo
    ``lus``: mizo
    ``lv``: latvian
    ``mai``: maithili
    ``mak``: makassarese
    ``mg``: malagasy
    ``mi``: maori
    ``min``: minangkabau
    ``mk``: macedonian
    ``ml``: malayalam
    ``mn``: mongolian
    ``mr``: marathi
    ``ms``: malay
    ``mt``: maltese
    ``my``: burmese
    ``ne``: nepali
    ``new``: newari
    ``nl``: dutch
    ``no``: norwegian
    ``nr``: southern ndebele
    ``nso``: northern sotho (sepedi)
    ``nus``: nuer
    ``ny``: chichewa (nyanja)
    ``oc``: occitan
    ``om``: oromo
    ``or``: odia
    ``pa``: punjabi
    ``pag``: pangasinan
    ``pam``: kapampangan
    ``pap``: papiamento
    ``pl``: polish
    ``ps``: pashto
    ``pt``: portuguese
    ``pt-BR``: portuguese (brazil)
    ``pt-PT``: portuguese (portugal)
    ``qu``: quechua
    ``ro``: romanian
    ``rom``: romani
    ``rn``: rundi
    ``ru``: russian
    ``rw``: kinyarwanda
    ``sa``: sanskrit
    ``scn``: sicilian
    ``sd``: sindhi
    ``sg``: sango
    ``shn``: shan
    ``si``: sinhala
    ``sk``: slovak
    ``sl``: slovenian
    ``sm``: samoan
    ``sn``: shona
    ``so``: somali
    ``sq``: albanian
    ``sr``: serbian
    ``ss``: swati
    ``st``: sesotho
    ``su``: sundanese
    ``sv``: swedish
    ``sw``: swahili
    ``szl``: silesian
    ``ta``: tamil
    ``te``: telugu
    ``tet``: tetum
    ``tg``: tajik
    ``th``: thai
    ``ti``: tigrinya
    ``tk``: turkmen
    ``tn``: tswana
    ``tr``: turkish
    ``ts``: tsonga
    ``tt``: tatar
    ``ug``: uyghur
    ``uk``: ukrainian
    ``ur``: urdu
    ``uz``: uzbek
    ``vi``: vietnamese
    ``xh``: xhosa
    ``yi``: yiddish
    ``yo``: yoruba
    ``yua``: yucatec maya
    ``yue``: cantonese
    ``zh``: simplified chinese
    ``zh-TW``: traditional chinese
    ``zu``: zulu

    Wire name: ``TranslateDstLanguage``.
    """

    process_type: int | None = None
    """How subtitles are produced. Defaults to ASR recognition when omitted.

    Known values; others may appear:
    ``0``: asr speech recognition subtitles
    ``1``: pure subtitle translation
    ``2``: ocr text recognition subtitles

    Wire name: ``ProcessType``.
    """

    selecting_subtitle_areas_config: models.SelectingSubtitleAreasConfig | None = None
    """Boxed regions from which OCR extracts subtitles.

    Wire name: ``SelectingSubtitleAreasConfig``.
    """

    subtitle_embed_id: int | None = None
    """ID of the subtitle burn-in template. Allowed only when ProcessType is 0 or 2 (ASR or
    OCR), and not when several translation languages are enabled.

    Wire name: ``SubtitleEmbedId``.
    """

    speaker_mode: int | None = None
    """Whether speaker identification is enabled.

    Known values; others may appear:
    ``0``: speaker identification off
    ``1``: speaker identification on

    Wire name: ``SpeakerMode``.
    """

    speaker_label: int | None = None
    """Whether identified speakers are written to the subtitle file; requires SpeakerMode other
    than 0.

    Known values; others may appear:
    ``0``: do not write speakers to the subtitle file
    ``1``: write speakers to the vtt subtitle file

    Wire name: ``SpeakerLabel``.
    """


_KNOWN = frozenset(ModifySmartSubtitleTemplateRequest.WIRE_NAMES.values())
_new = object.__new__


def _structure(data: Any) -> ModifySmartSubtitleTemplateRequest:
    """Decode one ``ModifySmartSubtitleTemplateRequest`` wire object: the straight-line decoder of this model."""
    if type(data) is not dict:
        data = _d.as_object(data)
    o = _new(ModifySmartSubtitleTemplateRequest)
    get = data.get
    n = 0  # non-null fields seen: when it equals len(data), no field is unknown
    v = get("Definition")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("Definition", "an integer", v)
    o.definition = v
    v = get("TranslateSwitch")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TranslateSwitch", "a string", v)
    o.translate_switch = v
    v = get("Name")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Name", "a string", v)
    o.name = v
    v = get("Comment")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("Comment", "a string", v)
    o.comment = v
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
    v = get("SubtitleType")
    if v is not None:
        n += 1
        if type(v) is not int:
            raise _d.wrong_type("SubtitleType", "an integer", v)
    o.subtitle_type = v
    v = get("AsrHotWordsConfigure")
    if v is not None:
        n += 1
        try:
            v = _S["AsrHotWordsConfigure"](v)
        except DecodeError as e:
            raise e.with_prefix("AsrHotWordsConfigure") from None
    o.asr_hot_words_configure = v
    v = get("TranslateDstLanguage")
    if v is not None:
        n += 1
        if type(v) is not str:
            raise _d.wrong_type("TranslateDstLanguage", "a string", v)
    o.translate_dst_language = v
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


bind(ModifySmartSubtitleTemplateRequest, _structure)
