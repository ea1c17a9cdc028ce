# generated from schema/mps.schema.json by codegen/templates/tencent_mps/enums.py.jinja2 (make generate); do not edit.
"""Documented values of string fields, as ``StrEnum`` s: one per distinct set of values.

Fields stay typed ``str``: the service may send a value that is not listed here, and it decodes
unchanged. Members compare equal to their strings (``task.status == TaskStatus.FINISH``).
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "AIAnalysisTemplateItemType",
    "ActivityActivityType",
    "ActivityResultActivityType",
    "AdaptiveDynamicStreamingInfoItemPackage",
    "AdaptiveDynamicStreamingTaskInputDefinitionType",
    "AdaptiveDynamicStreamingTemplateSegmentType",
    "AddOnSubtitleOutputFormat",
    "AddOnSubtitleType",
    "AdvancedSuperResolutionConfigMode",
    "AdvancedSuperResolutionConfigType",
    "AiAnalysisResultType",
    "AiContentReviewResultType",
    "AiCutoutConfigModel",
    "AiDecomposeConfigModel",
    "AiDramaInputRatio",
    "AiDramaInputResolution",
    "AiDramaInputStyle",
    "AiPosterSuiteConfigLanguage",
    "AiPosterSuiteConfigMode",
    "AiPosterSuiteConfigModel",
    "AiPosterSuiteConfigPanelRatio",
    "AiPosterSuiteConfigPanelResolution",
    "AiRecognitionResultType",
    "AiRecognitionTaskFaceResultItemGender",
    "AiRecognitionTaskFaceResultItemPersonType",
    "AiRecognitionTaskFaceResultItemRemark",
    "AiRecognitionTaskFaceResultItemType",
    "AiReviewPoliticalTaskOutputLabel",
    "AiReviewPornTaskOutputLabel",
    "AiReviewTerrorismTaskOutputLabel",
    "AiTryOnConfigModel",
    "AiTryOnConfigResolution",
    "AigcImageExtraParamOutputFormat",
    "AigcTaskListItemTaskStatus",
    "AigcTaskListItemTaskType",
    "AigcTaskStatus",
    "AigcVideoExtraParamResolution",
    "ArtifactRepairConfigType",
    "AsrFullTextConfigureInfoSubtitleFormat",
    "AudioBeautifyConfigTypes",
    "AudioEnhanceEditConfigType",
    "AudioSeparateConfigTrack",
    "AudioSeparateConfigType",
    "AudioTemplateInfoCodec",
    "AudioTemplateInfoForUpdateCodec",
    "AudioTrackChannelInfoSelectType",
    "BatchProcessMediaRequestTaskMode",
    "BeautyConfigType",
    "BeautyEffectItemConfigType",
    "BeautyFilterItemConfigType",
    "BlindWatermarkTemplateType",
    "CloneViralAIGCAspectRatio",
    "CloneViralOutputOptionType",
    "ComposeAudioOperationType",
    "ComposeAudioStreamCodec",
    "ComposeImageOperationFlipType",
    "ComposeImageOperationType",
    "ComposeMediaItemType",
    "ComposeMediaTrackType",
    "ComposeStylesType",
    "ComposeSubtitleStyleFontAlign",
    "ComposeSubtitleStyleFontType",
    "ComposeTargetInfoContainer",
    "ComposeTransitionOperationType",
    "ComposeVideoStreamCodec",
    "ContainerDiagnoseResultItemCategory",
    "ContainerDiagnoseResultItemSeverityLevel",
    "ContainerDiagnoseResultItemType",
    "CreateAdaptiveDynamicStreamingTemplateRequestSegmentType",
    "CreateAgentRecordTaskRequestInterruptPolicy",
    "CreateAigcImageTaskRequestSceneType",
    "CreateAigcVideoTaskRequestModelName",
    "CreateAnimatedGraphicsTemplateRequestFormat",
    "CreateBlindWatermarkTemplateRequestStrength",
    "CreateImageConfigAspectRatio",
    "CreateImageConfigModel",
    "CreateImageSpriteTemplateRequestFillType",
    "CreateImageSpriteTemplateRequestFormat",
    "CreateQualityControlTemplateRequestRecordFormat",
    "CreateSampleSnapshotTemplateRequestFillType",
    "CreateSmartSubtitleTemplateRequestTranslateDstLanguage",
    "CreateSmartSubtitleTemplateRequestVideoSrcLanguage",
    "CreateStreamPackageLinearAssemblyChannelRequestPlaybackMode",
    "CreateStreamPackageLinearAssemblyChannelRequestTier",
    "CreateStreamPackageLinearAssemblyProgramRequestSourceType",
    "CreateStreamPackageLinearAssemblyProgramRequestVodAcquisitionMethod",
    "CreateTranscodeTemplateRequestContainer",
    "CreateWatermarkTemplateRequestType",
    "CustomModelAge",
    "CustomModelAppearance",
    "CustomModelBodyType",
    "CustomModelGender",
    "DescribeAgentRecordTaskResponseLiveStatus",
    "DescribeAgentRecordTaskResponseStatus",
    "DescribeAsrHotwordsListRequestOrderBy",
    "DescribeAsrHotwordsRequestOrderBy",
    "DescribeBatchTaskDetailResponseTaskType",
    "DescribeDesignTaskResponseStatus",
    "DescribeFlowState",
    "DescribeImageTaskDetailResponseTaskType",
    "DescribeMDPMPSUserInfoResponseStatus",
    "DescribeMediaMetaDataRequestMode",
    "DescribeOutputState",
    "DescribeProcessImageTemplatesRequestOrderBy",
    "DescribeSchedulesRequestTriggerType",
    "DescribeTranscodeTemplatesRequestCompressType",
    "DescribeTranscodeTemplatesRequestContainerType",
    "DescribeTranscodeTemplatesRequestEnhanceSceneType",
    "DescribeTranscodeTemplatesRequestEnhanceTranscodeType",
    "DescribeTranscodeTemplatesRequestEnhanceType",
    "DescribeTranscodeTemplatesRequestSceneType",
    "DescribeTranscodeTemplatesRequestTEHDType",
    "DescribeTranscodeTemplatesRequestTranscodeType",
    "DescribeUsageDataRequestProcessRegions",
    "DescribeUsageDataRequestTypes",
    "DescribeVoicesRequestAge",
    "DescribeVoicesRequestGender",
    "DescribeVoicesRequestVoiceType",
    "DescribeWatermarkTemplatesRequestType",
    "DetectVideoSubtitleAreaRequestVideoLanguage",
    "DocToVideoInputLanguage",
    "DocToVideoInputMode",
    "DocToVideoInputModelName",
    "DocToVideoInputModelVersion",
    "DocToVideoInputRatio",
    "DocToVideoRegenerateInputScope",
    "DocToVideoWatermarkInfoPosition",
    "DrmInfoType",
    "DubbingOutputConfigOutputMode",
    "DubbingSubtitleConfigSubtitleSource",
    "EditMediaOutputConfigContainer",
    "EditMediaOutputConfigType",
    "EmbeddingDataRequestModel",
    "EmbeddingDataType",
    "EnabledStatus",
    "EnhancementStrength",
    "ExtractBlindWatermarkRequestType",
    "ExtractBlindWatermarkTaskType",
    "FaceConfigureInfoDefaultLibraryLabelSet",
    "FaceConfigureInfoFaceLibrary",
    "File3DType",
    "FissionTaskInfoLanguage",
    "FissionTaskInfoMarket",
    "FissionTaskInfoModelTier",
    "FissionTaskInfoResolution",
    "FissionTaskInfoVideoType",
    "FlowInOutRespInOutType",
    "HdrConfigType",
    "ImageAreaBoxInfoType",
    "ImageEraseLogoConfigDetectTypes",
    "ImageEraseLogoConfigEraseStrength",
    "ImageEraseLogoConfigWatermarkType",
    "ImageProcessOutputConfigAspectRatio",
    "ImageProcessOutputConfigFormat",
    "ImageQualityConfigAttributes",
    "ImageResizeConfigMode",
    "LLMDetectionResultItemCategory",
    "LLMDetectionResultItemGroup",
    "LLMDetectionResultItemType",
    "LiveActivityResultActivityType",
    "LiveStreamAiAnalysisResultItemType",
    "LiveStreamAiRecognitionResultItemType",
    "LiveStreamAiReviewImageTerrorismResultLabel",
    "LiveStreamAiReviewResultItemType",
    "LiveStreamAiReviewVoicePornResultLabel",
    "LiveStreamTaskNotifyConfigNotifyType",
    "LowLightEnhanceConfigType",
    "ManageTaskRequestOperationType",
    "MediaContentReviewPoliticalSegmentItemLabel",
    "MediaInputInfoType",
    "MediaProcessTaskType",
    "MediaSampleSnapshotItemSampleType",
    "MediaTranscodeItemCallBackExtInfo",
    "ModifyDocToVideoTaskStatusInputAction",
    "ModifyDocToVideoTaskStatusInputStage",
    "ModifyTranscodeTemplateRequestContainer",
    "MosaicInputCoordinateOrigin",
    "OverrideEraseParameterEraseType",
    "OverrideTranscodeParameterContainer",
    "ParseLiveStreamProcessNotificationResponseNotificationType",
    "ParseNotificationResponseEventType",
    "PlaybackInfoReqTransitionType",
    "PoliticalImgReviewTemplateInfoLabelSet",
    "ProcessLiveStreamRequestUrl",
    "ProcessMediaRequestTaskType",
    "QualityControlItemConfigSampling",
    "QualityControlItemConfigType",
    "QualityControlResultType",
    "QualityControlStrategyStrategyType",
    "QueryHunyuan3DTaskResponseGenerateType",
    "QueryHunyuan3DTaskResponseTaskType",
    "QueryTaskFilterExecuteMode",
    "QueryTaskFilterTaskType",
    "RawImageWatermarkInputRepeatType",
    "RawSmartSubtitleParameterSubtitleFormat",
    "RawSmartSubtitleParameterTranslateDstLanguage",
    "RawSmartSubtitleParameterVideoSrcLanguage",
    "RawWatermarkParameterCoordinateOrigin",
    "RawWatermarkParameterType",
    "RecipeItemTheme",
    "RecognizeAudioRequestAudioFormat",
    "RecognizeAudioRequestSource",
    "ReviewSuggestion",
    "RulesLinker",
    "S3InputInfoS3Region",
    "SRTFECFullOptionsARQ",
    "SRTFECFullOptionsLayout",
    "SearchValueInputSearchValueType",
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
    "SmartSubtitleTemplateItemTranslateDstLanguage",
    "SmartSubtitleTemplateItemVideoSrcLanguage",
    "SmartSubtitlesResultType",
    "SourcePackageConfType",
    "SpekeDrmEncryptionMethod",
    "SpekeDrmEncryptionPreset",
    "SubtaskStatus",
    "SubtitleTemplateAlignment",
    "SubtitleTemplateFontType",
    "SubtitleTransResultItemStatus",
    "SuperResolutionConfigType",
    "Switch",
    "SyncDubbingOutputOptionType",
    "TEHDConfigType",
    "TaskNotifyConfigCmqModel",
    "TaskNotifyConfigNotifyMode",
    "TaskNotifyConfigNotifyType",
    "TaskOutputStorageType",
    "TaskSimpleInfoTaskType",
    "TaskStatDataTaskType",
    "TaskStatus",
    "TaskType",
    "TextWatermarkTemplateInputFontType",
    "TranscodeTemplateContainer",
    "UnattachSecurityGroupInOutInfoInOutType",
    "UnderstandImageConfigModel",
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
    "ViewImageViewType",
    "VoiceInfoCategory",
    "VoiceInfoGender",
    "VolumeBalanceConfigType",
    "WorkflowTaskStatus",
]


class AIAnalysisTemplateItemType(StrEnum):
    """Values of ``AIAnalysisTemplateItem.Type``, ``AIRecognitionTemplateItem.Type``, ``AdaptiveDynamicStreamingTemplate.Type`` and 26 more fields."""

    PRESET = "Preset"
    """System preset template"""
    CUSTOM = "Custom"
    """User-defined template"""


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
    """Values of ``AdaptiveDynamicStreamingInfoItem.Package``, ``AdaptiveDynamicStreamingTemplate.Format``, ``CreateAdaptiveDynamicStreamingTemplateRequest.Format`` and 1 more field."""

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


class AdaptiveDynamicStreamingTemplateSegmentType(StrEnum):
    """Values of ``AdaptiveDynamicStreamingTemplate.SegmentType``."""

    TS_SEGMENT = "ts-segment"
    """Hls with ts segments"""
    TS_BYTERANGE = "ts-byterange"
    """Hls with ts byte ranges"""
    MP4_SEGMENT = "mp4-segment"
    """Hls with mp4 segments"""
    MP4_BYTERANGE = "mp4-byterange"
    """Hls with mp4 byte ranges"""
    TS_PACKED_AUDIO = "ts-packed-audio"
    """Ts with packed audio"""
    MP4_PACKED_AUDIO = "mp4-packed-audio"
    """Mp4 with packed audio"""


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


class AdvancedSuperResolutionConfigMode(StrEnum):
    """Values of ``AdvancedSuperResolutionConfig.Mode``."""

    ASPECT = "aspect"
    """Upscale to the larger rectangle fitting the given width and height"""
    FIXED = "fixed"
    """Upscale to exactly the given width and height, forcing the scale"""
    PERCENT = "percent"
    """Upscale by a factor, which may be a decimal"""


class AdvancedSuperResolutionConfigType(StrEnum):
    """Values of ``AdvancedSuperResolutionConfig.Type``."""

    STANDARD = "standard"
    """General-purpose super-resolution"""
    SUPER = "super"
    """Advanced super-resolution, super edition"""
    ULTRA = "ultra"
    """Advanced super-resolution, ultra edition"""


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


class AiCutoutConfigModel(StrEnum):
    """Values of ``AiCutoutConfig.Model``."""

    CUTOUT_1_0_LITE = "cutout-1.0-lite"
    """Basic edition, fastest"""
    CUTOUT_1_0_FLASH = "cutout-1.0-flash"
    """Standard edition, balances quality and speed"""


class AiDecomposeConfigModel(StrEnum):
    """Values of ``AiDecomposeConfig.Model``."""

    DECOMPOSE_1_0_FLASH = "decompose-1.0-flash"
    """Version 1.0 flash model"""


class AiDramaInputRatio(StrEnum):
    """Values of ``AiDramaInput.Ratio``."""

    V_16_9 = "16:9"
    """Landscape 16:9"""
    V_9_16 = "9:16"
    """Portrait 9:16"""


class AiDramaInputResolution(StrEnum):
    """Values of ``AiDramaInput.Resolution``."""

    V_720P = "720p"
    """720p output"""
    V_1080P = "1080p"
    """1080p output"""


class AiDramaInputStyle(StrEnum):
    """Values of ``AiDramaInput.Style``."""

    CHINESE_INK_WASH = "chinese_ink_wash"
    """Traditional chinese ink-wash style"""
    FANTASY_CYBERPUNK = "fantasy_cyberpunk"
    """Fantasy cyberpunk style"""
    JAPANESE_ANIME_2D = "japanese_anime_2d"
    """Japanese 2d anime style"""
    REALISTIC_LIVE_ACTION = "realistic_live_action"
    """Realistic live-action style"""


class AiPosterSuiteConfigLanguage(StrEnum):
    """Values of ``AiPosterSuiteConfig.Language``."""

    ZH_CN = "zh-CN"
    """Simplified Chinese"""
    EN_US = "en-US"
    """US English"""


class AiPosterSuiteConfigMode(StrEnum):
    """Values of ``AiPosterSuiteConfig.Mode``."""

    AUTO = "auto"
    """Fully automatic; CustomVariables may be passed"""
    MODIFY = "modify"
    """Modification mode; describe the change in AddOnParameter.ExtPrompt, CustomVariables not allowed"""


class AiPosterSuiteConfigModel(StrEnum):
    """Values of ``AiPosterSuiteConfig.Model``."""

    SUITE_1_0_FLASH = "suite-1.0-flash"
    """Suite model version 1.0 flash"""


class AiPosterSuiteConfigPanelRatio(StrEnum):
    """Values of ``AiPosterSuiteConfig.PanelRatio``, ``FissionTaskInfo.Ratio``."""

    V_1_1 = "1:1"
    """Square"""
    V_3_4 = "3:4"
    """Portrait 3:4"""
    V_4_3 = "4:3"
    """Landscape 4:3"""
    V_9_16 = "9:16"
    """Portrait 9:16"""
    V_16_9 = "16:9"
    """Landscape 16:9"""


class AiPosterSuiteConfigPanelResolution(StrEnum):
    """Values of ``AiPosterSuiteConfig.PanelResolution``."""

    V_720 = "720"
    """720 resolution"""
    V_1_K = "1K"
    """1K resolution"""
    V_2_K = "2K"
    """2K resolution"""
    V_4_K = "4K"
    """4K resolution"""


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
    """Values of ``AiRecognitionTaskFaceResultItem.Type``, ``DescribePersonSamplesRequest.Type``, ``LiveStreamFaceRecognitionResult.Type``."""

    DEFAULT = "Default"
    """Built-in default person library"""
    USER_DEFINE = "UserDefine"
    """User-defined custom person library"""


class AiReviewPoliticalTaskOutputLabel(StrEnum):
    """Values of ``AiReviewPoliticalTaskOutput.Label``, ``LiveStreamAiReviewImagePoliticalResult.Label``."""

    VIOLATION_PHOTO = "violation_photo"
    """Violating icon or image"""
    POLITICIAN = "politician"
    """Sensitive person"""


class AiReviewPornTaskOutputLabel(StrEnum):
    """Values of ``AiReviewPornTaskOutput.Label``, ``LiveStreamAiReviewImagePornResult.Label``, ``PornImgReviewTemplateInfo.LabelSet`` and 1 more field."""

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


class AiTryOnConfigModel(StrEnum):
    """Values of ``AiTryOnConfig.Model``."""

    TRYON_1_0_LITE = "tryon-1.0-lite"
    """Try-on model 1.0, lite edition"""
    TRYON_1_0_FLASH = "tryon-1.0-flash"
    """Try-on model 1.0, flash edition"""
    TRYON_1_0_PRO = "tryon-1.0-pro"
    """Try-on model 1.0, pro edition"""


class AiTryOnConfigResolution(StrEnum):
    """Values of ``AiTryOnConfig.Resolution``, ``CreateImageConfig.Resolution``, ``ImageProcessOutputConfig.ImageSize``."""

    V_1_K = "1K"
    """1K output"""
    V_2_K = "2K"
    """2K output"""
    V_4_K = "4K"
    """4K output"""


class AigcImageExtraParamOutputFormat(StrEnum):
    """Values of ``AigcImageExtraParam.OutputFormat``."""

    JPEG = "jpeg"
    """Jpeg image"""
    PNG = "png"
    """Png image"""


class AigcTaskListItemTaskStatus(StrEnum):
    """Values of ``AigcTaskListItem.TaskStatus``, ``DescribeAigcTaskStatusResponse.TaskStatus``."""

    PENDING = "PENDING"
    """Waiting to be scheduled"""
    RUNNING = "RUNNING"
    """Running"""
    FINISHED = "FINISHED"
    """Completed successfully"""
    STOP = "STOP"
    """Stopped"""
    FAILED = "FAILED"
    """Failed"""
    TIMEOUT = "TIMEOUT"
    """Timed out"""


class AigcTaskListItemTaskType(StrEnum):
    """Values of ``AigcTaskListItem.TaskType``."""

    VIDEO_REDRAW = "VideoRedraw"
    """Video redraw (restyling) task"""
    AI_DRAMA = "AIDrama"
    """Ai comic drama task"""


class AigcTaskStatus(StrEnum):
    """Values of ``DescribeAigcAudioTaskResponse.Status``, ``DescribeAigcImageTaskResponse.Status``, ``DescribeAigcVideoTaskResponse.Status`` and 2 more fields."""

    WAIT = "WAIT"
    """Queued, not started yet"""
    RUN = "RUN"
    """Running"""
    FAIL = "FAIL"
    """Failed; Message says why"""
    DONE = "DONE"
    """Finished; AudioInfos is filled"""


class AigcVideoExtraParamResolution(StrEnum):
    """Values of ``AigcVideoExtraParam.Resolution``, ``AigcVideoExtraParam.AspectRatio``."""

    V_540_P = "540P"
    """Vidu and PixVerse"""
    V_720_P = "720P"
    """Kling, Vidu and PixVerse (their default), H2"""
    V_768_P = "768P"
    """Hailuo (its default)"""
    V_1080_P = "1080P"
    """Kling, Hailuo, Vidu, PixVerse, H2 (its default)"""
    V_2_K = "2K"
    """Generated beyond the models' own resolutions"""
    V_4_K = "4K"
    """Kling 3.0 and 3.0-Omni, or generated beyond the models' own resolutions"""
    KLING = "Kling"
    """Kling model: 16:9 (default), 9:16 or 1:1"""
    HAILUO = "Hailuo"
    """Hailuo model: not supported"""
    VIDU = "Vidu"
    """Vidu model: 16:9, 9:16, 4:3, 3:4 or 1:1"""
    PIX_VERSE = "PixVerse"
    """Pixverse model: up to eight ratios"""
    H2 = "H2"
    """H2 model: nine ratios from 16:9 to 9:21"""


