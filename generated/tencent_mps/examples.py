# generated from schema/mps.schema.json by codegen/templates/tencent_mps/examples.py.jinja2 (make generate); do not edit.
"""The API documentation's examples, by type: request parameters and the inside of responses.

The local emulator serves the example responses; tests and users may reuse them as fixtures.
"""

from __future__ import annotations

from typing import Any, Final

#: Type name -> its documented examples (wire dicts), for every type that has some.
EXAMPLES: Final[dict[str, list[dict[str, Any]]]] = {
    "DescribeTaskDetailRequest": [
        {"TaskId": "235303****-WorkflowTask-80108cc3380155d98b2e3573a48a******"}
    ],
    "DescribeTaskDetailResponse": [
        {
            "TaskType": "WorkflowTask",
            "Status": "FINISH",
            "CreateTime": "2019-07-16T06:21:27Z",
            "BeginProcessTime": "2019-07-16T06:21:28Z",
            "FinishTime": "2019-07-16T06:21:46Z",
            "WorkflowTask": {
                "TaskId": "235303****-WorkflowTask-80108cc3380155d98b2e3573a48a******",
                "Status": "FINISH",
                "ErrCode": 0,
                "Message": "",
                "InputInfo": {
                    "Type": "COS",
                    "CosInputInfo": {
                        "Bucket": "vodtestbj-235303****",
                        "Region": "ap-beijing",
                        "Object": "/input/videoplayback.mp4",
                    },
                    "S3InputInfo": None,
                    "UrlInputInfo": None,
                },
                "MetaData": {
                    "AudioDuration": 380.9465637207031,
                    "AudioStreamSet": [
                        {
                            "Channel": 0,
                            "Bitrate": 95999,
                            "Codec": "aac",
                            "Codecs": "mp4a.40.2",
                            "Loudness": 0,
                            "SamplingRate": 44100,
                        }
                    ],
                    "Bitrate": 409657,
                    "Container": "mov,mp4,m4a,3gp,3g2,mj2",
                    "Duration": 380.9465637207031,
                    "Height": 360,
                    "Rotate": 0,
                    "Size": 19626862,
                    "VideoDuration": 380.8804931640625,
                    "VideoStreamSet": [
                        {
                            "Bitrate": 313658,
                            "Codec": "h264",
                            "Codecs": "avc1.ffe100",
                            "Fps": 29,
                            "Height": 360,
                            "HdrType": "",
                            "ColorPrimaries": "",
                            "ColorSpace": "",
                            "ColorTransfer": "",
                            "Width": 480,
                        }
                    ],
                    "Width": 480,
                },
                "MediaProcessResultSet": [
                    {
                        "Type": "Transcode",
                        "TranscodeTask": {
                            "Status": "SUCCESS",
                            "ErrCode": 0,
                            "Message": "SUCCESS",
                            "ErrCodeExt": "SUCCESS",
                            "Progress": 100,
                            "Input": {
                                "Definition": 210,
                                "WatermarkSet": [],
                                "MosaicSet": [],
                                "RawParameter": None,
                                "EndTimeOffset": 0,
                                "OverrideParameter": None,
                                "HeadTailParameter": None,
                                "StartTimeOffset": 0,
                                "OutputStorage": {
                                    "Type": "COS",
                                    "CosOutputStorage": {
                                        "Bucket": "vodtestgz-235303****",
                                        "Region": "ap-guangzhou",
                                    },
                                    "S3OutputStorage": None,
                                },
                                "OutputObjectPath": "/hello/world/what/ever/videoplayback_transcode111_210",
                                "SegmentObjectName": "/hello/world/what/ever/no/problem/videoplayback_transcode11_210_{number}",
                                "ObjectNumberFormat": {
                                    "InitialValue": 2,
                                    "Increment": 3,
                                    "MinLength": 1,
                                    "PlaceHolder": "0",
                                },
                            },
                            "Output": {
                                "OutputStorage": {
                                    "Type": "COS",
                                    "CosOutputStorage": {
                                        "Bucket": "vodtestgz-235303****",
                                        "Region": "ap-guangzhou",
                                    },
                                    "S3OutputStorage": None,
                                },
                                "Path": "/hello/world/what/ever/videoplayback_transcode111_210.m3u8",
                                "Definition": 210,
                                "Bitrate": 353297,
                                "Height": 240,
                                "Width": 320,
                                "Size": 5692,
                                "Duration": 380.9580078125,
                                "Container": "hls,applehttp",
                                "Md5": "ae0dfe7c7336291d6243463b7bb14fea",
                                "VideoStreamSet": [
                                    {
                                        "Bitrate": 302307,
                                        "Codec": "h264",
                                        "Codecs": "avc1.ffe100",
                                        "Fps": 24,
                                        "Height": 240,
                                        "HdrType": "",
                                        "ColorPrimaries": "",
                                        "ColorSpace": "",
                                        "ColorTransfer": "",
                                        "Width": 320,
                                    }
                                ],
                                "AudioStreamSet": [
                                    {
                                        "Channel": 0,
                                        "Bitrate": 50990,
                                        "Codec": "aac",
                                        "Codecs": "mp4a.40.2",
                                        "Loudness": 0,
                                        "SamplingRate": 44100,
                                    }
                                ],
                            },
                        },
                        "AnimatedGraphicTask": None,
                        "SnapshotByTimeOffsetTask": None,
                        "SampleSnapshotTask": None,
                        "ImageSpriteTask": None,
                        "AdaptiveDynamicStreamingTask": None,
                    }
                ],
                "AiAnalysisResultSet": [],
                "AiRecognitionResultSet": [],
                "AiContentReviewResultSet": [],
                "AiQualityControlTaskResult": None,
            },
            "TaskNotifyConfig": None,
            "EditMediaTask": None,
            "LiveStreamProcessTask": None,
            "ScheduleTask": None,
            "LiveScheduleTask": None,
            "TasksPriority": 0,
            "SessionId": "",
            "SessionContext": "",
            "ExtInfo": "",
            "RequestId": "04db7d25-f590-414a-a341-8f1584f15f84",
        }
    ],
    "DescribeTasksRequest": [
        {"Status": "FINISH", "Limit": 5},
        {"Status": "FINISH", "ScrollToken": "taskId6", "Limit": 5},
        {"Status": "PROCESSING", "Limit": 5},
    ],
    "DescribeTasksResponse": [
        {
            "TotalCount": 12,
            "TaskSet": [
                {
                    "TaskId": "taskId1",
                    "TaskType": "WorkflowTask",
                    "SubTaskTypes": ["action-trans"],
                    "CreateTime": "2018-12-27T13:57:15Z",
                    "BeginProcessTime": "2018-12-27T13:57:15Z",
                    "FinishTime": "2018-12-27T13:57:15Z",
                },
                {
                    "TaskId": "taskId2",
                    "TaskType": "WorkflowTask",
                    "SubTaskTypes": ["action-trans"],
                    "CreateTime": "2018-12-27T13:57:15Z",
                    "BeginProcessTime": "2018-12-27T13:57:15Z",
                    "FinishTime": "2018-12-27T13:57:15Z",
                },
                {
                    "TaskId": "taskId3",
                    "TaskType": "WorkflowTask",
                    "SubTaskTypes": ["action-trans"],
                    "CreateTime": "2018-12-27T13:57:15Z",
                    "BeginProcessTime": "2018-12-27T13:57:15Z",
                    "FinishTime": "2018-12-27T13:57:15Z",
                },
                {
                    "TaskId": "taskId4",
                    "TaskType": "WorkflowTask",
                    "SubTaskTypes": ["action-trans"],
                    "CreateTime": "2018-12-27T13:57:15Z",
                    "BeginProcessTime": "2018-12-27T13:57:15Z",
                    "FinishTime": "2018-12-27T13:57:15Z",
                },
                {
                    "TaskId": "taskId5",
                    "TaskType": "WorkflowTask",
                    "SubTaskTypes": ["action-trans"],
                    "CreateTime": "2018-12-27T13:57:15Z",
                    "BeginProcessTime": "2018-12-27T13:57:15Z",
                    "FinishTime": "2018-12-27T13:57:15Z",
                },
            ],
            "ScrollToken": "taskId6",
            "RequestId": "46311b39-10ce-47eb-b2b6-7ce82bb4476d",
        },
        {
            "TotalCount": 1,
            "TaskSet": [
                {
                    "TaskId": "taskId6",
                    "TaskType": "WorkflowTask",
                    "SubTaskTypes": ["action-trans"],
                    "CreateTime": "2018-12-27T13:57:15Z",
                    "BeginProcessTime": "2018-12-27T13:57:15Z",
                    "FinishTime": "2018-12-27T13:57:15Z",
                }
            ],
            "ScrollToken": "",
            "RequestId": "46311b39-10ce-47eb-b2b6-7ce82bb4476d",
        },
        {
            "TotalCount": 1,
            "TaskSet": [
                {
                    "TaskId": "taskId7",
                    "TaskType": "WorkflowTask",
                    "SubTaskTypes": ["action-trans"],
                    "CreateTime": "2018-12-27T13:57:15Z",
                    "BeginProcessTime": "2018-12-27T13:57:15Z",
                    "FinishTime": "0000-00-00T00:00:00Z",
                }
            ],
            "ScrollToken": "",
            "RequestId": "46311b39-10ce-47eb-b2b6-7ce82bb4476d",
        },
    ],
    "ParseNotificationRequest": [{"Content": '{"EventType":"ProcedureStateChanged",XXX'}],
    "ParseNotificationResponse": [
        {
            "EventType": "WorkflowTask",
            "WorkflowTaskEvent": {
                "TaskId": "1256768367-Procedure-475b7237438a39560b9879a4556cb177t1",
                "Status": "FINISH",
                "ErrCode": 0,
                "Message": "",
                "InputInfo": {
                    "Type": "COS",
                    "CosInputInfo": {
                        "Bucket": "TopRankVideo-125xxx88",
                        "Region": "ap-chongqing",
                        "Object": "/movie/201907/WildAnimal.mov",
                    },
                    "UrlInputInfo": None,
                    "S3InputInfo": None,
                },
                "MetaData": {
                    "AudioDuration": 59.990001678467,
                    "AudioStreamSet": [
                        {
                            "Bitrate": 383854,
                            "SamplingRate": 48000,
                            "Codec": "aac",
                            "Channel": 0,
                            "Loudness": 0,
                            "Codecs": "mp4a.40.2",
                        }
                    ],
                    "Bitrate": 1021028,
                    "Container": "mov,mp4,m4a,3gp,3g2,mj2",
                    "Duration": 60,
                    "Height": 480,
                    "Rotate": 0,
                    "Size": 7700180,
                    "VideoDuration": 60,
                    "VideoStreamSet": [
                        {
                            "Bitrate": 637174,
                            "Codec": "h264",
                            "Fps": 23,
                            "Height": 480,
                            "Width": 640,
                            "ColorPrimaries": "bt470bg",
                            "ColorSpace": "gbr",
                            "ColorTransfer": "bt709",
                            "HdrType": "sdr",
                            "Codecs": "avc1.ffe100",
                        }
                    ],
                    "Width": 640,
                },
                "MediaProcessResultSet": [
                    {
                        "Type": "Transcode",
                        "TranscodeTask": {
                            "Status": "SUCCESS",
                            "ErrCodeExt": "SUCCESS",
                            "ErrCode": 0,
                            "Message": "SUCCESS",
                            "Progress": 0,
                            "Input": {
                                "Definition": 20,
                                "WatermarkSet": None,
                                "OutputObjectPath": "",
                                "RawParameter": None,
                                "StartTimeOffset": 0,
                                "EndTimeOffset": 0,
                                "OverrideParameter": None,
                                "ObjectNumberFormat": None,
                                "OutputStorage": None,
                                "SegmentObjectName": "",
                                "HeadTailParameter": None,
                                "MosaicSet": [],
                            },
                            "Output": {
                                "OutputStorage": {
                                    "Type": "COS",
                                    "CosOutputStorage": {
                                        "Bucket": "test-123",
                                        "Region": "ap-nanjing",
                                    },
                                    "S3OutputStorage": {
                                        "S3Bucket": "test-223",
                                        "S3Region": "us-east-1",
                                        "S3SecretId": "TEST**************K5W",
                                        "S3SecretKey": "testab****************0SS",
                                    },
                                },
                                "Path": "/movie/201907/WildAnimal_transcode_20.mp4",
                                "Size": 4189073,
                                "Container": "mov,mp4,m4a,3gp,3g2,mj2",
                                "Height": 480,
                                "Width": 640,
                                "Bitrate": 552218,
                                "Md5": "eff7031ad7877865f9a3240e9ab165ad",
                                "Duration": 60.04700088501,
                                "VideoStreamSet": [
                                    {
                                        "Bitrate": 503727,
                                        "Codec": "h264",
                                        "Fps": 24,
                                        "Height": 480,
                                        "Width": 640,
                                        "ColorPrimaries": "bt470bg",
                                        "ColorSpace": "gbr",
                                        "ColorTransfer": "bt709",
                                        "HdrType": "sdr",
                                        "Codecs": "avc1.ffe100",
                                    }
                                ],
                                "AudioStreamSet": [
                                    {
                                        "Bitrate": 48491,
                                        "Codec": "aac",
                                        "SamplingRate": 44100,
                                        "Channel": 0,
                                        "Loudness": 0,
                                        "Codecs": "mp4a.40.2",
                                    }
                                ],
                                "Definition": 0,
                            },
                        },
                        "AnimatedGraphicTask": None,
                        "SnapshotByTimeOffsetTask": None,
                        "SampleSnapshotTask": None,
                        "ImageSpriteTask": None,
                        "AdaptiveDynamicStreamingTask": None,
                    }
                ],
                "AiQualityControlTaskResult": None,
                "AiAnalysisResultSet": [],
                "AiRecognitionResultSet": [],
                "AiContentReviewResultSet": [],
            },
            "RequestId": "335bdaa3-db0e-46ce-9946-51941d9cb0f5",
            "ScheduleTaskEvent": None,
            "EditMediaTaskEvent": None,
            "SessionId": "",
            "SessionContext": "",
        }
    ],
    "ProcessMediaRequest": [
        {
            "InputInfo": {
                "Type": "COS",
                "CosInputInfo": {
                    "Bucket": "TopRankVideo-125xxx88",
                    "Region": "ap-shanghai",
                    "Object": "/image/lenna.jpeg",
                },
            },
            "OutputStorage": {
                "Type": "COS",
                "CosOutputStorage": {"Bucket": "TopRankVideo-125xxx88", "Region": "ap-shanghai"},
            },
            "OutputDir": "/data/share/",
            "AiQualityControlTask": {"Definition": 30},
        },
        {
            "InputInfo": {
                "Type": "COS",
                "CosInputInfo": {
                    "Bucket": "TopRankVideo-125xxx88",
                    "Region": "ap-shanghai",
                    "Object": "/video/lego-city-vehicles.mp4",
                },
            },
            "OutputDir": "/share/output/",
            "MediaProcessTask": {
                "AdaptiveDynamicStreamingTaskSet": [
                    {
                        "Definition": 10,
                        "OutputObjectPath": "{inputName}_adaptiveDynamicStreaming.{format}",
                        "SubStreamObjectName": "{inputName}_adaptiveDynamicStreaming_{definition}_{subStreamNumber}.{format}",
                        "SegmentObjectName": "{inputName}_adaptiveDynamicStreaming_{definition}_{subStreamNumber}_{segmentNumber}.{format}",
                    }
                ]
            },
        },
        {
            "MediaProcessTask": {
                "TranscodeTaskSet": [{"Definition": 30}, {"Definition": 20}, {"Definition": 40}]
            },
            "InputInfo": {
                "Type": "COS",
                "CosInputInfo": {
                    "Region": "ap-chongqing",
                    "Object": "/movie/201907/WildAnimal.mov",
                    "Bucket": "TopRankVideo-125xxx88",
                },
            },
        },
    ],
    "ProcessMediaResponse": [
        {
            "RequestId": "4a72e698-ec27-4fc1-8e17-c1cbfce1a4a9",
            "TaskId": "2600007696-WorkflowTask-67771a50b24d08baaf6165da23461e36tt7",
        },
        {
            "RequestId": "be6954ba-1e0e-4b36-9da1-d79aaaaccb0d",
            "TaskId": "2600007696-WorkflowTask-7bc4b70f5bda4b4fef4ad29d2d168bdftt7",
        },
        {
            "RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3",
            "TaskId": "125xxx65-procedurev2-bffb15f07530b57bc1aabb01fac74bca",
        },
    ],
}
