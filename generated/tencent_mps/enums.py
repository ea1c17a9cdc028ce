# generated from schema/mps.schema.json by codegen/templates/tencent_mps/enums.py.jinja2 (make generate); do not edit.
"""Documented values of string fields, as ``StrEnum`` s: one per distinct set of values.

Fields stay typed ``str``: the service may send a value that is not listed here, and it decodes
unchanged. Members compare equal to their strings (``task.status == TaskStatus.FINISH``).
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ActivityActivityType",
    "ActivityResultActivityType",
    "AdaptiveDynamicStreamingInfoItemPackage",
    "AdaptiveDynamicStreamingTaskInputDefinitionType",
    "AddOnSubtitleOutputFormat",
    "AddOnSubtitleType",
    "AiAnalysisResultType",
    "AiContentReviewResultType",
    "AiRecognitionResultType",
    "AiRecognitionTaskFaceResultItemGender",
    "AiRecognitionTaskFaceResultItemPersonType",
    "AiRecognitionTaskFaceResultItemRemark",
    "AiRecognitionTaskFaceResultItemType",
    "AiReviewPoliticalTaskOutputLabel",
    "AiReviewPornTaskOutputLabel",
    "AiReviewTerrorismTaskOutputLabel",
    "ArtifactRepairConfigType",
    "AudioBeautifyConfigTypes",
    "AudioEnhanceEditConfigType",
    "AudioSeparateConfigTrack",
    "AudioSeparateConfigType",
    "AudioTemplateInfoCodec",
    "AudioTemplateInfoForUpdateCodec",
    "AudioTrackChannelInfoSelectType",
    "ContainerDiagnoseResultItemCategory",
    "ContainerDiagnoseResultItemSeverityLevel",
    "ContainerDiagnoseResultItemType",
    "DrmInfoType",
    "DubbingOutputConfigOutputMode",
    "DubbingSubtitleConfigSubtitleSource",
    "EnhancementStrength",
    "ExtractBlindWatermarkTaskType",
    "HdrConfigType",
    "LLMDetectionResultItemCategory",
    "LLMDetectionResultItemGroup",
    "LLMDetectionResultItemType",
    "LiveActivityResultActivityType",
    "LowLightEnhanceConfigType",
    "MediaContentReviewPoliticalSegmentItemLabel",
    "MediaInputInfoType",
    "MediaProcessTaskType",
    "MediaSampleSnapshotItemSampleType",
    "MediaTranscodeItemCallBackExtInfo",
    "MosaicInputCoordinateOrigin",
    "OverrideEraseParameterEraseType",
    "OverrideTranscodeParameterContainer",
    "ParseNotificationResponseEventType",
    "ProcessMediaRequestTaskType",
    "QualityControlResultType",
    "RawImageWatermarkInputRepeatType",
    "RawSmartSubtitleParameterSubtitleFormat",
    "RawSmartSubtitleParameterTranslateDstLanguage",
    "RawSmartSubtitleParameterVideoSrcLanguage",
    "RawWatermarkParameterCoordinateOrigin",
    "RawWatermarkParameterType",
    "ReviewSuggestion",
    "RulesLinker",
    "S3InputInfoS3Region",
    "SegmentSpecificInfoSwitch",
    "SmartErasePrivacyConfigPrivacyModel",
    "SmartErasePrivacyConfigPrivacyTargets",
    "SmartEraseSubtitleConfigSubtitleEraseMethod",
    "SmartEraseSubtitleConfigSubtitleFormat",
    "SmartEraseSubtitleConfigSubtitleLang",
    "SmartEraseSubtitleConfigSubtitleModel",
    "SmartEraseSubtitleConfigTransDstLang",
    "SmartEraseWatermarkConfigWatermarkModel",
    "SmartSubtitleTaskBatchOutputStatus",
    "SmartSubtitlesResultType",
    "SpekeDrmEncryptionMethod",
    "SpekeDrmEncryptionPreset",
    "SubtaskStatus",
    "SubtitleTemplateAlignment",
    "SubtitleTemplateFontType",
    "SubtitleTransResultItemStatus",
    "SuperResolutionConfigType",
    "Switch",
    "TEHDConfigType",
    "TaskNotifyConfigCmqModel",
    "TaskNotifyConfigNotifyMode",
    "TaskNotifyConfigNotifyType",
    "TaskOutputStorageType",
    "TaskSimpleInfoTaskType",
    "TaskStatus",
    "TaskType",
    "VideoEnhanceConfigEnhanceSceneType",
    "VideoTemplateInfoCodec",
    "VideoTemplateInfoCompressType",
    "VideoTemplateInfoFillType",
    "VideoTemplateInfoGopUnit",
    "VideoTemplateInfoMode",
    "VideoTemplateInfoResolutionAdaptive",
    "VideoTemplateInfoSar",
    "VideoTemplateInfoSceneType",
    "VideoTemplateInfoStereo3dType",
    "VideoTemplateInfoVideoProfile",
    "VolumeBalanceConfigType",
    "WorkflowTaskStatus",
]


class ActivityActivityType(StrEnum):
    """Values of ``Activity.ActivityType``."""

    INPUT = "input"
    """Start node"""
    OUTPUT = "output"
    """End node"""
    ACTION_TRANS = "action-trans"
    """Transcoding"""
    ACTION_SAMPLESNAPSHOT = "action-samplesnapshot"
    """Sampled screenshots"""
    ACTION_AI_ANALYSIS = "action-AIAnalysis"
    """Content analysis"""
    ACTION_AI_RECOGNITION = "action-AIRecognition"
    """Content recognition"""
    ACTION_AI_REVIEW = "action-aiReview"
    """Content review (moderation)"""
    ACTION_ANIMATED_GRAPHICS = "action-animated-graphics"
    """Animated image generation"""
    ACTION_IMAGE_SPRITE = "action-image-sprite"
    """Image sprite generation"""
    ACTION_SNAPSHOT_BY_TIME_OFFSET = "action-snapshotByTimeOffset"
    """Screenshots at specified time points"""
    ACTION_ADAPTIVE_SUBSTREAM = "action-adaptive-substream"
    """Adaptive bitrate streaming"""
    ACTION_AI_QUALITY_CONTROL = "action-AIQualityControl"
    """Media quality inspection"""
    ACTION_SMART_SUBTITLES = "action-SmartSubtitles"
    """Smart subtitles"""
    ACTION_EXEC_RULES = "action-exec-rules"
    """Conditional rule evaluation"""
    ACTION_SMART_ERASE = "action-SmartErase"
    """Smart erase"""


class ActivityResultActivityType(StrEnum):
    """Values of ``ActivityResult.ActivityType``."""

    TRANSCODE = "Transcode"
    """Transcoding"""
    SAMPLE_SNAPSHOT = "SampleSnapshot"
    """Sampled snapshots"""
    ANIMATED_GRAPHICS = "AnimatedGraphics"
    """Animated image generation"""
    SNAPSHOT_BY_TIME_OFFSET = "SnapshotByTimeOffset"
    """Snapshots at specified time points"""
    IMAGE_SPRITES = "ImageSprites"
    """Image sprite generation"""
    ADAPTIVE_DYNAMIC_STREAMING = "AdaptiveDynamicStreaming"
    """Adaptive bitrate streaming"""
    AI_CONTENT_REVIEW = "AiContentReview"
    """Content moderation"""
    AI_RECOGNITION = "AIRecognition"
    """Content recognition"""
    AI_ANALYSIS = "AIAnalysis"
    """Content analysis"""
    AI_QUALITY_CONTROL = "AiQualityControl"
    """Media quality inspection"""
    SMART_SUBTITLES = "SmartSubtitles"
    """Smart subtitles"""
    SMART_ERASE = "SmartErase"
    """Smart erase"""
    DUBBING = "Dubbing"
    """AI dubbing"""


class AdaptiveDynamicStreamingInfoItemPackage(StrEnum):
    """Values of ``AdaptiveDynamicStreamingInfoItem.Package``."""

    HLS = "HLS"
    """HTTP Live Streaming"""
    MPEG_DASH = "MPEG-DASH"
    """MPEG Dynamic Adaptive Streaming over HTTP"""


class AdaptiveDynamicStreamingTaskInputDefinitionType(StrEnum):
    """Values of ``AdaptiveDynamicStreamingTaskInput.DefinitionType``."""

    COMMON = "Common"
    """Audio and video"""
    PURE_AUDIO = "PureAudio"
    """Audio only"""


class AddOnSubtitleOutputFormat(StrEnum):
    """Values of ``AddOnSubtitle.OutputFormat``."""

    WEB_VTT = "WebVTT"
    """WebVTT format"""
    TTML = "TTML"
    """TTML format"""


class AddOnSubtitleType(StrEnum):
    """Values of ``AddOnSubtitle.Type``."""

    SUBTITLE_STREAM = "subtitle-stream"
    """Insert as a subtitle track"""
    CLOSE_CAPTION_708 = "close-caption-708"
    """Encode as CEA-708 captions in SEI frames"""
    CLOSE_CAPTION_608 = "close-caption-608"
    """Encode as CEA-608 captions in SEI frames"""


class AiAnalysisResultType(StrEnum):
    """Values of ``AiAnalysisResult.Type``."""

    CLASSIFICATION = "Classification"
    """Smart classification"""
    COVER = "Cover"
    """Smart cover generation"""
    TAG = "Tag"
    """Smart tagging"""
    FRAME_TAG = "FrameTag"
    """Frame-by-frame tagging"""
    HIGHLIGHT = "Highlight"
    """Smart highlight reel"""
    DE_LOGO = "DeLogo"
    """Smart erase"""
    DESCRIPTION = "Description"
    """Large-model summary"""
    DUBBING = "Dubbing"
    """Smart dubbing / translation"""
    VIDEO_REMAKE = "VideoRemake"
    """Video deduplication"""
    VIDEO_COMPREHENSION = "VideoComprehension"
    """Video (audio) understanding"""
    CUTOUT = "Cutout"
    """Video matting"""
    REEL = "Reel"
    """Smart reel creation"""


class AiContentReviewResultType(StrEnum):
    """Values of ``AiContentReviewResult.Type``."""

    PORN = "Porn"
    """Pornography detection in frames"""
    TERRORISM = "Terrorism"
    """Sensitive (terrorism) content detection in frames"""
    POLITICAL = "Political"
    """Sensitive (political) content detection in frames"""
    PORN_ASR = "Porn.Asr"
    """Pornographic content in speech (ASR) text"""
    PORN_OCR = "Porn.Ocr"
    """Pornographic content in on-screen (OCR) text"""
    POLITICAL_ASR = "Political.Asr"
    """Sensitive content in speech (ASR) text"""
    POLITICAL_OCR = "Political.Ocr"
    """Sensitive content in on-screen (OCR) text"""
    TERRORISM_OCR = "Terrorism.Ocr"
    """Sensitive (terrorism) content in on-screen (OCR) text"""
    PROHIBITED_ASR = "Prohibited.Asr"
    """Prohibited content in speech (ASR) text"""
    PROHIBITED_OCR = "Prohibited.Ocr"
    """Prohibited content in on-screen (OCR) text"""


class AiRecognitionResultType(StrEnum):
    """Values of ``AiRecognitionResult.Type``."""

    FACE_RECOGNITION = "FaceRecognition"
    """Face recognition"""
    ASR_WORDS_RECOGNITION = "AsrWordsRecognition"
    """Speech keyword recognition"""
    OCR_WORDS_RECOGNITION = "OcrWordsRecognition"
    """Text keyword recognition"""
    ASR_FULL_TEXT_RECOGNITION = "AsrFullTextRecognition"
    """Full speech transcription"""
    OCR_FULL_TEXT_RECOGNITION = "OcrFullTextRecognition"
    """Full text recognition"""
    TRANS_TEXT_RECOGNITION = "TransTextRecognition"
    """Speech translation"""


class AiRecognitionTaskFaceResultItemGender(StrEnum):
    """Values of ``AiRecognitionTaskFaceResultItem.Gender``."""

    MALE = "Male"
    """Male"""
    FEMALE = "Female"
    """Female"""


class AiRecognitionTaskFaceResultItemPersonType(StrEnum):
    """Values of ``AiRecognitionTaskFaceResultItem.PersonType``."""

    POLITICIAN = "Politician"
    """Government official"""
    ARTIST = "Artist"
    """Entertainer or artist"""


class AiRecognitionTaskFaceResultItemRemark(StrEnum):
    """Values of ``AiRecognitionTaskFaceResultItem.Remark``."""

    NORMAL = "Normal"
    """Not sensitive"""
    SENSITIVE = "Sensitive"
    """Sensitive"""


class AiRecognitionTaskFaceResultItemType(StrEnum):
    """Values of ``AiRecognitionTaskFaceResultItem.Type``."""

    DEFAULT = "Default"
    """Built-in default person library"""
    USER_DEFINE = "UserDefine"
    """User-defined custom person library"""


class AiReviewPoliticalTaskOutputLabel(StrEnum):
    """Values of ``AiReviewPoliticalTaskOutput.Label``."""

    VIOLATION_PHOTO = "violation_photo"
    """Violating icon or image"""
    POLITICIAN = "politician"
    """Sensitive person"""


class AiReviewPornTaskOutputLabel(StrEnum):
    """Values of ``AiReviewPornTaskOutput.Label``."""

    PORN = "porn"
    """Pornography"""
    SEXY = "sexy"
    """Sexy content"""
    VULGAR = "vulgar"
    """Vulgar content"""
    INTIMACY = "intimacy"
    """Intimate behavior"""


class AiReviewTerrorismTaskOutputLabel(StrEnum):
    """Values of ``AiReviewTerrorismTaskOutput.Label``."""

    GUNS = "guns"
    """Weapons or guns"""
    CROWD = "crowd"
    """Crowd gathering"""
    POLICE = "police"
    """Police or military forces"""
    BLOODY = "bloody"
    """Bloody scenes"""
    BANNERS = "banners"
    """Sensitive flags or banners"""
    MILITANT = "militant"
    """Militants"""
    EXPLOSION = "explosion"
    """Explosions or fires"""
    TERRORISTS = "terrorists"
    """Sensitive persons"""
    SCENARIO = "scenario"
    """Sensitive scenes"""


class ArtifactRepairConfigType(StrEnum):
    """Values of ``ArtifactRepairConfig.Type``, ``VideoDenoiseConfig.Type``."""

    WEAK = "weak"
    """Weak"""
    STRONG = "strong"
    """Strong"""


class AudioBeautifyConfigTypes(StrEnum):
    """Values of ``AudioBeautifyConfig.Types``."""

    DECLICK = "declick"
    """Remove clicks and noise"""
    DEESSER = "deesser"
    """Suppress sibilance"""


class AudioEnhanceEditConfigType(StrEnum):
    """Values of ``AudioEnhanceEditConfig.Type``."""

    RESTORE = "restore"
    """Audio restoration (repair)"""


class AudioSeparateConfigTrack(StrEnum):
    """Values of ``AudioSeparateConfig.Track``."""

    VOCAL = "vocal"
    """Output the voice"""
    BACKGROUND = "background"
    """Output background sound (normal) or accompaniment (music)"""


class AudioSeparateConfigType(StrEnum):
    """Values of ``AudioSeparateConfig.Type``."""

    NORMAL = "normal"
    """Voice and background sound"""
    MUSIC = "music"
    """Vocals and accompaniment"""


class AudioTemplateInfoCodec(StrEnum):
    """Values of ``AudioTemplateInfo.Codec``."""

    COPY = "copy"
    """Keep the source audio without transcoding"""
    MP3 = "mp3"
    """MP3 (mp3, mp4, flv, hls containers; better for flv)"""
    FLAC = "flac"
    """FLAC (ogg, flac containers)"""
    AAC = "aac"
    """AAC (m4a, mp4, flv, hls containers; better for mp4)"""
    AC3 = "ac3"
    """AC-3 (m4a container)"""
    MP2 = "mp2"
    """MPEG-1 Audio Layer II (mp4, flv containers)"""
    EAC3 = "eac3"
    """E-AC-3 (hls, for adaptive track merging)"""
    PCM16 = "pcm16"
    """16-bit PCM (wav container)"""
    PCM24 = "pcm24"
    """24-bit PCM (wav container)"""


class AudioTemplateInfoForUpdateCodec(StrEnum):
    """Values of ``AudioTemplateInfoForUpdate.Codec``."""

    COPY = "copy"
    """Keep the source audio without transcoding"""
    MP3 = "mp3"
    """MP3 (mp3, mp4, flv, hls containers; better for flv)"""
    FLAC = "flac"
    """FLAC (ogg, flac containers)"""
    AAC = "aac"
    """AAC (m4a, mp4, flv, hls containers; better for mp4)"""
    AC3 = "ac3"
    """AC-3 (m4a container)"""
    MP2 = "mp2"
    """MPEG-1 Audio Layer II (mp4, flv containers)"""
    PCM16 = "pcm16"
    """16-bit PCM (wav container)"""
    PCM24 = "pcm24"
    """24-bit PCM (wav container)"""


class AudioTrackChannelInfoSelectType(StrEnum):
    """Values of ``AudioTrackChannelInfo.SelectType``."""

    TRACK = "track"
    """Reference by track ID"""
    TRACK_CHANNEL = "track_channel"
    """Reference by track ID and channel ID"""


class ContainerDiagnoseResultItemCategory(StrEnum):
    """Values of ``ContainerDiagnoseResultItem.Category``."""

    DECODE_PARAM_EXCEPTION = "DecodeParamException"
    """Decoding parameter problem"""
    TIME_STAMP_EXCEPTION = "TimeStampException"
    """Timestamp problem"""
    FRAME_EXCEPTION = "FrameException"
    """Frame rate problem"""
    STREAM_STATUS_EXCEPTION = "StreamStatusException"
    """Stream status problem"""
    STREAM_INFO = "StreamInfo"
    """Stream information problem"""
    STREAM_ABNORMAL_CHARACTERISTICS = "StreamAbnormalCharacteristics"
    """Abnormal stream characteristics"""
    DECODE_EXCEPTION = "DecodeException"
    """Decoding problem"""
    HLS_REQUIREMENTS = "HLSRequirements"
    """HLS format problem"""


class ContainerDiagnoseResultItemSeverityLevel(StrEnum):
    """Values of ``ContainerDiagnoseResultItem.SeverityLevel``."""

    FATAL = "Fatal"
    """Breaks subsequent playback and parsing"""
    ERROR = "Error"
    """May affect playback"""
    WARNING = "Warning"
    """Potential risk that does not necessarily affect playback"""
    NOTICE = "Notice"
    """Important stream information"""
    INFO = "Info"
    """General stream information"""


class ContainerDiagnoseResultItemType(StrEnum):
    """Values of ``ContainerDiagnoseResultItem.Type``."""

    VIDEO_RESOLUTION_CHANGED = "VideoResolutionChanged"
    """Video resolution changed"""
    AUDIO_SAMPLE_RATE_CHANGED = "AudioSampleRateChanged"
    """Audio sample rate changed"""
    AUDIO_CHANNELS_CHANGED = "AudioChannelsChanged"
    """Number of audio channels changed"""
    PARAMETER_SETS_CHANGED = "ParameterSetsChanged"
    """Stream parameter sets changed"""
    DAR_OR_SAR_INVALID = "DarOrSarInvalid"
    """Invalid display or sample aspect ratio"""
    TIMESTAMP_FALLBACK = "TimestampFallback"
    """DTS went backwards"""
    DTS_JITTER = "DtsJitter"
    """Excessive DTS jitter"""
    PTS_JITTER = "PtsJitter"
    """Excessive PTS jitter"""
    AAC_DURATION_DEVIATION = "AACDurationDeviation"
    """Unreasonable AAC frame timestamp interval"""
    AUDIO_DROPPING_FRAMES = "AudioDroppingFrames"
    """Audio frames dropped"""
    VIDEO_DROPPING_FRAMES = "VideoDroppingFrames"
    """Video frames dropped"""
    AV_TIMESTAMP_INTERLEAVE = "AVTimestampInterleave"
    """Unreasonable audio/video interleaving"""
    PTS_LESS_THAN_DTS = "PtsLessThanDts"
    """PTS smaller than DTS"""
    RECEIVE_FPS_JITTER = "ReceiveFpsJitter"
    """Excessive jitter in network receive frame rate"""
    RECEIVE_FPS_TOO_SMALL = "ReceiveFpsTooSmall"
    """Network receive video frame rate too low"""
    FPS_JITTER = "FpsJitter"
    """Excessive jitter in frame rate computed from PTS"""
    STREAM_OPEN_FAILED = "StreamOpenFailed"
    """Failed to open stream"""
    STREAM_END = "StreamEnd"
    """Stream ended"""
    STREAM_PARSE_FAILED = "StreamParseFailed"
    """Failed to parse stream"""
    VIDEO_FIRST_FRAME_NOT_IDR = "VideoFirstFrameNotIdr"
    """First frame is not an IDR frame"""
    STREAM_NALU_ERROR = "StreamNALUError"
    """Invalid NALU start code"""
    TS_STREAM_NO_AUD = "TsStreamNoAud"
    """H.26x stream in MPEG-TS lacks AUD NALUs"""
    AUDIO_STREAM_LACK = "AudioStreamLack"
    """No audio stream"""
    VIDEO_STREAM_LACK = "VideoStreamLack"
    """No video stream"""
    LACK_AUDIO_RECOVER = "LackAudioRecover"
    """Missing audio stream recovered"""
    LACK_VIDEO_RECOVER = "LackVideoRecover"
    """Missing video stream recovered"""
    VIDEO_BITRATE_OUTOF_RANGE = "VideoBitrateOutofRange"
    """Video bitrate (kbps) out of range"""
    AUDIO_BITRATE_OUTOF_RANGE = "AudioBitrateOutofRange"
    """Audio bitrate (kbps) out of range"""
    VIDEO_DECODE_FAILED = "VideoDecodeFailed"
    """Video decoding error"""
    AUDIO_DECODE_FAILED = "AudioDecodeFailed"
    """Audio decoding error"""
    AUDIO_OUT_OF_PHASE = "AudioOutOfPhase"
    """Two-channel audio is out of phase"""
    VIDEO_DUPLICATED_FRAME = "VideoDuplicatedFrame"
    """Duplicate frames in video stream"""
    AUDIO_DUPLICATED_FRAME = "AudioDuplicatedFrame"
    """Duplicate frames in audio stream"""
    VIDEO_ROTATION = "VideoRotation"
    """Video picture is rotated"""
    TS_MULTI_PROGRAMS = "TsMultiPrograms"
    """MPEG2-TS stream has multiple programs"""
    MP4_INVALID_CODEC_FOURCC = "Mp4InvalidCodecFourcc"
    """MP4 codec FourCC does not meet Apple HLS requirements"""
    HLS_BAD_M3U8_FORMAT = "HLSBadM3u8Format"
    """Invalid m3u8 file"""
    HLS_INVALID_MASTER_M3U8 = "HLSInvalidMasterM3u8"
    """Invalid master m3u8 file"""
    HLS_INVALID_MEDIA_M3U8 = "HLSInvalidMediaM3u8"
    """Invalid media m3u8 file"""
    HLS_MASTER_M3U8_RECOMMENDED = "HLSMasterM3u8Recommended"
    """Master m3u8 lacks parameters recommended by the standard"""
    HLS_MEDIA_M3U8_RECOMMENDED = "HLSMediaM3u8Recommended"
    """Media m3u8 lacks parameters recommended by the standard"""
    HLS_MEDIA_M3U8_DISCONTINUITY_EXIST = "HLSMediaM3u8DiscontinuityExist"
    """Media m3u8 contains EXT-X-DISCONTINUITY"""
    HLS_MEDIA_SEGMENTS_STREAM_NUM_CHANGE = "HLSMediaSegmentsStreamNumChange"
    """Number of streams changes between segments"""
    HLS_MEDIA_SEGMENTS_PTS_JITTER_DEVIATION = "HLSMediaSegmentsPTSJitterDeviation"
    """PTS jumps between segments without EXT-X-DISCONTINUITY"""
    HLS_MEDIA_SEGMENTS_DTS_JITTER_DEVIATION = "HLSMediaSegmentsDTSJitterDeviation"
    """DTS jumps between segments without EXT-X-DISCONTINUITY"""
    TIMECODE_TRACK_EXIST = "TimecodeTrackExist"
    """MP4 contains a tmcd (timecode) track"""


class DrmInfoType(StrEnum):
    """Values of ``DrmInfo.Type``."""

    SIMPLEAES = "simpleaes"
    """HLS only, ts or mp4 segments, segmented mode only"""
    FAIRPLAY = "fairplay"
    """HLS only, mp4 segments, segmented or single-file mode"""
    WIDEVINE = "widevine"
    """HLS or DASH, mp4 segments; DASH requires single-file mode"""
    PLAYREADY = "playready"
    """HLS or DASH, mp4 segments; DASH requires single-file mode"""
    WIDEVINE_FAIRPLAY = "widevine+fairplay"
    """HLS only, mp4 segments, segmented or single-file mode"""
    PLAYREADY_FAIRPLAY = "playready+fairplay"
    """HLS only, mp4 segments, segmented or single-file mode"""
    WIDEVINE_PLAYREADY_FAIRPLAY = "widevine+playready+fairplay"
    """HLS only, mp4 segments, segmented or single-file mode"""
    WIDEVINE_PLAYREADY = "widevine+playready"
    """HLS or MPEG-DASH, mp4 segments; DASH requires single-file mode"""


class DubbingOutputConfigOutputMode(StrEnum):
    """Values of ``DubbingOutputConfig.OutputMode``."""

    FINAL_VIDEO_ONLY = "FinalVideoOnly"
    """Only the final dubbed video (default)"""
    AUDIO_AND_SUBTITLE = "AudioAndSubtitle"
    """Translated audio and translated subtitles"""
    CUSTOM = "Custom"
    """Custom selection via the output switches"""


class DubbingSubtitleConfigSubtitleSource(StrEnum):
    """Values of ``DubbingSubtitleConfig.SubtitleSource``."""

    OCR = "OCR"
    """Recognize text shown in the video picture"""
    ASR = "ASR"
    """Recognize spoken dialogue in the audio"""
    EXTERNAL = "External"
    """External subtitle files given by source and translated subtitle URLs"""


class EnhancementStrength(StrEnum):
    """Values of ``AiRestorationConfig.Type``, ``ColorEnhanceConfig.Type``, ``DiffusionEnhanceConfig.Type`` and 2 more fields."""

    WEAK = "weak"
    """Weak"""
    NORMAL = "normal"
    """Medium"""
    STRONG = "strong"
    """Strong"""


class ExtractBlindWatermarkTaskType(StrEnum):
    """Values of ``ExtractBlindWatermarkTask.Type``."""

    BLIND_BASIC = "blind-basic"
    """Basic copyright digital watermark"""
    BLIND_AB = "blind-ab"
    """A/B copyright digital watermark"""


class HdrConfigType(StrEnum):
    """Values of ``HdrConfig.Type``."""

    HDR10 = "HDR10"
    """HDR10"""
    HLG = "HLG"
    """Hybrid Log-Gamma"""


class LLMDetectionResultItemCategory(StrEnum):
    """Values of ``LLMDetectionResultItem.Category``."""

    AIGC_QUALITY_CHARACTERISTICS = "AIGCQualityCharacteristics"
    """AIGC quality characteristics"""


class LLMDetectionResultItemGroup(StrEnum):
    """Values of ``LLMDetectionResultItem.Group``."""

    AIGC_AUTHENTICITY = "AIGCAuthenticity"
    """AIGC realism, covering human body plausibility, physical plausibility and cross-frame consistency"""
    AIGC_TECH_QUALITY = "AIGCTechQuality"
    """AIGC technical quality, covering aspect ratio, black borders, forced portrait framing and similar"""


class LLMDetectionResultItemType(StrEnum):
    """Values of ``LLMDetectionResultItem.Type``."""

    BODY_POSE_CHECK = "BodyPoseCheck"
    """Plausibility of human poses (AIGCAuthenticity)"""
    BODY_DETAIL_CHECK = "BodyDetailCheck"
    """Plausibility of body details such as finger count and facial symmetry (AIGCAuthenticity)"""
    PHYSIC_RULES_CHECK = "PhysicRulesCheck"
    """Consistency with physics such as perspective, lighting and gravity (AIGCAuthenticity)"""
    OBJECT_CONSISTENCY_CHECK = "ObjectConsistencyCheck"
    """Consistency of objects across frames (AIGCAuthenticity)"""
    FORMAT_CHECK = "FormatCheck"
    """Format problems such as aspect ratio, black borders or forced portrait framing (AIGCTechQuality)"""


class LiveActivityResultActivityType(StrEnum):
    """Values of ``LiveActivityResult.ActivityType``."""

    LIVE_RECORD = "LiveRecord"
    """Live stream recording"""
    AI_QUALITY_CONTROL = "AiQualityControl"
    """Media quality inspection"""


class LowLightEnhanceConfigType(StrEnum):
    """Values of ``LowLightEnhanceConfig.Type``."""

    NORMAL = "normal"
    """Normal"""


class MediaContentReviewPoliticalSegmentItemLabel(StrEnum):
    """Values of ``MediaContentReviewPoliticalSegmentItem.Label``."""

    VIOLATION_PHOTO = "violation_photo"
    """Prohibited logo or icon"""
    NATION_POLITICIAN = "nation_politician"
    """National leader"""
    PROVINCE_POLITICIAN = "province_politician"
    """Provincial or ministerial level official"""
    BUREAU_POLITICIAN = "bureau_politician"
    """Department or bureau level official"""
    COUNTY_POLITICIAN = "county_politician"
    """County level official"""
    RURAL_POLITICIAN = "rural_politician"
    """Township level official"""
    SENSITIVE_POLITICIAN = "sensitive_politician"
    """Sensitive political figure"""
    FOREIGN_POLITICIAN = "foreign_politician"
    """Foreign leader"""
    SENSITIVE_ENTERTAINMENT = "sensitive_entertainment"
    """Sensitive entertainment figure"""
    SENSITIVE_SPORT = "sensitive_sport"
    """Sensitive sports figure"""
    SENSITIVE_ENTREPRENEUR = "sensitive_entrepreneur"
    """Sensitive business figure"""
    SENSITIVE_SCHOLAR = "sensitive_scholar"
    """Sensitive academic or educator"""
    SENSITIVE_CELEBRITY = "sensitive_celebrity"
    """Sensitive well-known figure"""
    HISTORICAL_CELEBRITY = "historical_celebrity"
    """Well-known historical figure"""
    SENSITIVE_MILITARY = "sensitive_military"
    """Sensitive military figure"""


class MediaInputInfoType(StrEnum):
    """Values of ``MediaInputInfo.Type``."""

    COS = "COS"
    """Tencent Cloud COS object"""
    URL = "URL"
    """File reachable by URL"""
    AWS_S3 = "AWS-S3"
    """AWS S3 object; currently transcoding tasks only"""
    VOD = "VOD"
    """VOD Professional edition"""


class MediaProcessTaskType(StrEnum):
    """Values of ``MediaProcessTaskResult.Type``."""

    TRANSCODE = "Transcode"
    """Transcoding"""
    ANIMATED_GRAPHICS = "AnimatedGraphics"
    """Animated image generation"""
    SNAPSHOT_BY_TIME_OFFSET = "SnapshotByTimeOffset"
    """Snapshots at specified time points"""
    SAMPLE_SNAPSHOT = "SampleSnapshot"
    """Sampled snapshots"""
    IMAGE_SPRITES = "ImageSprites"
    """Image sprite generation"""
    COVER_BY_SNAPSHOT = "CoverBySnapshot"
    """Snapshot used as cover"""
    ADAPTIVE_DYNAMIC_STREAMING = "AdaptiveDynamicStreaming"
    """Adaptive bitrate streaming"""


class MediaSampleSnapshotItemSampleType(StrEnum):
    """Values of ``MediaSampleSnapshotItem.SampleType``."""

    PERCENT = "Percent"
    """Sample at fixed percentage intervals of the duration"""
    TIME = "Time"
    """Sample at fixed time intervals"""


class MediaTranscodeItemCallBackExtInfo(StrEnum):
    """Values of ``MediaTranscodeItem.CallBackExtInfo``."""

    HDR = "hdr"
    """HDR configuration"""
    WD_FPS = "wd_fps"
    """Frame interpolation frame rate"""
    VIDEO_SUPER_RESOLUTION = "video_super_resolution"
    """Super resolution"""
    REPAIR = "repair"
    """Comprehensive enhancement"""
    DENOISE = "denoise"
    """Video denoising"""
    COLOR_ENHANCE = "color_enhance"
    """Color enhancement"""
    SCRATCH = "scratch"
    """Scratch removal"""
    ARTIFACT = "artifact"
    """Artifact (burr) removal"""
    SHARP = "sharp"
    """Detail sharpening"""
    LOW_LIGHT = "low_light"
    """Low-light enhancement"""
    FACE_ENHANCE = "face_enhance"
    """Face enhancement"""


class MosaicInputCoordinateOrigin(StrEnum):
    """Values of ``MosaicInput.CoordinateOrigin``."""

    TOP_LEFT = "TopLeft"
    """Top-left corner of the video"""


class OverrideEraseParameterEraseType(StrEnum):
    """Values of ``OverrideEraseParameter.EraseType``, ``RawSmartEraseParameter.EraseType``."""

    SUBTITLE = "subtitle"
    """Remove subtitles"""
    WATERMARK = "watermark"
    """Remove watermarks"""
    PRIVACY = "privacy"
    """Privacy protection"""


class OverrideTranscodeParameterContainer(StrEnum):
    """Values of ``OverrideTranscodeParameter.Container``, ``RawTranscodeParameter.Container``."""

    MP4 = "mp4"
    """MP4"""
    FLV = "flv"
    """FLV"""
    HLS = "hls"
    """HLS"""
    MP3 = "mp3"
    """MP3 (audio only)"""
    FLAC = "flac"
    """FLAC (audio only)"""
    OGG = "ogg"
    """OGG (audio only)"""
    M4A = "m4a"
    """M4A (audio only)"""


class ParseNotificationResponseEventType(StrEnum):
    """Values of ``ParseNotificationResponse.EventType``."""

    WORKFLOW_TASK = "WorkflowTask"
    """Video workflow processing task"""
    EDIT_MEDIA_TASK = "EditMediaTask"
    """Video editing task"""
    SCHEDULE_TASK = "ScheduleTask"
    """Orchestration task"""


class ProcessMediaRequestTaskType(StrEnum):
    """Values of ``ProcessMediaRequest.TaskType``."""

    ONLINE = "Online"
    """Real-time task (default)"""
    OFFLINE = "Offline"
    """Idle-time task with no timeliness guarantee, normally done within 3 days"""


class QualityControlResultType(StrEnum):
    """Values of ``QualityControlResult.Type``."""

    JITTER = "Jitter"
    """Jitter"""
    BLUR = "Blur"
    """Blurriness"""
    LOW_LIGHTING = "LowLighting"
    """Low lighting"""
    HIGH_LIGHTING = "HighLighting"
    """Overexposure"""
    CRASH_SCREEN = "CrashScreen"
    """Corrupted picture (screen glitches)"""
    BLACK_WHITE_EDGE = "BlackWhiteEdge"
    """Black or white borders"""
    SOLID_COLOR_SCREEN = "SolidColorScreen"
    """Solid color screen"""
    NOISE = "Noise"
    """Visual noise"""
    MOSAIC = "Mosaic"
    """Mosaic"""
    QR_CODE = "QRCode"
    """QR code"""
    APPLET_CODE = "AppletCode"
    """Mini program code"""
    BAR_CODE = "BarCode"
    """Barcode"""
    LOW_VOICE = "LowVoice"
    """Audio too quiet"""
    HIGH_VOICE = "HighVoice"
    """Audio clipping (too loud)"""
    NO_VOICE = "NoVoice"
    """Silence"""
    LOW_EVALUATION = "LowEvaluation"
    """No-reference video quality score (MOS) below threshold"""
    AUDIO_EVALUATION = "AudioEvaluation"
    """No-reference audio quality score (MOS) below threshold"""
    AUDIO_NOISE = "AudioNoise"
    """Audio noise"""


class RawImageWatermarkInputRepeatType(StrEnum):
    """Values of ``RawImageWatermarkInput.RepeatType``."""

    ONCE = "once"
    """Play once and then disappear"""
    REPEAT_LAST_FRAME = "repeat_last_frame"
    """Play once and stay on the last frame"""
    REPEAT = "repeat"
    """Loop until the video ends"""


class RawSmartSubtitleParameterSubtitleFormat(StrEnum):
    """Values of ``RawSmartSubtitleParameter.SubtitleFormat``."""

    VTT = "vtt"
    """WebVTT subtitles"""
    SRT = "srt"
    """SRT subtitles"""
    ORIGINAL = "original"
    """Same format as the source subtitle file (pure subtitle translation only)"""


class RawSmartSubtitleParameterTranslateDstLanguage(StrEnum):
    """Values of ``RawSmartSubtitleParameter.TranslateDstLanguage``."""

    AB = "ab"
    """Abkhazian"""
    ACE = "ace"
    """Acehnese"""
    ACH = "ach"
    """Acholi"""
    AF = "af"
    """Afrikaans"""
    AK = "ak"
    """Twi (Akan)"""
    AM = "am"
    """Amharic"""
    AR = "ar"
    """Arabic"""
    AS = "as"
    """Assamese"""
    AY = "ay"
    """Aymara"""
    AZ = "az"
    """Azerbaijani"""
    BA = "ba"
    """Bashkir"""
    BAN = "ban"
    """Balinese"""
    BBC = "bbc"
    """Batak Toba"""
    BEM = "bem"
    """Bemba"""
    BEW = "bew"
    """Betawi"""
    BG = "bg"
    """Bulgarian"""
    BHO = "bho"
    """Bhojpuri"""
    BIK = "bik"
    """Bikol"""
    BM = "bm"
    """Bambara"""
    BN = "bn"
    """Bengali"""
    BR = "br"
    """Breton"""
    BS = "bs"
    """Bosnian"""
    BTX = "btx"
    """Batak Karo"""
    BTS = "bts"
    """Batak Simalungun"""
    BUA = "bua"
    """Buryat"""
    CA = "ca"
    """Catalan"""
    CEB = "ceb"
    """Cebuano"""
    CGG = "cgg"
    """Kiga"""
    CHM = "chm"
    """Meadow Mari"""
    CKB = "ckb"
    """Kurdish (Sorani)"""
    CNH = "cnh"
    """Hakha Chin"""
    CO = "co"
    """Corsican"""
    CRH = "crh"
    """Crimean Tatar"""
    CRS = "crs"
    """Seychellois Creole"""
    CS = "cs"
    """Czech"""
    CV = "cv"
    """Chuvash"""
    CY = "cy"
    """Welsh"""
    DA = "da"
    """Danish"""
    DE = "de"
    """German"""
    DIN = "din"
    """Dinka"""
    DOI = "doi"
    """Dogri"""
    DOV = "dov"
    """Dombe"""
    DV = "dv"
    """Dhivehi"""
    DZ = "dz"
    """Dzongkha"""
    EE = "ee"
    """Ewe"""
    EL = "el"
    """Greek"""
    EN = "en"
    """English"""
    EO = "eo"
    """Esperanto"""
    ES = "es"
    """Spanish"""
    ET = "et"
    """Estonian"""
    EU = "eu"
    """Basque"""
    FA = "fa"
    """Persian"""
    FF = "ff"
    """Fula"""
    FI = "fi"
    """Finnish"""
    FIL = "fil"
    """Filipino (Tagalog)"""
    FJ = "fj"
    """Fijian"""
    FR = "fr"
    """French"""
    FR_CA = "fr-CA"
    """French (Canada)"""
    FR_FR = "fr-FR"
    """French (France)"""
    FY = "fy"
    """Western Frisian"""
    GA = "ga"
    """Irish"""
    GAA = "gaa"
    """Ga"""
    GD = "gd"
    """Scottish Gaelic"""
    GL = "gl"
    """Galician"""
    GN = "gn"
    """Guarani"""
    GOM = "gom"
    """Konkani (Goan)"""
    GU = "gu"
    """Gujarati"""
    GV = "gv"
    """Manx"""
    HA = "ha"
    """Hausa"""
    HAW = "haw"
    """Hawaiian"""
    HE = "he"
    """Hebrew"""
    HI = "hi"
    """Hindi"""
    HIL = "hil"
    """Hiligaynon"""
    HMN = "hmn"
    """Hmong"""
    HR = "hr"
    """Croatian"""
    HRX = "hrx"
    """Hunsrik"""
    HT = "ht"
    """Haitian Creole"""
    HU = "hu"
    """Hungarian"""
    HY = "hy"
    """Armenian"""
    ID = "id"
    """Indonesian"""
    IG = "ig"
    """Igbo"""
    ILO = "ilo"
    """Ilocano"""
    IS = "is"
    """Icelandic"""
    IT = "it"
    """Italian"""
    IW = "iw"
    """Hebrew"""
    JA = "ja"
    """Japanese"""
    JV = "jv"
    """Javanese"""
    KA = "ka"
    """Georgian"""
    KK = "kk"
    """Kazakh"""
    KM = "km"
    """Khmer"""
    KN = "kn"
    """Kannada"""
    KO = "ko"
    """Korean"""
    KRI = "kri"
    """Krio"""
    KU = "ku"
    """Kurdish (Kurmanji)"""
    KTU = "ktu"
    """Kituba"""
    KY = "ky"
    """Kyrgyz"""
    LA = "la"
    """Latin"""
    LB = "lb"
    """Luxembourgish"""
    LG = "lg"
    """Ganda (Luganda)"""
    LI = "li"
    """Limburgish"""
    LIJ = "lij"
    """Ligurian"""
    LMO = "lmo"
    """Lombard"""
    LN = "ln"
    """Lingala"""
    LO = "lo"
    """Lao"""
    LT = "lt"
    """Lithuanian"""
    LTG = "ltg"
    """Latgalian"""
    LUO = "luo"
    """Luo"""
    LUS = "lus"
    """Mizo"""
    LV = "lv"
    """Latvian"""
    MAI = "mai"
    """Maithili"""
    MAK = "mak"
    """Makasar"""
    MG = "mg"
    """Malagasy"""
    MI = "mi"
    """Maori"""
    MIN = "min"
    """Minangkabau"""
    MK = "mk"
    """Macedonian"""
    ML = "ml"
    """Malayalam"""
    MN = "mn"
    """Mongolian"""
    MR = "mr"
    """Marathi"""
    MS = "ms"
    """Malay"""
    MT = "mt"
    """Maltese"""
    MY = "my"
    """Burmese"""
    NE = "ne"
    """Nepali"""
    NEW = "new"
    """Newari"""
    NL = "nl"
    """Dutch"""
    NO = "no"
    """Norwegian"""
    NR = "nr"
    """Southern Ndebele"""
    NSO = "nso"
    """Northern Sotho (Sepedi)"""
    NUS = "nus"
    """Nuer"""
    NY = "ny"
    """Chichewa (Nyanja)"""
    OC = "oc"
    """Occitan"""
    OM = "om"
    """Oromo"""
    OR = "or"
    """Odia"""
    PA = "pa"
    """Punjabi"""
    PAG = "pag"
    """Pangasinan"""
    PAM = "pam"
    """Pampanga"""
    PAP = "pap"
    """Papiamento"""
    PL = "pl"
    """Polish"""
    PS = "ps"
    """Pashto"""
    PT = "pt"
    """Portuguese"""
    PT_BR = "pt-BR"
    """Portuguese (Brazil)"""
    PT_PT = "pt-PT"
    """Portuguese (Portugal)"""
    QU = "qu"
    """Quechua"""
    RO = "ro"
    """Romanian"""
    ROM = "rom"
    """Romani"""
    RN = "rn"
    """Rundi"""
    RU = "ru"
    """Russian"""
    RW = "rw"
    """Kinyarwanda"""
    SA = "sa"
    """Sanskrit"""
    SCN = "scn"
    """Sicilian"""
    SD = "sd"
    """Sindhi"""
    SG = "sg"
    """Sango"""
    SHN = "shn"
    """Shan"""
    SI = "si"
    """Sinhala"""
    SK = "sk"
    """Slovak"""
    SL = "sl"
    """Slovenian"""
    SM = "sm"
    """Samoan"""
    SN = "sn"
    """Shona"""
    SO = "so"
    """Somali"""
    SQ = "sq"
    """Albanian"""
    SR = "sr"
    """Serbian"""
    SS = "ss"
    """Swati"""
    ST = "st"
    """Sesotho"""
    SU = "su"
    """Sundanese"""
    SV = "sv"
    """Swedish"""
    SW = "sw"
    """Swahili"""
    SZL = "szl"
    """Silesian"""
    TA = "ta"
    """Tamil"""
    TE = "te"
    """Telugu"""
    TET = "tet"
    """Tetum"""
    TG = "tg"
    """Tajik"""
    TH = "th"
    """Thai"""
    TI = "ti"
    """Tigrinya"""
    TK = "tk"
    """Turkmen"""
    TN = "tn"
    """Tswana"""
    TR = "tr"
    """Turkish"""
    TS = "ts"
    """Tsonga"""
    TT = "tt"
    """Tatar"""
    UG = "ug"
    """Uyghur"""
    UK = "uk"
    """Ukrainian"""
    UR = "ur"
    """Urdu"""
    UZ = "uz"
    """Uzbek"""
    VI = "vi"
    """Vietnamese"""
    XH = "xh"
    """Xhosa"""
    YI = "yi"
    """Yiddish"""
    YO = "yo"
    """Yoruba"""
    YUA = "yua"
    """Yucatec Maya"""
    YUE = "yue"
    """Cantonese"""
    ZH = "zh"
    """Simplified Chinese"""
    ZH_TW = "zh-TW"
    """Traditional Chinese"""
    ZU = "zu"
    """Zulu"""


class RawSmartSubtitleParameterVideoSrcLanguage(StrEnum):
    """Values of ``RawSmartSubtitleParameter.VideoSrcLanguage``."""

    ZH_EN = "zh_en"
    """Chinese and English (the only specific option for OCR recognition)"""
    MULTI = "multi"
    """Other languages (OCR recognition)"""
    AUTO = "auto"
    """Automatic language detection"""
    ZH = "zh"
    """Simplified Chinese"""
    EN = "en"
    """English"""
    JA = "ja"
    """Japanese"""
    KO = "ko"
    """Korean"""
    ZH_PY = "zh-PY"
    """Chinese, English and Cantonese"""
    ZH_MEDICAL = "zh_medical"
    """Chinese (medical domain)"""
    VI = "vi"
    """Vietnamese"""
    MS = "ms"
    """Malay"""
    ID = "id"
    """Indonesian"""
    FIL = "fil"
    """Filipino (Tagalog)"""
    TH = "th"
    """Thai"""
    PT = "pt"
    """Portuguese"""
    TR = "tr"
    """Turkish"""
    AR = "ar"
    """Arabic"""
    ES = "es"
    """Spanish"""
    HI = "hi"
    """Hindi"""
    FR = "fr"
    """French"""
    DE = "de"
    """German"""
    IT = "it"
    """Italian"""
    ZH_DIALECT = "zh_dialect"
    """Chinese dialects"""
    YUE = "yue"
    """Cantonese"""
    RU = "ru"
    """Russian"""
    PRIME_ZH = "prime_zh"
    """Chinese, English and Chinese dialects"""
    AF_ZA = "af-ZA"
    """Afrikaans (South Africa)"""
    SQ_AL = "sq-AL"
    """Albanian (Albania)"""
    AM_ET = "am-ET"
    """Amharic (Ethiopia)"""
    AR_DZ = "ar-DZ"
    """Arabic (Algeria)"""
    AR_BH = "ar-BH"
    """Arabic (Bahrain)"""
    AR_EG = "ar-EG"
    """Arabic (Egypt)"""
    AR_IQ = "ar-IQ"
    """Arabic (Iraq)"""
    AR_IL = "ar-IL"
    """Arabic (Israel)"""
    AR_JO = "ar-JO"
    """Arabic (Jordan)"""
    AR_KW = "ar-KW"
    """Arabic (Kuwait)"""
    AR_LB = "ar-LB"
    """Arabic (Lebanon)"""
    AR_MR = "ar-MR"
    """Arabic (Mauritania)"""
    AR_MA = "ar-MA"
    """Arabic (Morocco)"""
    AR_OM = "ar-OM"
    """Arabic (Oman)"""
    AR_QA = "ar-QA"
    """Arabic (Qatar)"""
    AR_SA = "ar-SA"
    """Arabic (Saudi Arabia)"""
    AR_PS = "ar-PS"
    """Arabic (Palestine)"""
    AR_SY = "ar-SY"
    """Arabic (Syria)"""
    AR_TN = "ar-TN"
    """Arabic (Tunisia)"""
    AR_AE = "ar-AE"
    """Arabic (United Arab Emirates)"""
    AR_YE = "ar-YE"
    """Arabic (Yemen)"""
    HY_AM = "hy-AM"
    """Armenian (Armenia)"""
    AZ_AZ = "az-AZ"
    """Azerbaijani (Azerbaijan)"""
    EU_ES = "eu-ES"
    """Basque (Spain)"""
    BN_BD = "bn-BD"
    """Bengali (Bangladesh)"""
    BN_IN = "bn-IN"
    """Bengali (India)"""
    BS_BA = "bs-BA"
    """Bosnian (Bosnia and Herzegovina)"""
    BG_BG = "bg-BG"
    """Bulgarian (Bulgaria)"""
    MY_MM = "my-MM"
    """Burmese (Myanmar)"""
    CA_ES = "ca-ES"
    """Catalan (Spain)"""
    HR_HR = "hr-HR"
    """Croatian (Croatia)"""
    CS_CZ = "cs-CZ"
    """Czech (Czech Republic)"""
    DA_DK = "da-DK"
    """Danish (Denmark)"""
    NL_BE = "nl-BE"
    """Dutch (Belgium)"""
    NL_NL = "nl-NL"
    """Dutch (Netherlands)"""
    EN_AU = "en-AU"
    """English (Australia)"""
    EN_CA = "en-CA"
    """English (Canada)"""
    EN_GH = "en-GH"
    """English (Ghana)"""
    EN_HK = "en-HK"
    """English (Hong Kong, China)"""
    EN_IN = "en-IN"
    """English (India)"""
    EN_IE = "en-IE"
    """English (Ireland)"""
    EN_KE = "en-KE"
    """English (Kenya)"""
    EN_NZ = "en-NZ"
    """English (New Zealand)"""
    EN_NG = "en-NG"
    """English (Nigeria)"""
    EN_PK = "en-PK"
    """English (Pakistan)"""
    EN_PH = "en-PH"
    """English (Philippines)"""
    EN_SG = "en-SG"
    """English (Singapore)"""
    EN_ZA = "en-ZA"
    """English (South Africa)"""
    EN_TZ = "en-TZ"
    """English (Tanzania)"""
    EN_GB = "en-GB"
    """English (United Kingdom)"""
    EN_US = "en-US"
    """English (United States)"""
    ET_EE = "et-EE"
    """Estonian (Estonia)"""
    FIL_PH = "fil-PH"
    """Filipino (Philippines)"""
    FI_FI = "fi-FI"
    """Finnish (Finland)"""
    FR_BE = "fr-BE"
    """French (Belgium)"""
    FR_CA = "fr-CA"
    """French (Canada)"""
    FR_FR = "fr-FR"
    """French (France)"""
    FR_CH = "fr-CH"
    """French (Switzerland)"""
    GL_ES = "gl-ES"
    """Galician (Spain)"""
    KA_GE = "ka-GE"
    """Georgian (Georgia)"""
    EL_GR = "el-GR"
    """Greek (Greece)"""
    GU_IN = "gu-IN"
    """Gujarati (India)"""
    IW_IL = "iw-IL"
    """Hebrew (Israel)"""
    HI_IN = "hi-IN"
    """Hindi (India)"""
    HU_HU = "hu-HU"
    """Hungarian (Hungary)"""
    IS_IS = "is-IS"
    """Icelandic (Iceland)"""
    ID_ID = "id-ID"
    """Indonesian (Indonesia)"""
    IT_IT = "it-IT"
    """Italian (Italy)"""
    IT_CH = "it-CH"
    """Italian (Switzerland)"""
    JA_JP = "ja-JP"
    """Japanese (Japan)"""
    JV_ID = "jv-ID"
    """Javanese (Indonesia)"""
    KN_IN = "kn-IN"
    """Kannada (India)"""
    KK_KZ = "kk-KZ"
    """Kazakh (Kazakhstan)"""
    KM_KH = "km-KH"
    """Khmer (Cambodia)"""
    RW_RW = "rw-RW"
    """Kinyarwanda (Rwanda)"""
    KO_KR = "ko-KR"
    """Korean (South Korea)"""
    LO_LA = "lo-LA"
    """Lao (Laos)"""
    LV_LV = "lv-LV"
    """Latvian (Latvia)"""
    LT_LT = "lt-LT"
    """Lithuanian (Lithuania)"""
    MK_MK = "mk-MK"
    """Macedonian (North Macedonia)"""
    MS_MY = "ms-MY"
    """Malay (Malaysia)"""
    ML_IN = "ml-IN"
    """Malayalam (India)"""
    MR_IN = "mr-IN"
    """Marathi (India)"""
    MN_MN = "mn-MN"
    """Mongolian (Mongolia)"""
    NE_NP = "ne-NP"
    """Nepali (Nepal)"""
    NO_NO = "no-NO"
    """Norwegian Bokmal (Norway)"""
    FA_IR = "fa-IR"
    """Persian (Iran)"""
    PL_PL = "pl-PL"
    """Polish (Poland)"""
    PT_BR = "pt-BR"
    """Portuguese (Brazil)"""
    PT_PT = "pt-PT"
    """Portuguese (Portugal)"""
    RO_RO = "ro-RO"
    """Romanian (Romania)"""
    RU_RU = "ru-RU"
    """Russian (Russia)"""
    SR_RS = "sr-RS"
    """Serbian (Serbia)"""
    SI_LK = "si-LK"
    """Sinhala (Sri Lanka)"""
    SK_SK = "sk-SK"
    """Slovak (Slovakia)"""
    SL_SI = "sl-SI"
    """Slovenian (Slovenia)"""
    ST_ZA = "st-ZA"
    """Sesotho (South Africa)"""
    ES_AR = "es-AR"
    """Spanish (Argentina)"""
    ES_BO = "es-BO"
    """Spanish (Bolivia)"""
    ES_CL = "es-CL"
    """Spanish (Chile)"""
    ES_CO = "es-CO"
    """Spanish (Colombia)"""
    ES_CR = "es-CR"
    """Spanish (Costa Rica)"""
    ES_DO = "es-DO"
    """Spanish (Dominican Republic)"""
    ES_EC = "es-EC"
    """Spanish (Ecuador)"""
    ES_SV = "es-SV"
    """Spanish (El Salvador)"""
    ES_GT = "es-GT"
    """Spanish (Guatemala)"""
    ES_HN = "es-HN"
    """Spanish (Honduras)"""
    ES_MX = "es-MX"
    """Spanish (Mexico)"""
    ES_NI = "es-NI"
    """Spanish (Nicaragua)"""
    ES_PA = "es-PA"
    """Spanish (Panama)"""
    ES_PY = "es-PY"
    """Spanish (Paraguay)"""
    ES_PE = "es-PE"
    """Spanish (Peru)"""
    ES_PR = "es-PR"
    """Spanish (Puerto Rico)"""
    ES_ES = "es-ES"
    """Spanish (Spain)"""
    ES_US = "es-US"
    """Spanish (United States)"""
    ES_UY = "es-UY"
    """Spanish (Uruguay)"""
    ES_VE = "es-VE"
    """Spanish (Venezuela)"""
    SU_ID = "su-ID"
    """Sundanese (Indonesia)"""
    SW_KE = "sw-KE"
    """Swahili (Kenya)"""
    SW_TZ = "sw-TZ"
    """Swahili (Tanzania)"""
    SV_SE = "sv-SE"
    """Swedish (Sweden)"""
    TA_IN = "ta-IN"
    """Tamil (India)"""
    TA_MY = "ta-MY"
    """Tamil (Malaysia)"""
    TA_SG = "ta-SG"
    """Tamil (Singapore)"""
    TA_LK = "ta-LK"
    """Tamil (Sri Lanka)"""
    TE_IN = "te-IN"
    """Telugu (India)"""
    TH_TH = "th-TH"
    """Thai (Thailand)"""
    TS_ZA = "ts-ZA"
    """Tsonga (South Africa)"""
    TR_TR = "tr-TR"
    """Turkish (Turkey)"""
    UK_UA = "uk-UA"
    """Ukrainian (Ukraine)"""
    UR_IN = "ur-IN"
    """Urdu (India)"""
    UR_PK = "ur-PK"
    """Urdu (Pakistan)"""
    UZ_UZ = "uz-UZ"
    """Uzbek (Uzbekistan)"""
    VE_ZA = "ve-ZA"
    """Venda (South Africa)"""
    VI_VN = "vi-VN"
    """Vietnamese (Vietnam)"""
    XH_ZA = "xh-ZA"
    """Xhosa (South Africa)"""
    ZU_ZA = "zu-ZA"
    """Zulu (South Africa)"""


class RawWatermarkParameterCoordinateOrigin(StrEnum):
    """Values of ``RawWatermarkParameter.CoordinateOrigin``."""

    TOP_LEFT = "TopLeft"
    """Top-left corner"""
    TOP_RIGHT = "TopRight"
    """Top-right corner"""
    BOTTOM_LEFT = "BottomLeft"
    """Bottom-left corner"""
    BOTTOM_RIGHT = "BottomRight"
    """Bottom-right corner"""


class RawWatermarkParameterType(StrEnum):
    """Values of ``RawWatermarkParameter.Type``."""

    IMAGE = "image"
    """Image watermark"""


class ReviewSuggestion(StrEnum):
    """Values of ``AiReviewPoliticalAsrTaskOutput.Suggestion``, ``AiReviewPoliticalOcrTaskOutput.Suggestion``, ``AiReviewPoliticalTaskOutput.Suggestion`` and 11 more fields."""

    PASS = "pass"
    """No violation found; content can be passed."""
    REVIEW = "review"
    """Suspected violation; manual review recommended."""
    BLOCK = "block"
    """Violation confirmed; content should be blocked."""


class RulesLinker(StrEnum):
    """Values of ``Rules.Linker``."""

    EMPTY = "&&"
    """Logical AND"""
    EMPTY_ = "||"
    """Logical OR"""


class S3InputInfoS3Region(StrEnum):
    """Values of ``S3InputInfo.S3Region``."""

    US_EAST_1 = "us-east-1"
    """US East (N. Virginia)"""
    EU_WEST_3 = "eu-west-3"
    """Europe (Paris)"""


class SegmentSpecificInfoSwitch(StrEnum):
    """Values of ``SegmentSpecificInfo.Switch``."""

    ON = "on"
    """Enabled"""
    OFF = "off"
    """Disabled"""


class SmartErasePrivacyConfigPrivacyModel(StrEnum):
    """Values of ``SmartErasePrivacyConfig.PrivacyModel``, ``UpdateSmartErasePrivacyConfig.PrivacyModel``."""

    BLUR = "blur"
    """Blur"""
    MOSAIC = "mosaic"
    """Mosaic"""


class SmartErasePrivacyConfigPrivacyTargets(StrEnum):
    """Values of ``SmartErasePrivacyConfig.PrivacyTargets``, ``UpdateSmartErasePrivacyConfig.PrivacyTargets``."""

    FACE = "face"
    """Faces"""
    PLATE = "plate"
    """Vehicle license plates"""


class SmartEraseSubtitleConfigSubtitleEraseMethod(StrEnum):
    """Values of ``SmartEraseSubtitleConfig.SubtitleEraseMethod``, ``SmartEraseWatermarkConfig.WatermarkEraseMethod``, ``UpdateSmartEraseSubtitleConfig.SubtitleEraseMethod`` and 1 more field."""

    AUTO = "auto"
    """Automatic erasing"""
    CUSTOM = "custom"
    """Erase specified regions"""


class SmartEraseSubtitleConfigSubtitleFormat(StrEnum):
    """Values of ``SmartEraseSubtitleConfig.SubtitleFormat``, ``UpdateSmartEraseSubtitleConfig.SubtitleFormat``."""

    SRT = "srt"
    """SRT format"""
    VTT = "vtt"
    """WebVTT format"""


class SmartEraseSubtitleConfigSubtitleLang(StrEnum):
    """Values of ``SmartEraseSubtitleConfig.SubtitleLang``, ``UpdateSmartEraseSubtitleConfig.SubtitleLang``."""

    ZH_EN = "zh_en"
    """Chinese and English"""
    MULTI = "multi"
    """Other languages"""


class SmartEraseSubtitleConfigSubtitleModel(StrEnum):
    """Values of ``SmartEraseSubtitleConfig.SubtitleModel``, ``UpdateSmartEraseSubtitleConfig.SubtitleModel``."""

    STANDARD = "standard"
    """Standard model"""
    AREA = "area"
    """Area model"""


class SmartEraseSubtitleConfigTransDstLang(StrEnum):
    """Values of ``SmartEraseSubtitleConfig.TransDstLang``, ``UpdateSmartEraseSubtitleConfig.TransDstLang``."""

    ZH = "zh"
    """Simplified Chinese"""
    EN = "en"
    """English"""
    JA = "ja"
    """Japanese"""
    KO = "ko"
    """Korean"""
    FR = "fr"
    """French"""
    ES = "es"
    """Spanish"""
    IT = "it"
    """Italian"""
    DE = "de"
    """German"""
    TR = "tr"
    """Turkish"""
    RU = "ru"
    """Russian"""
    PT = "pt"
    """Portuguese"""
    VI = "vi"
    """Vietnamese"""
    ID = "id"
    """Indonesian"""
    MS = "ms"
    """Malay"""
    TH = "th"
    """Thai"""
    AR = "ar"
    """Arabic"""
    HI = "hi"
    """Hindi"""


class SmartEraseWatermarkConfigWatermarkModel(StrEnum):
    """Values of ``SmartEraseWatermarkConfig.WatermarkModel``, ``UpdateSmartEraseWatermarkConfig.WatermarkModel``."""

    BASIC = "basic"
    """Basic model"""
    ADVANCED = "advanced"
    """Advanced model"""


class SmartSubtitleTaskBatchOutputStatus(StrEnum):
    """Values of ``SmartSubtitleTaskBatchOutput.Status``."""

    PROCESSING = "PROCESSING"
    """Running"""
    SUCCESS = "SUCCESS"
    """Finished successfully"""
    WAITING = "WAITING"
    """Queued, not yet started"""
    FAIL = "FAIL"
    """Failed"""


class SmartSubtitlesResultType(StrEnum):
    """Values of ``SmartSubtitlesResult.Type``."""

    ASR_FULL_TEXT_RECOGNITION = "AsrFullTextRecognition"
    """Full speech transcription"""
    TRANS_TEXT_RECOGNITION = "TransTextRecognition"
    """Speech translation"""
    PURE_SUBTITLE_TRANS = "PureSubtitleTrans"
    """Translation of a subtitle file only"""
    OCR_FULL_TEXT_RECOGNITION = "OcrFullTextRecognition"
    """Subtitle extraction from on-screen text"""


class SpekeDrmEncryptionMethod(StrEnum):
    """Values of ``SpekeDrm.EncryptionMethod``."""

    CBCS = "cbcs"
    """Supported by PlayReady, Widevine, FairPlay and their combinations"""
    CENC = "cenc"
    """Supported by PlayReady, Widevine and Widevine+PlayReady"""


class SpekeDrmEncryptionPreset(StrEnum):
    """Values of ``SpekeDrm.EncryptionPreset``."""

    PRESET0 = "preset0"
    """All substreams share one key"""
    PRESET1 = "preset1"
    """Each substream uses its own key"""


class SubtaskStatus(StrEnum):
    """Values of ``AIDubbingTaskResult.Status``, ``AiAnalysisTaskClassificationResult.Status``, ``AiAnalysisTaskCoverResult.Status`` and 49 more fields."""

    PROCESSING = "PROCESSING"
    """Being processed"""
    SUCCESS = "SUCCESS"
    """Completed successfully"""
    FAIL = "FAIL"
    """Failed"""


class SubtitleTemplateAlignment(StrEnum):
    """Values of ``SubtitleTemplate.Alignment``."""

    TOP = "top"
    """Top edge stays fixed at the position; the bottom moves with the number of lines"""
    BOTTOM = "bottom"
    """Bottom edge stays fixed at the position; the top moves with the number of lines"""


class SubtitleTemplateFontType(StrEnum):
    """Values of ``SubtitleTemplate.FontType``."""

    HEI_TTF = "hei.ttf"
    """Hei (default)"""
    SONG_TTF = "song.ttf"
    """Song"""
    KAI_TTF = "kai.ttf"
    """Kai (recommended for Kai style)"""
    SIMKAI_TTF = "simkai.ttf"
    """Kai"""
    MSYH_TTF = "msyh.ttf"
    """Microsoft YaHei"""
    MSYHBD_TTF = "msyhbd.ttf"
    """Microsoft YaHei Bold"""
    HKJGT_TTF = "hkjgt.ttf"
    """Huakang Jingang"""
    DHTTX_TTF = "dhttx.ttf"
    """Dian Hei Extra Thin"""
    XQGDZT_TTF = "xqgdzt.ttf"
    """Xique ancient dictionary style"""
    QPCYT_TTF = "qpcyt.ttf"
    """Qiaopin super round"""
    ARIAL_TTF = "arial.ttf"
    """Arial (English only)"""
    DINALTERNATE_TTF = "dinalternate.ttf"
    """DIN Alternate Bold"""
    HELVETICALT_TTF = "helveticalt.ttf"
    """Helvetica"""
    HELVETICAINS_TTF = "helveticains.ttf"
    """Helvetica Inserat"""
    TRAJANPRO_TTF = "trajanpro.ttf"
    """TrajanPro-Bold"""
    KOREAN_TTF = "korean.ttf"
    """Korean"""
    JAPANESE_TTF = "japanese.ttf"
    """Japanese"""
    THAI_TTF = "thai.ttf"
    """Thai"""
    ROBOTO_TTF = "roboto.ttf"
    """Roboto"""
    NOTOSANS_TTF = "notosans.ttf"
    """NotoSans"""
    NOTOSANSTHAI_TTF = "notosansthai.ttf"
    """NotoSansThai (Thai)"""
    SARABUN_TTF = "sarabun.ttf"
    """Sarabun (Thai)"""
    KANIT_TTF = "kanit.ttf"
    """Kanit (Thai)"""
    CHARMONMAN_TTF = "charmonman.ttf"
    """Charmonman (Thai)"""
    NOTONASKHARABIC_TTF = "notonaskharabic.ttf"
    """NotoNaskhArabic (Arabic)"""
    NOTOSANSDEVANAGARI_TTF = "notosansdevanagari.ttf"
    """NotoSansDevanagari (Indic)"""
    NOTOSANSTC_TTF = "notosanstc.ttf"
    """NotoSansTC (Cantonese / Traditional Chinese)"""
    NOTOSANSKR_TTF = "notosanskr.ttf"
    """NotoSansKR (Korean)"""
    GOTHICA1_TTF = "gothica1.ttf"
    """GothicA1 (Korean)"""
    NANUMMYEONGJO_TTF = "nanummyeongjo.ttf"
    """NanumMyeongjo (Korean)"""
    NOTOSANSJP_TTF = "notosansjp.ttf"
    """NotoSansJP (Japanese)"""
    NOTOSERIFJP_TTF = "notoserifjp.ttf"
    """NotoSerifJP (Japanese)"""
    SHIPPORIMINCHO_TTF = "shipporimincho.ttf"
    """ShipporiMincho (Japanese)"""


class SubtitleTransResultItemStatus(StrEnum):
    """Values of ``SubtitleTransResultItem.Status``."""

    SUCCESS = "Success"
    """Translation succeeded"""
    ERROR = "Error"
    """Translation failed"""


class SuperResolutionConfigType(StrEnum):
    """Values of ``SuperResolutionConfig.Type``."""

    LQ = "lq"
    """For low-definition videos with more noise"""
    HQ = "hq"
    """For high-definition videos"""


class Switch(StrEnum):
    """Values of ``AiRestorationConfig.Switch``, ``ArtifactRepairConfig.Switch``, ``AudioBeautifyConfig.Switch`` and 27 more fields."""

    ON = "ON"
    """Enabled"""
    OFF = "OFF"
    """Disabled"""


class TEHDConfigType(StrEnum):
    """Values of ``TEHDConfig.Type``, ``TEHDConfigForUpdate.Type``."""

    TEHD_100 = "TEHD-100"
    """Top Speed Codec 100, for video"""
    TEHD_200 = "TEHD-200"
    """Top Speed Codec 200, for audio"""


class TaskNotifyConfigCmqModel(StrEnum):
    """Values of ``TaskNotifyConfig.CmqModel``."""

    QUEUE = "Queue"
    """Queue model"""
    TOPIC = "Topic"
    """Topic model"""


class TaskNotifyConfigNotifyMode(StrEnum):
    """Values of ``TaskNotifyConfig.NotifyMode``."""

    FINISH = "Finish"
    """Notify once when the whole workflow finishes"""
    CHANGE = "Change"
    """Notify whenever the status of a subtask changes"""


class TaskNotifyConfigNotifyType(StrEnum):
    """Values of ``TaskNotifyConfig.NotifyType``."""

    CMQ = "CMQ"
    """Retired; migrate to TDMQ-CMQ"""
    TDMQ_CMQ = "TDMQ-CMQ"
    """Message queue (default)"""
    URL = "URL"
    """HTTP callback with a JSON body sent to NotifyUrl, same content as the event notification parsing API output"""
    SCF = "SCF"
    """Not recommended; requires extra SCF setup in the console"""
    AWS_SQS = "AWS-SQS"
    """AWS queue; only for AWS tasks in the same region"""


class TaskOutputStorageType(StrEnum):
    """Values of ``TaskOutputStorage.Type``."""

    COS = "COS"
    """Tencent Cloud COS"""
    AWS_S3 = "AWS-S3"
    """AWS S3; only for AWS tasks in the same region"""
    VOD = "VOD"
    """VOD Professional edition"""


class TaskSimpleInfoTaskType(StrEnum):
    """Values of ``TaskSimpleInfo.TaskType``."""

    WORKFLOW_TASK = "WorkflowTask"
    """Workflow processing task"""
    EDIT_MEDIA_TASK = "EditMediaTask"
    """Video editing task"""
    LIVE_PROCESS_TASK = "LiveProcessTask"
    """Live stream processing task"""


class TaskStatus(StrEnum):
    """Values of ``DescribeTaskDetailResponse.Status``, ``DescribeTasksRequest.Status``, ``ExtractBlindWatermarkTask.Status``."""

    WAITING = "WAITING"
    """Queued, not yet started"""
    PROCESSING = "PROCESSING"
    """Being processed"""
    FINISH = "FINISH"
    """Completed"""


class TaskType(StrEnum):
    """Values of ``DescribeTaskDetailResponse.TaskType``."""

    WORKFLOW_TASK = "WorkflowTask"
    """Video workflow processing task"""
    EDIT_MEDIA_TASK = "EditMediaTask"
    """Video editing task"""
    LIVE_STREAM_PROCESS_TASK = "LiveStreamProcessTask"
    """Live stream processing task"""
    SCHEDULE_TASK = "ScheduleTask"
    """Orchestration (schedule) processing task"""
    EVALUATION_TASK = "EvaluationTask"
    """Evaluation task"""


class VideoEnhanceConfigEnhanceSceneType(StrEnum):
    """Values of ``VideoEnhanceConfig.EnhanceSceneType``."""

    COMMON = "common"
    """General enhancement for all video types"""
    AIGC = "AIGC"
    """AI-based overall resolution boost"""
    SHORT_PLAY = "short_play"
    """Short dramas and AI actor dramas, sharpening faces and subtitles"""
    AI_COMIC = "ai_comic"
    """AI comic dramas, enhancing comic-style detail"""
    SHORT_VIDEO = "short_video"
    """Short videos with varied quality problems"""
    GAME = "game"
    """Game videos, fixing motion blur and boosting detail"""
    HD_MOVIE_SERIES = "HD_movie_series"
    """Ultra HD film and TV, producing 4K 60fps HDR for broadcast/OTT"""
    LQ_MATERIAL = "LQ_material"
    """Low-quality material and old film restoration"""
    LECTURE = "lecture"
    """Live shows, e-commerce, conferences and lectures, improving faces and removing noise"""


class VideoTemplateInfoCodec(StrEnum):
    """Values of ``VideoTemplateInfo.Codec``, ``VideoTemplateInfoForUpdate.Codec``."""

    H264 = "h264"
    """H.264"""
    H265 = "h265"
    """H.265"""
    H266 = "h266"
    """H.266"""
    AV1 = "av1"
    """AOMedia Video 1"""
    VP8 = "vp8"
    """VP8"""
    VP9 = "vp9"
    """VP9"""
    MPEG2 = "mpeg2"
    """MPEG-2"""
    DNXHD = "dnxhd"
    """DNxHD"""
    MV_HEVC = "mv-hevc"
    """MV-HEVC"""


class VideoTemplateInfoCompressType(StrEnum):
    """Values of ``VideoTemplateInfo.CompressType``, ``VideoTemplateInfoForUpdate.CompressType``."""

    ULTRA_COMPRESS = "ultra_compress"
    """Maximum compression while keeping acceptable quality"""
    STANDARD_COMPRESS = "standard_compress"
    """Balanced compression and quality"""
    HIGH_COMPRESS = "high_compress"
    """Prioritize smaller size, with possible quality loss"""
    LOW_COMPRESS = "low_compress"
    """Prioritize quality, with possibly larger files"""


class VideoTemplateInfoFillType(StrEnum):
    """Values of ``VideoTemplateInfo.FillType``, ``VideoTemplateInfoForUpdate.FillType``."""

    STRETCH = "stretch"
    """Stretch each frame to fill the picture, which may distort it"""
    BLACK = "black"
    """Keep aspect ratio and fill the borders with black"""
    WHITE = "white"
    """Keep aspect ratio and fill the borders with white"""
    GAUSS = "gauss"
    """Keep aspect ratio and fill the borders with a Gaussian blur"""
    SMARTTAILOR = "smarttailor"
    """Smart cropping that selects the picture area to match the ratio"""


class VideoTemplateInfoGopUnit(StrEnum):
    """Values of ``VideoTemplateInfo.GopUnit``, ``VideoTemplateInfoForUpdate.GopUnit``."""

    FRAME = "frame"
    """Frames"""
    SECOND = "second"
    """Seconds"""


class VideoTemplateInfoMode(StrEnum):
    """Values of ``VideoTemplateInfo.Mode``, ``VideoTemplateInfoForUpdate.Mode``."""

    VBR = "VBR"
    """Variable bitrate that adapts to picture complexity for higher quality"""
    ABR = "ABR"
    """Average bitrate kept stable with short-term fluctuation"""
    CBR = "CBR"
    """Constant bitrate regardless of complexity, e.g. for live streaming"""
    VCRF = "VCRF"
    """Constant quality factor, bitrate varies with content"""


class VideoTemplateInfoResolutionAdaptive(StrEnum):
    """Values of ``VideoTemplateInfo.ResolutionAdaptive``, ``VideoTemplateInfoForUpdate.ResolutionAdaptive``."""

    OPEN = "open"
    """Enabled; Width is the long side and Height the short side"""
    CLOSE = "close"
    """Disabled; Width is the width and Height the height"""


class VideoTemplateInfoSar(StrEnum):
    """Values of ``VideoTemplateInfo.Sar``, ``VideoTemplateInfoForUpdate.Sar``."""

    V_1_1 = "1:1"
    """1:1"""
    V_2_1 = "2:1"
    """2:1"""
    DEFAULT = "default"
    """Follow the source"""


class VideoTemplateInfoSceneType(StrEnum):
    """Values of ``VideoTemplateInfo.SceneType``, ``VideoTemplateInfoForUpdate.SceneType``."""

    NORMAL = "normal"
    """General transcoding and compression"""
    PGC = "pgc"
    """Professional film and TV content with ROI encoding"""
    MATERIALS_VIDEO = "materials_video"
    """High-quality source material, near visually lossless"""
    UGC = "ugc"
    """User-generated and short video content"""
    E_COMMERCE_VIDEO = "e-commerce_video"
    """Live shows and e-commerce, preserving detail and face quality"""
    EDUCATIONAL_VIDEO = "educational_video"
    """Education, keeping text and images sharp and readable"""


class VideoTemplateInfoStereo3dType(StrEnum):
    """Values of ``VideoTemplateInfo.Stereo3dType``, ``VideoTemplateInfoForUpdate.Stereo3dType``."""

    SIDE_BY_SIDE = "side_by_side"
    """Views arranged left and right"""
    TOP_BOTTOM = "top_bottom"
    """Views arranged top and bottom"""


class VideoTemplateInfoVideoProfile(StrEnum):
    """Values of ``VideoTemplateInfo.VideoProfile``, ``VideoTemplateInfoForUpdate.VideoProfile``."""

    BASELINE = "baseline"
    """I and P frames only, progressive; suits video calls and mobile video"""
    MAIN = "main"
    """I, P and B frames, progressive and interlaced; mainstream players and streaming"""
    HIGH = "high"
    """Adds 8x8 prediction and custom quantization; Blu-ray and HDTV"""
    DEFAULT = "default"
    """Follow the source video"""


class VolumeBalanceConfigType(StrEnum):
    """Values of ``VolumeBalanceConfig.Type``."""

    LOUD_NORM = "loudNorm"
    """Loudness normalization"""
    GAIN_CONTROL = "gainControl"
    """Reduce sudden volume changes"""


class WorkflowTaskStatus(StrEnum):
    """Values of ``EditMediaTask.Status``, ``LiveScheduleTask.Status``, ``LiveStreamProcessTask.Status`` and 2 more fields."""

    PROCESSING = "PROCESSING"
    """Being processed"""
    FINISH = "FINISH"
    """Completed"""