class ArtifactRepairConfigType(StrEnum):
    """Values of ``ArtifactRepairConfig.Type``, ``ImageDenoiseConfig.Type``, ``VideoDenoiseConfig.Type``."""

    WEAK = "weak"
    """Weak"""
    STRONG = "strong"
    """Strong"""


class AsrFullTextConfigureInfoSubtitleFormat(StrEnum):
    """Values of ``AsrFullTextConfigureInfo.SubtitleFormat``, ``AsrFullTextConfigureInfoForUpdate.SubtitleFormat``, ``TranslateConfigureInfo.SubtitleFormat`` and 1 more field."""

    VTT = "vtt"
    """Generate a WebVTT subtitle file"""


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


class BatchProcessMediaRequestTaskMode(StrEnum):
    """Values of ``BatchProcessMediaRequest.TaskMode``."""

    PARALLEL = "Parallel"
    """Run tasks concurrently (default)"""
    SERIAL = "Serial"
    """Run tasks one after another"""


class BeautyConfigType(StrEnum):
    """Values of ``BeautyConfig.Type``."""

    AUTO = "auto"
    """Smart automatic beautification"""


class BeautyEffectItemConfigType(StrEnum):
    """Values of ``BeautyEffectItemConfig.Type``."""

    WHITEN = "Whiten"
    """Skin whitening"""
    BLACK_ALPHA1 = "BlackAlpha1"
    """Skin tanning"""
    BLACK_ALPHA2 = "BlackAlpha2"
    """Stronger skin tanning"""
    FOUNDATION_ALPHA2 = "FoundationAlpha2"
    """Whitening with a pinkish tone"""
    CLEAR = "Clear"
    """Clarity"""
    SHARPEN = "Sharpen"
    """Sharpening"""
    SMOOTH = "Smooth"
    """Skin smoothing"""
    BEAUTY_THIN_FACE = "BeautyThinFace"
    """Face slimming"""
    NATURE_FACE = "NatureFace"
    """Natural face shape"""
    V_FACE = "VFace"
    """V-shaped face"""
    ENLARGE_EYE = "EnlargeEye"
    """Eye enlarging"""
    EYE_LIGHTEN = "EyeLighten"
    """Eye brightening"""
    REMOVE_EYE_BAGS = "RemoveEyeBags"
    """Eye bag removal"""
    THIN_NOSE = "ThinNose"
    """Nose slimming"""
    REMOVE_LAW_LINE = "RemoveLawLine"
    """Nasolabial fold removal"""
    CHEEKBONE_THIN = "CheekboneThin"
    """Cheekbone slimming"""
    FACE_FEATURE_LIPS_LUT = "FaceFeatureLipsLut"
    """Lipstick"""
    TOOTH_WHITEN = "ToothWhiten"
    """Teeth whitening"""
    FACE_FEATURE_SOFTLIGHT = "FaceFeatureSoftlight"
    """Soft light"""
    MAKEUP = "Makeup"
    """Makeup"""


class BeautyFilterItemConfigType(StrEnum):
    """Values of ``BeautyFilterItemConfig.Type``."""

    DONGJING = "Dongjing"
    """Tokyo filter"""
    QINGJIAOPIAN = "Qingjiaopian"
    """Light film filter"""
    MEIWEI = "Meiwei"
    """Delicious (food-tone) filter"""


class BlindWatermarkTemplateType(StrEnum):
    """Values of ``BlindWatermarkTemplate.Type``, ``CreateBlindWatermarkTemplateRequest.Type``, ``DescribeBlindWatermarkTemplatesRequest.Type``."""

    BLIND_BASIC = "blind-basic"
    """Basic copyright digital watermark"""
    BLIND_NAGRA = "blind-nagra"
    """NAGRA forensic watermark"""


class CloneViralAIGCAspectRatio(StrEnum):
    """Values of ``CloneViralAIGC.AspectRatio``."""

    V_16_9 = "16:9"
    """Landscape 16:9"""
    V_4_3 = "4:3"
    """Landscape 4:3"""
    V_1_1 = "1:1"
    """Square"""
    V_3_4 = "3:4"
    """Portrait 3:4"""
    V_9_16 = "9:16"
    """Portrait 9:16"""
    V_21_9 = "21:9"
    """Ultra-wide 21:9"""
    ADAPTIVE = "adaptive"
    """Chosen automatically"""


class CloneViralOutputOptionType(StrEnum):
    """Values of ``CloneViralOutputOption.Type``."""

    URL = "url"
    """Temporary link valid for 24 hours"""
    COS = "cos"
    """Write to a given cos bucket and path"""


class ComposeAudioOperationType(StrEnum):
    """Values of ``ComposeAudioOperation.Type``."""

    VOLUME = "Volume"
    """Adjust the volume"""


class ComposeAudioStreamCodec(StrEnum):
    """Values of ``ComposeAudioStream.Codec``."""

    AAC = "AAC"
    """Aac encoding, for mp4 output (default)"""
    MP3 = "MP3"
    """Mp3 encoding, for mp3 output"""


class ComposeImageOperationFlipType(StrEnum):
    """Values of ``ComposeImageOperation.FlipType``."""

    HORIZENTAL = "Horizental"
    """Horizontal flip, left-right mirror"""
    VERTICAL = "Vertical"
    """Vertical flip, top-bottom mirror"""


class ComposeImageOperationType(StrEnum):
    """Values of ``ComposeImageOperation.Type``."""

    ROTATE = "Rotate"
    """Rotate the image"""
    FLIP = "Flip"
    """Flip the image"""


class ComposeMediaItemType(StrEnum):
    """Values of ``ComposeMediaItem.Type``."""

    VIDEO = "Video"
    """Video element"""
    AUDIO = "Audio"
    """Audio element"""
    IMAGE = "Image"
    """Image element"""
    TRANSITION = "Transition"
    """Transition element"""
    SUBTITLE = "Subtitle"
    """Subtitle element"""
    EMPTY = "Empty"
    """Blank element that only takes up time"""


class ComposeMediaTrackType(StrEnum):
    """Values of ``ComposeMediaTrack.Type``."""

    VIDEO = "Video"
    """Video track"""
    IMAGE = "Image"
    """Image element, allowed on video tracks"""
    TRANSITION = "Transition"
    """Transition element, allowed on video and audio tracks"""
    EMPTY = "Empty"
    """Blank element, allowed on video and audio tracks"""
    AUDIO = "Audio"
    """Audio track"""
    TITLE = "Title"
    """Text track holding subtitle elements"""
    SUBTITLE = "Subtitle"
    """Subtitle element, allowed on text tracks"""


class ComposeStylesType(StrEnum):
    """Values of ``ComposeStyles.Type``."""

    SUBTITLE = "Subtitle"
    """Subtitle style"""


class ComposeSubtitleStyleFontAlign(StrEnum):
    """Values of ``ComposeSubtitleStyle.FontAlign``."""

    CENTER = "Center"
    """Centered (default)"""
    LEFT = "Left"
    """Left-aligned"""
    RIGHT = "Right"
    """Right-aligned"""


class ComposeSubtitleStyleFontType(StrEnum):
    """Values of ``ComposeSubtitleStyle.FontType``."""

    SIM_HEI = "SimHei"
    """Simhei sans-serif font (default)"""
    SIM_SUN = "SimSun"
    """Simsun serif font"""


class ComposeTargetInfoContainer(StrEnum):
    """Values of ``ComposeTargetInfo.Container``."""

    MP4 = "mp4"
    """Video file (default)"""
    MP3 = "mp3"
    """Audio-only file"""


