# generated from schema/mps.openapi.json by codegen/templates/tencent_mps/_emulation.py.jinja2 (make generate); do not edit.
"""``x-tc-emulation`` of schema/ as data: what the local emulator keeps and how actions change it.

``FAMILIES`` are the resource families (templates, workflows, schedules, ...) with the verb each
action applies to them; ``REFERENCES`` the request fields that must name an existing resource;
``TASKS`` the kinds of asynchronous task and the actions that read them back; ``ENFORCED_VALUES``
the request fields (type -> wire name -> documented values) whose values the service enforces. The emulator's one
generic engine (``tencent_mps_lib.testing``) runs them.
"""

from __future__ import annotations

from typing import Any, Final

FAMILIES: Final[dict[str, dict[str, Any]]] = {
    "TranscodeTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "TranscodeTemplate",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 1000, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [10, 20, 30, 40, 100010, 100020, 100030, 100040, 100210, 100220, 100230, 100240],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateTranscodeTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeTranscodeTemplates": {
                "verb": "list",
                "items": "TranscodeTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {
                    "Definitions": "Definition",
                    "Type": "Type",
                    "Name": "Name",
                    "ContainerType": "ContainerType",
                },
            },
            "ModifyTranscodeTemplate": {"verb": "modify"},
            "DeleteTranscodeTemplate": {"verb": "delete"},
        },
    },
    "WatermarkTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "WatermarkTemplate",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 1000, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "actions": {
            "CreateWatermarkTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeWatermarkTemplates": {
                "verb": "list",
                "items": "WatermarkTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifyWatermarkTemplate": {"verb": "modify"},
            "DeleteWatermarkTemplate": {"verb": "delete"},
        },
        "presets": {
            "ids": [],
            "system-below": 1000001,
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
        },
    },
    "SnapshotByTimeOffsetTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "SnapshotByTimeOffsetTemplate",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 16, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [10],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateSnapshotByTimeOffsetTemplate": {
                "verb": "create",
                "answer": {"Definition": "id"},
            },
            "DescribeSnapshotByTimeOffsetTemplates": {
                "verb": "list",
                "items": "SnapshotByTimeOffsetTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifySnapshotByTimeOffsetTemplate": {"verb": "modify"},
            "DeleteSnapshotByTimeOffsetTemplate": {"verb": "delete"},
        },
    },
    "SampleSnapshotTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "SampleSnapshotTemplate",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 16, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [10],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateSampleSnapshotTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeSampleSnapshotTemplates": {
                "verb": "list",
                "items": "SampleSnapshotTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifySampleSnapshotTemplate": {"verb": "modify"},
            "DeleteSampleSnapshotTemplate": {"verb": "delete"},
        },
    },
    "ImageSpriteTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "ImageSpriteTemplate",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 16, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [10],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateImageSpriteTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeImageSpriteTemplates": {
                "verb": "list",
                "items": "ImageSpriteTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifyImageSpriteTemplate": {"verb": "modify"},
            "DeleteImageSpriteTemplate": {"verb": "delete"},
        },
    },
    "AnimatedGraphicsTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "AnimatedGraphicsTemplate",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 16, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [20000, 20001],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateAnimatedGraphicsTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeAnimatedGraphicsTemplates": {
                "verb": "list",
                "items": "AnimatedGraphicsTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifyAnimatedGraphicsTemplate": {"verb": "modify"},
            "DeleteAnimatedGraphicsTemplate": {"verb": "delete"},
        },
    },
    "AdaptiveDynamicStreamingTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "AdaptiveDynamicStreamingTemplate",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 100, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [10, 20],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateAdaptiveDynamicStreamingTemplate": {
                "verb": "create",
                "answer": {"Definition": "id"},
            },
            "DescribeAdaptiveDynamicStreamingTemplates": {
                "verb": "list",
                "items": "AdaptiveDynamicStreamingTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {
                    "Definitions": "Definition",
                    "Type": "Type",
                    "Name": "Name",
                    "PureAudio": "PureAudio",
                },
            },
            "ModifyAdaptiveDynamicStreamingTemplate": {"verb": "modify"},
            "DeleteAdaptiveDynamicStreamingTemplate": {"verb": "delete"},
        },
    },
    "AIAnalysisTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "AIAnalysisTemplateItem",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 50, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [10, 20],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateAIAnalysisTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeAIAnalysisTemplates": {
                "verb": "list",
                "items": "AIAnalysisTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifyAIAnalysisTemplate": {"verb": "modify"},
            "DeleteAIAnalysisTemplate": {"verb": "delete"},
        },
    },
    "AIRecognitionTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "AIRecognitionTemplateItem",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 50, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [10, 20],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateAIRecognitionTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeAIRecognitionTemplates": {
                "verb": "list",
                "items": "AIRecognitionTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifyAIRecognitionTemplate": {"verb": "modify"},
            "DeleteAIRecognitionTemplate": {"verb": "delete"},
        },
    },
    "ContentReviewTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "ContentReviewTemplateItem",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 50, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [10, 20],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateContentReviewTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeContentReviewTemplates": {
                "verb": "list",
                "items": "ContentReviewTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifyContentReviewTemplate": {"verb": "modify"},
            "DeleteContentReviewTemplate": {"verb": "delete"},
        },
    },
    "QualityControlTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "QualityControlTemplate",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 50, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [10, 20],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateQualityControlTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeQualityControlTemplates": {
                "verb": "list",
                "items": "QualityControlTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifyQualityControlTemplate": {"verb": "modify"},
            "DeleteQualityControlTemplate": {"verb": "delete"},
        },
    },
    "ProcessImageTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "ProcessImageTemplate",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 100, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [20001],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateProcessImageTemplate": {
                "verb": "create",
                "answer": {"Definition": "id"},
                "renames": {"ProcessImageTemplate": "ProcessImageConfig"},
            },
            "DescribeProcessImageTemplates": {
                "verb": "list",
                "items": "ProcessImageTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifyProcessImageTemplate": {
                "verb": "modify",
                "renames": {"ProcessImageTemplate": "ProcessImageConfig"},
            },
            "DeleteProcessImageTemplate": {"verb": "delete"},
        },
    },
    "SmartEraseTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "SmartEraseTemplateItem",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 50, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [60],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateSmartEraseTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeSmartEraseTemplates": {
                "verb": "list",
                "items": "SmartEraseTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {
                    "Definitions": "Definition",
                    "Type": "Type",
                    "Name": "Name",
                    "EraseType": "EraseType",
                },
            },
            "ModifySmartEraseTemplate": {"verb": "modify"},
            "DeleteSmartEraseTemplate": {"verb": "delete"},
        },
    },
    "SmartSubtitleTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "SmartSubtitleTemplateItem",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 50, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "presets": {
            "ids": [50],
            "fields": {"Type": "Preset"},
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
            "system-below": 1000001,
        },
        "actions": {
            "CreateSmartSubtitleTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeSmartSubtitleTemplates": {
                "verb": "list",
                "items": "SmartSubtitleTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {
                    "Definitions": "Definition",
                    "Type": "Type",
                    "Name": "Name",
                    "ProcessType": "ProcessType",
                },
            },
            "ModifySmartSubtitleTemplate": {"verb": "modify"},
            "DeleteSmartSubtitleTemplate": {"verb": "delete"},
        },
    },
    "SubtitleEmbedTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "SubtitleEmbedTemplateItem",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 50, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "actions": {
            "CreateSubtitleEmbedTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeSubtitleEmbedTemplates": {
                "verb": "list",
                "items": "SubtitleEmbedTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifySubtitleEmbedTemplate": {"verb": "modify"},
            "DeleteSubtitleEmbedTemplate": {"verb": "delete"},
        },
        "presets": {
            "ids": [],
            "system-below": 1000001,
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
        },
    },
    "LiveRecordTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "LiveRecordTemplate",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 50, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Type": "Custom"},
        "actions": {
            "CreateLiveRecordTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeLiveRecordTemplates": {
                "verb": "list",
                "items": "LiveRecordTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifyLiveRecordTemplate": {"verb": "modify"},
            "DeleteLiveRecordTemplate": {"verb": "delete"},
        },
        "presets": {
            "ids": [],
            "system-below": 1000001,
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
        },
    },
    "BlindWatermarkTemplate": {
        "id": "Definition",
        "id-kind": "integer",
        "first-id": 1000001,
        "item": "BlindWatermarkTemplate",
        "not-found": "ResourceNotFound.TemplateNotExist",
        "cap": {"max": 50, "code": "LimitExceeded.TooMuchTemplate"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "actions": {
            "CreateBlindWatermarkTemplate": {"verb": "create", "answer": {"Definition": "id"}},
            "DescribeBlindWatermarkTemplates": {
                "verb": "list",
                "items": "BlindWatermarkTemplateSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"Definitions": "Definition", "Type": "Type", "Name": "Name"},
            },
            "ModifyBlindWatermarkTemplate": {"verb": "modify"},
            "DeleteBlindWatermarkTemplate": {"verb": "delete"},
        },
        "presets": {
            "ids": [],
            "system-below": 1000001,
            "modify-code": "InvalidParameterValue.ModifyDefaultTemplate",
            "delete-code": "InvalidParameterValue.DeleteDefaultTemplate",
        },
    },
    "Workflow": {
        "id": "WorkflowId",
        "id-kind": "integer",
        "first-id": 100001,
        "item": "WorkflowInfo",
        "not-found": "ResourceNotFound",
        "cap": {"max": 1000, "code": "LimitExceeded"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Status": "Disabled"},
        "actions": {
            "CreateWorkflow": {"verb": "create", "answer": {"WorkflowId": "id"}},
            "DescribeWorkflows": {
                "verb": "list",
                "items": "WorkflowInfoSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"WorkflowIds": "WorkflowId", "Status": "Status"},
            },
            "EnableWorkflow": {"verb": "set", "fields": {"Status": "Enabled"}},
            "DisableWorkflow": {"verb": "set", "fields": {"Status": "Disabled"}},
            "ResetWorkflow": {"verb": "replace"},
            "DeleteWorkflow": {"verb": "delete"},
        },
    },
    "Schedule": {
        "id": "ScheduleId",
        "id-kind": "integer",
        "first-id": 200001,
        "item": "SchedulesInfo",
        "not-found": "ResourceNotFound",
        "cap": {"max": 1000, "code": "LimitExceeded"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Status": "Disabled"},
        "actions": {
            "CreateSchedule": {"verb": "create", "answer": {"ScheduleId": "id"}},
            "DescribeSchedules": {
                "verb": "list",
                "items": "ScheduleInfoSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {
                    "ScheduleIds": "ScheduleId",
                    "Status": "Status",
                    "TriggerType": "Trigger.Type",
                },
            },
            "EnableSchedule": {"verb": "set", "fields": {"Status": "Enabled"}},
            "DisableSchedule": {"verb": "set", "fields": {"Status": "Disabled"}},
            "ModifySchedule": {"verb": "modify"},
            "DeleteSchedule": {"verb": "delete"},
        },
    },
    "PersonSample": {
        "id": "PersonId",
        "id-kind": "string",
        "id-prefix": "person-",
        "item": "AiSamplePerson",
        "not-found": "ResourceNotFound.Person",
        "cap": {"max": 10000, "code": "LimitExceeded"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "actions": {
            "CreatePersonSample": {
                "verb": "create",
                "answer": {"Person": "resource"},
                "renames": {"Usages": "UsageSet", "Tags": "TagSet"},
            },
            "DescribePersonSamples": {
                "verb": "list",
                "items": "PersonSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 100,
                "max-limit": 100,
                "filters": {"PersonIds": "PersonId", "Names": "Name", "Tags": "TagSet"},
            },
            "ModifyPersonSample": {
                "verb": "modify",
                "answer": {"Person": "resource"},
                "renames": {"Usages": "UsageSet"},
            },
            "DeletePersonSample": {"verb": "delete"},
        },
    },
    "WordSample": {
        "id": "Keyword",
        "id-kind": "string",
        "item": "AiSampleWord",
        "not-found": "ResourceNotFound.Word",
        "cap": {"max": 100000, "code": "LimitExceeded"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "actions": {
            "CreateWordSamples": {
                "verb": "create",
                "each": "Words",
                "renames": {"Usages": "UsageSet", "Tags": "TagSet"},
            },
            "DescribeWordSamples": {
                "verb": "list",
                "items": "WordSet",
                "total": "TotalCount",
                "offset": "Offset",
                "limit": "Limit",
                "default-limit": 100,
                "max-limit": 100,
                "filters": {"Keywords": "Keyword", "Usages": "UsageSet", "Tags": "TagSet"},
            },
            "ModifyWordSample": {"verb": "modify", "renames": {"Usages": "UsageSet"}},
            "DeleteWordSamples": {"verb": "delete", "ids": "Keywords"},
        },
    },
    "AsrHotwords": {
        "id": "HotwordsId",
        "id-kind": "string",
        "id-prefix": "hotwords-",
        "item": "DescribeAsrHotwordsResponse",
        "not-found": "InvalidParameterValue.HotWordsNotExist",
        "cap": {"max": 1000, "code": "LimitExceeded.TooMuchHotWords"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "custom-fields": {"Status": 0},
        "actions": {
            "CreateAsrHotwords": {"verb": "create", "answer": {"HotwordsId": "id"}},
            "DescribeAsrHotwords": {"verb": "get", "answer": {"*": "resource"}},
            "ModifyAsrHotwords": {"verb": "modify"},
            "DeleteAsrHotwords": {"verb": "delete"},
        },
    },
    "Project": {
        "id": "ProjectId",
        "id-kind": "string",
        "id-prefix": "project-",
        "item": "Project",
        "not-found": "InvalidParameterValue.ProjectNotFound",
        "cap": {"max": 1000, "code": "InvalidParameterValue.ProjectLimitExceeded"},
        "actions": {
            "CreateProject": {"verb": "create", "answer": {"ProjectId": "id"}},
            "QueryProject": {
                "verb": "list",
                "items": "Data",
                "total": "Total",
                "page": "Page",
                "page-size": "PageSize",
                "default-limit": 10,
                "max-limit": 100,
                "filters": {"ProjectId": "ProjectId", "ProjectName": "ProjectName"},
            },
            "UpdateProject": {"verb": "modify"},
            "DeleteProject": {"verb": "delete"},
        },
    },
    "StreamLinkFlow": {
        "id": "FlowId",
        "id-kind": "string",
        "id-prefix": "flow-",
        "item": "DescribeFlow",
        "not-found": "ResourceNotFound",
        "cap": {"max": 1000, "code": "LimitExceeded"},
        "custom-fields": {"State": "IDLE"},
        "members": {
            "InputGroup": {"id": "InputId", "id-prefix": "input-"},
            "OutputGroup": {"id": "OutputId", "id-prefix": "output-"},
        },
        "actions": {
            "CreateStreamLinkFlow": {"verb": "create", "answer": {"Info": "resource"}},
            "DescribeStreamLinkFlow": {"verb": "get", "answer": {"Info": "resource"}},
            "DescribeStreamLinkFlows": {
                "verb": "list",
                "items": "Infos",
                "total": "TotalNum",
                "page": "PageNum",
                "page-size": "PageSize",
                "total-pages": "TotalPage",
                "default-limit": 10,
                "max-limit": 100,
            },
            "ModifyStreamLinkFlow": {"verb": "modify"},
            "StartStreamLinkFlow": {"verb": "set", "fields": {"State": "RUNNING"}},
            "StopStreamLinkFlow": {"verb": "set", "fields": {"State": "IDLE"}},
            "BatchStartStreamLinkFlow": {
                "verb": "set",
                "ids": "FlowIds",
                "fields": {"State": "RUNNING"},
            },
            "BatchStopStreamLinkFlow": {
                "verb": "set",
                "ids": "FlowIds",
                "fields": {"State": "IDLE"},
            },
            "DeleteStreamLinkFlow": {"verb": "delete"},
            "BatchDeleteStreamLinkFlow": {"verb": "delete", "ids": "FlowIds"},
            "CreateStreamLinkInput": {
                "verb": "add",
                "collection": "InputGroup",
                "member": "InputGroup",
                "answer": {"Info": "resource"},
            },
            "ModifyStreamLinkInput": {
                "verb": "change",
                "collection": "InputGroup",
                "member": "Input",
                "answer": {"Info": "member"},
            },
            "CreateStreamLinkOutputInfo": {
                "verb": "add",
                "collection": "OutputGroup",
                "member": "Output",
                "answer": {"Info": "member"},
            },
            "ModifyStreamLinkOutputInfo": {
                "verb": "change",
                "collection": "OutputGroup",
                "member": "Output",
                "answer": {"Info": "member"},
            },
            "DeleteStreamLinkOutput": {"verb": "remove", "collection": "OutputGroup"},
        },
    },
    "StreamLinkEvent": {
        "id": "EventId",
        "id-kind": "string",
        "id-prefix": "event-",
        "item": "DescribeEvent",
        "not-found": "ResourceNotFound",
        "cap": {"max": 1000, "code": "LimitExceeded"},
        "stamps": {"created": "CreateTime"},
        "custom-fields": {"Status": 0},
        "actions": {
            "CreateStreamLinkEvent": {"verb": "create", "answer": {"Info": "resource"}},
            "DescribeStreamLinkEvent": {"verb": "get", "answer": {"Info": "resource"}},
            "DescribeStreamLinkEvents": {
                "verb": "list",
                "items": "Infos",
                "total": "TotalNum",
                "page": "PageNum",
                "page-size": "PageSize",
                "total-pages": "TotalPage",
                "default-limit": 10,
                "max-limit": 100,
            },
            "ModifyStreamLinkEvent": {"verb": "modify"},
            "DeleteStreamLinkEvent": {"verb": "delete"},
        },
    },
    "StreamLinkSecurityGroup": {
        "id": "Id",
        "id-kind": "string",
        "id-prefix": "sg-",
        "item": "SecurityGroupInfo",
        "not-found": "ResourceNotFound",
        "cap": {"max": 100, "code": "LimitExceeded"},
        "actions": {
            "CreateStreamLinkSecurityGroup": {"verb": "create", "answer": {"Id": "id"}},
            "DescribeStreamLinkSecurityGroups": {"verb": "list", "items": "Infos"},
            "ModifyStreamLinkSecurityGroup": {"verb": "modify"},
            "DeleteStreamLinkSecurityGroup": {"verb": "delete"},
        },
    },
    "StreamPackageLinearAssemblyChannel": {
        "id": "Id",
        "id-kind": "string",
        "id-prefix": "channel-",
        "item": "LinearAssemblyChannelInfo",
        "not-found": "ResourceNotFound",
        "cap": {"max": 1000, "code": "LimitExceeded"},
        "custom-fields": {"State": "IDLE"},
        "actions": {
            "CreateStreamPackageLinearAssemblyChannel": {
                "verb": "create",
                "answer": {"Info": "resource"},
            },
            "DescribeStreamPackageLinearAssemblyChannel": {
                "verb": "get",
                "answer": {"Info": "resource"},
            },
            "DescribeStreamPackageLinearAssemblyChannels": {
                "verb": "list",
                "items": "Infos",
                "total": "TotalNum",
                "page": "PageNum",
                "page-size": "PageSize",
                "default-limit": 10,
                "max-limit": 100,
                "total-pages": "TotalPage",
            },
            "ModifyStreamPackageLinearAssemblyChannel": {"verb": "modify"},
            "DeleteStreamPackageLinearAssemblyChannel": {"verb": "delete"},
            "DeleteStreamPackageLinearAssemblyChannels": {"verb": "delete", "ids": "Ids"},
            "StartStreamPackageLinearAssemblyChannel": {
                "verb": "set",
                "fields": {"State": "RUNNING"},
            },
            "StopStreamPackageLinearAssemblyChannel": {"verb": "set", "fields": {"State": "IDLE"}},
        },
    },
    "StreamPackageLinearAssemblyProgram": {
        "id": "Id",
        "id-kind": "string",
        "id-prefix": "program-",
        "item": "LinearAssemblyProgramInfo",
        "not-found": "ResourceNotFound",
        "cap": {"max": 1000, "code": "LimitExceeded"},
        "actions": {
            "CreateStreamPackageLinearAssemblyProgram": {
                "verb": "create",
                "answer": {"Info": "resource"},
            },
            "DescribeStreamPackageLinearAssemblyProgram": {
                "verb": "get",
                "answer": {"Info": "resource"},
            },
            "DescribeStreamPackageLinearAssemblyPrograms": {
                "verb": "list",
                "items": "Infos",
                "total": "TotalNum",
                "page": "PageNum",
                "page-size": "PageSize",
                "default-limit": 10,
                "max-limit": 100,
                "total-pages": "TotalPage",
                "filters": {"ChannelId": "AttachedChannel", "Name": "Name"},
            },
            "ModifyStreamPackageLinearAssemblyProgram": {"verb": "modify"},
            "DeleteStreamPackageLinearAssemblyProgram": {"verb": "delete"},
            "DeleteStreamPackageLinearAssemblyPrograms": {"verb": "delete", "ids": "Ids"},
        },
    },
    "StreamPackageSource": {
        "id": "Id",
        "id-kind": "string",
        "id-prefix": "source-",
        "item": "SourceInfo",
        "not-found": "ResourceNotFound",
        "cap": {"max": 1000, "code": "LimitExceeded"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "actions": {
            "CreateStreamPackageSource": {
                "verb": "create",
                "answer": {"Info": "resource"},
                "renames": {"PackageConfs": "PackageConf"},
            },
            "DescribeStreamPackageSource": {"verb": "get", "answer": {"Info": "resource"}},
            "DescribeStreamPackageSources": {
                "verb": "list",
                "items": "Infos",
                "total": "TotalNum",
                "page": "PageNum",
                "page-size": "PageSize",
                "default-limit": 10,
                "max-limit": 100,
                "total-pages": "TotalPage",
                "filters": {"LocationId": "AttachedLocation", "Type": "Type"},
            },
            "ModifyStreamPackageSource": {
                "verb": "modify",
                "renames": {"PackageConfs": "PackageConf"},
            },
            "DeleteStreamPackageSource": {"verb": "delete"},
        },
    },
    "StreamPackageSourceLocation": {
        "id": "Id",
        "id-kind": "string",
        "id-prefix": "location-",
        "item": "SourceLocationInfo",
        "not-found": "ResourceNotFound",
        "cap": {"max": 1000, "code": "LimitExceeded"},
        "stamps": {"created": "CreateTime", "updated": "UpdateTime"},
        "actions": {
            "CreateStreamPackageSourceLocation": {"verb": "create", "answer": {"Info": "resource"}},
            "DescribeStreamPackageSourceLocation": {"verb": "get", "answer": {"Info": "resource"}},
            "DescribeStreamPackageSourceLocations": {
                "verb": "list",
                "items": "Infos",
                "total": "TotalNum",
                "page": "PageNum",
                "page-size": "PageSize",
                "default-limit": 10,
                "max-limit": 100,
                "total-pages": "TotalPage",
            },
            "ModifyStreamPackageSourceLocation": {"verb": "modify"},
            "DeleteStreamPackageSourceLocation": {"verb": "delete"},
        },
    },
    "StreamPackageSSAIChannel": {
        "id": "ID",
        "id-kind": "string",
        "id-prefix": "ssai-",
        "item": "SSAIChannelInfo",
        "not-found": "ResourceNotFound",
        "cap": {"max": 1000, "code": "LimitExceeded"},
        "actions": {
            "CreateStreamPackageSSAIChannel": {"verb": "create", "answer": {"Info": "resource"}},
            "DescribeStreamPackageSSAIChannel": {"verb": "get", "answer": {"Info": "resource"}},
            "DescribeStreamPackageSSAIChannels": {
                "verb": "list",
                "items": "Infos",
                "total": "TotalNum",
                "page": "PageNum",
                "page-size": "PageSize",
                "default-limit": 10,
                "max-limit": 100,
            },
            "ModifyStreamPackageSSAIChannel": {"verb": "modify"},
            "DeleteStreamPackageSSAIChannel": {"verb": "delete"},
        },
    },
    "Voice": {
        "id": "VoiceId",
        "id-kind": "string",
        "id-prefix": "voice-",
        "first-id": 1,
        "item": "VoiceInfo",
        "not-found": "ResourceNotFound",
        "cap": {"max": 1000, "code": "LimitExceeded"},
        "custom-fields": {"Category": "clone"},
        "actions": {
            "CloneVoice": {
                "verb": "create",
                "flatten": ["VoiceProfile"],
                "answer": {"VoiceId": "id"},
            },
            "DescribeVoices": {
                "verb": "list",
                "items": "Voices",
                "total": "TotalCount",
                "page": "PageNum",
                "page-size": "PageSize",
                "default-limit": 20,
                "max-limit": 100,
                "filters": {
                    "VoiceId": "VoiceId",
                    "VoiceType": "Category",
                    "VoiceName": "Name",
                    "Gender": "Gender",
                    "Age": "Age",
                    "Languages": "Languages",
                },
                "match-all": {"VoiceType": "all"},
            },
            "UpdateVoice": {
                "verb": "modify",
                "flatten": ["VoiceFields"],
                "answer": {"Voice": "resource"},
            },
            "DeleteVoice": {"verb": "delete"},
        },
    },
}

REFERENCES: Final[list[dict[str, Any]]] = [
    {
        "action": "ProcessMedia",
        "path": "MediaProcessTask.TranscodeTaskSet[].Definition",
        "family": "TranscodeTemplate",
    },
    {
        "action": "ProcessMedia",
        "path": "MediaProcessTask.AnimatedGraphicTaskSet[].Definition",
        "family": "AnimatedGraphicsTemplate",
    },
    {
        "action": "ProcessMedia",
        "path": "MediaProcessTask.SnapshotByTimeOffsetTaskSet[].Definition",
        "family": "SnapshotByTimeOffsetTemplate",
    },
    {
        "action": "ProcessMedia",
        "path": "MediaProcessTask.SampleSnapshotTaskSet[].Definition",
        "family": "SampleSnapshotTemplate",
    },
    {
        "action": "ProcessMedia",
        "path": "MediaProcessTask.ImageSpriteTaskSet[].Definition",
        "family": "ImageSpriteTemplate",
    },
    {
        "action": "ProcessMedia",
        "path": "MediaProcessTask.AdaptiveDynamicStreamingTaskSet[].Definition",
        "family": "AdaptiveDynamicStreamingTemplate",
    },
    {
        "action": "ProcessMedia",
        "path": "MediaProcessTask.TranscodeTaskSet[].WatermarkSet[].Definition",
        "family": "WatermarkTemplate",
    },
    {
        "action": "ProcessMedia",
        "path": "AiContentReviewTask.Definition",
        "family": "ContentReviewTemplate",
    },
    {"action": "ProcessMedia", "path": "AiAnalysisTask.Definition", "family": "AIAnalysisTemplate"},
    {
        "action": "ProcessMedia",
        "path": "AiRecognitionTask.Definition",
        "family": "AIRecognitionTemplate",
    },
    {
        "action": "ProcessMedia",
        "path": "AiQualityControlTask.Definition",
        "family": "QualityControlTemplate",
    },
    {
        "action": "ProcessMedia",
        "path": "SmartSubtitlesTask.Definition",
        "family": "SmartSubtitleTemplate",
    },
    {"action": "ProcessMedia", "path": "SmartEraseTask.Definition", "family": "SmartEraseTemplate"},
    {
        "action": "CreateWorkflow",
        "path": "MediaProcessTask.TranscodeTaskSet[].Definition",
        "family": "TranscodeTemplate",
    },
    {
        "action": "CreateWorkflow",
        "path": "MediaProcessTask.AnimatedGraphicTaskSet[].Definition",
        "family": "AnimatedGraphicsTemplate",
    },
    {
        "action": "CreateWorkflow",
        "path": "MediaProcessTask.SnapshotByTimeOffsetTaskSet[].Definition",
        "family": "SnapshotByTimeOffsetTemplate",
    },
    {
        "action": "CreateWorkflow",
        "path": "MediaProcessTask.SampleSnapshotTaskSet[].Definition",
        "family": "SampleSnapshotTemplate",
    },
    {
        "action": "CreateWorkflow",
        "path": "MediaProcessTask.ImageSpriteTaskSet[].Definition",
        "family": "ImageSpriteTemplate",
    },
    {
        "action": "CreateWorkflow",
        "path": "MediaProcessTask.AdaptiveDynamicStreamingTaskSet[].Definition",
        "family": "AdaptiveDynamicStreamingTemplate",
    },
    {
        "action": "CreateWorkflow",
        "path": "MediaProcessTask.TranscodeTaskSet[].WatermarkSet[].Definition",
        "family": "WatermarkTemplate",
    },
    {
        "action": "CreateWorkflow",
        "path": "AiContentReviewTask.Definition",
        "family": "ContentReviewTemplate",
    },
    {
        "action": "CreateWorkflow",
        "path": "AiAnalysisTask.Definition",
        "family": "AIAnalysisTemplate",
    },
    {
        "action": "CreateWorkflow",
        "path": "AiRecognitionTask.Definition",
        "family": "AIRecognitionTemplate",
    },
    {
        "action": "ResetWorkflow",
        "path": "MediaProcessTask.TranscodeTaskSet[].Definition",
        "family": "TranscodeTemplate",
    },
    {
        "action": "ResetWorkflow",
        "path": "MediaProcessTask.AnimatedGraphicTaskSet[].Definition",
        "family": "AnimatedGraphicsTemplate",
    },
    {
        "action": "ResetWorkflow",
        "path": "MediaProcessTask.SnapshotByTimeOffsetTaskSet[].Definition",
        "family": "SnapshotByTimeOffsetTemplate",
    },
    {
        "action": "ResetWorkflow",
        "path": "MediaProcessTask.SampleSnapshotTaskSet[].Definition",
        "family": "SampleSnapshotTemplate",
    },
    {
        "action": "ResetWorkflow",
        "path": "MediaProcessTask.ImageSpriteTaskSet[].Definition",
        "family": "ImageSpriteTemplate",
    },
    {
        "action": "ResetWorkflow",
        "path": "MediaProcessTask.AdaptiveDynamicStreamingTaskSet[].Definition",
        "family": "AdaptiveDynamicStreamingTemplate",
    },
    {
        "action": "ResetWorkflow",
        "path": "MediaProcessTask.TranscodeTaskSet[].WatermarkSet[].Definition",
        "family": "WatermarkTemplate",
    },
    {
        "action": "ResetWorkflow",
        "path": "AiContentReviewTask.Definition",
        "family": "ContentReviewTemplate",
    },
    {
        "action": "ResetWorkflow",
        "path": "AiAnalysisTask.Definition",
        "family": "AIAnalysisTemplate",
    },
    {
        "action": "ResetWorkflow",
        "path": "AiRecognitionTask.Definition",
        "family": "AIRecognitionTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.TranscodeTask.Definition",
        "family": "TranscodeTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.TranscodeTask.WatermarkSet[].Definition",
        "family": "WatermarkTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.AnimatedGraphicTask.Definition",
        "family": "AnimatedGraphicsTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.SnapshotByTimeOffsetTask.Definition",
        "family": "SnapshotByTimeOffsetTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.SampleSnapshotTask.Definition",
        "family": "SampleSnapshotTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.ImageSpriteTask.Definition",
        "family": "ImageSpriteTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.AdaptiveDynamicStreamingTask.Definition",
        "family": "AdaptiveDynamicStreamingTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.AiContentReviewTask.Definition",
        "family": "ContentReviewTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.AiAnalysisTask.Definition",
        "family": "AIAnalysisTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.AiRecognitionTask.Definition",
        "family": "AIRecognitionTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.QualityControlTask.Definition",
        "family": "QualityControlTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.SmartSubtitlesTask.Definition",
        "family": "SmartSubtitleTemplate",
    },
    {
        "action": "CreateSchedule",
        "path": "Activities[].ActivityPara.SmartEraseTask.Definition",
        "family": "SmartEraseTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.TranscodeTask.Definition",
        "family": "TranscodeTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.TranscodeTask.WatermarkSet[].Definition",
        "family": "WatermarkTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.AnimatedGraphicTask.Definition",
        "family": "AnimatedGraphicsTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.SnapshotByTimeOffsetTask.Definition",
        "family": "SnapshotByTimeOffsetTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.SampleSnapshotTask.Definition",
        "family": "SampleSnapshotTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.ImageSpriteTask.Definition",
        "family": "ImageSpriteTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.AdaptiveDynamicStreamingTask.Definition",
        "family": "AdaptiveDynamicStreamingTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.AiContentReviewTask.Definition",
        "family": "ContentReviewTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.AiAnalysisTask.Definition",
        "family": "AIAnalysisTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.AiRecognitionTask.Definition",
        "family": "AIRecognitionTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.QualityControlTask.Definition",
        "family": "QualityControlTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.SmartSubtitlesTask.Definition",
        "family": "SmartSubtitleTemplate",
    },
    {
        "action": "ModifySchedule",
        "path": "Activities[].ActivityPara.SmartEraseTask.Definition",
        "family": "SmartEraseTemplate",
    },
    {"action": "ProcessMedia", "path": "ScheduleId", "family": "Schedule"},
    {
        "action": "ProcessLiveStream",
        "path": "AiContentReviewTask.Definition",
        "family": "ContentReviewTemplate",
    },
    {
        "action": "ProcessLiveStream",
        "path": "AiRecognitionTask.Definition",
        "family": "AIRecognitionTemplate",
    },
    {
        "action": "ProcessLiveStream",
        "path": "AiAnalysisTask.Definition",
        "family": "AIAnalysisTemplate",
    },
    {
        "action": "ProcessLiveStream",
        "path": "AiQualityControlTask.Definition",
        "family": "QualityControlTemplate",
    },
    {
        "action": "ProcessLiveStream",
        "path": "SmartSubtitlesTask.Definition",
        "family": "SmartSubtitleTemplate",
    },
    {"action": "ProcessImage", "path": "Definition", "family": "ProcessImageTemplate"},
    {
        "action": "BatchProcessMedia",
        "path": "SmartSubtitlesTask.Definition",
        "family": "SmartSubtitleTemplate",
    },
]

TASKS: Final[dict[str, dict[str, Any]]] = {
    "ImageTask": {
        "create": ["ProcessImage"],
        "id-prefix": "1250000000-ImageTask-",
        "states": {
            "waiting": "WAITING",
            "running": "PROCESSING",
            "done": "FINISH",
            "failed": "FINISH",
        },
        "results": {
            "waiting": "PROCESSING",
            "running": "PROCESSING",
            "done": "SUCCESS",
            "failed": "FAIL",
        },
        "output": "/emulator/{id}/image.jpg",
        "output-from": "OutputPath",
        "describe": {
            "DescribeImageTaskDetail": {
                "answer": {
                    "TaskType": "ImageTask",
                    "Status": "$status",
                    "CreateTime": "$created",
                    "FinishTime": "$finished",
                    "ErrCode": "$errcode",
                    "ErrMsg": "$message",
                    "Message": "$message",
                    "Definition": "$request.Definition",
                    "ImageTask": "$request.ImageTask",
                    "InputInfo": "$request.InputInfo",
                    "ImageProcessTaskResultSet": [
                        {
                            "Status": "$result",
                            "Progress": "$progress",
                            "ErrMsg": "$message",
                            "Message": "$message",
                            "Output": {
                                "$if": "done",
                                "Path": "$output",
                                "OutputStorage": "$request.OutputStorage",
                            },
                        }
                    ],
                }
            },
            "DescribeImageTasks": {
                "list": "TaskSet",
                "answer": {
                    "TaskId": "$id",
                    "Status": "$status",
                    "CreateTime": "$created",
                    "BeginProcessTime": "$begun",
                    "FinishTime": "$finished",
                    "SubTaskHasFailed": "$failed",
                },
            },
        },
    },
    "BatchTask": {
        "create": ["BatchProcessMedia"],
        "id-prefix": "1250000000-BatchTask-",
        "states": {
            "waiting": "WAITING",
            "running": "PROCESSING",
            "done": "FINISH",
            "failed": "FINISH",
        },
        "output": "/emulator/{id}/",
        "notify": "TaskNotifyConfig",
        "describe": {
            "DescribeBatchTaskDetail": {
                "answer": {
                    "TaskType": "BatchTask",
                    "Status": "$status",
                    "TaskId": "$id",
                    "CreateTime": "$created",
                    "BeginProcessTime": "$begun",
                    "FinishTime": "$finished",
                    "TasksPriority": "$request.TasksPriority",
                    "SessionContext": "$request.SessionContext",
                    "TaskNotifyConfig": "$request.TaskNotifyConfig",
                    "BatchTaskResult": {"InputInfos": "$request.InputInfo"},
                }
            }
        },
        "event": {
            "EventType": "BatchTask",
            "BatchTaskEvent": {"InputInfos": "$request.InputInfo"},
            "SessionContext": "$request.SessionContext",
        },
    },
    "EditMediaTask": {
        "create": ["EditMedia"],
        "id-prefix": "1250000000-EditMediaTask-",
        "store": "tasks",
        "states": {
            "waiting": "WAITING",
            "running": "PROCESSING",
            "done": "FINISH",
            "failed": "FINISH",
        },
        "results": {
            "waiting": "PROCESSING",
            "running": "PROCESSING",
            "done": "FINISH",
            "failed": "FINISH",
        },
        "output": "/emulator/{id}/edited.mp4",
        "output-from": "OutputObjectPath",
        "notify": "TaskNotifyConfig",
        "describe": {
            "DescribeTaskDetail": {
                "answer": {
                    "TaskType": "EditMediaTask",
                    "Status": "$status",
                    "CreateTime": "$created",
                    "BeginProcessTime": "$begun",
                    "FinishTime": "$finished",
                    "TaskNotifyConfig": "$request.TaskNotifyConfig",
                    "TasksPriority": "$request.TasksPriority",
                    "SessionId": "$request.SessionId",
                    "SessionContext": "$request.SessionContext",
                    "EditMediaTask": {
                        "TaskId": "$id",
                        "Status": "$result",
                        "ErrCode": "$errcode",
                        "Message": "$message",
                        "Input": {"FileInfoSet": "$request.FileInfos"},
                        "Output": {
                            "$if": "done",
                            "OutputStorage": "$request.OutputStorage",
                            "Path": "$output",
                        },
                    },
                }
            }
        },
        "event": {
            "EventType": "EditMediaTask",
            "EditMediaTaskEvent": {
                "TaskId": "$id",
                "Status": "$result",
                "ErrCode": "$errcode",
                "Message": "$message",
                "Input": {"FileInfoSet": "$request.FileInfos"},
                "Output": {
                    "$if": "done",
                    "OutputStorage": "$request.OutputStorage",
                    "Path": "$output",
                },
            },
            "SessionId": "$request.SessionId",
            "SessionContext": "$request.SessionContext",
        },
    },
    "ExtractBlindWatermarkTask": {
        "create": ["ExtractBlindWatermark"],
        "id-prefix": "1250000000-ExtractBlindWatermark-",
        "store": "tasks",
        "states": {
            "waiting": "WAITING",
            "running": "PROCESSING",
            "done": "FINISH",
            "failed": "FINISH",
        },
        "describe": {
            "DescribeTaskDetail": {
                "answer": {
                    "TaskType": "ExtractBlindWatermark",
                    "Status": "$status",
                    "CreateTime": "$created",
                    "BeginProcessTime": "$begun",
                    "FinishTime": "$finished",
                    "TaskNotifyConfig": "$request.TaskNotifyConfig",
                    "ExtractBlindWatermarkTask": {
                        "TaskId": "$id",
                        "Status": "$status",
                        "ErrCode": "$errcode",
                        "Message": "$message",
                        "InputInfo": "$request.InputInfo",
                        "Type": "$request.Type",
                        "ExtractBlindWatermarkConfig": "$request.ExtractBlindWatermarkConfig",
                        "IsDetected": {"$if": "done", "$value": False},
                        "Result": {"$if": "done", "$value": ""},
                    },
                }
            }
        },
    },
    "EvaluationTask": {
        "create": ["CreateMediaEvaluation"],
        "id-prefix": "1250000000-EvaluationTask-",
        "store": "tasks",
        "states": {
            "waiting": "WAITING",
            "running": "PROCESSING",
            "done": "FINISH",
            "failed": "FINISH",
        },
        "describe": {
            "DescribeTaskDetail": {
                "answer": {
                    "TaskType": "EvaluationTask",
                    "Status": "$status",
                    "CreateTime": "$created",
                    "BeginProcessTime": "$begun",
                    "FinishTime": "$finished",
                    "TaskNotifyConfig": "$request.TaskNotifyConfig",
                    "TasksPriority": "$request.TasksPriority",
                    "SessionId": "$request.SessionId",
                    "SessionContext": "$request.SessionContext",
                }
            }
        },
    },
    "AigcVideoTask": {
        "create": ["CreateAigcVideoTask"],
        "id-prefix": "aigc-video-",
        "states": {"waiting": "WAIT", "running": "RUN", "done": "DONE", "failed": "FAIL"},
        "output": "https://aigc.emulator.invalid/{id}.mp4",
        "describe": {
            "DescribeAigcVideoTask": {
                "answer": {
                    "Status": "$status",
                    "Message": "$message",
                    "VideoUrls": ["$output"],
                    "Resolution": "$request.ExtraParameters.Resolution",
                }
            }
        },
    },
    "AigcImageTask": {
        "create": ["CreateAigcImageTask"],
        "id-prefix": "aigc-image-",
        "states": {"waiting": "WAIT", "running": "RUN", "done": "DONE", "failed": "FAIL"},
        "output": "https://aigc.emulator.invalid/{id}.png",
        "describe": {
            "DescribeAigcImageTask": {
                "answer": {"Status": "$status", "Message": "$message", "ImageUrls": ["$output"]}
            }
        },
    },
    "AigcAudioTask": {
        "create": ["CreateAigcAudioTask"],
        "id-prefix": "aigc-audio-",
        "states": {"waiting": "WAIT", "running": "RUN", "done": "DONE", "failed": "FAIL"},
        "output": "https://aigc.emulator.invalid/{id}.mp3",
        "describe": {
            "DescribeAigcAudioTask": {
                "answer": {
                    "Status": "$status",
                    "Message": "$message",
                    "AudioInfos": [{"$if": "done", "Url": "$output"}],
                }
            }
        },
    },
    "TextToSpeechTask": {
        "create": ["TextToSpeechAsync"],
        "id-prefix": "tts-",
        "states": {
            "waiting": "processing",
            "running": "processing",
            "done": "success",
            "failed": "fail",
        },
        "output": "https://tts.emulator.invalid/{id}.mp3",
        "describe": {
            "DescribeTextToSpeechAsyncTask": {
                "answer": {
                    "ErrorCode": "$errcode",
                    "Msg": "$message",
                    "Status": "$status",
                    "AudioUrl": "$output",
                    "VoiceId": "$request.VoiceId",
                }
            }
        },
    },
    "VoiceDesignTask": {
        "create": ["DesignVoiceAsync"],
        "id-prefix": "voice-design-",
        "states": {
            "waiting": "processing",
            "running": "processing",
            "done": "success",
            "failed": "fail",
        },
        "output": "https://tts.emulator.invalid/{id}.mp3",
        "creates": {
            "family": "Voice",
            "fields": {
                "VoiceId": "$id",
                "Name": "$request.VoiceProfile.Name",
                "Description": "$request.Prompt",
                "Gender": "$request.VoiceProfile.Gender",
                "Age": "$request.VoiceProfile.Age",
                "Languages": "$request.VoiceProfile.Languages",
                "Labels": "$request.VoiceProfile.Labels",
                "Scenes": "$request.VoiceProfile.Scenes",
                "AudioUrl": "$output",
                "Category": "design",
            },
        },
        "describe": {
            "DescribeDesignTask": {
                "answer": {
                    "ErrorCode": "$errcode",
                    "Msg": "$message",
                    "Status": "$status",
                    "AudioUrl": "$output",
                    "VoiceId": {"$if": "done", "$value": "$id"},
                }
            }
        },
    },
    "Hunyuan3DTask": {
        "create": ["SubmitHunyuan3DTask"],
        "id-prefix": "hunyuan3d-",
        "states": {"waiting": "WAIT", "running": "RUN", "done": "DONE", "failed": "FAIL"},
        "output": "https://3d.emulator.invalid/{id}.glb",
        "describe": {
            "QueryHunyuan3DTask": {
                "answer": {
                    "TaskId": "$id",
                    "Status": "$status",
                    "Progress": "$progress",
                    "ErrorCode": "$errtext",
                    "ErrorMessage": "$message",
                    "Prompt": "$request.Prompt",
                    "RefImage": "$request.ImageUrl",
                    "GenerateType": "$request.GenerateType",
                    "FaceCount": "$request.FaceCount",
                    "CreateTime": "$created",
                    "UpdateTime": "$updated",
                    "ResultFile3Ds": [{"$if": "done", "Type": "GLB", "Url": "$output"}],
                }
            }
        },
    },
    "CloneViralTask": {
        "create": ["CloneViral"],
        "id-prefix": "clone-viral-",
        "states": {"waiting": "WAIT", "running": "RUN", "done": "DONE", "failed": "FAIL"},
        "output": "https://aigc.emulator.invalid/{id}.mp4",
        "describe": {
            "DescribeCloneViralTask": {
                "answer": {"Status": "$status", "Message": "$message", "VideoUrls": ["$output"]}
            }
        },
    },
    "VideoSearchTask": {
        "create": ["CreateVideoSearchTask"],
        "id-prefix": "video-search-",
        "states": {
            "waiting": "WAITING",
            "running": "PROCESSING",
            "done": "SUCCESS",
            "failed": "FAIL",
        },
        "describe": {
            "DescribeVideoSearchTaskDetail": {"answer": {"TaskId": "$id", "Status": "$status"}}
        },
    },
    "VideoDatabaseEntryTask": {
        "create": ["CreateVideoDatabaseEntryTask"],
        "id-prefix": "video-db-",
        "states": {
            "waiting": "WAITING",
            "running": "PROCESSING",
            "done": "SUCCESS",
            "failed": "FAIL",
        },
        "describe": {
            "DescribeVideoDatabaseEntryTaskDetail": {
                "answer": {"TaskId": "$id", "Status": "$status"}
            }
        },
    },
    "AgentRecordTask": {
        "create": ["CreateAgentRecordTask"],
        "id-prefix": "agent-record-",
        "states": {
            "waiting": "WAITING",
            "running": "RUNNING",
            "done": "SUCCESS",
            "failed": "FAILED",
        },
        "output": "https://record.emulator.invalid/{id}.mp4",
        "describe": {
            "DescribeAgentRecordTask": {
                "answer": {
                    "Status": "$status",
                    "ErrorMessage": "$message",
                    "RecordUrls": ["$output"],
                }
            }
        },
    },
    "AigcPipelineTask": {
        "create": [
            "CreateAiDramaTask",
            "CreateAiFissionTask",
            "CreateVideoRedrawTask",
            "CreateDocToVideoTask",
        ],
        "id-prefix": "aigc-pipeline-",
        "states": {
            "waiting": "PENDING",
            "running": "RUNNING",
            "done": "FINISHED",
            "failed": "FAILED",
        },
        "output": "https://aigc.emulator.invalid/{id}.mp4",
        "describe": {
            "DescribeAigcTaskStatus": {
                "answer": {
                    "TaskId": "$id",
                    "TaskStatus": "$status",
                    "OutputUrl": "$output",
                    "CreateTime": "$created",
                    "FinishedTime": "$finished",
                    "TaskResultCode": "$errcode",
                    "TaskResultMsg": "$message",
                }
            }
        },
    },
    "LiveStreamProcessTask": {
        "create": ["ProcessLiveStream"],
        "id-prefix": "1250000000-LiveStreamProcessTask-",
        "store": "tasks",
        "states": {
            "waiting": "WAITING",
            "running": "PROCESSING",
            "done": "FINISH",
            "failed": "FINISH",
        },
        "notify": "TaskNotifyConfig",
        "describe": {
            "DescribeTaskDetail": {
                "answer": {
                    "TaskType": "LiveStreamProcessTask",
                    "Status": "$status",
                    "CreateTime": "$created",
                    "BeginProcessTime": "$begun",
                    "FinishTime": "$finished",
                    "LiveStreamProcessTask": {
                        "TaskId": "$id",
                        "Status": "$status",
                        "ErrCode": "$errcode",
                        "Message": "$message",
                        "Url": "$request.Url",
                    },
                    "SessionId": "$request.SessionId",
                    "SessionContext": "$request.SessionContext",
                }
            }
        },
        "event": {
            "NotificationType": "ProcessEof",
            "TaskId": "$id",
            "ProcessEofInfo": {"ErrCode": "$errcode", "Message": "$message"},
            "SessionId": "$request.SessionId",
            "SessionContext": "$request.SessionContext",
        },
        "event-type": "ParseLiveStreamProcessNotificationResponse",
        "progress-events": [
            {
                "when": "AiContentReviewTask",
                "event": {
                    "NotificationType": "AiReviewResult",
                    "TaskId": "$id",
                    "AiReviewResultInfo": {
                        "ResultSet": [
                            {
                                "Type": "ImagePorn",
                                "ImagePornResultSet": [
                                    {
                                        "StartPtsTime": 0.0,
                                        "EndPtsTime": 10.0,
                                        "Confidence": 0.0,
                                        "Suggestion": "pass",
                                        "Label": "normal",
                                    }
                                ],
                            }
                        ]
                    },
                    "SessionId": "$request.SessionId",
                    "SessionContext": "$request.SessionContext",
                },
            },
            {
                "when": "AiRecognitionTask",
                "event": {
                    "NotificationType": "AiRecognitionResult",
                    "TaskId": "$id",
                    "AiRecognitionResultInfo": {
                        "ResultSet": [
                            {
                                "Type": "AsrFullTextRecognition",
                                "AsrFullTextRecognitionResultSet": [
                                    {
                                        "Text": "emulated speech",
                                        "StartPtsTime": 0.0,
                                        "EndPtsTime": 5.0,
                                        "Confidence": 100.0,
                                        "SteadyState": True,
                                    }
                                ],
                            }
                        ]
                    },
                    "SessionId": "$request.SessionId",
                    "SessionContext": "$request.SessionContext",
                },
            },
            {
                "when": "AiAnalysisTask",
                "event": {
                    "NotificationType": "AiAnalysisResult",
                    "TaskId": "$id",
                    "AiAnalysisResultInfo": {
                        "ResultSet": [
                            {
                                "Type": "SegmentRecognition",
                                "SegmentResultSet": [
                                    {
                                        "Confidence": 90.0,
                                        "StartTimeOffset": 0.0,
                                        "EndTimeOffset": 10.0,
                                        "Title": "segment 1",
                                        "Summary": "an emulated segment",
                                        "Keywords": ["emulated"],
                                    }
                                ],
                            }
                        ]
                    },
                    "SessionId": "$request.SessionId",
                    "SessionContext": "$request.SessionContext",
                },
            },
            {
                "when": "AiQualityControlTask",
                "event": {
                    "NotificationType": "AiQualityControlResult",
                    "TaskId": "$id",
                    "AiQualityControlResultInfo": {
                        "QualityControlResultSet": [
                            {
                                "Type": "Blur",
                                "QualityControlItems": [
                                    {
                                        "Confidence": 10,
                                        "StartTimeOffset": 0.0,
                                        "EndTimeOffset": 10.0,
                                    }
                                ],
                            }
                        ],
                        "DiagnoseResultSet": [],
                    },
                    "SessionId": "$request.SessionId",
                    "SessionContext": "$request.SessionContext",
                },
            },
            {
                "when": "SmartSubtitlesTask",
                "event": {
                    "NotificationType": "AiSmartSubtitleResult",
                    "TaskId": "$id",
                    "AiSmartSubtitleResultInfo": {
                        "SmartSubtitleResult": [
                            {
                                "Text": "emulated subtitle",
                                "StartPTSTime": 0.0,
                                "EndPTSTime": 5.0,
                                "Trans": "",
                                "SteadyState": True,
                            }
                        ]
                    },
                    "SessionId": "$request.SessionId",
                    "SessionContext": "$request.SessionContext",
                },
            },
        ],
    },
    "ScheduleTask": {
        "create": ["ProcessMedia"],
        "when": "ScheduleId",
        "id-prefix": "1250000000-ScheduleTask-",
        "store": "tasks",
        "states": {
            "waiting": "WAITING",
            "running": "PROCESSING",
            "done": "FINISH",
            "failed": "FINISH",
        },
        "notify": "TaskNotifyConfig",
        "describe": {
            "DescribeTaskDetail": {
                "answer": {
                    "TaskType": "ScheduleTask",
                    "Status": "$status",
                    "CreateTime": "$created",
                    "BeginProcessTime": "$begun",
                    "FinishTime": "$finished",
                    "ScheduleTask": {
                        "TaskId": "$id",
                        "Status": "$status",
                        "ErrCode": "$errcode",
                        "Message": "$message",
                        "InputInfo": "$request.InputInfo",
                        "ActivityResultSet": "$activity-results",
                    },
                    "TaskNotifyConfig": "$request.TaskNotifyConfig",
                    "TasksPriority": "$request.TasksPriority",
                    "SessionId": "$request.SessionId",
                    "SessionContext": "$request.SessionContext",
                }
            }
        },
        "event": {
            "EventType": "ScheduleTask",
            "ScheduleTaskEvent": {
                "TaskId": "$id",
                "Status": "$status",
                "ErrCode": "$errcode",
                "Message": "$message",
                "InputInfo": "$request.InputInfo",
                "ActivityResultSet": "$activity-results",
            },
            "SessionId": "$request.SessionId",
            "SessionContext": "$request.SessionContext",
        },
    },
}

ENFORCED_VALUES: Final[dict[str, dict[str, list[str]]]] = {
    "MediaInputInfo": {"Type": ["COS", "URL", "AWS-S3", "VOD"]},
    "TaskOutputStorage": {"Type": ["COS", "AWS-S3", "VOD"]},
    "TaskNotifyConfig": {
        "NotifyType": ["CMQ", "TDMQ-CMQ", "URL", "SCF", "AWS-SQS"],
        "NotifyMode": ["Finish", "Change"],
    },
    "ManageTaskRequest": {"OperationType": ["Abort"]},
    "DescribeTasksRequest": {"Status": ["WAITING", "PROCESSING", "FINISH"]},
    "DescribeWorkflowsRequest": {"Status": ["Enabled", "Disabled"]},
    "DescribeSchedulesRequest": {"Status": ["Enabled", "Disabled"]},
    "CreateTranscodeTemplateRequest": {
        "Container": [
            "mp4",
            "flv",
            "hls",
            "ts",
            "webm",
            "mkv",
            "mxf",
            "mov",
            "mp3",
            "flac",
            "ogg",
            "m4a",
            "wav",
        ]
    },
    "DescribeTranscodeTemplatesRequest": {
        "ContainerType": ["Video", "PureAudio"],
        "Type": ["Preset", "Custom"],
    },
    "DescribeWatermarkTemplatesRequest": {"Type": ["image", "text"]},
    "DescribeAIAnalysisTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeAIRecognitionTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeAdaptiveDynamicStreamingTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeAnimatedGraphicsTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeContentReviewTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeImageSpriteTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeLiveRecordTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeProcessImageTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeSampleSnapshotTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeSmartEraseTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeSmartSubtitleTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeSnapshotByTimeOffsetTemplatesRequest": {"Type": ["Preset", "Custom"]},
    "DescribeSubtitleEmbedTemplatesRequest": {"Type": ["Preset", "Custom"]},
}