class ComposeTransitionOperationType(StrEnum):
    """Values of ``ComposeTransitionOperation.Type``."""

    IMAGE_FADE_IN_FADE_OUT = "ImageFadeInFadeOut"
    """Image fade in and out"""
    BOW_TIE_HORIZONTAL = "BowTieHorizontal"
    """Horizontal bow tie"""
    BOW_TIE_VERTICAL = "BowTieVertical"
    """Vertical bow tie"""
    BUTTERFLY_WAVE_SCRAWLER = "ButterflyWaveScrawler"
    """Shaking"""
    CANNABISLEAF = "Cannabisleaf"
    """Maple leaf"""
    CIRCLE = "Circle"
    """Arc shrink and expand"""
    CIRCLE_CROP = "CircleCrop"
    """Closing ring"""
    CIRCLEOPEN = "Circleopen"
    """Closing ellipse"""
    CROSSWARP = "Crosswarp"
    """Horizontal warp"""
    CUBE = "Cube"
    """Cube"""
    DOOM_SCREEN_TRANSITION = "DoomScreenTransition"
    """Curtain"""
    DOORWAY = "Doorway"
    """Doorway"""
    DREAMY = "Dreamy"
    """Wave"""
    DREAMY_ZOOM = "DreamyZoom"
    """Horizontal gather"""
    FILM_BURN = "FilmBurn"
    """Burning clouds"""
    GLITCH_MEMORIES = "GlitchMemories"
    """Glitch jitter"""
    HEART = "Heart"
    """Heart shape"""
    INVERTED_PAGE_CURL = "InvertedPageCurl"
    """Page turn"""
    LUMA = "Luma"
    """Erosion"""
    MOSAIC = "Mosaic"
    """Nine-grid"""
    PINWHEEL = "Pinwheel"
    """Pinwheel"""
    POLAR_FUNCTION = "PolarFunction"
    """Ellipse spread"""
    POLKA_DOTS_CURTAIN = "PolkaDotsCurtain"
    """Arc spread"""
    RADIAL = "Radial"
    """Radar sweep"""
    ROTATE_SCALE_FADE = "RotateScaleFade"
    """Vertical shrink and expand"""
    SQUEEZE = "Squeeze"
    """Vertical gather"""
    SWAP = "Swap"
    """Zoom switch"""
    SWIRL = "Swirl"
    """Spiral"""
    UNDULATING_BURN_OUT_SWIRL = "UndulatingBurnOutSwirl"
    """Spreading water flow"""
    WINDOWBLINDS = "Windowblinds"
    """Window blinds"""
    WIPE_DOWN = "WipeDown"
    """Wipe downward"""
    WIPE_LEFT = "WipeLeft"
    """Wipe to the left"""
    WIPE_RIGHT = "WipeRight"
    """Wipe to the right"""
    WIPE_UP = "WipeUp"
    """Wipe upward"""
    ZOOM_IN_CIRCLES = "ZoomInCircles"
    """Water ripples"""
    AUDIO_FADE_IN_FADE_OUT = "AudioFadeInFadeOut"
    """Audio fade in and out"""


class ComposeVideoStreamCodec(StrEnum):
    """Values of ``ComposeVideoStream.Codec``."""

    H_264 = "H.264"
    """H.264 encoding (default)"""


class ContainerDiagnoseResultItemCategory(StrEnum):
    """Values of ``ContainerDiagnoseResultItem.Category``, ``DiagnoseResult.Category``."""

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
    """Values of ``ContainerDiagnoseResultItem.SeverityLevel``, ``DiagnoseResult.SeverityLevel``."""

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
    """Values of ``ContainerDiagnoseResultItem.Type``, ``DiagnoseResult.Type``."""

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


class CreateAdaptiveDynamicStreamingTemplateRequestSegmentType(StrEnum):
    """Values of ``CreateAdaptiveDynamicStreamingTemplateRequest.SegmentType``, ``ModifyAdaptiveDynamicStreamingTemplateRequest.SegmentType``."""

    TS_SEGMENT = "ts-segment"
    """Hls with ts segments"""
    TS_BYTERANGE = "ts-byterange"
    """Hls with ts byte ranges"""
    MP4_SEGMENT = "mp4-segment"
    """Hls with mp4 segments"""
    MP4_BYTERANGE = "mp4-byterange"
    """Hls or dash with mp4 byte ranges"""
    TS_PACKED_AUDIO = "ts-packed-audio"
    """Hls with ts and packed audio segments"""
    MP4_PACKED_AUDIO = "mp4-packed-audio"
    """Hls with mp4 and packed audio segments"""
    TS_TS_SEGMENT = "ts-ts-segment"
    """Hls with ts+ts segments"""
    TS_TS_BYTERANGE = "ts-ts-byterange"
    """Hls with ts+ts byte ranges"""
    MP4_MP4_SEGMENT = "mp4-mp4-segment"
    """Hls with mp4+mp4 segments"""
    MP4_MP4_BYTERANGE = "mp4-mp4-byterange"
    """Hls or dash with mp4+mp4 byte ranges"""
    TS_PACKED_AUDIO_BYTERANGE = "ts-packed-audio-byterange"
    """Hls with ts and packed audio byte ranges"""
    MP4_PACKED_AUDIO_BYTERANGE = "mp4-packed-audio-byterange"
    """Hls with mp4 and packed audio byte ranges"""


class CreateAgentRecordTaskRequestInterruptPolicy(StrEnum):
    """Values of ``CreateAgentRecordTaskRequest.InterruptPolicy``."""

    STOP_ON_INTERRUPT = "STOP_ON_INTERRUPT"
    """Stop recording as soon as the stream breaks (default)"""
    CONTINUE_UNTIL_END = "CONTINUE_UNTIL_END"
    """Ignore interruptions and keep recording until the task end time"""


class CreateAigcImageTaskRequestSceneType(StrEnum):
    """Values of ``CreateAigcImageTaskRequest.SceneType``."""

    V_3D_PANORAMA = "3d_panorama"
    """Panorama image, hunyuan only"""


class CreateAigcVideoTaskRequestModelName(StrEnum):
    """Values of ``CreateAigcVideoTaskRequest.ModelName``."""

    HUNYUAN = "Hunyuan"
    """Tencent hunyuan model"""
    WAND_VEGA_VIDEO = "wand-vega-video"
    """Wand-vega-video model"""
    HAILUO = "Hailuo"
    """Hailuo model"""
    KLING = "Kling"
    """Kling model"""
    VIDU = "Vidu"
    """Vidu model"""
    PIX_VERSE = "PixVerse"
    """Pixverse model"""
    MINGMOU = "Mingmou"
    """Mingmou model"""
    H2 = "H2"
    """H2 model"""


class CreateAnimatedGraphicsTemplateRequestFormat(StrEnum):
    """Values of ``CreateAnimatedGraphicsTemplateRequest.Format``, ``ModifyAnimatedGraphicsTemplateRequest.Format``."""

    GIF = "gif"
    """GIF animation"""
    WEBP = "webp"
    """Animated WebP"""


class CreateBlindWatermarkTemplateRequestStrength(StrEnum):
    """Values of ``CreateBlindWatermarkTemplateRequest.Strength``."""

    DEFAULT = "default"
    """Balance between picture quality and robustness"""
    STRONGER = "stronger"
    """Clear picture, higher robustness"""
    STRONGEST = "strongest"
    """Average picture quality, highest robustness"""


class CreateImageConfigAspectRatio(StrEnum):
    """Values of ``CreateImageConfig.AspectRatio``."""

    V_1_1 = "1:1"
    """Square"""
    V_2_3 = "2:3"
    """Portrait 2:3"""
    V_3_2 = "3:2"
    """Landscape 3:2"""
    V_3_4 = "3:4"
    """Portrait 3:4"""
    V_4_3 = "4:3"
    """Landscape 4:3"""
    V_4_5 = "4:5"
    """Portrait 4:5"""
    V_5_4 = "5:4"
    """Landscape 5:4"""
    V_9_16 = "9:16"
    """Portrait 9:16"""
    V_16_9 = "16:9"
    """Landscape 16:9"""


class CreateImageConfigModel(StrEnum):
    """Values of ``CreateImageConfig.Model``."""

    SCENE_IMAGE_LITE = "scene-image-lite"
    """Scene image generation, lite model"""


class CreateImageSpriteTemplateRequestFillType(StrEnum):
    """Values of ``CreateImageSpriteTemplateRequest.FillType``, ``ImageSpriteTemplate.FillType``, ``ModifyImageSpriteTemplateRequest.FillType`` and 1 more field."""

    STRETCH = "stretch"
    """Stretch each frame to fill the picture, which may distort it"""
    BLACK = "black"
    """Keep the aspect ratio and fill the remaining edges with black"""


class CreateImageSpriteTemplateRequestFormat(StrEnum):
    """Values of ``CreateImageSpriteTemplateRequest.Format``, ``CreateSampleSnapshotTemplateRequest.Format``, ``CreateSnapshotByTimeOffsetTemplateRequest.Format`` and 3 more fields."""

    JPG = "jpg"
    """JPEG image"""
    PNG = "png"
    """PNG image"""
    WEBP = "webp"
    """WebP image"""


class CreateQualityControlTemplateRequestRecordFormat(StrEnum):
    """Values of ``CreateQualityControlTemplateRequest.RecordFormat``, ``ModifyQualityControlTemplateRequest.RecordFormat``."""

    PNG = "PNG"
    """Png image"""


class CreateSampleSnapshotTemplateRequestFillType(StrEnum):
    """Values of ``CreateSampleSnapshotTemplateRequest.FillType``, ``CreateSnapshotByTimeOffsetTemplateRequest.FillType``, ``ModifySampleSnapshotTemplateRequest.FillType`` and 2 more fields."""

    STRETCH = "stretch"
    """Stretch each frame to fill the picture, which may distort it"""
    BLACK = "black"
    """Keep the aspect ratio and fill the edges with black"""
    WHITE = "white"
    """Keep the aspect ratio and fill the edges with white"""
    GAUSS = "gauss"
    """Keep the aspect ratio and fill the edges with Gaussian blur"""


class CreateSmartSubtitleTemplateRequestTranslateDstLanguage(StrEnum):
    """Values of ``CreateSmartSubtitleTemplateRequest.TranslateDstLanguage``."""

    AR = "ar"
    """Arabic"""
    EN = "en"
    """English"""
    FR = "fr"
    """French"""
    IT = "it"
    """Italian"""
    JA = "ja"
    """Japanese"""
    KO = "ko"
    """Korean"""
    RU = "ru"
    """Russian"""
    TH = "th"
    """Thai"""
    TR = "tr"
    """Turkish"""
    VI = "vi"
    """Vietnamese"""
    YUE = "yue"
    """Cantonese"""
    ZH = "zh"
    """Simplified Chinese"""
    ZH_TW = "zh-TW"
    """Traditional Chinese"""


class CreateSmartSubtitleTemplateRequestVideoSrcLanguage(StrEnum):
    """Values of ``CreateSmartSubtitleTemplateRequest.VideoSrcLanguage``."""

    AUTO = "auto"
    """Detect the language automatically"""
    ZH_EN = "zh_en"
    """Chinese and English"""
    MULTI = "multi"
    """Other languages (OCR only)"""


class CreateStreamPackageLinearAssemblyChannelRequestPlaybackMode(StrEnum):
    """Values of ``CreateStreamPackageLinearAssemblyChannelRequest.PlaybackMode``."""

    LINEAR = "Linear"
    """Play sources in sequence, one after another"""
    STANDARD = "Standard"
    """Listed upstream but not a playback mode; the text names Loop instead"""


class CreateStreamPackageLinearAssemblyChannelRequestTier(StrEnum):
    """Values of ``CreateStreamPackageLinearAssemblyChannelRequest.Tier``."""

    STANDARD = "Standard"
    """Supports both live and vod sources"""
    BASIC = "Basic"
    """Schedules vod sources only"""


class CreateStreamPackageLinearAssemblyProgramRequestSourceType(StrEnum):
    """Values of ``CreateStreamPackageLinearAssemblyProgramRequest.SourceType``, ``CreateStreamPackageSourceRequest.Type``, ``ModifyStreamPackageLinearAssemblyProgramRequest.SourceType``."""

    LIVE = "Live"
    """Live source"""
    VOD = "VOD"
    """Video-on-demand source"""


class CreateStreamPackageLinearAssemblyProgramRequestVodAcquisitionMethod(StrEnum):
    """Values of ``CreateStreamPackageLinearAssemblyProgramRequest.VodAcquisitionMethod``, ``LinearAssemblyProgramInfo.VodAcquisitionMethod``, ``ModifyStreamPackageLinearAssemblyProgramRequest.VodAcquisitionMethod``."""

    PRE_CACHING = "PreCaching"
    """Fetch and cache the vod content in advance (default)"""
    DYNAMIC_UPDATING = "DynamicUpdating"
    """Fetch the vod content dynamically so updates are picked up"""


class CreateTranscodeTemplateRequestContainer(StrEnum):
    """Values of ``CreateTranscodeTemplateRequest.Container``."""

    MP4 = "mp4"
    """Mpeg-4 container"""
    FLV = "flv"
    """Flash video"""
    HLS = "hls"
    """Http live streaming"""
    TS = "ts"
    """Mpeg transport stream"""
    WEBM = "webm"
    """Webm"""
    MKV = "mkv"
    """Matroska"""
    MXF = "mxf"
    """Material exchange format"""
    MOV = "mov"
    """Quicktime mov"""
    MP3 = "mp3"
    """Mp3 audio only"""
    FLAC = "flac"
    """Flac audio only"""
    OGG = "ogg"
    """Ogg audio only"""
    M4A = "m4a"
    """M4a audio only"""
    WAV = "wav"
    """Wav audio only"""


class CreateWatermarkTemplateRequestType(StrEnum):
    """Values of ``CreateWatermarkTemplateRequest.Type``."""

    IMAGE = "image"
    """Image watermark"""
    TEXT = "text"
    """Text watermark"""
    SVG = "svg"
    """SVG watermark"""


class CustomModelAge(StrEnum):
    """Values of ``CustomModel.Age``."""

    TEEN = "teen"
    """Youth"""
    YOUNG_ADULT = "young_adult"
    """Adult"""
    MIDDLE_AGED = "middle_aged"
    """Middle-aged"""
    MATURE = "mature"
    """Mature"""


class CustomModelAppearance(StrEnum):
    """Values of ``CustomModel.Appearance``."""

    CAUCASIAN = "caucasian"
    """Caucasian (white)"""
    ASIAN = "asian"
    """Asian"""
    LATINO = "latino"
    """Latino"""
    AFRICAN = "african"
    """African descent"""
    MIDDLE_EASTERN = "middle_eastern"
    """Middle eastern"""


class CustomModelBodyType(StrEnum):
    """Values of ``CustomModel.BodyType``."""

    SLIM = "slim"
    """Slim"""
    STANDARD = "standard"
    """Average build"""
    ATHLETIC = "athletic"
    """Athletic, well-built"""
    CHUBBY = "chubby"
    """Full-figured"""


class CustomModelGender(StrEnum):
    """Values of ``CustomModel.Gender``."""

    MALE = "male"
    """Male"""
    FEMALE = "female"
    """Female"""
    ANY = "any"
    """No preference"""


class DescribeAgentRecordTaskResponseLiveStatus(StrEnum):
    """Values of ``DescribeAgentRecordTaskResponse.LiveStatus``."""

    LIVE = "LIVE"
    """Broadcast is live"""
    PAUSED = "PAUSED"
    """Broadcast is paused"""
    ENDED = "ENDED"
    """Broadcast has ended"""


class DescribeAgentRecordTaskResponseStatus(StrEnum):
    """Values of ``DescribeAgentRecordTaskResponse.Status``."""

    WAITING = "WAITING"
    """Waiting to start"""
    RUNNING = "RUNNING"
    """Recording in progress"""
    SUCCESS = "SUCCESS"
    """Completed successfully"""
    FAILED = "FAILED"
    """Failed"""


class DescribeAsrHotwordsListRequestOrderBy(StrEnum):
    """Values of ``DescribeAsrHotwordsListRequest.OrderBy``."""

    CREATE_TIME = "CreateTime"
    """By creation time"""
    UPDATE_TIME = "UpdateTime"
    """By update time"""
    NAME = "Name"
    """By library name"""
    WORD_COUNT = "WordCount"
    """By number of hotwords"""
    HOTWORDS_ID = "HotwordsId"
    """By library id"""


class DescribeAsrHotwordsRequestOrderBy(StrEnum):
    """Values of ``DescribeAsrHotwordsRequest.OrderBy``."""

    DEFAULT = "Default"
    """Order in the original file"""
    WEIGHT = "Weight"
    """By weight"""
    LEXICAL = "Lexical"
    """By hotword text"""


class DescribeBatchTaskDetailResponseTaskType(StrEnum):
    """Values of ``DescribeBatchTaskDetailResponse.TaskType``."""

    BATCH_TASK = "BatchTask"
    """Batch processing task of a video workflow"""


class DescribeDesignTaskResponseStatus(StrEnum):
    """Values of ``DescribeDesignTaskResponse.Status``, ``DescribeTextToSpeechAsyncTaskResponse.Status``."""

    SUCCESS = "success"
    """Succeeded"""
    FAIL = "fail"
    """Failed"""
    PROCESSING = "processing"
    """Being processed"""


class DescribeFlowState(StrEnum):
    """Values of ``DescribeFlow.State``."""

    IDLE = "IDLE"
    """Idle, not running"""
    RUNNING = "RUNNING"
    """Running"""


class DescribeImageTaskDetailResponseTaskType(StrEnum):
    """Values of ``DescribeImageTaskDetailResponse.TaskType``."""

    WORKFLOW_TASK = "WorkflowTask"
    """Workflow processing task"""


class DescribeMDPMPSUserInfoResponseStatus(StrEnum):
    """Values of ``DescribeMDPMPSUserInfoResponse.Status``."""

    INVALID_MPS_USER = "InvalidMpsUser"
    """Mps not activated"""
    NORMAL = "Normal"
    """Active and normal"""
    CLOSED = "Closed"
    """Service taken offline"""
    ARREARAGE = "Arrearage"
    """Service suspended for overdue payment"""


class DescribeMediaMetaDataRequestMode(StrEnum):
    """Values of ``DescribeMediaMetaDataRequest.Mode``."""

    SLOW = "slow"
    """Use a longer call timeout"""


class DescribeOutputState(StrEnum):
    """Values of ``DescribeOutput.State``."""

    DISABLED = "DISABLED"
    """Output disabled"""
    ENABLED = "ENABLED"
    """Output enabled"""


class DescribeProcessImageTemplatesRequestOrderBy(StrEnum):
    """Values of ``DescribeProcessImageTemplatesRequest.OrderBy``."""

    DEFINITION = "Definition"
    """Sort by template ID"""


class DescribeSchedulesRequestTriggerType(StrEnum):
    """Values of ``DescribeSchedulesRequest.TriggerType``, ``WorkflowTrigger.Type``."""

    COS_FILE_UPLOAD = "CosFileUpload"
    """Triggered by a Tencent Cloud COS file upload"""
    AWS_S3_FILE_UPLOAD = "AwsS3FileUpload"
    """Triggered by an AWS S3 file upload"""


class DescribeTranscodeTemplatesRequestCompressType(StrEnum):
    """Values of ``DescribeTranscodeTemplatesRequest.CompressType``."""

    ULTRA_COMPRESS = "ultra_compress"
    """Maximum compression while keeping acceptable quality"""
    STANDARD_COMPRESS = "standard_compress"
    """Balanced compression and quality"""
    HIGH_COMPRESS = "high_compress"
    """Bitrate first, smaller files with possible quality loss"""
    LOW_COMPRESS = "low_compress"
    """Quality first, files may be larger"""
    NO_CONFIG = "no_config"
    """Not configured"""


class DescribeTranscodeTemplatesRequestContainerType(StrEnum):
    """Values of ``DescribeTranscodeTemplatesRequest.ContainerType``, ``TranscodeTemplate.ContainerType``."""

    VIDEO = "Video"
    """Containers that can hold video and audio"""
    PURE_AUDIO = "PureAudio"
    """Audio-only containers"""


class DescribeTranscodeTemplatesRequestEnhanceSceneType(StrEnum):
    """Values of ``DescribeTranscodeTemplatesRequest.EnhanceSceneType``."""

    COMMON = "common"
    """General enhancement"""
    AIGC = "AIGC"
    """Ai resolution upscaling"""
    SHORT_PLAY = "short_play"
    """Short drama, sharper faces and subtitles"""
    SHORT_VIDEO = "short_video"
    """Short video, fixes varied quality problems"""
    GAME = "game"
    """Game video, fixes motion blur"""
    HD_MOVIE_SERIES = "HD_movie_series"
    """Ultra-hd film and tv, 4k 60fps hdr"""
    LQ_MATERIAL = "LQ_material"
    """Low-quality material and old film restoration"""
    LECTURE = "lecture"
    """Live show, e-commerce, conference or lecture, face beautification"""


class DescribeTranscodeTemplatesRequestEnhanceTranscodeType(StrEnum):
    """Values of ``DescribeTranscodeTemplatesRequest.EnhanceTranscodeType``."""

    COMMON = "Common"
    """Ordinary transcoding"""
    TEHD_100 = "TEHD-100"
    """Top speed codec video transcoding"""
    TEHD_200 = "TEHD-200"
    """Top speed codec audio transcoding"""


class DescribeTranscodeTemplatesRequestEnhanceType(StrEnum):
    """Values of ``DescribeTranscodeTemplatesRequest.EnhanceType``."""

    VIDEO_ENHANCE = "VideoEnhance"
    """Video enhancement only"""
    AUDIO_ENHANCE = "AudioEnhance"
    """Audio enhancement only"""
    VIDEO_AUDIO_ENHANCE = "VideoAudioEnhance"
    """Both video and audio enhancement"""


class DescribeTranscodeTemplatesRequestSceneType(StrEnum):
    """Values of ``DescribeTranscodeTemplatesRequest.SceneType``."""

    NORMAL = "normal"
    """General transcoding and compression"""
    PGC = "pgc"
    """Pgc film and tv, roi encoding with high quality"""
    MATERIALS_VIDEO = "materials_video"
    """High-quality source material, near visually lossless"""
    UGC = "ugc"
    """Ugc and short video, optimized bitrate"""
    E_COMMERCE_VIDEO = "e-commerce_video"
    """Live show and e-commerce, keeps detail and faces sharp"""
    EDUCATIONAL_VIDEO = "educational_video"
    """Education, keeps text and images readable"""
    NO_CONFIG = "no_config"
    """Not configured"""


class DescribeTranscodeTemplatesRequestTEHDType(StrEnum):
    """Values of ``DescribeTranscodeTemplatesRequest.TEHDType``."""

    COMMON = "Common"
    """Ordinary transcoding templates"""
    TEHD = "TEHD"
    """Top speed codec templates"""


class DescribeTranscodeTemplatesRequestTranscodeType(StrEnum):
    """Values of ``DescribeTranscodeTemplatesRequest.TranscodeType``."""

    COMMON = "Common"
    """Ordinary transcoding"""
    TEHD = "TEHD"
    """Video top speed codec, legacy type (use TEHD-100)"""
    TEHD_100 = "TEHD-100"
    """Video top speed codec"""
    TEHD_200 = "TEHD-200"
    """Audio top speed codec"""
    ENHANCE = "Enhance"
    """Audio and video enhancement"""


class DescribeUsageDataRequestProcessRegions(StrEnum):
    """Values of ``DescribeUsageDataRequest.ProcessRegions``."""

    AP_GUANGZHOU = "ap-guangzhou"
    """Guangzhou"""
    AP_HONGKONG = "ap-hongkong"
    """Hong kong, china"""
    AP_TAIPEI = "ap-taipei"
    """Taipei, china"""
    AP_SINGAPORE = "ap-singapore"
    """Singapore"""
    AP_MUMBAI = "ap-mumbai"
    """Mumbai, india"""
    AP_JAKARTA = "ap-jakarta"
    """Jakarta"""
    AP_SEOUL = "ap-seoul"
    """Seoul"""
    AP_BANGKOK = "ap-bangkok"
    """Bangkok"""
    AP_TOKYO = "ap-tokyo"
    """Tokyo, japan"""
    NA_SILICONVALLEY = "na-siliconvalley"
    """Silicon valley"""
    NA_ASHBURN = "na-ashburn"
    """Virginia (ashburn)"""
    NA_TORONTO = "na-toronto"
    """Toronto"""
    SA_SAOPAULO = "sa-saopaulo"
    """Sao paulo"""
    EU_FRANKFURT = "eu-frankfurt"
    """Frankfurt"""
    EU_MOSCOW = "eu-moscow"
    """Moscow, russia"""
    AWS = "aws"
    """Aws"""


class DescribeUsageDataRequestTypes(StrEnum):
    """Values of ``DescribeUsageDataRequest.Types``."""

    TRANSCODE = "Transcode"
    """Transcoding"""
    ENHANCE = "Enhance"
    """Enhancement"""
    AI_ANALYSIS = "AIAnalysis"
    """Intelligent analysis"""
    AI_RECOGNITION = "AIRecognition"
    """Intelligent recognition"""
    AI_REVIEW = "AIReview"
    """Content moderation"""
    SNAPSHOT = "Snapshot"
    """Screenshots"""
    ANIMATED_GRAPHICS = "AnimatedGraphics"
    """Animated image generation"""
    AI_QUALITY_CONTROL = "AiQualityControl"
    """Media quality control"""
    EVALUATION = "Evaluation"
    """Video evaluation"""
    IMAGE_PROCESS = "ImageProcess"
    """Image processing"""
    ADD_BLIND_WATERMARK = "AddBlindWatermark"
    """Adding a basic copyright digital watermark"""
    ADD_NAGRA_WATERMARK = "AddNagraWatermark"
    """Adding a nagra digital watermark"""
    EXTRACT_BLIND_WATERMARK = "ExtractBlindWatermark"
    """Extracting a basic copyright digital watermark"""
    AIGC_VIDEO = "AIGCVideo"
    """Aigc video generation"""
    AIGC_IMAGE = "AIGCImage"
    """Aigc image generation"""


class DescribeVoicesRequestAge(StrEnum):
    """Values of ``DescribeVoicesRequest.Age``, ``VoiceInfo.Age``, ``VoiceProfile.Age`` and 1 more field."""

    CHILD = "child"
    """Child"""
    TEENAGER = "teenager"
    """Teenager"""
    YOUTH = "youth"
    """Young adult"""
    MIDDLE_AGED = "middle_aged"
    """Middle-aged"""
    SENIOR = "senior"
    """Senior"""
    UNKNOWN = "unknown"
    """Unknown age"""


class DescribeVoicesRequestGender(StrEnum):
    """Values of ``DescribeVoicesRequest.Gender``, ``VoiceProfile.Gender``, ``VoiceUpdateFields.Gender``."""

    MALE = "male"
    """Male"""
    FEMALE = "female"
    """Female"""
    UNKNOWN = "unknown"
    """Unknown gender"""


class DescribeVoicesRequestVoiceType(StrEnum):
    """Values of ``DescribeVoicesRequest.VoiceType``."""

    SYSTEM = "system"
    """System voices"""
    CLONE = "clone"
    """Cloned voices"""
    DESIGN = "design"
    """Designed voices"""
    ALL = "all"
    """All voices (default)"""


class DescribeWatermarkTemplatesRequestType(StrEnum):
    """Values of ``DescribeWatermarkTemplatesRequest.Type``, ``WatermarkTemplate.Type``."""

    IMAGE = "image"
    """Image watermark"""
    TEXT = "text"
    """Text watermark"""


class DetectVideoSubtitleAreaRequestVideoLanguage(StrEnum):
    """Values of ``DetectVideoSubtitleAreaRequest.VideoLanguage``."""

    ZH_EN = "zh_en"
    """Chinese and english"""
    EN = "en"
    """English"""
    JA = "ja"
    """Japanese"""
    KO = "ko"
    """Korean"""


class DocToVideoInputLanguage(StrEnum):
    """Values of ``DocToVideoInput.Language``."""

    ZH = "zh"
    """Chinese (default)"""
    EN = "en"
    """English"""
    JA = "ja"
    """Japanese"""
    KO = "ko"
    """Korean"""
    RU = "ru"
    """Russian"""
    FR = "fr"
    """French"""
    ES = "es"
    """Spanish"""
    DE = "de"
    """German"""


class DocToVideoInputMode(StrEnum):
    """Values of ``DocToVideoInput.Mode``."""

    STAGE = "stage"
    """Generate stage by stage after confirmation"""
    AUTO = "auto"
    """Generate end to end directly"""


class DocToVideoInputModelName(StrEnum):
    """Values of ``DocToVideoInput.ModelName``."""

    WAND = "WAND"
    """Wand model (default)"""


class DocToVideoInputModelVersion(StrEnum):
    """Values of ``DocToVideoInput.ModelVersion``."""

    V_1_0 = "1.0"
    """Model version 1.0 (default)"""
    V_1_0_LITE = "1.0-lite"
    """Lite variant of version 1.0"""


class DocToVideoInputRatio(StrEnum):
    """Values of ``DocToVideoInput.Ratio``."""

    V_16_9 = "16:9"
    """Landscape 16:9 (default)"""
    V_9_16 = "9:16"
    """Portrait 9:16"""
    V_1_1 = "1:1"
    """Square 1:1"""


class DocToVideoRegenerateInputScope(StrEnum):
    """Values of ``DocToVideoRegenerateInput.Scope``."""

    FULL = "full"
    """Regenerate the whole stage, e.g. to change the number of scenes"""
    SCENES = "scenes"
    """Regenerate selected scenes, e.g. to change one scene's content"""


class DocToVideoWatermarkInfoPosition(StrEnum):
    """Values of ``DocToVideoWatermarkInfo.Position``."""

    TOP_LEFT = "top-left"
    """Top-left corner"""
    TOP_RIGHT = "top-right"
    """Top-right corner"""
    BOTTOM_LEFT = "bottom-left"
    """Bottom-left corner"""
    BOTTOM_RIGHT = "bottom-right"
    """Bottom-right corner"""


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


class EditMediaOutputConfigContainer(StrEnum):
    """Values of ``EditMediaOutputConfig.Container``."""

    MP4 = "mp4"
    """Mp4 (default)"""
    HLS = "hls"
    """Hls"""
    MOV = "mov"
    """Quicktime mov"""
    FLV = "flv"
    """Flash video flv"""
    AVI = "avi"
    """Avi"""


class EditMediaOutputConfigType(StrEnum):
    """Values of ``EditMediaOutputConfig.Type``."""

    NORMAL = "normal"
    """Precise editing (default)"""
    FAST = "fast"
    """Fast editing with lower precision, single file only"""


class EmbeddingDataRequestModel(StrEnum):
    """Values of ``EmbeddingDataRequest.Model``."""

    TEXT_EMBEDDING_V1 = "text_embedding_v1"
    """Text embedding model, accepts a prompt"""


class EmbeddingDataType(StrEnum):
    """Values of ``EmbeddingData.Type``."""

    TEXT = "text"
    """Text data"""


class EnabledStatus(StrEnum):
    """Values of ``DescribeSchedulesRequest.Status``, ``DescribeWorkflowsRequest.Status``, ``SchedulesInfo.Status`` and 1 more field."""

    ENABLED = "Enabled"
    """Enabled"""
    DISABLED = "Disabled"
    """Disabled"""


class EnhancementStrength(StrEnum):
    """Values of ``AiRestorationConfig.Type``, ``ColorEnhanceConfig.Type``, ``DiffusionEnhanceConfig.Type`` and 2 more fields."""

    WEAK = "weak"
    """Weak"""
    NORMAL = "normal"
    """Medium"""
    STRONG = "strong"
    """Strong"""


class ExtractBlindWatermarkRequestType(StrEnum):
    """Values of ``ExtractBlindWatermarkRequest.Type``."""

    BLIND_BASIC = "blind-basic"
    """Basic copyright digital watermark"""
    BLIND_ABSEQ = "blind-abseq"
    """A/b sequence copyright digital watermark"""


class ExtractBlindWatermarkTaskType(StrEnum):
    """Values of ``ExtractBlindWatermarkTask.Type``."""

    BLIND_BASIC = "blind-basic"
    """Basic copyright digital watermark"""
    BLIND_AB = "blind-ab"
    """A/B copyright digital watermark"""


class FaceConfigureInfoDefaultLibraryLabelSet(StrEnum):
    """Values of ``FaceConfigureInfo.DefaultLibraryLabelSet``, ``FaceConfigureInfoForUpdate.DefaultLibraryLabelSet``."""

    ENTERTAINMENT = "entertainment"
    """Entertainment celebrities"""
    SPORT = "sport"
    """Sports stars"""
    POLITICIAN = "politician"
    """Sensitive public figures"""


class FaceConfigureInfoFaceLibrary(StrEnum):
    """Values of ``FaceConfigureInfo.FaceLibrary``, ``FaceConfigureInfoForUpdate.FaceLibrary``."""

    DEFAULT = "Default"
    """Use the default face library"""
    USER_DEFINE = "UserDefine"
    """Use your custom face library"""
    ALL = "All"
    """Use both the default and the custom library"""


class File3DType(StrEnum):
    """Values of ``File3D.Type``."""

    OBJ = "OBJ"
    """Obj, a common 3d interchange format"""
    GLB = "GLB"
    """Binary gltf 2.0"""
    FBX = "FBX"
    """Autodesk fbx, a film and game industry standard"""
    STL = "STL"
    """Stl triangle mesh for 3d printing and cad"""
    USDZ = "USDZ"
    """Pixar/apple packaged usd scene"""


class FissionTaskInfoLanguage(StrEnum):
    """Values of ``FissionTaskInfo.Language``."""

    ENGLISH = "english"
    """English"""
    CHINESE = "chinese"
    """Chinese"""
    JAPANESE = "japanese"
    """Japanese"""
    KOREAN = "korean"
    """Korean"""
    SPANISH = "spanish"
    """Spanish"""
    PORTUGUESE = "portuguese"
    """Portuguese"""
    MUSIC_ONLY = "music_only"
    """Background music only, no voice-over"""


class FissionTaskInfoMarket(StrEnum):
    """Values of ``FissionTaskInfo.Market``."""

    NORTH_AMERICA = "north_america"
    """North america"""
    EUROPE = "europe"
    """Europe"""
    CHINA = "china"
    """China"""
    JAPAN = "japan"
    """Japan"""
    KOREA = "korea"
    """Korea"""
    SOUTHEAST_ASIA = "southeast_asia"
    """Southeast asia"""
    BRAZIL = "brazil"
    """Brazil"""
    GLOBAL = "global"
    """Worldwide"""
    OTHER = "other"
    """Other markets"""


class FissionTaskInfoModelTier(StrEnum):
    """Values of ``FissionTaskInfo.ModelTier``, ``QueryTaskFilter.ModelTier``."""

    STANDARD = "standard"
    """Standard edition"""
    FLAGSHIP = "flagship"
    """Flagship edition"""


class FissionTaskInfoResolution(StrEnum):
    """Values of ``FissionTaskInfo.Resolution``."""

    V_720P = "720p"
    """720p output"""
    V_1080P = "1080p"
    """1080p output"""
    V_2K = "2k"
    """2k output"""
    V_4K = "4k"
    """4k output"""


class FissionTaskInfoVideoType(StrEnum):
    """Values of ``FissionTaskInfo.VideoType``, ``QueryTaskFilter.VideoType``."""

    UGC = "ugc"
    """Ugc-style product recommendation"""
    TALK = "talk"
    """Product voice-over presentation"""
    DISPLAY = "display"
    """Product showcase with no human voice"""
    UNBOXING = "unboxing"
    """Unboxing video"""
    REACTION = "reaction"
    """Reaction video"""


class FlowInOutRespInOutType(StrEnum):
    """Values of ``FlowInOutResp.InOutType``."""

    INPUT = "Input"
    """An input of the flow"""
    OUTPU = "Outpu"
    """An output of the flow (value spelled this way upstream)"""


class HdrConfigType(StrEnum):
    """Values of ``HdrConfig.Type``."""

    HDR10 = "HDR10"
    """HDR10"""
    HLG = "HLG"
    """Hybrid Log-Gamma"""


class ImageAreaBoxInfoType(StrEnum):
    """Values of ``ImageAreaBoxInfo.Type``."""

    LOGO = "logo"
    """Logo or icon"""
    TEXT = "text"
    """Text"""


class ImageEraseLogoConfigDetectTypes(StrEnum):
    """Values of ``ImageEraseLogoConfig.DetectTypes``."""

    LOGO = "logo"
    """Logo or icon"""
    TEXT = "text"
    """Text"""
    WATERMARK = "watermark"
    """Watermark"""


class ImageEraseLogoConfigEraseStrength(StrEnum):
    """Values of ``ImageEraseLogoConfig.EraseStrength``."""

    LOW = "low"
    """Fast erasing"""
    MID = "mid"
    """Balance of erasing quality and speed"""
    HIGH = "high"
    """Advanced erasing quality"""


class ImageEraseLogoConfigWatermarkType(StrEnum):
    """Values of ``ImageEraseLogoConfig.WatermarkType``."""

    CORNER_WATERMARK = "corner_watermark"
    """Erase a regular watermark at a fixed position"""
    TILED_WATERMARK = "tiled_watermark"
    """Erase a watermark tiled across the whole image"""
    AUTO_DETECT_TYPE = "auto_detect_type"
    """Detect the watermark type automatically and erase it"""
    SELECTED_WATERMARK = "selected_watermark"
    """Skip automatic erasing and erase at the given positions"""


class ImageProcessOutputConfigAspectRatio(StrEnum):
    """Values of ``ImageProcessOutputConfig.AspectRatio``."""

    V_1_1 = "1:1"
    """Square"""
    V_3_2 = "3:2"
    """Landscape 3:2"""
    V_2_3 = "2:3"
    """Portrait 2:3"""
    V_3_4 = "3:4"
    """Portrait 3:4"""
    V_4_3 = "4:3"
    """Landscape 4:3"""
    V_4_5 = "4:5"
    """Portrait 4:5"""
    V_5_4 = "5:4"
    """Landscape 5:4"""
    V_9_16 = "9:16"
    """Portrait 9:16"""
    V_16_9 = "16:9"
    """Landscape 16:9"""
    V_21_9 = "21:9"
    """Ultra-wide 21:9"""


class ImageProcessOutputConfigFormat(StrEnum):
    """Values of ``ImageProcessOutputConfig.Format``."""

    PNG = "PNG"
    """Png image"""
    JPG = "JPG"
    """Jpeg image"""
    WEBP = "WEBP"
    """Webp image"""
    HEIF = "HEIF"
    """Heif image"""
    AVIF = "AVIF"
    """Avif image"""


class ImageQualityConfigAttributes(StrEnum):
    """Values of ``ImageQualityConfig.Attributes``."""

    BRIGHTNESS = "Brightness"
    """Brightness assessment"""
    CONTRAST = "Contrast"
    """Contrast assessment"""
    SHARPNESS = "Sharpness"
    """Sharpness assessment"""
    IQA = "IQA"
    """Overall image quality assessment"""


class ImageResizeConfigMode(StrEnum):
    """Values of ``ImageResizeConfig.Mode``."""

    PERCENT = "percent"
    """Scale by the given factor, decimals allowed"""
    MFIT = "mfit"
    """Scale to the larger rectangle covering the given size"""
    LFIT = "lfit"
    """Scale to the smaller rectangle fitting in the given size"""
    FILL = "fill"
    """Scale to the larger rectangle, then crop the given size from the center"""
    PAD = "pad"
    """Scale to the smaller rectangle, then pad to the given size"""
    FIXED = "fixed"
    """Force-scale to exactly the given width and height"""


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


class LiveStreamAiAnalysisResultItemType(StrEnum):
    """Values of ``LiveStreamAiAnalysisResultItem.Type``."""

    SEGMENT_RECOGNITION = "SegmentRecognition"
    """Live stream splitting"""
    HIGHLIGHT = "Highlight"
    """Highlight reel"""
    DESCRIPTION = "Description"
    """Summary"""


class LiveStreamAiRecognitionResultItemType(StrEnum):
    """Values of ``LiveStreamAiRecognitionResultItem.Type``."""

    FACE_RECOGNITION = "FaceRecognition"
    """Face recognition"""
    ASR_WORDS_RECOGNITION = "AsrWordsRecognition"
    """Speech keyword recognition"""
    OCR_WORDS_RECOGNITION = "OcrWordsRecognition"
    """On-screen text keyword recognition"""
    ASR_FULL_TEXT_RECOGNITION = "AsrFullTextRecognition"
    """Full-text speech recognition"""
    OCR_FULL_TEXT_RECOGNITION = "OcrFullTextRecognition"
    """Full-text on-screen text recognition"""
    TRANS_TEXT_RECOGNITION = "TransTextRecognition"
    """Speech translation"""
    OBJECT_RECOGNITION = "ObjectRecognition"
    """Object detection"""
    TAG_RECOGNITION = "TagRecognition"
    """Highlight tagging"""


class LiveStreamAiReviewImageTerrorismResultLabel(StrEnum):
    """Values of ``LiveStreamAiReviewImageTerrorismResult.Label``, ``TerrorismImgReviewTemplateInfo.LabelSet``, ``TerrorismImgReviewTemplateInfoForUpdate.LabelSet``."""

    GUNS = "guns"
    """Weapons and guns"""
    CROWD = "crowd"
    """Crowd gathering"""
    POLICE = "police"
    """Police or armed forces"""
    BLOODY = "bloody"
    """Bloody scenes"""
    BANNERS = "banners"
    """Sensitive flags or banners"""
    MILITANT = "militant"
    """Militants"""
    EXPLOSION = "explosion"
    """Explosions and fires"""
    TERRORISTS = "terrorists"
    """Sensitive persons"""


class LiveStreamAiReviewResultItemType(StrEnum):
    """Values of ``LiveStreamAiReviewResultItem.Type``."""

    IMAGE_PORN = "ImagePorn"
    """Porn detection in images"""
    IMAGE_TERRORISM = "ImageTerrorism"
    """Sensitive content detection in images"""
    IMAGE_POLITICAL = "ImagePolitical"
    """Sensitive people and logos in images"""
    VOICE_PORN = "VoicePorn"
    """Prohibited content in audio"""


class LiveStreamAiReviewVoicePornResultLabel(StrEnum):
    """Values of ``LiveStreamAiReviewVoicePornResult.Label``."""

    SEXUAL_MOAN = "sexual_moan"
    """Moaning"""


class LiveStreamTaskNotifyConfigNotifyType(StrEnum):
    """Values of ``LiveStreamTaskNotifyConfig.NotifyType``."""

    TDMQ_CMQ = "TDMQ-CMQ"
    """Deliver through a TDMQ-CMQ message queue"""


class LowLightEnhanceConfigType(StrEnum):
    """Values of ``LowLightEnhanceConfig.Type``."""

    NORMAL = "normal"
    """Normal"""


class ManageTaskRequestOperationType(StrEnum):
    """Values of ``ManageTaskRequest.OperationType``."""

    ABORT = "Abort"
    """Abort the task"""


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
    """Values of ``CreateImageSpriteTemplateRequest.SampleType``, ``CreateSampleSnapshotTemplateRequest.SampleType``, ``MediaSampleSnapshotItem.SampleType`` and 2 more fields."""

    PERCENT = "Percent"
    """Sample by percentage of the duration"""
    TIME = "Time"
    """Sample at a fixed time interval"""


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


class ModifyDocToVideoTaskStatusInputAction(StrEnum):
    """Values of ``ModifyDocToVideoTaskStatusInput.Action``."""

    CONFIRM = "confirm"
    """Confirm the finished stage and proceed to the next"""
    REGENERATE = "regenerate"
    """Regenerate the given stage"""


class ModifyDocToVideoTaskStatusInputStage(StrEnum):
    """Values of ``ModifyDocToVideoTaskStatusInput.Stage``."""

    STAGE_1 = "STAGE_1"
    """Outline stage: confirm it to generate voice-over, animation and captions, or regenerate the outline"""
    STAGE_2 = "STAGE_2"
    """Voice-over, animation and caption stage: confirm it to render the final video, or regenerate them"""


class ModifyTranscodeTemplateRequestContainer(StrEnum):
    """Values of ``ModifyTranscodeTemplateRequest.Container``."""

    MP4 = "mp4"
    """Mpeg-4 container"""
    FLV = "flv"
    """Flash video"""
    HLS = "hls"
    """Http live streaming"""
    MP3 = "mp3"
    """Mp3 audio only"""
    FLAC = "flac"
    """Flac audio only"""
    OGG = "ogg"
    """Ogg audio only"""
    M4A = "m4a"
    """M4a audio only"""
    WAV = "wav"
    """Wav audio only"""


class MosaicInputCoordinateOrigin(StrEnum):
    """Values of ``MosaicInput.CoordinateOrigin``."""

    TOP_LEFT = "TopLeft"
    """Top-left corner of the video"""


class OverrideEraseParameterEraseType(StrEnum):
    """Values of ``CreateSmartEraseTemplateRequest.EraseType``, ``DescribeSmartEraseTemplatesRequest.EraseType``, ``ModifySmartEraseTemplateRequest.EraseType`` and 3 more fields."""

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


class ParseLiveStreamProcessNotificationResponseNotificationType(StrEnum):
    """Values of ``ParseLiveStreamProcessNotificationResponse.NotificationType``."""

    AI_REVIEW_RESULT = "AiReviewResult"
    """Content review result"""
    AI_RECOGNITION_RESULT = "AiRecognitionResult"
    """Content recognition result"""
    LIVE_RECORD_RESULT = "LiveRecordResult"
    """Live recording result"""
    AI_QUALITY_CONTROL_RESULT = "AiQualityControlResult"
    """Media quality control result"""
    AI_ANALYSIS_RESULT = "AiAnalysisResult"
    """Content analysis result"""
    AI_SMART_SUBTITLE_RESULT = "AiSmartSubtitleResult"
    """Smart subtitle result"""
    PROCESS_EOF = "ProcessEof"
    """Live stream processing has ended"""


class ParseNotificationResponseEventType(StrEnum):
    """Values of ``ParseNotificationResponse.EventType``."""

    WORKFLOW_TASK = "WorkflowTask"
    """Video workflow processing task"""
    EDIT_MEDIA_TASK = "EditMediaTask"
    """Video editing task"""
    SCHEDULE_TASK = "ScheduleTask"
    """Orchestration task"""


class PlaybackInfoReqTransitionType(StrEnum):
    """Values of ``PlaybackInfoReq.TransitionType``."""

    ABSOLUTE = "Absolute"
    """Start at a fixed time given by StartTime"""
    RELATIVE = "Relative"
    """Start before or after a reference program"""


class PoliticalImgReviewTemplateInfoLabelSet(StrEnum):
    """Values of ``PoliticalImgReviewTemplateInfo.LabelSet``, ``PoliticalImgReviewTemplateInfoForUpdate.LabelSet``."""

    VIOLATION_PHOTO = "violation_photo"
    """Prohibited icons or symbols"""
    POLITICIAN = "politician"
    """Sensitive political figures"""
    ENTERTAINMENT = "entertainment"
    """Entertainment figures"""
    SPORT = "sport"
    """Sports figures"""
    ENTREPRENEUR = "entrepreneur"
    """Business figures"""
    SCHOLAR = "scholar"
    """Educators and scholars"""
    CELEBRITY = "celebrity"
    """Well-known figures"""
    MILITARY = "military"
    """Military figures"""


class ProcessLiveStreamRequestUrl(StrEnum):
    """Values of ``ProcessLiveStreamRequest.Url``."""

    TRTC = "trtc"
    """A trtc room address using the trtc:// scheme"""


class ProcessMediaRequestTaskType(StrEnum):
    """Values of ``ProcessMediaRequest.TaskType``."""

    ONLINE = "Online"
    """Real-time task (default)"""
    OFFLINE = "Offline"
    """Idle-time task with no timeliness guarantee, normally done within 3 days"""


class QualityControlItemConfigSampling(StrEnum):
    """Values of ``QualityControlItemConfig.Sampling``."""

    TIME = "Time"
    """Sample at a fixed time interval"""


class QualityControlItemConfigType(StrEnum):
    """Values of ``QualityControlItemConfig.Type``."""

    LOW_EVALUATION = "LowEvaluation"
    """No-reference video quality score (mos)"""
    AUDIO_EVALUATION = "AudioEvaluation"
    """No-reference audio quality score (mos)"""
    MOSAIC = "Mosaic"
    """Mosaic detection"""
    CRASH_SCREEN = "CrashScreen"
    """Corrupted picture detection"""
    BLUR = "Blur"
    """Blur detection"""
    JITTER = "Jitter"
    """Jitter detection"""
    NOISE = "Noise"
    """Noise detection"""
    QR_CODE = "QRCode"
    """Qr code detection"""
    BAR_CODE = "BarCode"
    """Barcode detection"""
    APPLET_CODE = "AppletCode"
    """Mini program code detection"""
    BLACK_WHITE_EDGE = "BlackWhiteEdge"
    """Black or white border detection"""
    SOLID_COLOR_SCREEN = "SolidColorScreen"
    """Solid color screen detection"""
    LOW_LIGHTING = "LowLighting"
    """Low lighting"""
    HIGH_LIGHTING = "HighLighting"
    """Overexposure"""
    NO_VOICE = "NoVoice"
    """Silence detection"""
    LOW_VOICE = "LowVoice"
    """Low volume detection"""
    HIGH_VOICE = "HighVoice"
    """Clipping or loud burst detection"""
    AUDIO_NOISE = "AudioNoise"
    """Audio noise detection"""
    VIDEO_RESOLUTION_CHANGED = "VideoResolutionChanged"
    """Video resolution changed"""
    AUDIO_SAMPLE_RATE_CHANGED = "AudioSampleRateChanged"
    """Audio sample rate changed"""
    AUDIO_CHANNELS_CHANGED = "AudioChannelsChanged"
    """Number of audio channels changed"""
    PARAMETER_SETS_CHANGED = "ParameterSetsChanged"
    """Stream parameter sets changed"""
    DAR_OR_SAR_INVALID = "DarOrSarInvalid"
    """Invalid video aspect ratio"""
    TIMESTAMP_FALLBACK = "TimestampFallback"
    """Dts timestamp went backwards"""
    DTS_JITTER = "DtsJitter"
    """Excessive dts jitter"""
    PTS_JITTER = "PtsJitter"
    """Excessive pts jitter"""
    AAC_DURATION_DEVIATION = "AACDurationDeviation"
    """Unreasonable interval between aac frame timestamps"""
    AUDIO_DROPPING_FRAMES = "AudioDroppingFrames"
    """Audio frames dropped"""
    VIDEO_DROPPING_FRAMES = "VideoDroppingFrames"
    """Video frames dropped"""
    AV_TIMESTAMP_INTERLEAVE = "AVTimestampInterleave"
    """Unreasonable interleaving of audio and video"""
    PTS_LESS_THAN_DTS = "PtsLessThanDts"
    """Pts smaller than dts"""
    RECEIVE_FPS_JITTER = "ReceiveFpsJitter"
    """Excessive jitter in the network receive frame rate"""
    RECEIVE_FPS_TOO_SMALL = "ReceiveFpsTooSmall"
    """Network receive video frame rate too low"""
    FPS_JITTER = "FpsJitter"
    """Excessive jitter in the frame rate computed from pts"""
    STREAM_OPEN_FAILED = "StreamOpenFailed"
    """Stream could not be opened"""
    STREAM_END = "StreamEnd"
    """Stream ended"""
    STREAM_PARSE_FAILED = "StreamParseFailed"
    """Stream could not be parsed"""
    VIDEO_FIRST_FRAME_NOT_IDR = "VideoFirstFrameNotIdr"
    """First frame is not an idr frame"""
    STREAM_NALU_ERROR = "StreamNALUError"
    """Wrong nalu start code"""
    TS_STREAM_NO_AUD = "TsStreamNoAud"
    """H26x stream in mpeg-ts lacks aud nalus"""
    AUDIO_STREAM_LACK = "AudioStreamLack"
    """No audio stream"""
    VIDEO_STREAM_LACK = "VideoStreamLack"
    """No video stream"""
    LACK_AUDIO_RECOVER = "LackAudioRecover"
    """Missing audio stream came back"""
    LACK_VIDEO_RECOVER = "LackVideoRecover"
    """Missing video stream came back"""
    VIDEO_BITRATE_OUTOF_RANGE = "VideoBitrateOutofRange"
    """Video bitrate (kbps) out of range"""
    AUDIO_BITRATE_OUTOF_RANGE = "AudioBitrateOutofRange"
    """Audio bitrate (kbps) out of range"""
    VIDEO_DECODE_FAILED = "VideoDecodeFailed"
    """Video decoding error"""
    AUDIO_DECODE_FAILED = "AudioDecodeFailed"
    """Audio decoding error"""
    AUDIO_OUT_OF_PHASE = "AudioOutOfPhase"
    """The two audio channels are in opposite phase"""
    VIDEO_DUPLICATED_FRAME = "VideoDuplicatedFrame"
    """Duplicated frames in the video stream"""
    AUDIO_DUPLICATED_FRAME = "AudioDuplicatedFrame"
    """Duplicated frames in the audio stream"""
    VIDEO_ROTATION = "VideoRotation"
    """Video picture is rotated"""
    TS_MULTI_PROGRAMS = "TsMultiPrograms"
    """Mpeg2-ts stream carries several programs"""
    MP4_INVALID_CODEC_FOURCC = "Mp4InvalidCodecFourcc"
    """Mp4 codec fourcc does not meet apple hls requirements"""
    HLS_BAD_M3U8_FORMAT = "HLSBadM3u8Format"
    """Invalid m3u8 file"""
    HLS_INVALID_MASTER_M3U8 = "HLSInvalidMasterM3u8"
    """Invalid master m3u8 file"""
    HLS_INVALID_MEDIA_M3U8 = "HLSInvalidMediaM3u8"
    """Invalid media m3u8 file"""
    HLS_MASTER_M3U8_RECOMMENDED = "HLSMasterM3u8Recommended"
    """Master m3u8 lacks parameters the standard recommends"""
    HLS_MEDIA_M3U8_RECOMMENDED = "HLSMediaM3u8Recommended"
    """Media m3u8 lacks parameters the standard recommends"""
    HLS_MEDIA_M3U8_DISCONTINUITY_EXIST = "HLSMediaM3u8DiscontinuityExist"
    """Media m3u8 contains EXT-X-DISCONTINUITY"""
    HLS_MEDIA_SEGMENTS_STREAM_NUM_CHANGE = "HLSMediaSegmentsStreamNumChange"
    """Number of streams in the segments changed"""
    HLS_MEDIA_SEGMENTS_PTS_JITTER_DEVIATION = "HLSMediaSegmentsPTSJitterDeviation"
    """Pts jumps between segments without EXT-X-DISCONTINUITY"""
    HLS_MEDIA_SEGMENTS_DTS_JITTER_DEVIATION = "HLSMediaSegmentsDTSJitterDeviation"
    """Dts jumps between segments without EXT-X-DISCONTINUITY"""
    TIMECODE_TRACK_EXIST = "TimecodeTrackExist"
    """Mp4 contains a tmcd track"""


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


class QualityControlStrategyStrategyType(StrEnum):
    """Values of ``QualityControlStrategy.StrategyType``."""

    TIME_SPOT_CHECK = "TimeSpotCheck"
    """Spot-check by time, configured in TimeSpotCheck"""


class QueryHunyuan3DTaskResponseGenerateType(StrEnum):
    """Values of ``QueryHunyuan3DTaskResponse.GenerateType``, ``SubmitHunyuan3DTaskRequest.GenerateType``."""

    NORMAL = "Normal"
    """Full 3d asset with geometry and texture (default)"""
    GEOMETRY = "Geometry"
    """Geometry only, no texture, faster"""
    TEXTURE = "Texture"
    """Texture only, requires MeshUrl"""


class QueryHunyuan3DTaskResponseTaskType(StrEnum):
    """Values of ``QueryHunyuan3DTaskResponse.TaskType``."""

    TEXT_TO_3D = "text_to_3d"
    """Text to 3d"""
    IMAGE_TO_3D = "image_to_3d"
    """Image to 3d"""
    MULTIVIEW_TO_3D = "multiview_to_3d"
    """Multi-view images to 3d"""
    MESH_TO_TEXTURE = "mesh_to_texture"
    """Texture from a mesh"""
    MESH_TO_GEOMETRY = "mesh_to_geometry"
    """Geometry from a mesh"""


class QueryTaskFilterExecuteMode(StrEnum):
    """Values of ``QueryTaskFilter.ExecuteMode``."""

    AUTO = "auto"
    """Generate directly"""
    PHASED = "phased"
    """Generate after confirmation"""


class QueryTaskFilterTaskType(StrEnum):
    """Values of ``QueryTaskFilter.TaskType``."""

    REDRAW_VIDEO = "RedrawVideo"
    """Video redraw (restyling)"""
    AI_DRAMA = "AIDrama"
    """Ai comic drama"""
    DOC_GEN_VIDEO = "DocGenVideo"
    """Video generated from a document"""
    FISSION_VIDEO = "FissionVideo"
    """Video fission (variant generation)"""


class RawImageWatermarkInputRepeatType(StrEnum):
    """Values of ``ImageWatermarkInput.RepeatType``, ``ImageWatermarkInputForUpdate.RepeatType``, ``ImageWatermarkTemplate.RepeatType`` and 1 more field."""

    ONCE = "once"
    """Show the animation once, then hide it"""
    REPEAT_LAST_FRAME = "repeat_last_frame"
    """Stay on the last frame after playing"""
    REPEAT = "repeat"
    """Loop until the video ends (default)"""


class RawSmartSubtitleParameterSubtitleFormat(StrEnum):
    """Values of ``CreateSmartSubtitleTemplateRequest.SubtitleFormat``, ``ModifySmartSubtitleTemplateRequest.SubtitleFormat``, ``RawSmartSubtitleParameter.SubtitleFormat`` and 1 more field."""

    VTT = "vtt"
    """WebVTT subtitles"""
    SRT = "srt"
    """SRT subtitles"""
    ORIGINAL = "original"
    """Same format as the source file (pure subtitle translation only)"""


class RawSmartSubtitleParameterTranslateDstLanguage(StrEnum):
    """Values of ``ModifySmartSubtitleTemplateRequest.TranslateDstLanguage``, ``RawSmartSubtitleParameter.TranslateDstLanguage``."""

    AB = "ab"
    """Abkhaz"""
    ACE = "ace"
    """Acehnese"""
    ACH = "ach"
    """Acholi"""
    AF = "af"
    """Afrikaans"""
    AK = "ak"
    """Twi (akan)"""
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
    """Batak toba"""
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
    """Batak karo"""
    BTS = "bts"
    """Batak simalungun"""
    BUA = "bua"
    """Buryat"""
    CA = "ca"
    """Catalan"""
    CEB = "ceb"
    """Cebuano"""
    CGG = "cgg"
    """Kiga"""
    CHM = "chm"
    """Meadow mari"""
    CKB = "ckb"
    """Kurdish (sorani)"""
    CNH = "cnh"
    """Hakha chin"""
    CO = "co"
    """Corsican"""
    CRH = "crh"
    """Crimean tatar"""
    CRS = "crs"
    """Seychellois creole"""
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
    """Filipino (tagalog)"""
    FJ = "fj"
    """Fijian"""
    FR = "fr"
    """French"""
    FR_CA = "fr-CA"
    """French (canada)"""
    FR_FR = "fr-FR"
    """French (france)"""
    FY = "fy"
    """Frisian"""
    GA = "ga"
    """Irish"""
    GAA = "gaa"
    """Ga (a language of Ghana)"""
    GD = "gd"
    """Scottish gaelic"""
    GL = "gl"
    """Galician"""
    GN = "gn"
    """Guarani"""
    GOM = "gom"
    """Konkani"""
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
    """Haitian creole"""
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
    """Kurdish (kurmanji)"""
    KTU = "ktu"
    """Kituba"""
    KY = "ky"
    """Kyrgyz"""
    LA = "la"
    """Latin"""
    LB = "lb"
    """Luxembourgish"""
    LG = "lg"
    """Ganda (luganda)"""
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
    """Makassarese"""
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
    """Southern ndebele"""
    NSO = "nso"
    """Northern sotho (sepedi)"""
    NUS = "nus"
    """Nuer"""
    NY = "ny"
    """Chichewa (nyanja)"""
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
    """Kapampangan"""
    PAP = "pap"
    """Papiamento"""
    PL = "pl"
    """Polish"""
    PS = "ps"
    """Pashto"""
    PT = "pt"
    """Portuguese"""
    PT_BR = "pt-BR"
    """Portuguese (brazil)"""
    PT_PT = "pt-PT"
    """Portuguese (portugal)"""
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
    """Yucatec maya"""
    YUE = "yue"
    """Cantonese"""
    ZH = "zh"
    """Simplified chinese"""
    ZH_TW = "zh-TW"
    """Traditional chinese"""
    ZU = "zu"
    """Zulu"""


class RawSmartSubtitleParameterVideoSrcLanguage(StrEnum):
    """Values of ``ModifySmartSubtitleTemplateRequest.VideoSrcLanguage``, ``RawSmartSubtitleParameter.VideoSrcLanguage``."""

    ZH_EN = "zh_en"
    """Chinese and english (ocr and asr)"""
    MULTI = "multi"
    """Other languages (ocr only)"""
    AUTO = "auto"
    """Detect the language automatically"""
    ZH = "zh"
    """Simplified chinese"""
    EN = "en"
    """English"""
    JA = "ja"
    """Japanese"""
    KO = "ko"
    """Korean"""
    ZH_PY = "zh-PY"
    """Chinese, english and cantonese"""
    ZH_MEDICAL = "zh_medical"
    """Chinese (medical)"""
    VI = "vi"
    """Vietnamese"""
    MS = "ms"
    """Malay"""
    ID = "id"
    """Indonesian"""
    FIL = "fil"
    """Filipino"""
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
    """Chinese, english and dialects"""
    AF_ZA = "af-ZA"
    """Afrikaans (south africa)"""
    SQ_AL = "sq-AL"
    """Albanian (albania)"""
    AM_ET = "am-ET"
    """Amharic (ethiopia)"""
    AR_DZ = "ar-DZ"
    """Arabic (algeria)"""
    AR_BH = "ar-BH"
    """Arabic (bahrain)"""
    AR_EG = "ar-EG"
    """Arabic (egypt)"""
    AR_IQ = "ar-IQ"
    """Arabic (iraq)"""
    AR_IL = "ar-IL"
    """Arabic (israel)"""
    AR_JO = "ar-JO"
    """Arabic (jordan)"""
    AR_KW = "ar-KW"
    """Arabic (kuwait)"""
    AR_LB = "ar-LB"
    """Arabic (lebanon)"""
    AR_MR = "ar-MR"
    """Arabic (mauritania)"""
    AR_MA = "ar-MA"
    """Arabic (morocco)"""
    AR_OM = "ar-OM"
    """Arabic (oman)"""
    AR_QA = "ar-QA"
    """Arabic (qatar)"""
    AR_SA = "ar-SA"
    """Arabic (saudi arabia)"""
    AR_PS = "ar-PS"
    """Arabic (palestine)"""
    AR_SY = "ar-SY"
    """Arabic (syria)"""
    AR_TN = "ar-TN"
    """Arabic (tunisia)"""
    AR_AE = "ar-AE"
    """Arabic (united arab emirates)"""
    AR_YE = "ar-YE"
    """Arabic (yemen)"""
    HY_AM = "hy-AM"
    """Armenian (armenia)"""
    AZ_AZ = "az-AZ"
    """Azerbaijani (azerbaijan)"""
    EU_ES = "eu-ES"
    """Basque (spain)"""
    BN_BD = "bn-BD"
    """Bengali (bangladesh)"""
    BN_IN = "bn-IN"
    """Bengali (india)"""
    BS_BA = "bs-BA"
    """Bosnian (bosnia and herzegovina)"""
    BG_BG = "bg-BG"
    """Bulgarian (bulgaria)"""
    MY_MM = "my-MM"
    """Burmese (myanmar)"""
    CA_ES = "ca-ES"
    """Catalan (spain)"""
    HR_HR = "hr-HR"
    """Croatian (croatia)"""
    CS_CZ = "cs-CZ"
    """Czech (czech republic)"""
    DA_DK = "da-DK"
    """Danish (denmark)"""
    NL_BE = "nl-BE"
    """Dutch (belgium)"""
    NL_NL = "nl-NL"
    """Dutch (netherlands)"""
    EN_AU = "en-AU"
    """English (australia)"""
    EN_CA = "en-CA"
    """English (canada)"""
    EN_GH = "en-GH"
    """English (ghana)"""
    EN_HK = "en-HK"
    """English (hong kong, china)"""
    EN_IN = "en-IN"
    """English (india)"""
    EN_IE = "en-IE"
    """English (ireland)"""
    EN_KE = "en-KE"
    """English (kenya)"""
    EN_NZ = "en-NZ"
    """English (new zealand)"""
    EN_NG = "en-NG"
    """English (nigeria)"""
    EN_PK = "en-PK"
    """English (pakistan)"""
    EN_PH = "en-PH"
    """English (philippines)"""
    EN_SG = "en-SG"
    """English (singapore)"""
    EN_ZA = "en-ZA"
    """English (south africa)"""
    EN_TZ = "en-TZ"
    """English (tanzania)"""
    EN_GB = "en-GB"
    """English (united kingdom)"""
    EN_US = "en-US"
    """English (united states)"""
    ET_EE = "et-EE"
    """Estonian (estonia)"""
    FIL_PH = "fil-PH"
    """Filipino (philippines)"""
    FI_FI = "fi-FI"
    """Finnish (finland)"""
    FR_BE = "fr-BE"
    """French (belgium)"""
    FR_CA = "fr-CA"
    """French (canada)"""
    FR_FR = "fr-FR"
    """French (france)"""
    FR_CH = "fr-CH"
    """French (switzerland)"""
    GL_ES = "gl-ES"
    """Galician (spain)"""
    KA_GE = "ka-GE"
    """Georgian (georgia)"""
    EL_GR = "el-GR"
    """Greek (greece)"""
    GU_IN = "gu-IN"
    """Gujarati (india)"""
    IW_IL = "iw-IL"
    """Hebrew (israel)"""
    HI_IN = "hi-IN"
    """Hindi (india)"""
    HU_HU = "hu-HU"
    """Hungarian (hungary)"""
    IS_IS = "is-IS"
    """Icelandic (iceland)"""
    ID_ID = "id-ID"
    """Indonesian (indonesia)"""
    IT_IT = "it-IT"
    """Italian (italy)"""
    IT_CH = "it-CH"
    """Italian (switzerland)"""
    JA_JP = "ja-JP"
    """Japanese (japan)"""
    JV_ID = "jv-ID"
    """Javanese (indonesia)"""
    KN_IN = "kn-IN"
    """Kannada (india)"""
    KK_KZ = "kk-KZ"
    """Kazakh (kazakhstan)"""
    KM_KH = "km-KH"
    """Khmer (cambodia)"""
    RW_RW = "rw-RW"
    """Kinyarwanda (rwanda)"""
    KO_KR = "ko-KR"
    """Korean (south korea)"""
    LO_LA = "lo-LA"
    """Lao (laos)"""
    LV_LV = "lv-LV"
    """Latvian (latvia)"""
    LT_LT = "lt-LT"
    """Lithuanian (lithuania)"""
    MK_MK = "mk-MK"
    """Macedonian (north macedonia)"""
    MS_MY = "ms-MY"
    """Malay (malaysia)"""
    ML_IN = "ml-IN"
    """Malayalam (india)"""
    MR_IN = "mr-IN"
    """Marathi (india)"""
    MN_MN = "mn-MN"
    """Mongolian (mongolia)"""
    NE_NP = "ne-NP"
    """Nepali (nepal)"""
    NO_NO = "no-NO"
    """Norwegian bokmal (norway)"""
    FA_IR = "fa-IR"
    """Persian (iran)"""
    PL_PL = "pl-PL"
    """Polish (poland)"""
    PT_BR = "pt-BR"
    """Portuguese (brazil)"""
    PT_PT = "pt-PT"
    """Portuguese (portugal)"""
    RO_RO = "ro-RO"
    """Romanian (romania)"""
    RU_RU = "ru-RU"
    """Russian (russia)"""
    SR_RS = "sr-RS"
    """Serbian (serbia)"""
    SI_LK = "si-LK"
    """Sinhala (sri lanka)"""
    SK_SK = "sk-SK"
    """Slovak (slovakia)"""
    SL_SI = "sl-SI"
    """Slovenian (slovenia)"""
    ST_ZA = "st-ZA"
    """Southern sotho (south africa)"""
    ES_AR = "es-AR"
    """Spanish (argentina)"""
    ES_BO = "es-BO"
    """Spanish (bolivia)"""
    ES_CL = "es-CL"
    """Spanish (chile)"""
    ES_CO = "es-CO"
    """Spanish (colombia)"""
    ES_CR = "es-CR"
    """Spanish (costa rica)"""
    ES_DO = "es-DO"
    """Spanish (dominican republic)"""
    ES_EC = "es-EC"
    """Spanish (ecuador)"""
    ES_SV = "es-SV"
    """Spanish (el salvador)"""
    ES_GT = "es-GT"
    """Spanish (guatemala)"""
    ES_HN = "es-HN"
    """Spanish (honduras)"""
    ES_MX = "es-MX"
    """Spanish (mexico)"""
    ES_NI = "es-NI"
    """Spanish (nicaragua)"""
    ES_PA = "es-PA"
    """Spanish (panama)"""
    ES_PY = "es-PY"
    """Spanish (paraguay)"""
    ES_PE = "es-PE"
    """Spanish (peru)"""
    ES_PR = "es-PR"
    """Spanish (puerto rico)"""
    ES_ES = "es-ES"
    """Spanish (spain)"""
    ES_US = "es-US"
    """Spanish (united states)"""
    ES_UY = "es-UY"
    """Spanish (uruguay)"""
    ES_VE = "es-VE"
    """Spanish (venezuela)"""
    SU_ID = "su-ID"
    """Sundanese (indonesia)"""
    SW_KE = "sw-KE"
    """Swahili (kenya)"""
    SW_TZ = "sw-TZ"
    """Swahili (tanzania)"""
    SV_SE = "sv-SE"
    """Swedish (sweden)"""
    TA_IN = "ta-IN"
    """Tamil (india)"""
    TA_MY = "ta-MY"
    """Tamil (malaysia)"""
    TA_SG = "ta-SG"
    """Tamil (singapore)"""
    TA_LK = "ta-LK"
    """Tamil (sri lanka)"""
    TE_IN = "te-IN"
    """Telugu (india)"""
    TH_TH = "th-TH"
    """Thai (thailand)"""
    TS_ZA = "ts-ZA"
    """Tsonga (south africa)"""
    TR_TR = "tr-TR"
    """Turkish (turkey)"""
    UK_UA = "uk-UA"
    """Ukrainian (ukraine)"""
    UR_IN = "ur-IN"
    """Urdu (india)"""
    UR_PK = "ur-PK"
    """Urdu (pakistan)"""
    UZ_UZ = "uz-UZ"
    """Uzbek (uzbekistan)"""
    VE_ZA = "ve-ZA"
    """Venda (south africa)"""
    VI_VN = "vi-VN"
    """Vietnamese (vietnam)"""
    XH_ZA = "xh-ZA"
    """Xhosa (south africa)"""
    ZU_ZA = "zu-ZA"
    """Zulu (south africa)"""


class RawWatermarkParameterCoordinateOrigin(StrEnum):
    """Values of ``CreateWatermarkTemplateRequest.CoordinateOrigin``, ``ModifyWatermarkTemplateRequest.CoordinateOrigin``, ``RawWatermarkParameter.CoordinateOrigin`` and 1 more field."""

    TOP_LEFT = "TopLeft"
    """Origin at the top-left corner of the video and of the watermark"""
    TOP_RIGHT = "TopRight"
    """Origin at the top-right corner of the video and of the watermark"""
    BOTTOM_LEFT = "BottomLeft"
    """Origin at the bottom-left corner of the video and of the watermark"""
    BOTTOM_RIGHT = "BottomRight"
    """Origin at the bottom-right corner of the video and of the watermark"""


class RawWatermarkParameterType(StrEnum):
    """Values of ``RawWatermarkParameter.Type``."""

    IMAGE = "image"
    """Image watermark"""


class RecipeItemTheme(StrEnum):
    """Values of ``RecipeItem.Theme``."""

    HERO = "hero"
    """Main product image"""
    DETAIL = "detail"
    """Product detail image"""
    SELLING = "selling"
    """Key selling point image"""
    ATMOSPHERE = "atmosphere"
    """Scene atmosphere image"""
    ANGLES = "angles"
    """Multi-angle image"""
    SCENE = "scene"
    """Usage scenario image"""


class RecognizeAudioRequestAudioFormat(StrEnum):
    """Values of ``RecognizeAudioRequest.AudioFormat``."""

    PCM = "pcm"
    """Mono 16-bit pcm at 16000 hz"""
    OGG_OPUS = "ogg-opus"
    """Mono opus in ogg at 16000, 24000 or 48000 hz"""


class RecognizeAudioRequestSource(StrEnum):
    """Values of ``RecognizeAudioRequest.Source``."""

    AUTO = "auto"
    """Detect the language automatically"""
    ZH = "zh"
    """Simplified chinese"""
    EN = "en"
    """English"""
    JA = "ja"
    """Japanese"""
    KO = "ko"
    """Korean"""
    VI = "vi"
    """Vietnamese"""
    MS = "ms"
    """Malay"""
    ID = "id"
    """Indonesian"""
    FIL = "fil"
    """Filipino"""
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
    YUE = "yue"
    """Cantonese"""
    RU = "ru"
    """Russian"""
    AF = "af"
    """Afrikaans"""
    SQ = "sq"
    """Albanian"""
    AM = "am"
    """Amharic"""
    HY = "hy"
    """Armenian"""
    AZ = "az"
    """Azerbaijani"""
    EU = "eu"
    """Basque"""
    BN = "bn"
    """Bengali"""
    BS = "bs"
    """Bosnian"""
    BG = "bg"
    """Bulgarian"""
    MY = "my"
    """Burmese"""
    CA = "ca"
    """Catalan"""
    HR = "hr"
    """Croatian"""
    CS = "cs"
    """Czech"""
    DA = "da"
    """Danish"""
    NL = "nl"
    """Dutch"""
    ET = "et"
    """Estonian"""
    FI = "fi"
    """Finnish"""
    GL = "gl"
    """Galician"""
    KA = "ka"
    """Georgian"""
    EL = "el"
    """Greek"""
    GU = "gu"
    """Gujarati"""
    IW = "iw"
    """Hebrew"""
    HU = "hu"
    """Hungarian"""
    IS = "is"
    """Icelandic"""
    JV = "jv"
    """Javanese"""
    KN = "kn"
    """Kannada"""
    KK = "kk"
    """Kazakh"""
    KM = "km"
    """Khmer"""
    RW = "rw"
    """Kinyarwanda"""
    LO = "lo"
    """Lao"""
    LV = "lv"
    """Latvian"""
    LT = "lt"
    """Lithuanian"""
    MK = "mk"
    """Macedonian"""
    ML = "ml"
    """Malayalam"""
    MR = "mr"
    """Marathi"""
    MN = "mn"
    """Mongolian"""
    NE = "ne"
    """Nepali"""
    NO = "no"
    """Norwegian bokmal"""
    FA = "fa"
    """Persian"""
    PL = "pl"
    """Polish"""
    RO = "ro"
    """Romanian"""
    SR = "sr"
    """Serbian"""
    SI = "si"
    """Sinhala"""
    SK = "sk"
    """Slovak"""
    SL = "sl"
    """Slovenian"""
    ST = "st"
    """Southern sotho"""
    SU = "su"
    """Sundanese"""
    SW = "sw"
    """Swahili"""
    SV = "sv"
    """Swedish"""
    TA = "ta"
    """Tamil"""
    TE = "te"
    """Telugu"""
    TS = "ts"
    """Tsonga"""
    UK = "uk"
    """Ukrainian"""
    UR = "ur"
    """Urdu"""
    UZ = "uz"
    """Uzbek"""
    VE = "ve"
    """Venda"""
    XH = "xh"
    """Xhosa"""
    ZU = "zu"
    """Zulu"""


class ReviewSuggestion(StrEnum):
    """Values of ``AiReviewPoliticalAsrTaskOutput.Suggestion``, ``AiReviewPoliticalOcrTaskOutput.Suggestion``, ``AiReviewPoliticalTaskOutput.Suggestion`` and 15 more fields."""

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
    """Values of ``AwsS3FileUploadTrigger.S3Region``, ``S3InputInfo.S3Region``."""

    US_EAST_1 = "us-east-1"
    """Aws us east (n. virginia) region"""
    EU_WEST_3 = "eu-west-3"
    """Aws europe (paris) region"""


class SRTFECFullOptionsARQ(StrEnum):
    """Values of ``SRTFECFullOptions.ARQ``."""

    ALWAYS = "always"
    """Always retransmit alongside fec"""
    ONREQ = "onreq"
    """Retransmit only on request, for packets fec could not recover"""
    NEVER = "never"
    """Never retransmit, rely on fec only"""


class SRTFECFullOptionsLayout(StrEnum):
    """Values of ``SRTFECFullOptions.Layout``."""

    EVEN = "even"
    """Even layout"""
    STAIRCASE = "staircase"
    """Staircase layout"""


class SearchValueInputSearchValueType(StrEnum):
    """Values of ``SearchValueInput.SearchValueType``."""

    TEXT = "Text"
    """Text search"""


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
    """Values of ``DescribeVideoDatabaseEntryTaskDetailResponse.Status``, ``DescribeVideoSearchTaskDetailResponse.Status``, ``SmartSubtitleTaskBatchOutput.Status``."""

    WAITING = "WAITING"
    """Waiting"""
    PROCESSING = "PROCESSING"
    """Being processed"""
    FAIL = "FAIL"
    """Failed"""
    SUCCESS = "SUCCESS"
    """Completed successfully"""


class SmartSubtitleTemplateItemTranslateDstLanguage(StrEnum):
    """Values of ``SmartSubtitleTemplateItem.TranslateDstLanguage``."""

    ZH = "zh"
    """Simplified chinese"""
    ZH_TW = "zh-TW"
    """Traditional chinese"""
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
    """Portuguese (brazil)"""
    PT_PT = "pt-PT"
    """Portuguese (portugal)"""
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
    FIL = "fil"
    """Filipino"""


class SmartSubtitleTemplateItemVideoSrcLanguage(StrEnum):
    """Values of ``SmartSubtitleTemplateItem.VideoSrcLanguage``."""

    ZH = "zh"
    """Simplified chinese"""
    YUE = "yue"
    """Cantonese"""
    ZH_PY = "zh-PY"
    """Chinese, english and cantonese"""
    ZH_MEDICAL = "zh_medical"
    """Chinese (medical)"""
    ZH_DIALECT = "zh_dialect"
    """Chinese dialects"""
    PRIME_ZH = "prime_zh"
    """Chinese, english and dialects"""
    ZH_EN = "zh_en"
    """Chinese and english"""
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
    """Portuguese (brazil)"""
    PT_PT = "pt-PT"
    """Portuguese (portugal)"""
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
    FIL = "fil"
    """Filipino"""
    AUTO = "auto"
    """Detect the language automatically (pure subtitle translation only)"""


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


class SourcePackageConfType(StrEnum):
    """Values of ``SourcePackageConf.Type``."""

    HLS = "HLS"
    """HTTP Live Streaming package"""
    DASH = "DASH"
    """MPEG-DASH package"""


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
    """Values of ``AIDubbingTaskResult.Status``, ``AiAnalysisTaskClassificationResult.Status``, ``AiAnalysisTaskCoverResult.Status`` and 50 more fields."""

    PROCESSING = "PROCESSING"
    """Being processed"""
    SUCCESS = "SUCCESS"
    """Completed successfully"""
    FAIL = "FAIL"
    """Failed"""


class SubtitleTemplateAlignment(StrEnum):
    """Values of ``SubtitleLayoutConfig.Alignment``, ``SubtitleTemplate.Alignment``."""

    TOP = "top"
    """Top fixed at the position, bottom moves with the line count"""
    BOTTOM = "bottom"
    """Bottom fixed at the position, top moves with the line count (default)"""


class SubtitleTemplateFontType(StrEnum):
    """Values of ``SubtitleEmbedConfig.FontType``, ``SubtitleTemplate.FontType``."""

    HEI_TTF = "hei.ttf"
    """Heiti (default)"""
    SONG_TTF = "song.ttf"
    """Songti"""
    KAI_TTF = "kai.ttf"
    """Kaiti (recommended for kaiti)"""
    SIMKAI_TTF = "simkai.ttf"
    """Kaiti"""
    MSYH_TTF = "msyh.ttf"
    """Microsoft yahei"""
    MSYHBD_TTF = "msyhbd.ttf"
    """Microsoft yahei bold"""
    HKJGT_TTF = "hkjgt.ttf"
    """Huakang jingang display font"""
    DHTTX_TTF = "dhttx.ttf"
    """Dian heiti extra light"""
    XQGDZT_TTF = "xqgdzt.ttf"
    """Xique ancient dictionary style font"""
    QPCYT_TTF = "qpcyt.ttf"
    """Qiaopin extra round font"""
    ARIAL_TTF = "arial.ttf"
    """Arial, english only"""
    DINALTERNATE_TTF = "dinalternate.ttf"
    """Din alternate bold"""
    HELVETICALT_TTF = "helveticalt.ttf"
    """Helvetica"""
    HELVETICAINS_TTF = "helveticains.ttf"
    """Helvetica inserat"""
    TRAJANPRO_TTF = "trajanpro.ttf"
    """Trajan pro bold"""
    KOREAN_TTF = "korean.ttf"
    """Korean font"""
    JAPANESE_TTF = "japanese.ttf"
    """Japanese font"""
    THAI_TTF = "thai.ttf"
    """Thai font"""
    ROBOTO_TTF = "roboto.ttf"
    """Roboto"""
    NOTOSANS_TTF = "notosans.ttf"
    """Noto sans"""
    NOTOSANSTHAI_TTF = "notosansthai.ttf"
    """Noto sans thai (thai)"""
    SARABUN_TTF = "sarabun.ttf"
    """Sarabun (thai)"""
    KANIT_TTF = "kanit.ttf"
    """Kanit (thai)"""
    CHARMONMAN_TTF = "charmonman.ttf"
    """Charmonman (thai)"""
    NOTONASKHARABIC_TTF = "notonaskharabic.ttf"
    """Noto naskh arabic (arabic)"""
    NOTOSANSDEVANAGARI_TTF = "notosansdevanagari.ttf"
    """Noto sans devanagari (indian languages)"""
    NOTOSANSTC_TTF = "notosanstc.ttf"
    """Noto sans tc / source han sans (cantonese)"""
    NOTOSANSKR_TTF = "notosanskr.ttf"
    """Noto sans kr (korean)"""
    GOTHICA1_TTF = "gothica1.ttf"
    """Gothic a1 (korean)"""
    NANUMMYEONGJO_TTF = "nanummyeongjo.ttf"
    """Nanum myeongjo (korean)"""
    NOTOSANSJP_TTF = "notosansjp.ttf"
    """Noto sans jp (japanese)"""
    NOTOSERIFJP_TTF = "notoserifjp.ttf"
    """Noto serif jp (japanese)"""
    SHIPPORIMINCHO_TTF = "shipporimincho.ttf"
    """Shippori mincho (japanese)"""


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
    """Values of ``ActionConfigInfo.Switch``, ``AddBlindWatermarkConfig.Switch``, ``AdvancedSuperResolutionConfig.Switch`` and 92 more fields."""

    ON = "ON"
    """Enabled"""
    OFF = "OFF"
    """Disabled"""


class SyncDubbingOutputOptionType(StrEnum):
    """Values of ``SyncDubbingOutputOption.Type``."""

    DATA = "data"
    """Base64-encoded audio"""
    URL = "url"
    """Audio url valid for 24 hours"""


class TEHDConfigType(StrEnum):
    """Values of ``TEHDConfig.Type``, ``TEHDConfigForUpdate.Type``."""

    TEHD_100 = "TEHD-100"
    """Top Speed Codec 100, for video"""
    TEHD_200 = "TEHD-200"
    """Top Speed Codec 200, for audio"""


class TaskNotifyConfigCmqModel(StrEnum):
    """Values of ``LiveStreamTaskNotifyConfig.CmqModel``, ``TaskNotifyConfig.CmqModel``."""

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


class TaskStatDataTaskType(StrEnum):
    """Values of ``TaskStatData.TaskType``."""

    TRANSCODE = "Transcode"
    """Transcoding"""
    ENHANCE = "Enhance"
    """Enhancement"""
    AI_ANALYSIS = "AIAnalysis"
    """Intelligent analysis"""
    AI_RECOGNITION = "AIRecognition"
    """Intelligent recognition"""
    AI_REVIEW = "AIReview"
    """Content moderation"""
    SNAPSHOT = "Snapshot"
    """Screenshots"""
    ANIMATED_GRAPHICS = "AnimatedGraphics"
    """Animated image generation"""
    IMAGE_PROCESS = "ImageProcess"
    """Image processing"""


class TaskStatus(StrEnum):
    """Values of ``DescribeBatchTaskDetailResponse.Status``, ``DescribeImageTaskDetailResponse.Status``, ``DescribeTaskDetailResponse.Status`` and 2 more fields."""

    WAITING = "WAITING"
    """Waiting"""
    PROCESSING = "PROCESSING"
    """Being processed"""
    FINISH = "FINISH"
    """Finished"""


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


class TextWatermarkTemplateInputFontType(StrEnum):
    """Values of ``TextWatermarkTemplateInput.FontType``, ``TextWatermarkTemplateInputForUpdate.FontType``."""

    SIMKAI_TTF = "simkai.ttf"
    """Kaiti, supports chinese and english"""
    ARIAL_TTF = "arial.ttf"
    """Arial, english only"""


class TranscodeTemplateContainer(StrEnum):
    """Values of ``TranscodeTemplate.Container``."""

    MP4 = "mp4"
    """Mpeg-4 container"""
    FLV = "flv"
    """Flash video"""
    HLS = "hls"
    """Http live streaming"""
    MP3 = "mp3"
    """Mp3 audio"""
    FLAC = "flac"
    """Flac audio"""
    OGG = "ogg"
    """Ogg audio"""


class UnattachSecurityGroupInOutInfoInOutType(StrEnum):
    """Values of ``UnattachSecurityGroupInOutInfo.InOutType``."""

    INPUT = "Input"
    """A flow input"""
    OUTPUT = "Output"
    """A flow output"""


class UnderstandImageConfigModel(StrEnum):
    """Values of ``UnderstandImageConfig.Model``."""

    UNDERSTAND_1_0_LITE = "understand-1.0-lite"
    """Lightweight understanding model"""
    UNDERSTAND_1_0_FLASH = "understand-1.0-flash"
    """Model balancing quality and speed"""
    UNDERSTAND_1_0_PRO = "understand-1.0-pro"
    """High-quality understanding model"""


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
    """Values of ``AnimatedGraphicsTemplate.ResolutionAdaptive``, ``CreateAnimatedGraphicsTemplateRequest.ResolutionAdaptive``, ``CreateImageSpriteTemplateRequest.ResolutionAdaptive`` and 11 more fields."""

    OPEN = "open"
    """Enabled: Width is the long side and Height the short side"""
    CLOSE = "close"
    """Disabled: Width is the width and Height the height"""


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


class ViewImageViewType(StrEnum):
    """Values of ``ViewImage.ViewType``."""

    FRONT = "front"
    """Front view (required)"""
    BACK = "back"
    """Back view"""
    LEFT = "left"
    """Left view"""
    RIGHT = "right"
    """Right view"""
    TOP = "top"
    """Top view"""
    BOTTOM = "bottom"
    """Bottom view"""
    LEFT_FRONT = "left_front"
    """Front-left at 45°"""
    RIGHT_FRONT = "right_front"
    """Front-right at 45°"""


class VoiceInfoCategory(StrEnum):
    """Values of ``VoiceInfo.Category``."""

    SYSTEM = "system"
    """System voice"""


class VoiceInfoGender(StrEnum):
    """Values of ``VoiceInfo.Gender``."""

    MALE = "male"
    """Male"""
    FAMALE = "famale"
    """Female (spelled famale upstream)"""


class VolumeBalanceConfigType(StrEnum):
    """Values of ``VolumeBalanceConfig.Type``."""

    LOUD_NORM = "loudNorm"
    """Loudness normalization"""
    GAIN_CONTROL = "gainControl"
    """Reduce sudden volume changes"""


class WorkflowTaskStatus(StrEnum):
    """Values of ``EditMediaTask.Status``, ``ImageTaskInfo.Status``, ``LiveScheduleTask.Status`` and 3 more fields."""

    PROCESSING = "PROCESSING"
    """Being processed"""
    FINISH = "FINISH"
    """Completed"""
