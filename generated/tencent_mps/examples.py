# generated from schema/mps.schema.json by codegen/templates/tencent_mps/examples.py.jinja2 (make generate); do not edit.
"""The API documentation's examples, by type: request parameters and the inside of responses.

The local emulator serves the example responses; tests and users may reuse them as fixtures.
"""

from __future__ import annotations

from typing import Any, Final

#: Type name -> its documented examples (wire dicts), for every type that has some.
EXAMPLES: Final[dict[str, list[dict[str, Any]]]] = {
    "ActivateSSAIRequest": [{}],
    "ActivateSSAIResponse": [{"RequestId": "45f56180-8d78-4e61-b67e-9e669ec59058"}],
    "ActivateStreamPackageRequest": [{}],
    "ActivateStreamPackageResponse": [{"RequestId": "3c140219-cfe9-470e-b241-907877d6fb03"}],
    "BatchDeleteStreamLinkFlowRequest": [
        {"EventId": "019517c0de4909dc0f32331b3424", "FlowIds": ["0195179307c109dc0f32331b341f"]}
    ],
    "BatchDeleteStreamLinkFlowResponse": [{"RequestId": "019517bfe7af09dc0f32331b3422"}],
    "BatchProcessMediaRequest": [
        {
            "InputInfo": [
                {
                    "Type": "URL",
                    "UrlInputInfo": {
                        "Url": "https://tetst-xxx-12xxxxx.cos.ap-xxxxx.myqcloud.com/processmedia/52.mp4"
                    },
                }
            ],
            "OutputStorage": {
                "Type": "COS",
                "CosOutputStorage": {"Bucket": "tetst-xxxx-125xxxxx", "Region": "ap-xxxxx"},
            },
            "OutputDir": "/output/",
            "SmartSubtitlesTask": {
                "RawParameter": {
                    "SubtitleType": 2,
                    "VideoSrcLanguage": "zh",
                    "SubtitleFormat": "vtt",
                    "TranslateSwitch": "ON",
                    "TranslateDstLanguage": "en",
                }
            },
            "TaskNotifyConfig": {
                "NotifyType": "URL",
                "NotifyUrl": "http://xxxx.com/v2/push/mps_test?token=73YcsZyP",
            },
            "SessionContext": "asdzxcs",
        }
    ],
    "BatchProcessMediaResponse": [
        {
            "RequestId": "b30891cd-cdc7-47db-94d3-4dbb85641dad",
            "TaskId": "24000030-BatchTask-e6fefa34fc497449c1a043b9a594c7det20",
        }
    ],
    "BatchStartStreamLinkFlowRequest": [
        {"EventId": "01937702ecc509dc0f3269ca3420", "FlowIds": ["01937702c54509dc0f3269ca341f"]}
    ],
    "BatchStartStreamLinkFlowResponse": [{"RequestId": "019202e96d9f09dc0f325e7f7a2a"}],
    "BatchStopStreamLinkFlowRequest": [
        {"EventId": "01941bb7827509dc0f320a9d3426", "FlowIds": ["019202e96d9f09dc0f325e7f7a2a"]}
    ],
    "BatchStopStreamLinkFlowResponse": [{"RequestId": "01937702ecc509dc0f3269ca3420"}],
    "ChangeVoiceRequest": [
        {
            "AudioUrl": "https://ie-mps-1258344699.cos.ap-nanjing.tencentcos.cn/common/jojoxiang/tmp/clip_005_%E5%B0%8F%E9%BE%99_21321_22622_input.wav",
            "VoiceId": "s1_ztAZoOVtdtfWNjK/yHUUsbZf/1PUSlZxcBZ3reJv1+6FtgY=",
            "Output": {"Type": "url"},
            "ExtParam": '{"timeRange": [0.5, 1.0]}',
            "AudioData": "*****sdasf",
        }
    ],
    "ChangeVoiceResponse": [
        {
            "AudioUrl": "https://laurie-tmp-1300828900.cos.accelerate.myqcloud.com/speech/fbc68f06-ce0c-4b9d-860a-709be6c5779d.mp3",
            "ErrorCode": 0,
            "Msg": "success",
            "RequestId": "fbc68f06-ce0c-4b9d-860a-709be6c5779d",
        }
    ],
    "CloneViralRequest": [
        {
            "VideoUrl": "https://ie-mps-1258344699.cos-internal.ap-nanjing.tencentcos.cn/common/lauriehuang/viral/test/mianmo-demo-720p.mp4",
            "Product": {
                "Images": [
                    "https://ie-mps-1258344699.cos-internal.ap-nanjing.tencentcos.cn/common/lauriehuang/viral/test/%E6%B4%97%E9%9D%A2%E5%A5%B6-1.png"
                ]
            },
        }
    ],
    "CloneViralResponse": [
        {
            "TaskId": "1300057393-ViralCloneAsync-bfea1147-48d4-418f-87b0-71ba350c38bc",
            "RequestId": "bfea1147-48d4-418f-87b0-71ba350c38bc",
        }
    ],
    "CloneVoiceRequest": [
        {
            "AudioUrl": "https://*****************.cos-internal.ap-nanjing.tencentcos.cn/common/***********/reel/test/narration_voice_zh.wav",
            "AudioLang": "zh",
            "VoiceProfile": {"Name": "new-clone-test"},
        }
    ],
    "CloneVoiceResponse": [
        {
            "ErrorCode": 0,
            "Msg": "success",
            "VoiceId": "v1_******BMqyjoY5+h4uWEkXUsTXzvBqORfjv9WZbpLIxGPzq3dm6qXYaOtO9C/9p68Gk=",
            "RequestId": "caeaf2ae-22f9-4a8e-a570-0558aefd1c15",
            "AudioUrl": "https://*********************.cos.accelerate.myqcloud.com/speech/771bdded-b55b-4745-82ae-caafb1136d7f-preview.mp3",
        }
    ],
    "CreateAIAnalysisTemplateResponse": [
        {"Definition": 33, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"Definition": 30, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"Definition": 31, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
    ],
    "CreateAIRecognitionTemplateRequest": [
        {
            "Name": "recog",
            "TranslateConfigure": {
                "Switch": "ON",
                "SourceLanguage": "en",
                "DestinationLanguage": "zh",
            },
        }
    ],
    "CreateAIRecognitionTemplateResponse": [
        {"Definition": 31, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"Definition": 32, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"Definition": 278654, "RequestId": "62cca75c-7dd3-4819-ad9d-13b48a4b4018"},
    ],
    "CreateAdaptiveDynamicStreamingTemplateResponse": [
        {"Definition": 30018, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "CreateAgentRecordTaskRequest": [
        {
            "LiveRoomUrl": "https://****.******.com/***********",
            "MaxDurationMinutes": 1,
            "StoreCosParam": {
                "CosBucketName": "******-test-live-record-task-**********",
                "CosBucketRegion": "ap-guangzhou",
                "CosBucketPath": "record-only",
            },
            "StartTime": "2026-07-03T12:10:28.065902+08:00",
        },
        {
            "LiveRoomUrl": "https://****.******.com/***********",
            "MaxDurationMinutes": 1,
            "StoreCosParam": {
                "CosBucketName": "******-test-live-record-task-**********",
                "CosBucketRegion": "ap-guangzhou",
                "CosBucketPath": "record-only",
            },
        },
    ],
    "CreateAgentRecordTaskResponse": [
        {
            "TaskId": "task_857a704be0d4da429630928dc35f8b33",
            "RequestId": "7bf98ed1-4e2b-4be6-ab54-ae0f4d1e502d",
        },
        {
            "TaskId": "task_9fac9a28f27292d8fbdf26e63beaeb03",
            "RequestId": "8a3e4c65-b473-456f-9158-57f3b0a5aff6",
        },
    ],
    "CreateAiDramaTaskResponse": [
        {
            "TaskId": "68459f79-bdce-52c8-4b86-5d446adbbee0",
            "RequestId": "867c9447-772f-48f5-a41c-11fe3c665695",
        }
    ],
    "CreateAiFissionTaskResponse": [
        {
            "TaskId": "24000048-AigcScenario-5bb4bbc1c0214685213aac29b01c1155",
            "RequestId": "820528c1-4423-4f7e-b387-7e8960878493",
        }
    ],
    "CreateAigcAudioTaskResponse": [
        {
            "TaskId": "24*******AigcAudio-6a38**3a9f51468da5bfc25****9a462",
            "RequestId": "fcc72969-6464-45ba-8369-232f7a1e1c76",
        }
    ],
    "CreateAigcImageTaskRequest": [{"Prompt": "draw a cat", "Operator": "admin"}],
    "CreateAigcImageTaskResponse": [
        {
            "RequestId": "1047d0dc-6dc8-4898-a7f3-03726a822b0e",
            "TaskId": "4-AigcImage-c3b145ec76****94ac55b9e63be17d",
        }
    ],
    "CreateAigcVideoTaskRequest": [
        {
            "ModelName": "Hunyuan",
            "Prompt": "move the picture",
            "NegativePrompt": "Top lighting,bright colors",
            "EnhancePrompt": False,
            "ImageUrl": "https://1500039689.vod-**.com/6cd2c44bvodcq1500039689/179cafb25145403699605999621/**oxE6jcA.png",
            "LastImageUrl": "https://aigc-**-image-1303333058.cos.ap-guangzhou.myqcloud.com/xxx_8655.png",
            "Duration": 5,
            "ExtraParameters": {"Resolution": "720P", "AspectRatio": "16:9"},
            "StoreCosParam": {
                "CosBucketName": "aigc-***-video-1**58",
                "CosBucketRegion": "ap-guangzhou",
                "CosBucketPath": "my_cos_file",
            },
            "Operator": "admin",
        }
    ],
    "CreateAigcVideoTaskResponse": [
        {"TaskId": "2147**3792", "RequestId": "643fb583-0032-44ac-bfa8-bef25e310998"}
    ],
    "CreateAnimatedGraphicsTemplateResponse": [
        {"Definition": 1008, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "CreateAsrHotwordsResponse": [
        {
            "HotwordsId": "hwd-aexxxxxxxxxxxxxx1481",
            "RequestId": "1ebaa15b-14b5-480c-9904-ec90c536e701",
        }
    ],
    "CreateBlindWatermarkTemplateResponse": [
        {"Definition": 10, "RequestId": "93dda61a-c2c5-465d-a78c-0860997fb01b"}
    ],
    "CreateContentReviewTemplateResponse": [
        {"Definition": 32, "RequestId": "88aee3e9-2qd3-4151-9d4b-4390a45227a9"},
        {"Definition": 30, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"Definition": 33, "RequestId": "67aee3e9-2qd3-2395-9d4b-4390a96837a7"},
        {"Definition": 31, "RequestId": "97aee3e9-2qd3-4151-9d4b-9730a45227a9"},
    ],
    "CreateDocToVideoTaskResponse": [
        {
            "TaskId": "516e11a9-**************-e0c84dffda8b",
            "RequestId": "825f6082-c99b-455a-97a6-97bb56740cbe",
        }
    ],
    "CreateImageSpriteTemplateResponse": [
        {"Definition": 1008, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "CreateLiveRecordTemplateResponse": [
        {"Definition": 20001, "RequestId": "12ae8cxc-dce3-4151-9cyt-5594145287e1"}
    ],
    "CreateMediaEvaluationRequest": [
        {
            "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "http://abc/reference.mp4"}},
            "OutputStorage": {
                "Type": "COS",
                "CosOutputStorage": {"Bucket": "mybucket", "Region": "ap-guangzhou"},
            },
            "OutputDir": "/output/",
            "EvaluationTask": {
                "TaskType": "NORMAL",
                "EvaluationTypeSet": ["PSNR", "VMAF"],
                "EvaluationRangeType": "FRAME",
                "ContrastMediaSet": [
                    {
                        "InputInfo": {
                            "Type": "URL",
                            "UrlInputInfo": {"Url": "http://abc/reference_transcode.mp4"},
                        }
                    }
                ],
                "StartFrameIndex": 1,
                "EndFrameIndex": 100,
            },
        }
    ],
    "CreateMediaEvaluationResponse": [
        {
            "TaskId": "24000006-EvaluationTask-366dd19ff7159ba06e24467b4212c41ett12",
            "RequestId": "df1b9015-1f90-4ed1-820a-380cd78cbe5e",
        }
    ],
    "CreatePersonSampleRequest": [
        {
            "Name": "evan",
            "Description": "xia",
            "FaceContents": [
                "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCACgARgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDy45yeT1pDk9z+dSleT9aTbVCIsHPU0oB9TUm2lC8UAM59TScjPJqXFNxQAwEgdT+dBznqfzp+2jbQBGdx7mkOc9TUpWk20AMGfU0oz6mnbcCjFABz60HOOppcelBoQCAkDrQSfU0UUAG4+po3H1P50nekoACSe5oDH1NFFADixPc00k+ppM0hNAx24+po3E9zTM0UgHbj6mmkn1NGaQ0xCMx9TTMkdzTjTTTuAm4+p/OkLHHU/nQ3tTakBcn1NNZj6mlpp6UhjST6mmEn1NONNNAgViGHJ60Ui/eH1ooA2yPmNJipGHzGkAqgGgc0oHFOxS4oAZikxUmKQCgCPFGKeRS4oAjxSYqTFJigBmKXFOxRigBuKQin7axfEesJpsOyEg3LdARkKPU0AaU08MIzNLGn+8wFURrWnGTYLpGJ/ugkfyrz+e6mnctNKzEnJ5pYmbdthlGD2Y4FK4z0q3uIpxmGRXA9DUpFcVbSTQWrTLlX/wBg9SfrVaLV7j7SqzTsq9Cw5I9+tFwO+xTSKxtE1YXEggknWR84UkbSwx6etbpFAERFJipSKbigCPFIakIppFADaKXFIRQA00hpT1pDQA000049aaetAhKaaU00mkMa1NpxppOaBCD7w+tFA+8PrRQB0JHzGkxUrDk03FUA0ClxTsU7FAEeKTFSAUhWgBmKTFSYoxQBHijFSY4oAoAjxQRTwKa7KiM7kKijJJ7DuaAMTxFrcelRbFXfcuuVXPCj1P8AhXnVxcSXEzSzuXkY5LGretXzahqU07NkM2E9lHQVQwcZpMZJGiM3zvgewq5awFpRGUYE9Mqevv7VTjjbbvGcD0rYe8Z7WNXHmMoGGUDp6H0NICC8ubhGEM6kBRt2kDOPYkcVnEDeQAQPettLS9vkVEi3An5dy846cUl3od3ZriWCUSn7oANRzrYtU5PWxiqWjbcnBFdl4T1mS6b7LcvucDKE9T7e9ce6OkmHyrDse1X9Gc2uoxTH5dpzgdxVpkHo5FIRT1wyhlOQRkUEVQiPFIRUhFIRSAixTSKlxTSKBkZFNYVKRTSKAISKQipCKaRQBERTWFSkU0igCI02pCKaRSAYByPrRTgORRQI6Rh8xoAqQjk0mOKoBmKUinYp2OKAI9vFJipMUmKAGEUY5p+2jFADMUmBUm2jFAEeKyvFczW+gXjIASy7OT0B4JrZxWR4stjcaBdooywUMB9DmgDyip4FZ3wgYsew70xYyXAIrtPBFvbtL8yru9TWNSfIrmtKn7SVjH0/Rb6ZTsicBunFd34P+GWoapcbnj2Rbc7unP0rutFggQrhF/KvRfD88ce3OABXA8XKTsj0lgoxVzH8O/D+00aFTIm89Sp5UH2B6Vqx6Tp9uX8i0hjJ64UV1t88MlkHQfP0rnZsgnNc1W99ToopWPmr4xeHxp3iq4e3QCG4RbhAO3Zh+B/nXBxSFN28fMRX0F8YNOS7tbK5A+eMlSR2U14bf2hgZj/dNelhqnNBI8vFUuWo2tju7LmygPXKL/KpiKZYA/YbfPXy1/lU5FdhyERFNIqUimkUAR4ppFSkU0igZERTSKlIppFICIimkVKRTGFAERFNIqUimEUARkUzFSmmkUARgciinY5H1opCOnI5NG2pCOTSYqgGAUuKeF5pcUAMxxTcVKRxTcc+1ADMUYqTHFGKAIwMUYp+KMUAMxTZIxJGyMPlYFT+NS4oIoA8Zv4zb3jxEYMbFT+BrovDEJeUGInPY1S8aWjW2v3LHG2XEqn2Ix/MVL4T1O2s7ofaAdh71hWi3F2N6ElGauesaXcSx7AdqtwOTXa6ReusgVnUL1+QZNcTper6RqKxJFeRhwcYcYrSfUmtIlct9xyoI9q8lwaep7kZKS3PXLK48+ILlySv8WKramGV8FdpIzg15VbfFRNNjYWlv59yOFZuxrLXWvEfiC5+2yyyxuWyAW24FaulzR10MPaKMrLU9G1vTItUsmhfr1B9DXh/iLw7dHxBFpNsu6e6kWNM8ZycZr2bw7Pcm32XsoklB+97fWsLxda3MPiTRNR062Nxdxz7I4lOC7YO0ZpUJOnKwq8FVjczte8Pw6FYWsLG4lvCP3jRpmGPH8Jb16fjXOkV2+tazf6jaX2majpDabcWsXmGMnOBuBbJ7/WuMI5rvws5Ti3LucONpRpySiraEWKQipSOaYRXUcRERTSKlIppFAERFNIqUimkUDIiKawqUimEUgIyKYRUpFMNAERFNIqQimkUARgcj60U4D5h9aKQjqiOTQBwaew5NJiqAQCginY5pQOKAGEcUmKkIpMUAMxRinkUUAMxRin4ox6UAMxzRin49aMUAcF8SY8S2MuOqupP0I/xrj7GB7iXy4ImkJ9M8flXrHiTTU1LSZ4mTdIql4j3DY/yK868PaVqFxMs1jIqEHrnkfhWdR8quzSnHmdhy6Fq8OjNq32eZLYSeVnBDZxnOOu339a9V+E1s/iXRrlbpywjPOeuQKyJJrmy0Odry4kbbGQVyVBz7V1H7Nio8N1GMfO7ZHoMVx1Je1gelSh7Kdr9DE8QeEzpN4wuQsVtI4OVbLMp/lUHhnwdbMLoy3kk0jkC28ksrp82cn1OOMV7rqOmWGqWzRXsSyEHg9CPxqPQ9EstKcPbrmMdiBkVhCpK1jeVON72M7QdCOl6evnyPLJjhn61m6mPtGo2SKCSlwjgA4PB7Gum1nUVctsG0dMZritTvHtH+1LtLxsGUN0JzWGrlZGrtGN2aXxKjMEMs/Aa42QnHfGTjPpj8zXmuK2Nd1q81qZXvHG1OFRegrJI4r18PTdOFnueNiqqqzvHZEZFNIxUpFMIrc5iMimkVIfemkUARkU0ipCKaRQBERTGFTEUwikMiIppFSEU1hQBERTCKkIppoAZjkfWilH3h9aKBHWEcmjHFPI+Y0YqhDMUuOKdjBpcUAMI4pMVIRSEUAMxRin4pCKBjMUYp4FLjAy3A96AI8UuDVS81bT7L/j6vbeMjsXGfyHNZUvjLQ0JH2pn/wByJjSA38Yrze6mbw54puEXIt3YSKPQNz/iK1dT8f2kcZGnW8ssvQNL8qj3x1P6Vwd5qFzqN1JPeSmSVu57D0A7ComlJWZcJODuj0PxpqKXHhnfCw+fANbv7PWoCx1MmZ8Rl8HB6cV5BLfTPYLbMSYw2a2/AEOp3WuxRaZP5Bb70jDIA+nc1yuly02jtjXU6qfyPqPWLgpFM1rMvmp8yAH7w+lVdP1wXNrgcZHIPUGsvwvouipcW2tlbibUPL2GSeYsAeh+XpU80FvHfzPAwHmEttHY964HG2qPUU1syxM5ckk8CsPW7Y3Vu8SfeKlseuOcVrvIqp1qLTALmW8m4McYSMZ6Fi44/IGrwseaojnxUrU2ccumST2cctmrEkco3OPpVufS7WLTUYPM9wVBLKCVPqOlWdCnW2mEaZf5ivJzjn8qteJ5Z9PhjvdMSPaHCTL1Cg9GA+uB+te27I8M42ctDMY5Y5F7hmXGRSkcVpXN99sjd544GOf4Vxx/SsWdgsm5UZd3GBRa4EpFNIqITnOMlsf7NSoS7FQrZAz+FKwDSKYRVqe3mgIE8UkZIyA6kZH41ARSAiIppFSEU0ikMiIpjCpSKYetAERFMNSkUwigCPHI+tFO7j60UAdcRyaMU8jk0mKokbilIp2OaXFADMUEU8CkIoAjxiquqXS2Gnz3Ui5Ea5Cj+I9APzNXcc1zvjaQDT7SAnAnuUU/QZP+FAGVeSa3eWEUqXTxCRTIVhXaQM4AB64rh9Uj1EORcz3Eq5/jdjXtNvYq0KJsJCQxhiDkjjP9aytX0NJI2XZnI655pMZ4mcg89aK3fEWkPZTt8v6dawqkYUA4OR1oooAuQbXYNxj0PrWn4c1y/wBH1SG4sEQzIflVxkHPasNGw/sa63wmmnXrpDf7RKp+UnowrOo0ldq5tRu5JJ2Z6b4d13W75HV9Rs9OjLZEEapKxJ5PPRf1roY9Ne0m877fPcknJEm3j8gKwNC0fQba83wqIXAzlSOa3dU1eytUEVuys54VQep9a82cr6RR66294W6uZZnEEAzIeOSABn3NdHf26+HdDsbd2PnyX8Mcobg+YTllwehAAHXDAbhVjwVpbW9vHfShvtE2WjAALHjJI5wzAZJiYA4xjk1l/EuVVuPC9omAsupBsIcjakbkAZ525PQ8qdy+lejhKHs48z3PLxVfnlyrYwoAw1iTOPlkBG/oPb3/AArf1oeVC4ODG7EFQOoxzWcYJV1W5nWNNyfMQRtEinkfj1qz4llVLQl8BHjyCTjOORk/0FdLOY4yF0gupYoSJYckIw5IB7H3qdbJ5ow7hCA33cY4Ix0rl01BrOK5udp2KjMAPXGAfzNdd8OrhLzw3ZNPud41MbEn+6cf4UrgLbaMRMN24oRlmPpitHQdKjGpDgFbXCswXgyYzj6AHp6n2rTdwqCQ4EcWXYng7Rz0+lM8Pq8enJNMxDylpXHfcTuP48/pRcRpalbQ3tube7AaPn5h1U+o9+a81vbd7W5khk+8pxnsR2I+tdTPqE+oXLw2zgWyPiWc8Kmew9WI7CqHjK38rUIWXOwxBAT6r1/mKprQDnCKaakI5phFQBERTTUpqMikMjIphqUimEUARgciilxyKKAOxI5NJinkcmkHWqJG4pcU7FLigBoFIRzTwMUhHNADCK4Xx1qK/wBt6XZBwVjJlkUdQTwMntxn867PU7tLCxmuZQWEYyFHVj2H4mvENQubxNbe7u/+Poyeac9M+n07UmNH0DafJvCgZASPGckfKMZFQ29zBqFtJJZ/vI0cxljkElSQcD6g1leH9SgvLp5YydrwwzKrHp8mCPfBXFO8MoEl1u3cyfur+QrjggOof+ZNAzN8UaVE1o7zBUAXcXPSvKNQ0yWJndUYJnjI617rqtn/AGnYSW0rYV1wHA5HcN+Brio7KS4tJrO6h2ahE+2WMn5QP7w/2T2xmiwHllFdVrfhqSEs8I+UVy8iNG5VhgipAbU8UjIQUJBHPFQCp4FDMueh65oA6jw9/bWtTSQ2k4zDG0rFiFwo6nceB+NeqfCjwhcXN02o61EDbQYZY5Mv5x7M4B3eT1JZc9M9Ovm6LCmgizhkeKa5O4svHyjpu9cnj2GRXdfBjxnd6VqkXhjxBcE2srZsJJZCvlyk8qknVN/AyeAeCMHgVOCexftJW3PdZCB5kkrghlDO0x3bl6q0hX76cbhKvzLhQ1eY+Prtbz4k+FrDLM0MU9xIjkFgxG0bsfxYXlhw3Dd67TU9Q/ebI3O5GZywj27W/icJ/Cw/jQcMuCOleM2epjUvjXKVYLFbQtbRhWDKAq9Ae65zj0GB2reStEzPV5FZzuTad3GO459a4jx1czyfuVR9iJjOw5HrXXNexxLEI0JlIBAI9zyT+VUlhLZ87DMeTnnJ+lZsDx/ULCe0tvOIeSH5WMbdwM5I9sGuy+GqJHo0iwljA07Mm7njaM1R8RQPp+myQsyu9o++3ZhyYyP9WfXrj8KteBHhWyeWKMQAyljGqkbTt5/DikM7G8K/Yp0DKJZiIgeudxGf0BqS7ZJ8WMchiVly8iDLKvsOxOP51j6tqSWsttHhmkjOdqjqxyP0BJ/Gn6PJ9ktTcXbH96eTjLOT6D8gB7Z707AXNLtIo7ZLl9ljp9vzBGT95j/y0Y9yeorE8RSoyxKryyEkuC6ldvY8H16+vc4ziulso3uJRcagN3lcxQggqnufVv5dqzPHK7FtyM/vWZic5HHt+NV0EcgRTCKlYUw1AEZqMipSKYRQBGRTCKkIphFICPHI+tFOHUfWigZ2RHJpMVIRyaTFUSNpcUpFLigBuKTHNSYrL1rUhZRiKHDXcp2xqeQCe59v50Ac54o1W1Oqw2l5I6WUTnfJH8wWTGMOOwGcjFR+LfD1rf6IuowurGAK0kkfO6POGI9cDmrcNgLZVt7t0ZypzMeQznkhvUE9+36FlkH0Z5ljhc2bcTWeM8c5ZB+eVHBzkUmM47w1qFzofiuC3uJSyxE2+R0Kk5BHtk5H1r0fQp1HijXgCNw8hyh5ByhH+FeT+JvLS8tp7Zw6hAgcHO4IcKf++dv5V2nw81Jr7xZfkDc0sMQxnk7cD+tCGd+rjcyxlGdThxjofSo5bdd64Ubxk5OO/wD+ulv7eT7QLm3ZI5ydmD0kXHQ/T1oMn+qgyWfcAz7cDbg//WpiKOoaesm5Cu7aATnj6Vx+t+DI7h/Mi+XPYda9FmZWiEYXHsOaUpG1ujKOp5HTp6Z/OgDzjTfh4J/MjctuIwpH5f5xXM+I9An0G4WC6iKTiP51IxyCRkDrggA84zmvdoLaCaJ4rmDz7eTCvGFJ3DIOMAg/lXB/EXw/BpelyTRfZbczSKVssJ54VV+/95nA55zxxVKOlwPOri6kg1aOFZBshRIQAeOmT+pJz6812Wo28er6A7Oo+2RKHifGTuH9D3/CuHvU+3eJJUtGD+bcERkZwRnj8K9C0GWUP/ZzyQPKIQSTI4+U5yDkcD5efw57Vk9xnpEmqlPCB16JJ5MWS3PqysFGMt/CyE8E8MpA64rxP4Y3Lr45tLqUgtKzg4wMlge1eqanaS23ws1aK78ueO0szBDKqLnb5iscbmDYGcDCkjnnFeReFrqOx8QaY5DFFmUseR1OP61tUd2hJHsmr38mnahCJHDRS8KcYIPofxrbiYT7X39sDJxjp+dc38Q4iLKKeFcKH3jpxzV7SrkzaQjKx34z14PFQwKGuW6SStJNuIhBZQfuj39+KNCs00+yuA4wEJkOQc4/yan1SI6hplyI2CysAFGemKbHgQSJdSLGv+r3K20Egdy3AAO0E/7We1DGUrNYw39oaiGaSUkpEoOST0GPXIebHyoDtReOmT0Hqep9AOtOdJ7e5F1bSvcSSriOWYglUKq3AHAJ3LnvzjtWzptvDCC8gkklcZMhHQ9OPSi4Gxp91OYN0sY4AXCDag4IwCcE/gKxvGLSyRWzPEFVGKk7gTz3+lXTewySEo0jNjBW3+b8z0H51T1e0vb2FF8tRggndICTjoeKrcRyxprDipDkFgQQwOCD2NMI5qAIyKYwqQ0w0ARGmmpDTDQBH3H1op38Q+tFIZ//9k="
            ],
            "Usages": ["Recognition.Face"],
        }
    ],
    "CreatePersonSampleResponse": [
        {
            "Error": {
                "Code": "InvalidParameterValue.PicFormatError",
                "Message": "face picture format error",
            },
            "RequestId": "791380a7-8248-4db8-a403-0a3627f713c8",
        }
    ],
    "CreateProcessImageTemplateRequest": [
        {
            "Name": "Template1",
            "Comment": "ProcessImageTemplate",
            "ProcessImageTemplate": {
                "EncodeConfig": {"Format": "jpeg", "Quality": 75},
                "EnhanceConfig": {"SuperResolution": {"Switch": "ON"}},
            },
        }
    ],
    "CreateProcessImageTemplateResponse": [
        {"RequestId": "03b25aab-8883-497e-838f-d760c3e220f6", "Definition": 200043}
    ],
    "CreateProjectResponse": [
        {
            "ProjectId": "458f16b1-7da9-4a56-a841-78567c5bee48",
            "RequestId": "28d958f5-86e5-4ccc-be23-77c87dc748f0",
        }
    ],
    "CreateQualityControlTemplateRequest": [
        {
            "Name": "example2",
            "Comment": "",
            "QualityControlItemSet": [
                {
                    "Type": "LowEvaluation",
                    "Switch": "ON",
                    "Threshold": "80",
                    "Duration": 0,
                    "IntervalTime": 1000,
                },
                {
                    "Type": "Mosaic",
                    "Switch": "ON",
                    "Threshold": "80",
                    "Duration": 0,
                    "IntervalTime": 1000,
                },
            ],
            "Strategy": {
                "StrategyType": "TimeSpotCheck",
                "TimeSpotCheck": {
                    "CheckDuration": 50,
                    "CheckInterval": 10,
                    "SkipDuration": 10,
                    "CirclesNumber": 10,
                },
            },
        }
    ],
    "CreateQualityControlTemplateResponse": [
        {"Definition": 200090, "RequestId": "7bb44c6c-92d0-4dad-99cf-88f569c6d3ad"}
    ],
    "CreateSampleSnapshotTemplateResponse": [
        {"Definition": 1008, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "CreateScheduleRequest": [
        {
            "ScheduleName": "evan_test7",
            "Trigger": {
                "Type": "CosFileUpload",
                "CosFileUploadTrigger": {
                    "Bucket": "evan-test-1300828900",
                    "Region": "ap-guangzhou",
                    "Dir": "/input/",
                    "Formats": ["mp4", "flv"],
                },
            },
            "Activities": [
                {"ActivityType": "input", "ReardriveIndex": [1, 2]},
                {
                    "ActivityType": "action-trans",
                    "ReardriveIndex": [3],
                    "ActivityPara": {"TranscodeTask": {"Definition": 10}},
                },
                {
                    "ActivityType": "action-trans",
                    "ReardriveIndex": [6, 7],
                    "ActivityPara": {"TranscodeTask": {"Definition": 10}},
                },
                {
                    "ActivityType": "action-trans",
                    "ReardriveIndex": [4, 5],
                    "ActivityPara": {"TranscodeTask": {"Definition": 10}},
                },
                {
                    "ActivityType": "action-trans",
                    "ReardriveIndex": [10],
                    "ActivityPara": {"TranscodeTask": {"Definition": 10}},
                },
                {
                    "ActivityType": "action-trans",
                    "ReardriveIndex": [10],
                    "ActivityPara": {"TranscodeTask": {"Definition": 10}},
                },
                {
                    "ActivityType": "action-trans",
                    "ReardriveIndex": [10],
                    "ActivityPara": {"TranscodeTask": {"Definition": 10}},
                },
                {
                    "ActivityType": "action-trans",
                    "ReardriveIndex": [8],
                    "ActivityPara": {"TranscodeTask": {"Definition": 10}},
                },
                {
                    "ActivityType": "action-trans",
                    "ReardriveIndex": [9],
                    "ActivityPara": {"TranscodeTask": {"Definition": 10}},
                },
                {
                    "ActivityType": "action-trans",
                    "ReardriveIndex": [10],
                    "ActivityPara": {"TranscodeTask": {"Definition": 10}},
                },
                {"ActivityType": "output", "ActivityPara": {}},
            ],
            "OutputStorage": {
                "Type": "COS",
                "CosOutputStorage": {"Bucket": "evan-test-1300828900", "Region": "ap-nanjing"},
            },
            "OutputDir": "output/",
        }
    ],
    "CreateScheduleResponse": [
        {"RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3", "ScheduleId": 157482}
    ],
    "CreateSmartEraseTemplateResponse": [
        {"Definition": 200410, "RequestId": "835f2ecd-8666-4717-998b-02680437a8ef"},
        {"Definition": 200409, "RequestId": "ac14b422-1c7b-407d-9b95-530f1eea063d"},
    ],
    "CreateSmartSubtitleTemplateResponse": [
        {"Definition": 304479, "RequestId": "92b23ad2-452e-4887-927e-7b4cc9325538"}
    ],
    "CreateSnapshotByTimeOffsetTemplateResponse": [
        {"Definition": 1008, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "CreateStreamLinkEventRequest": [{"EventName": "event_test"}],
    "CreateStreamLinkEventResponse": [
        {
            "Info": {
                "EventId": "019202e96d9f09dc0f325e7f7a2a",
                "Status": 1,
                "Description": "event for test live",
                "EventName": "event_test",
                "AttachedFlowGroup": [
                    {"FlowId": "01937702c54509dc0f3269ca341f", "Region": "ap-shanghai"}
                ],
                "CreateTime": "2024-10-12 12:12:12",
            },
            "RequestId": "019202e96d9f09dc0f325e7f7a2a",
        }
    ],
    "CreateStreamLinkFlowRequest": [
        {
            "FlowName": "flowtest",
            "EventId": "01937702ecc509dc0f3269ca3420",
            "MaxBandwidth": 20000000,
            "InputGroup": [
                {
                    "InputName": "inputname",
                    "Description": "inputnameDescription",
                    "Protocol": "RTP",
                    "AllowIpList": ["0.0.0.0/0"],
                    "SRTSettings": {
                        "StreamId": "#!::u=johnny,r=resource,h=xxx.com,t=stream,m=play",
                        "Latency": 1000,
                        "RecvLatency": 1000,
                        "PeerLatency": 1000,
                        "PeerIdleTimeout": 1000,
                        "Passphrase": "passphrase",
                        "PbKeyLen": 10,
                    },
                    "HLSPullSettings": {
                        "SourceAddresses": [{"Url": "http://example.com:8806/live/streamname.m3u8"}]
                    },
                    "RTPSettings": {"FEC": "none", "IdleTimeout": 1000},
                }
            ],
        }
    ],
    "CreateStreamLinkFlowResponse": [
        {
            "Info": {
                "FlowId": "flowtest",
                "FlowName": "flowtest",
                "State": "IDLE",
                "MaxBandwidth": 0,
                "InputGroup": [
                    {
                        "InputId": "inputtest",
                        "InputName": "inputtest",
                        "Description": "inputtest",
                        "Protocol": "SRT",
                        "InputAddressList": [],
                        "AllowIpList": ["0.0.0.0/0"],
                        "SRTSettings": {
                            "Mode": "LISTENER",
                            "StreamId": "srttest",
                            "Latency": 0,
                            "RecvLatency": 0,
                            "PeerLatency": 0,
                            "PeerIdleTimeout": 0,
                            "Passphrase": "srttest",
                            "PbKeyLen": 0,
                            "SourceAddresses": [{"Ip": "227.0.0.101", "Port": 0}],
                        },
                        "RTPSettings": {"FEC": "rtptest", "IdleTimeout": 0},
                        "InputRegion": "ap-shanghai",
                        "RTMPSettings": {"AppName": "live", "StreamKey": "live_test"},
                        "FailOver": "on",
                        "RTMPPullSettings": {
                            "SourceAddresses": [
                                {"TcUrl": "rtmp://example.com/live", "StreamKey": "live_test"}
                            ]
                        },
                        "RTSPPullSettings": {
                            "SourceAddresses": [{"Url": "rtsp://120.10.10.10:2355/cam/test"}]
                        },
                        "ResilientStream": {"Enable": True, "BufferTime": 1},
                        "HLSPullSettings": {
                            "SourceAddresses": [{"Url": "http://example.com/live/index.m3u8"}]
                        },
                    }
                ],
                "OutputGroup": [
                    {
                        "OutputId": "outputtest",
                        "OutputName": "outputtest",
                        "OutputType": "outputtest",
                        "Description": "outputtest",
                        "Protocol": "outputtest",
                        "OutputAddressList": [{"Ip": "223.223.223.223"}],
                        "OutputRegion": "ap-shanghai",
                        "SRTSettings": {
                            "Destinations": [{"Ip": "223.223.223.223", "Port": 0}],
                            "StreamId": "outputtest",
                            "Latency": 0,
                            "RecvLatency": 0,
                            "PeerLatency": 0,
                            "PeerIdleTimeout": 0,
                            "Passphrase": "outputtest",
                            "PbKeyLen": 0,
                            "Mode": "outputtest",
                            "SourceAddresses": [{"Ip": "202.118.80.23", "Port": 3320}],
                        },
                        "RTPSettings": {
                            "Destinations": [{"Ip": "202.118.80.23", "Port": 2200}],
                            "FEC": "outputtest",
                            "IdleTimeout": 0,
                        },
                        "RTMPSettings": {
                            "IdleTimeout": 0,
                            "ChunkSize": 0,
                            "Destinations": [{"Url": "outputtest", "StreamKey": "outputtest"}],
                        },
                        "RTMPPullSettings": {
                            "ServerUrls": [{"TcUrl": "outputtest", "StreamKey": "outputtest"}]
                        },
                        "AllowIpList": ["223.223.223.223"],
                        "RTSPPullSettings": {
                            "ServerUrls": [{"Url": "rtsp://120.10.10.10:2355/cam/test"}]
                        },
                        "HLSPullSettings": {
                            "ServerUrls": [{"Url": "http://example.com/live/index.m3u8"}]
                        },
                        "MaxConcurrent": 1,
                    }
                ],
                "EventId": "01937702ecc509dc0f3269ca3420",
                "Region": "ap-shanghai",
            },
            "RequestId": "0186e91bf25809831f1703c66937",
        }
    ],
    "CreateStreamLinkInputRequest": [
        {
            "FlowId": "",
            "InputGroup": [
                {
                    "InputName": "inputname",
                    "Description": "inputnameDescription",
                    "Protocol": "RTP",
                    "AllowIpList": ["0.0.0.0/0"],
                    "SRTSettings": {
                        "StreamId": "#!::u=johnny,t=file,m=publish,r=results.csv",
                        "Latency": 1000,
                        "RecvLatency": 1000,
                        "PeerLatency": 1000,
                        "PeerIdleTimeout": 1000,
                        "Passphrase": "",
                        "PbKeyLen": 10,
                    },
                    "RTPSettings": {"FEC": "none", "IdleTimeout": 1000},
                }
            ],
        }
    ],
    "CreateStreamLinkOutputInfoRequest": [
        {
            "FlowId": "019202e96d9f09dc0f325e7f7a2a",
            "Output": {
                "OutputName": "output_name",
                "OutputType": "Internet",
                "Description": "description",
                "Protocol": "SRT",
                "OutputRegion": "ap-shanghai",
                "SRTSettings": {
                    "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                    "StreamId": "",
                    "Latency": 0,
                    "RecvLatency": 0,
                    "PeerLatency": 0,
                    "PeerIdleTimeout": 0,
                    "Passphrase": "",
                    "PbKeyLen": 0,
                    "Mode": "Caller",
                },
                "RTPSettings": {
                    "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                    "FEC": "off",
                    "IdleTimeout": 0,
                },
                "RTMPSettings": {
                    "ChunkSize": 0,
                    "Destinations": [{"Url": "rtmp://example.com/live", "StreamKey": "live_test"}],
                },
                "AllowIpList": ["0.0.0.0"],
                "MaxConcurrent": 1,
            },
        }
    ],
    "CreateStreamLinkOutputInfoResponse": [
        {
            "Info": {
                "OutputId": "01937702c54509dc0f3269ca341f",
                "OutputName": "output_name",
                "OutputType": "Internet",
                "Description": "description",
                "Protocol": "SRT",
                "OutputAddressList": [{"Ip": "102.32.56.23"}],
                "OutputRegion": "ap-shanghai",
                "SRTSettings": {
                    "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                    "StreamId": "",
                    "Latency": 0,
                    "RecvLatency": 0,
                    "PeerLatency": 0,
                    "PeerIdleTimeout": 0,
                    "Passphrase": "",
                    "PbKeyLen": 0,
                    "Mode": "Caller",
                    "SourceAddresses": [{"Ip": "102.32.56.23", "Port": 22300}],
                },
                "RTPSettings": {
                    "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                    "FEC": "off",
                    "IdleTimeout": 0,
                },
                "RTMPSettings": {
                    "IdleTimeout": 0,
                    "ChunkSize": 0,
                    "Destinations": [{"Url": "rtmp://example.com/live", "StreamKey": "live_test"}],
                },
                "RTMPPullSettings": {
                    "ServerUrls": [{"TcUrl": "rtmp://example.com/live", "StreamKey": "live_test"}]
                },
                "AllowIpList": ["0.0.0.0"],
                "RTSPPullSettings": {"ServerUrls": [{"Url": "rtsp://example.com/live/test"}]},
                "HLSPullSettings": {"ServerUrls": [{"Url": "http://example.com/live/test.m3u8"}]},
                "MaxConcurrent": 1,
            },
            "RequestId": "01937702ecc509dc0f3269ca3420",
        }
    ],
    "CreateStreamLinkSecurityGroupRequest": [
        {"Name": "live_test", "Whitelist": ["102.102.102.102/32"]}
    ],
    "CreateStreamLinkSecurityGroupResponse": [
        {"Id": "019202e96d9f09dc0f325e7f7a2a", "RequestId": "01937702c54509dc0f3269ca341f"}
    ],
    "CreateStreamPackageLinearAssemblyChannelRequest": [
        {
            "Name": "test_channel",
            "Tier": "Standard",
            "PlaybackMode": "Linear",
            "TimeShiftEnable": True,
            "TimeShiftConf": {"TimeWindows": 10},
            "SlateConf": {
                "SourceLocationId": "698557DC1D3EA60266EB",
                "VodSourceName": "test_source_2",
            },
            "Outputs": [
                {
                    "Type": "HLS",
                    "GroupName": "group_name",
                    "ManifestName": "master",
                    "ManifestConf": {"Windows": 60, "AdMarkupType": "Enhanced SCTE-35"},
                    "DashManifestConf": {
                        "Windows": 60,
                        "MinBufferTime": 30,
                        "MinUpdatePeriod": 10,
                        "SuggestedPresentationDelay": 10,
                    },
                }
            ],
        }
    ],
    "CreateStreamPackageLinearAssemblyChannelResponse": [
        {
            "Info": {
                "AttachedPrograms": [],
                "CreateTime": 1770692416,
                "Id": "698A9F401D3EA6831FD9",
                "Name": "test_channel",
                "Outputs": [
                    {
                        "DashManifestConf": {
                            "MinBufferTime": 0,
                            "MinUpdatePeriod": 0,
                            "SuggestedPresentationDelay": 0,
                            "Windows": 0,
                        },
                        "GroupName": "group_name",
                        "ManifestConf": {"AdMarkupType": "Enhanced SCTE-35", "Windows": 60},
                        "ManifestName": "master",
                        "PlaybackURL": "http://25100****.ap-shanghai.streampack***.srclivepull.myqcloud.com/channel*******ly/698A9F401D3EA68*****/****er.m3u8",
                        "Type": "HLS",
                    }
                ],
                "PlaybackMode": "Linear",
                "ProgramSchedules": [],
                "Region": "ap-shanghai",
                "SlateConf": {
                    "SourceLocationId": "698557DC1D3EA60266EB",
                    "VodSourceName": "test_source_2",
                },
                "State": "IDLE",
                "Tier": "Standard",
                "TimeShiftConf": {"TimeWindows": 10},
                "TimeShiftEnable": True,
            },
            "RequestId": "3aebd063-df23-4efe-b51d-845eac508efb",
        }
    ],
    "CreateStreamPackageLinearAssemblyProgramRequest": [
        {
            "Name": "demo_program",
            "AttachedChannel": "66503E8E0000930000F3",
            "SourceType": "VOD",
            "SourceLocationId": "66503E8E0000930000F0",
            "SourceName": "vod_source",
            "PlaybackConf": {
                "TransitionType": "Relative",
                "StartTime": 0,
                "Duration": 0,
                "RelativePosition": "After",
                "RelativeProgramId": "66503E8E0000930000F7",
                "ClipRangeConf": {"Type": "Entire", "Offset": 0},
            },
            "AdBreaks": [
                {
                    "SourceLocationId": "66503E8E0000930000F1",
                    "VodSourceName": "ad_source",
                    "Offset": 64000,
                    "MessageType": "SpliceInsert",
                    "SpliceInsertConf": {
                        "EventID": "1",
                        "AvailNum": "0",
                        "AvailExpected": "0",
                        "ProgramID": "3",
                    },
                    "Metadatas": [{"Key": "test-key", "Value": "test-value"}],
                    "SourceLocationName": "ad_location",
                }
            ],
        }
    ],
    "CreateStreamPackageLinearAssemblyProgramResponse": [
        {
            "Info": {
                "Name": "demo_program",
                "SourceType": "VOD",
                "SourceLocationId": "66503E8E0000930000F0",
                "SourceId": "66503E8E0000930000F1",
                "SourceName": "vod_source",
                "AttachedChannel": "66503E8E0000930000F2",
                "PlaybackConf": {
                    "Duration": 0,
                    "TransitionType": "Relative",
                    "StartTime": 0,
                    "RelativePosition": "After",
                    "RelativeProgramId": "66503E8E0000930000F3",
                    "ClipRangeConf": {"Type": "Entire", "Offset": 0},
                    "RelativeProgramName": "relative_program",
                },
                "AdBreaks": [
                    {
                        "SourceLocationId": "66503E8E0000930000F4",
                        "VodSourceName": "ad_source",
                        "Offset": 64000,
                        "MessageType": "SpliceInsert",
                        "SpliceInsertConf": {
                            "EventID": "1",
                            "AvailNum": "0",
                            "AvailExpected": "0",
                            "ProgramID": "3",
                        },
                        "Metadatas": [{"Key": "test-key", "Value": "test-value"}],
                        "SourceLocationName": "ad_location",
                    }
                ],
                "Id": "66503E8E0000930000F5",
                "Region": "ap-singapore",
                "SourceLocationName": "demo_location",
            },
            "RequestId": "req-xxx",
        }
    ],
    "CreateStreamPackageSSAIChannelRequest": [
        {
            "Name": "TestConf",
            "ContentSource": "https://www.tencent.com/abc",
            "SSAIInfo": {
                "AdsUrl": "https://www.tencent.com/abc",
                "ConfigAliases": [
                    {
                        "ParamName": "region",
                        "AliasValueList": [{"Alias": "india", "Value": "ap-mumbai"}],
                    }
                ],
                "AdMarkerPassthrough": True,
                "SCTE35AdType": 1,
                "SlateAd": "https://www.tencent.com/abc.mp4",
                "Threshold": 12,
                "DashMPDLocation": True,
                "AdTriggers": [1],
                "DeliveryRestrictions": 1,
                "SourceCDNPrefix": "https://www.tencent.com/abc",
                "AdCDNPrefix": "https://www.tencent.com/abc",
                "PreRollAdsUrl": "https://www.tencent.com/abc",
                "PreRollMaxAllowedDuration": 30,
                "MultiRequest": True,
            },
        }
    ],
    "CreateStreamPackageSSAIChannelResponse": [
        {
            "Info": {
                "ContentSource": "https://www.tencent.com/abc",
                "ID": "698AAD421D3EA5656115",
                "Name": "TestConf",
                "PlaybackPrefix": "http://xxx.a*-mumbai.streampackage.s*************qcloud.com/v1/ssai/m***er/**94d961674a1eb4611d3xxxxx**",
                "Region": "ap-shanghai",
                "SSAIInfo": {
                    "AdCDNPrefix": "https://www.tencent.com/abc",
                    "AdMarkerPassthrough": True,
                    "AdTriggers": [1],
                    "AdsUrl": "https://www.tencent.com/abc",
                    "ConfigAliases": [
                        {
                            "AliasValueList": [{"Alias": "india", "Value": "ap-mumbai"}],
                            "ParamName": "region",
                        }
                    ],
                    "DashMPDLocation": False,
                    "DeliveryRestrictions": 1,
                    "MultiRequest": True,
                    "PreRollAdsUrl": "https://www.tencent.com/abc",
                    "PreRollMaxAllowedDuration": 30,
                    "SCTE35AdType": 1,
                    "SlateAd": "https://www.tencent.com/abc.mp4",
                    "SourceCDNPrefix": "https://www.tencent.com/abc",
                    "Threshold": 12,
                },
                "SessionInitPrefix": "http://251***5**.ap-s******i.stream******e***clivepull.myqcloud.*om/v**ssai/session/019c45b4c9121500****34b5a3c17/",
            },
            "RequestId": "cf3cc57b-2091-4061-b120-ec950d913412",
        }
    ],
    "CreateStreamPackageSourceLocationRequest": [
        {
            "Name": "location_name",
            "BaseUrl": "https://base.com/",
            "SegmentDeliverEnable": True,
            "SegmentDeliverConf": {
                "DefaultSegmentUrl": "https://base.com/demo/",
                "NameServers": [{"Name": "server_name", "Url": "https://test.com/"}],
            },
            "SegmentDeliverUsePackageEnable": True,
        }
    ],
    "CreateStreamPackageSourceLocationResponse": [
        {
            "Info": {
                "Id": "66503E8E0000930000F0",
                "Name": "location_name",
                "Region": "ap-singapore",
                "BaseUrl": "https://base.com/",
                "SegmentDeliverEnable": True,
                "SegmentDeliverConf": {
                    "DefaultSegmentUrl": "https://base.com/demo/",
                    "NameServers": [{"Name": "server_name", "Url": "https://test.com/"}],
                },
                "AttachedLiveSources": ["66503E8E0000930000F2"],
                "AttachedVodSources": ["66503E8E0000930000F1"],
                "CreateTime": 1590508800,
                "UpdateTime": 1590508800,
                "SegmentDeliverUsePackageEnable": True,
            },
            "RequestId": "req-xxx",
        }
    ],
    "CreateStreamPackageSourceRequest": [
        {
            "AttachedLocation": "66503E8E0000930000F0",
            "Name": "source_name",
            "Type": "VOD",
            "PackageConfs": [{"GroupName": "group_name", "Type": "HLS", "Path": "/vod/main.m3u8"}],
        }
    ],
    "CreateStreamPackageSourceResponse": [
        {
            "Info": {
                "Name": "source_name",
                "Type": "VOD",
                "PackageConf": [
                    {"GroupName": "group_name", "Type": "HLS", "Path": "/vod/main.m3u8"}
                ],
                "Id": "66503E8E0000930000F0",
                "CreateTime": 1590508800,
                "UpdateTime": 1590508800,
                "Region": "ap-singapore",
            },
            "RequestId": "req-xxx",
        }
    ],
    "CreateSubtitleEmbedTemplateResponse": [
        {"Definition": 260513, "RequestId": "3fceb699-e7de-4e17-8f6f-48976bf04c9e"}
    ],
    "CreateTranscodeTemplateRequest": [
        {
            "RemoveVideo": 0,
            "Container": "mp4",
            "Name": "trans_test",
            "AudioTemplate": {"SampleRate": 44100, "Codec": "aac", "Bitrate": 200},
            "VideoTemplate": {"Codec": "h264", "Bitrate": 256, "Fps": 45},
            "RemoveAudio": 0,
        }
    ],
    "CreateTranscodeTemplateResponse": [
        {"Definition": 1008, "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "CreateVideoDatabaseEntryTaskRequest": [
        {
            "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "http://qq.com/test.mp4"}},
            "TaskNotifyConfig": {"NotifyType": "URL", "NotifyUrl": "http://qq.com/callback"},
        },
        {
            "InputInfo": {
                "Type": "COS",
                "CosInputInfo": {
                    "Bucket": "test-bucket",
                    "Region": "ap-nanjing",
                    "Object": "/movie/test.mp4",
                },
            },
            "TaskNotifyConfig": {"NotifyType": "URL", "NotifyUrl": "http://qq.com/callback"},
        },
    ],
    "CreateVideoDatabaseEntryTaskResponse": [
        {
            "TaskId": "251xxx279-VideoDBEntryTask-60e4ae3b23ff4fd3936eb6b7e8af25ec",
            "RequestId": "3c140219-cfe9-470e-b241-907877d6fb03",
        },
        {
            "TaskId": "251xxx279-VideoDBEntryTask-60e4ae3b23ff4fd3936eb6b7e8af25ec",
            "RequestId": "3c140219-cfe9-470e-b241-907877d6fb03",
        },
    ],
    "CreateVideoRedrawTaskRequest": [
        {"Input": {"Url": "https://****************.cos.ap-guangzhou.myqcloud.com/fod_1.mp4"}}
    ],
    "CreateVideoRedrawTaskResponse": [
        {
            "TaskId": "d6f9bb2a-d1cd-****-447a-a4842e4279c6",
            "RequestId": "74ab0e9d-2b15-46ae-9c6c-042f360ae32b",
        }
    ],
    "CreateVideoSearchTaskResponse": [
        {
            "TaskId": "251xxx279-SearchTask-60e4ae3b23ff4fd3936eb6b7e8af25ec",
            "RequestId": "3c140219-cfe9-470e-b241-907877d6fb03",
        }
    ],
    "CreateWatermarkTemplateResponse": [
        {"Definition": 123, "ImageUrl": "", "RequestId": "93dda61a-c2c5-465d-a78c-0860997fb01b"}
    ],
    "CreateWordSamplesResponse": [
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
    ],
    "CreateWorkflowRequest": [
        {
            "WorkflowName": "trans-100020-100030-100040",
            "Trigger": {
                "Type": "CosFileUpload",
                "CosFileUploadTrigger": {
                    "Bucket": "TopRankVideo-125xxx88",
                    "Region": "ap-chongqing",
                    "Dir": "/movie/201907/",
                },
            },
            "MediaProcessTask": {
                "TranscodeTaskSet": [
                    {"Definition": 100020},
                    {"Definition": 100030},
                    {"Definition": 100040},
                ]
            },
        },
        {
            "WorkflowName": "snapshot",
            "Trigger": {
                "Type": "CosFileUpload",
                "CosFileUploadTrigger": {
                    "Bucket": "TopRankVideo-125xxx88",
                    "Region": "ap-chongqing",
                    "Dir": "/movie/201907/",
                },
            },
            "MediaProcessTask": {"SampleSnapshotTaskSet": [{"Definition": 100010}]},
        },
    ],
    "CreateWorkflowResponse": [
        {"RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3", "WorkflowId": 157482},
        {"RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3", "WorkflowId": 3457482},
    ],
    "DeleteAIAnalysisTemplateRequest": [{"Definition": 30}],
    "DeleteAIAnalysisTemplateResponse": [{"RequestId": "35ae8d8e-dce3-42851-9d4b-559414529d931"}],
    "DeleteAIRecognitionTemplateRequest": [{"Definition": 30}],
    "DeleteAIRecognitionTemplateResponse": [
        {"RequestId": "35ae8d8e-dce3-42851-9d4b-559414529d931"}
    ],
    "DeleteAdaptiveDynamicStreamingTemplateRequest": [{"Definition": 10001}],
    "DeleteAdaptiveDynamicStreamingTemplateResponse": [
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "DeleteAnimatedGraphicsTemplateRequest": [{"Definition": 10001}],
    "DeleteAnimatedGraphicsTemplateResponse": [
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "DeleteAsrHotwordsRequest": [{"HotwordsId": "hwd-aexxxxxxxxxxxxxx1481"}],
    "DeleteAsrHotwordsResponse": [{"RequestId": "b3529414-e832-400d-9629-d9998a4e170c"}],
    "DeleteBlindWatermarkTemplateRequest": [{"Definition": 10}],
    "DeleteBlindWatermarkTemplateResponse": [{"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}],
    "DeleteContentReviewTemplateRequest": [{"Definition": 30}],
    "DeleteContentReviewTemplateResponse": [
        {"RequestId": "35ae8d8e-dce3-42851-9d4b-559414529d931"}
    ],
    "DeleteImageSpriteTemplateRequest": [{"Definition": 10001}],
    "DeleteImageSpriteTemplateResponse": [{"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}],
    "DeleteLiveRecordTemplateRequest": [{"Definition": 20001}],
    "DeleteLiveRecordTemplateResponse": [{"RequestId": "12ae8cxc-dce3-4151-9cyt-5594145287e1"}],
    "DeletePersonSampleRequest": [{"PersonId": "10562"}],
    "DeletePersonSampleResponse": [{"RequestId": "510f4d68-09c9-44a3-ab55-192ff22297c9"}],
    "DeleteProcessImageTemplateRequest": [{"Definition": 20043}],
    "DeleteProcessImageTemplateResponse": [{"RequestId": "7c43b64a-8f21-4c2e-ab6e-a490ee5c439d"}],
    "DeleteProjectRequest": [{"ProjectId": "458f16b1-7da9-4a56-a841-78567c5bee48"}],
    "DeleteProjectResponse": [{"RequestId": "5d5c4574-3c6c-4801-8a75-b7c488dcab03"}],
    "DeleteQualityControlTemplateRequest": [{"Definition": 200090}],
    "DeleteQualityControlTemplateResponse": [{"RequestId": "877e2749-5bde-407c-8d01-b9ad30b5c702"}],
    "DeleteSampleSnapshotTemplateRequest": [{"Definition": 10001}],
    "DeleteSampleSnapshotTemplateResponse": [{"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}],
    "DeleteScheduleRequest": [{"ScheduleId": 0}],
    "DeleteScheduleResponse": [{"RequestId": "3c140219-cfe9-470e-b241-907877d6fb03"}],
    "DeleteSmartEraseTemplateRequest": [{"Definition": 200019}],
    "DeleteSmartEraseTemplateResponse": [{"RequestId": "3d3a3b90-9be7-4a3c-bd53-52fe399d976c"}],
    "DeleteSmartSubtitleTemplateRequest": [{"Definition": 202281}],
    "DeleteSmartSubtitleTemplateResponse": [{"RequestId": "a7922ab4-645f-413a-abd9-c0dfba945e3c"}],
    "DeleteSnapshotByTimeOffsetTemplateRequest": [{"Definition": 10001}],
    "DeleteSnapshotByTimeOffsetTemplateResponse": [
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "DeleteStreamLinkEventRequest": [{"EventId": "01937702c54509dc0f3269ca341f"}],
    "DeleteStreamLinkEventResponse": [{"RequestId": "019202e96d9f09dc0f325e7f7a2a"}],
    "DeleteStreamLinkFlowRequest": [{"FlowId": "01937702c54509dc0f3269ca341f"}],
    "DeleteStreamLinkFlowResponse": [{"RequestId": "019202e96d9f09dc0f325e7f7a2a"}],
    "DeleteStreamLinkOutputRequest": [
        {"FlowId": "0194407416cf09dc0f321631343d", "OutputId": "0193d38d0a4f09dc0f326fd4342c"}
    ],
    "DeleteStreamLinkOutputResponse": [{"RequestId": "01941bb4db6709dc0f320a9d3425"}],
    "DeleteStreamLinkSecurityGroupRequest": [{"Id": "01937702c54509dc0f3269ca341f"}],
    "DeleteStreamLinkSecurityGroupResponse": [{"RequestId": "019202e96d9f09dc0f325e7f7a2a"}],
    "DeleteStreamPackageLinearAssemblyChannelRequest": [{"Id": "66503E8E0000930000F3"}],
    "DeleteStreamPackageLinearAssemblyChannelResponse": [{"RequestId": "req-xxx"}],
    "DeleteStreamPackageLinearAssemblyChannelsRequest": [{"Ids": ["66503E8E0000930000F4"]}],
    "DeleteStreamPackageLinearAssemblyChannelsResponse": [{"RequestId": "req-xxx"}],
    "DeleteStreamPackageLinearAssemblyProgramRequest": [{"Id": "66503E8E0000930000F4"}],
    "DeleteStreamPackageLinearAssemblyProgramResponse": [{"RequestId": "req-xxx"}],
    "DeleteStreamPackageLinearAssemblyProgramsByChannelRequest": [
        {"ChannelID": "69CA28574083B064D4BB", "IDs": ["69CA280B4083B089741E"]}
    ],
    "DeleteStreamPackageLinearAssemblyProgramsByChannelResponse": [
        {"RequestId": "63e34fd0-df43-4a38-ac99-fda4bfc04cd8"}
    ],
    "DeleteStreamPackageLinearAssemblyProgramsRequest": [{"Ids": ["66503E8E0000930000F4"]}],
    "DeleteStreamPackageLinearAssemblyProgramsResponse": [{"RequestId": "req-xxx"}],
    "DeleteStreamPackageSSAIChannelRequest": [{"ID": "654CA8EF0000CE02BXXX"}],
    "DeleteStreamPackageSSAIChannelResponse": [
        {"RequestId": "0xxxxd32-1043-4e1b-bd20-1bfad0xxxx70"}
    ],
    "DeleteStreamPackageSourceLocationRequest": [{"Id": "66503E8E0000930000F0"}],
    "DeleteStreamPackageSourceLocationResponse": [{"RequestId": "req-xxx"}],
    "DeleteStreamPackageSourceRequest": [{"Id": "66503E8E0000930000F1"}],
    "DeleteStreamPackageSourceResponse": [{"RequestId": "req-xxx"}],
    "DeleteSubtitleEmbedTemplateRequest": [{"Definition": 259484}],
    "DeleteSubtitleEmbedTemplateResponse": [{"RequestId": "81d235bc-7137-4346-919f-0d7343ce04ec"}],
    "DeleteTranscodeTemplateRequest": [{"Definition": 1008}],
    "DeleteTranscodeTemplateResponse": [{"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}],
    "DeleteVoiceRequest": [
        {"VoiceId": "v1_t/swku2LEj6lgNZU0i3uwrYvx7zuPn5emkuzocwZ65f/QQofSo/YrU5mohm32XWj0L4="}
    ],
    "DeleteVoiceResponse": [
        {"ErrorCode": 0, "Msg": "success", "RequestId": "ee186104-ab49-486b-8740-5cb0f95f7243"}
    ],
    "DeleteWatermarkTemplateRequest": [{"Definition": 1001}],
    "DeleteWatermarkTemplateResponse": [{"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}],
    "DeleteWordSamplesRequest": [{"Keywords": ["510f4d68-09c9-44a3-ab55-192ff22297c9"]}],
    "DeleteWordSamplesResponse": [
        {"RequestId": "510f4d68-09c9-44a3-ab55-192ff22297c9"},
        {"RequestId": "510f4d68-09c9-44a3-ab55-192ff22297c9"},
    ],
    "DeleteWorkflowRequest": [{"WorkflowId": 45781}],
    "DeleteWorkflowResponse": [{"RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3"}],
    "DescribeAIAnalysisTemplatesRequest": [{"Offset": 0, "Limit": 10}, {"Definitions": [30]}],
    "DescribeAIRecognitionTemplatesRequest": [{"Definitions": [30]}],
    "DescribeAdaptiveDynamicStreamingTemplatesRequest": [{"Definitions": [10001]}],
    "DescribeAgentRecordTaskRequest": [
        {"TaskId": "24000192-MllmVideoTest-9baf86edd37b1491037414981e556bf0"}
    ],
    "DescribeAgentRecordTaskResponse": [
        {
            "RecordUrls": [
                "https://***********-live-record-task-**********.cos.ap-guangzhou.myqcloud.com/record-only/24000192-MllmVideoTest-7fedc0fb7c4fc718fd9792ca8e04e80f-2026-07-15-12-04-29.mp4"
            ],
            "Status": "RUNNING",
            "RequestId": "092b9f39-6bbd-4d34-b9aa-b5693f639edf",
        }
    ],
    "DescribeAigcAudioTaskRequest": [
        {"TaskId": "24000145-******d**-cb46b8040b684b539bbd46****e*e2fd"}
    ],
    "DescribeAigcAudioTaskResponse": [
        {
            "AudioInfos": [],
            "Message": "Invalid model name for music",
            "Status": "FAIL",
            "VideoInfos": [],
            "RequestId": "127ff457-6804-467a-ac97-c592db56c164",
        }
    ],
    "DescribeAigcImageTaskRequest": [{"TaskId": "4-AigcImage-c3b145ec76****94ac55b9e63be17d"}],
    "DescribeAigcImageTaskResponse": [
        {
            "Message": "ok",
            "RequestId": "1047d0dc-6dc8-4898-a7f3-03726a822b0e",
            "Status": "DONE",
            "ImageUrls": [
                "https://test-aigc-video-*****.cos.ap-guangzhou.myqcloud.com/4_2147483784_711361***94779.png"
            ],
        }
    ],
    "DescribeAigcTaskListRequest": [
        {"QueryTaskFilter": {"TaskId": "5ddc84c0-fe47-4cc8-35b8-ae8c313d1b9e"}},
        {"QueryTaskFilter": {"TaskType": "VideoRedraw"}},
    ],
    "DescribeAigcTaskListResponse": [
        {
            "PageNum": 1,
            "PageSize": 10,
            "Tasks": [
                {
                    "CreateTime": "2026-05-26 20:19:49",
                    "FinishedTime": "2026-05-26 20:27:08",
                    "RequestBody": '"{\\"Input\\":{\\"Url\\":\\"https://lewis-1302487817.cos.ap-guangzhou.myqcloud.com/replace-test/1s.mp4\\"},\\"Action\\":\\"CreateVideoRedrawTask\\",\\"RequestId\\":\\"3a35e21a-f31a-4a49-983f-0b7fc4ab5214\\",\\"Uin\\":\\"600000563781\\",\\"ApiModule\\":\\"mps\\",\\"Region\\":\\"\\",\\"AppId\\":1300057355}"',
                    "ScheduledTime": "2026-05-26 20:19:50",
                    "TaskId": "5ddc84c0-fe47-4cc8-35b8-ae8c313d1b9e",
                    "TaskStatus": "FINISHED",
                    "TaskType": "RedrawVideo",
                    "Urls": [
                        "https://aigc-redraw-output-1311402212.cos.ap-guangzhou.myqcloud.com/5ddc84c0-fe47-4cc8-35b8-ae8c313d1b9e/redraw_output.mp4?q-sign-algorithm=sha1&q-ak=*************JTUcikdRfpuskSUVd4PZbgd&q-sign-time=1779798367%3B1780403227&q-key-time=1779798367%3B1780403227&q-header-list=host&q-url-param-list=&q-signature=51d24ba6906aa4ff9df4103169e3606d4bc650ef"
                    ],
                }
            ],
            "Total": 1,
            "RequestId": "748b8335-f8b3-4eaf-aa67-bc284c4dc45a",
        },
        {
            "PageNum": 1,
            "PageSize": 10,
            "Tasks": [
                {
                    "CreateTime": "2026-05-26 20:19:49",
                    "FinishedTime": "2026-05-26 20:27:08",
                    "RequestBody": '"{\\"Input\\":{\\"Url\\":\\"https://lewis-1302487817.cos.ap-guangzhou.myqcloud.com/replace-test/1s.mp4\\"},\\"Action\\":\\"CreateVideoRedrawTask\\",\\"RequestId\\":\\"3a35e21a-f31a-4a49-983f-0b7fc4ab5214\\",\\"Uin\\":\\"600000563781\\",\\"ApiModule\\":\\"mps\\",\\"Region\\":\\"\\",\\"AppId\\":1300057355}"',
                    "ScheduledTime": "2026-05-26 20:19:50",
                    "TaskId": "5ddc84c0-fe47-4cc8-35b8-ae8c313d1b9e",
                    "TaskStatus": "FINISHED",
                    "TaskType": "RedrawVideo",
                    "Urls": [
                        "https://aigc-redraw-output-1311402212.cos.ap-guangzhou.myqcloud.com/5ddc84c0-fe47-4cc8-35b8-ae8c313d1b9e/redraw_output.mp4?q-sign-algorithm=****&q-ak=************************skSUVd4PZbgd&q-sign-time=1779798367%3B1780403227&q-key-time=1779798367%3B1780403227&q-header-list=host&q-url-param-list=&q-signature=51d24ba6906aa4ff9df4103169e3606d4bc650ef"
                    ],
                }
            ],
            "Total": 22,
            "RequestId": "3328c124-d304-42d2-b926-01adae1c10ee",
        },
    ],
    "DescribeAigcTaskStatusRequest": [{"TaskId": "c50f6094-3b56-a1fa-e616-0eec386bfc36"}],
    "DescribeAigcVideoTaskRequest": [{"TaskId": "4-AigcVideo-c3b145ec764****55b699e63be17d"}],
    "DescribeAigcVideoTaskResponse": [
        {
            "Message": "ok",
            "Resolution": "1920x1088",
            "Status": "DONE",
            "VideoUrls": [
                "https://live-**-video-*****.cos.ap-guangzhou.myqcloud.com/251006278_***_711361***06890375.mp4"
            ],
            "RequestId": "0b9ff3d7-959e-4b9d-8553-7c125305c868",
        }
    ],
    "DescribeAnimatedGraphicsTemplatesRequest": [{"Definitions": [10001]}],
    "DescribeAsrHotwordsListRequest": [{"HotwordsId": "hwd-aexxxxxxxxxxxxxx1481"}],
    "DescribeAsrHotwordsListResponse": [
        {
            "AsrHotwordsSet": [
                {
                    "CreateTime": "2025-03-19T03:29:06Z",
                    "FileName": "",
                    "HotwordsId": "hwd-aexxxxxxxxxxxxxx1481",
                    "Name": "HotwordsNameExample",
                    "Status": 0,
                    "Type": 0,
                    "UpdateTime": "2025-03-19T03:29:06Z",
                    "WordCount": 3,
                }
            ],
            "Limit": 0,
            "Offset": 0,
            "RequestId": "0beec64c-8390-43dd-8b3a-14df16cc9ca7",
            "TotalCount": 1,
        }
    ],
    "DescribeAsrHotwordsRequest": [{"HotwordsId": "hwd-aexxxxxxxxxxxxxx1481"}],
    "DescribeBatchTaskDetailRequest": [{"TaskId": "24xxxx-BatchTask-6b24c23ee5xxxxxx"}],
    "DescribeBlindWatermarkTemplatesRequest": [
        {"Definitions": [10, 20, 30], "Type": "blind-basic", "Offset": 0, "Limit": 10}
    ],
    "DescribeCloneViralTaskRequest": [
        {"TaskId": "24000191-ViralClone-92e56dab-2a5b-4537-b49f-854563d4903f"}
    ],
    "DescribeCloneViralTaskResponse": [
        {
            "Status": "DONE",
            "VideoUrls": [
                "https://laurie-tmp-1300828900.cos.ap-nanjing.myqcloud.com/viral_clone/20260720/24000191-ViralClone-92e56dab-2a5b-4537-b49f-854563d4903f/clip.mp4"
            ],
            "RequestId": "74aeda83-63cc-4404-9f10-e43e841d242c",
        }
    ],
    "DescribeContentReviewTemplatesRequest": [{"Offset": 0, "Limit": 10}, {"Definitions": [30]}],
    "DescribeDesignTaskRequest": [
        {"TaskId": "1300057393-DesignVoiceAsync-88434eca-1484-4fcc-8589-e98027fc174e"},
        {"TaskId": "1300057393-DesignVoiceAsync-0ce1e964-516d-490a-80e2-1c8f574fd493"},
    ],
    "DescribeDesignTaskResponse": [
        {
            "ErrorCode": 0,
            "Msg": "success",
            "Status": "success",
            "VoiceId": "v1_kuuEfwa/ADAozD26I/1sVcQgNNNj0egjBFWrvjnyqiaXzF8qfejCmOlUQc8n5Ss+CoRyMoYOrD3o9E0=",
            "RequestId": "5bf0e591-fadc-4b5f-9c9a-9586e09ec6af",
        },
        {
            "AudioUrl": "https://laurie-tmp-1300828900.cos.ap-nanjing.myqcloud.com/async_dubbing/0ce1e964-516d-490a-80e2-1c8f574fd493-preview.mp3",
            "ErrorCode": 0,
            "Msg": "success",
            "Status": "success",
            "VoiceId": "v1_zzXhFVNQhPxEP5OEFCa5K1xS1T7tndirMHTN/RCm+nx/cqsSqdsCqzHe3rxHo16e8m026KhWTtt/HUY=",
            "RequestId": "0ec0f8a6-299b-43c0-a528-9dcd8eaf340a",
        },
    ],
    "DescribeGroupAttachFlowsByIdRequest": [{"Id": "019202e96d9f09dc0f325e7f7a2a"}],
    "DescribeGroupAttachFlowsByIdResponse": [
        {
            "Infos": [
                {
                    "FlowId": "01937702c54509dc0f3269ca341f",
                    "FlowName": "test_flow",
                    "EventId": "019202e96d9f09dc0f325e7f7a2a",
                    "FlowRegion": "ap-shanghai",
                    "OutputRegion": "ap-shanghai",
                    "EventName": "test_live",
                    "InputName": "pgm_srt",
                    "OutputName": "pgm_rtmp",
                    "InOutId": "01937722c54509dc0f3269ca356g",
                    "InOutType": "input",
                }
            ],
            "RequestId": "01937702ecc509dc0f3269ca3420",
        }
    ],
    "DescribeImageSpriteTemplatesRequest": [{"Definitions": [10001]}],
    "DescribeImageTaskDetailRequest": [{"TaskId": "24******-WorkflowTask-***************tt6"}],
    "DescribeImageTaskDetailResponse": [
        {
            "CreateTime": "2026-04-30T06:26:49Z",
            "ImageTask": {
                "BeautyConfig": {
                    "BeautyEffectItems": [
                        {
                            "ExtInfo": "",
                            "ResourcePath": "",
                            "Switch": "ON",
                            "Type": "Smooth",
                            "Value": 40,
                        }
                    ]
                }
            },
            "InputInfo": {
                "CosInputInfo": {"Bucket": "", "Object": "", "Region": ""},
                "S3InputInfo": None,
                "Type": "URL",
                "UrlInputInfo": {
                    "Url": "http://***************.cos.ap-shanghai.tencentcos.cn/**********/01.jpeg"
                },
                "VODInputInfo": None,
            },
            "Status": "PROCESSING",
            "TaskType": "WorkflowTask",
            "RequestId": "1610103f-dd39-44ca-90ea-e533219d9b53",
        }
    ],
    "DescribeImageTasksRequest": [
        {
            "Status": "FINISH",
            "Limit": 20,
            "SubTaskHasFailed": False,
            "ScrollToken": "********-WorkflowTask-********************************tt6",
        }
    ],
    "DescribeImageTasksResponse": [
        {
            "ScrollToken": "********-WorkflowTask-********************************tt6",
            "TaskSet": [
                {
                    "BeginProcessTime": "2026-03-16T12:29:54Z",
                    "CreateTime": "2026-03-16T12:29:54Z",
                    "FinishTime": "2026-03-16T12:29:56Z",
                    "Status": "FINISH",
                    "SubTaskHasFailed": False,
                    "TaskId": "********-WorkflowTask-********************************tt6",
                }
            ],
            "TotalCount": 13,
            "RequestId": "f642575f-60b2-46ef-a1c1-5401b6e9ba33",
        }
    ],
    "DescribeLiveRecordTemplatesRequest": [{"Definitions": [20001]}],
    "DescribeMDPMPSUserInfoRequest": [{}],
    "DescribeMDPMPSUserInfoResponse": [
        {"RequestId": "01110537-b47b-456744654-757749d3", "Status": "InvalidMpsUser"}
    ],
    "DescribeMediaMetaDataRequest": [
        {
            "InputInfo": {
                "Type": "COS",
                "CosInputInfo": {
                    "Bucket": "TopRankVideo-125xxx88",
                    "Region": "ap-chongqing",
                    "Object": "/movie/201907/WildAnimal.mov",
                },
            }
        }
    ],
    "DescribeMediaMetaDataResponse": [
        {
            "MetaData": {
                "AudioDuration": 380.9465637207031,
                "AudioStreamSet": [
                    {
                        "Bitrate": 95999,
                        "Codec": "aac",
                        "Codecs": "mp4a.40.2",
                        "Loudness": 0,
                        "Channel": 2,
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
                        "ColorPrimaries": "",
                        "ColorSpace": "",
                        "ColorTransfer": "",
                        "HdrType": "",
                        "Fps": 29,
                        "Height": 360,
                        "Width": 480,
                    }
                ],
                "Width": 480,
            },
            "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1",
        }
    ],
    "DescribeProcessImageTemplatesRequest": [{}],
    "DescribeProcessImageTemplatesResponse": [
        {
            "ProcessImageTemplateSet": [
                {
                    "Comment": "",
                    "CreateTime": "2025-11-11T02:40:24Z",
                    "Definition": 20180,
                    "Name": "",
                    "ProcessImageConfig": {
                        "EncodeConfig": {"Format": "JPEG", "Quality": 80},
                        "EnhanceConfig": {"ImageQualityEnhance": {"Switch": "ON", "Type": "weak"}},
                    },
                    "Type": "Custom",
                    "UpdateTime": "2025-11-11T02:40:24Z",
                }
            ],
            "RequestId": "6781d678-c8d0-4af3-87c1-f31050c8a76a",
            "TotalCount": 1,
        }
    ],
    "DescribeQualityControlTemplatesRequest": [{"Offset": 0, "Limit": 10, "Definitions": [200058]}],
    "DescribeQualityControlTemplatesResponse": [
        {
            "TotalCount": 1,
            "QualityControlTemplateSet": [
                {
                    "Definition": 200058,
                    "Name": "0529",
                    "Comment": "",
                    "Type": "Custom",
                    "QualityControlItemSet": [
                        {
                            "Type": "LowEvaluation",
                            "Switch": "ON",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "Mosaic",
                            "Switch": "ON",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "CrashScreen",
                            "Switch": "ON",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "Blur",
                            "Switch": "ON",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "BlackWhiteEdge",
                            "Switch": "ON",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "LowLighting",
                            "Switch": "ON",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "HighLighting",
                            "Switch": "ON",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "NoVoice",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "LowVoice",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "HighVoice",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "VideoResolutionChanged",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "AudioSampleRateChanged",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "AudioChannelsChanged",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "ParameterSetsChanged",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "DarOrSarInvalid",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "TimestampFallback",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "DtsJitter",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "PtsJitter",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "AACDurationDeviation",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "AudioDroppingFrames",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "VideoDroppingFrames",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "AVTimestampInterleave",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "PtsLessThanDts",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "ReceiveFpsJitter",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "ReceiveFpsTooSmall",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "FpsJitter",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "StreamOpenFailed",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "StreamEnd",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "StreamParseFailed",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "VideoFirstFrameNotIdr",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "StreamNALUError",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "TsStreamNoAud",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "AudioStreamLack",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "VideoStreamLack",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "LackAudioRecover",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "LackVideoRecover",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "VideoBitrateOutofRange",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "AudioBitrateOutofRange",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "VideoDecodeFailed",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "AudioDecodeFailed",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "AudioOutOfPhase",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "VideoDuplicatedFrame",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "AudioDuplicatedFrame",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "VideoRotation",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "TsMultiPrograms",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "Mp4InvalidCodecFourcc",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "HLSBadM3u8Format",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "HLSInvalidMasterM3u8",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "HLSInvalidMediaM3u8",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "HLSMasterM3u8Recommended",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "HLSMediaM3u8Recommended",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "HLSMediaM3u8DiscontinuityExist",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "HLSMediaSegmentsStreamNumChange",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "HLSMediaSegmentsPTSJitterDeviation",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "HLSMediaSegmentsDTSJitterDeviation",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "TimecodeTrackExist",
                            "Switch": "OFF",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 0,
                            "Threshold": "",
                        },
                        {
                            "Type": "VideoFreezedFrame",
                            "Switch": "ON",
                            "Sampling": "",
                            "IntervalTime": 0,
                            "Duration": 1000,
                            "Threshold": "0.001",
                        },
                    ],
                    "CreateTime": "2024-05-29T03:01:54Z",
                    "UpdateTime": "2024-05-29T03:01:54Z",
                }
            ],
            "RequestId": "76d831ad-105e-48eb-90dd-00deaa00b52a",
        }
    ],
    "DescribeSSAIActivateStateRequest": [{}],
    "DescribeSSAIActivateStateResponse": [
        {"Status": 0, "RequestId": "b5de9a3d-d988-466f-bd0f-d650e29787b6"}
    ],
    "DescribeSampleSnapshotTemplatesRequest": [{"Definitions": [10001]}],
    "DescribeSchedulesRequest": [{"ScheduleIds": [0]}],
    "DescribeSchedulesResponse": [
        {
            "TotalCount": 0,
            "ScheduleInfoSet": [],
            "RequestId": "3c140219-cfe9-470e-b241-907877d6fb03",
        }
    ],
    "DescribeSmartEraseTemplatesRequest": [{}, {"Definitions": [200019]}],
    "DescribeSmartSubtitleTemplatesRequest": [{}],
    "DescribeSnapshotByTimeOffsetTemplatesRequest": [{"Definitions": [10001]}],
    "DescribeStreamLinkActivateStateRequest": [{}],
    "DescribeStreamLinkActivateStateResponse": [{"Status": 0, "RequestId": "11-222-333"}],
    "DescribeStreamLinkEventAttachedFlowsRequest": [
        {"EventId": "019202e96d9f09dc0f325e7f7a2a", "PageNum": 1, "PageSize": 10}
    ],
    "DescribeStreamLinkEventAttachedFlowsResponse": [
        {
            "Infos": [
                {
                    "FlowId": "019202e96d9f09dc0f325e7f7a2a",
                    "FlowName": "flow_name",
                    "State": "IDLE",
                    "MaxBandwidth": 0,
                    "InputGroup": [
                        {
                            "InputId": "019202e96d9f09dc0f325e7f7a2a",
                            "InputName": "input_name",
                            "Description": "description",
                            "Protocol": "SRT",
                            "InputAddressList": [{"Ip": "102.102.2.3", "Port": 23600}],
                            "AllowIpList": ["0.0.0.0"],
                            "SRTSettings": {
                                "Mode": "Listener",
                                "StreamId": "",
                                "Latency": 0,
                                "RecvLatency": 0,
                                "PeerLatency": 0,
                                "PeerIdleTimeout": 0,
                                "Passphrase": "",
                                "PbKeyLen": 0,
                                "SourceAddresses": [{"Ip": "120.120.23.32", "Port": 23600}],
                            },
                            "RTPSettings": {"FEC": "off", "IdleTimeout": 0},
                            "InputRegion": "ap-shanghai",
                            "RTMPSettings": {"AppName": "live", "StreamKey": "live"},
                            "FailOver": "off",
                            "RTMPPullSettings": {
                                "SourceAddresses": [
                                    {"TcUrl": "rtmp://example.com/live", "StreamKey": "test_live"}
                                ]
                            },
                            "RTSPPullSettings": {
                                "SourceAddresses": [{"Url": "rtsp://example.com/live/test"}]
                            },
                            "HLSPullSettings": {
                                "SourceAddresses": [{"Url": "http://example.com/live/test.m3u8"}]
                            },
                            "ResilientStream": {"Enable": True, "BufferTime": 1},
                        }
                    ],
                    "OutputGroup": [
                        {
                            "OutputId": "01937702c54509dc0f3269ca341f",
                            "OutputName": "output_name",
                            "OutputType": "Internet",
                            "Description": "description",
                            "Protocol": "SRT",
                            "OutputAddressList": [{"Ip": "102.32.56.23"}],
                            "OutputRegion": "ap-shanghai",
                            "SRTSettings": {
                                "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                                "StreamId": "",
                                "Latency": 0,
                                "RecvLatency": 0,
                                "PeerLatency": 0,
                                "PeerIdleTimeout": 0,
                                "Passphrase": "",
                                "PbKeyLen": 0,
                                "Mode": "Caller",
                                "SourceAddresses": [{"Ip": "102.32.56.23", "Port": 22300}],
                            },
                            "RTPSettings": {
                                "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                                "FEC": "off",
                                "IdleTimeout": 0,
                            },
                            "RTMPSettings": {
                                "IdleTimeout": 0,
                                "ChunkSize": 0,
                                "Destinations": [
                                    {"Url": "rtmp://example.com/live", "StreamKey": "live_test"}
                                ],
                            },
                            "RTMPPullSettings": {
                                "ServerUrls": [
                                    {"TcUrl": "rtmp://example.com/live", "StreamKey": "live_test"}
                                ]
                            },
                            "AllowIpList": ["0.0.0.0"],
                            "RTSPPullSettings": {
                                "ServerUrls": [{"Url": "rtsp://example.com/live/test"}]
                            },
                            "HLSPullSettings": {
                                "ServerUrls": [{"Url": "http://example.com/live/test.m3u8"}]
                            },
                            "MaxConcurrent": 1,
                        }
                    ],
                    "EventId": "01937702ecc509dc0f3269ca3420",
                    "Region": "ap-shanghai",
                }
            ],
            "TotalNum": 0,
            "RequestId": "01937702c54509dc0f3269ca341f",
        }
    ],
    "DescribeStreamLinkEventRequest": [{"EventId": "019377034b0709dc0f3269ca3422"}],
    "DescribeStreamLinkEventResponse": [
        {
            "Info": {
                "EventId": "019377034b0709dc0f3269ca3422",
                "Status": 1,
                "Description": "live",
                "EventName": "live",
                "AttachedFlowGroup": [
                    {"FlowId": "6658vndj5mg0fsrjzzdfnr", "Region": "ap-hongkong"}
                ],
                "CreateTime": "2026-08-01T10:00:00+08:00",
            },
            "RequestId": "3c140219-cfe9-4a60-af06-3ee6e0a1e5f1",
        }
    ],
    "DescribeStreamLinkEventsRequest": [{"PageNum": 1, "PageSize": 10}],
    "DescribeStreamLinkEventsResponse": [
        {
            "Infos": [
                {
                    "EventName": "live",
                    "EventId": "0193770a00009dc0f3269ca3439",
                    "CreateTime": "2026-08-01T10:00:00+08:00",
                    "Description": "live_event",
                    "Status": 1,
                    "AttachedFlowGroup": [{"FlowId": "0123456789abcdef", "Region": "ap-hongkong"}],
                }
            ],
            "PageNum": 0,
            "PageSize": 0,
            "TotalNum": 0,
            "TotalPage": 0,
            "RequestId": "3c140219-cfe9-4a60-af06-3ee6e0a1e5f1",
        }
    ],
    "DescribeStreamLinkFlowLogsRequest": [
        {
            "FlowId": "0175723949ba0956b92d0bf40cfe",
            "StartTime": "2020-12-10T13:00:00Z",
            "EndTime": "2020-12-10T13:27:00Z",
            "Type": ["Input", "Output"],
            "Pipeline": ["0", "1"],
            "PageNum": 1,
            "PageSize": 100,
        }
    ],
    "DescribeStreamLinkFlowLogsResponse": [
        {
            "Infos": [
                {
                    "Timestamp": 1607605513,
                    "Type": "input",
                    "InputOutputId": "0175723949bb0956b92d0bf40cff",
                    "Protocol": "srt",
                    "EventCode": "1000",
                    "EventMessage": "Access Granted",
                    "RemoteIp": "42.194.229.84",
                    "RemotePort": "29000",
                    "Pipeline": "",
                    "InputOutputName": "",
                }
            ],
            "PageNum": 1,
            "PageSize": 100,
            "RequestId": "137253816",
            "TotalNum": 3,
            "TotalPage": 1,
        }
    ],
    "DescribeStreamLinkFlowMediaStatisticsRequest": [
        {
            "FlowId": "0175723949ba0956b92d0bf40cfe",
            "StartTime": "2020-12-10T11:00:00Z",
            "EndTime": "2020-12-10T12:00:00Z",
            "Period": "1min",
            "Type": "input",
            "Pipeline": "0",
            "InputOutputId": "0175723949bb0956b92d0bf40cff",
        }
    ],
    "DescribeStreamLinkFlowMediaStatisticsResponse": [
        {
            "Infos": [
                {
                    "Network": 1208588,
                    "Timestamp": 1607598000,
                    "SessionId": "",
                    "Video": [{"Rate": 1038884, "Pid": 256, "SessionId": "", "Fps": 62}],
                    "ClientIp": "",
                    "Audio": [{"Rate": 169704, "Pid": 257, "SessionId": "", "Fps": 45}],
                }
            ],
            "RequestId": "",
        }
    ],
    "DescribeStreamLinkFlowRealtimeStatusRequest": [
        {
            "FlowId": "0176ac7f1af20956b92d2aad1e6d",
            "InputIds": ["0176ac7f1af30956b92d2aad1e6e"],
            "OutputIds": ["0178c3f4bceb0956b92d149e1b5d"],
        }
    ],
    "DescribeStreamLinkFlowRealtimeStatusResponse": [
        {
            "Timestamp": 1618543864,
            "RequestId": "01937702c54509dc0f3269ca341f",
            "Datas": [
                {
                    "Protocol": "SRT",
                    "Type": "Input",
                    "ConnectServerIP": "233.35.69.89",
                    "OutputId": "019202e96d9f09dc0f325e7f7a2a",
                    "FlowId": "019377034b0709dc0f3269ca3422",
                    "InputId": "0193d38d0a4f09dc0f326fd4342c",
                    "SRTStatus": {
                        "PacketLossRate": 0.0,
                        "DroppedPackets": 0,
                        "Latency": 120,
                        "Encryption": "Off",
                        "RetransmitRate": 0.0,
                        "Packets": 0,
                        "RTT": 20,
                    },
                    "CommonStatus": {
                        "State": "Connected",
                        "Reconnections": 10,
                        "Bitrate": 0,
                        "Mode": "Listener",
                        "ConnectedTime": 36000,
                    },
                    "RTMPStatus": {"VideoFPS": 0, "AudioFPS": 0},
                    "RTPStatus": {"Packets": 0},
                }
            ],
        }
    ],
    "DescribeStreamLinkFlowRequest": [{"FlowId": "0193d38d0a4f09dc0f326fd4342c"}],
    "DescribeStreamLinkFlowResponse": [
        {
            "Info": {
                "FlowId": "0193d38d4e5d09dc0f326fd4342d",
                "State": "IDLE",
                "FlowName": "flow_name",
                "Region": "ap-shanghai",
                "EventId": "0194407416cf09dc0f321631343d",
                "InputGroup": [
                    {
                        "InputId": "019202e96d9f09dc0f325e7f7a2a",
                        "InputName": "input_name",
                        "Description": "description",
                        "Protocol": "SRT",
                        "InputAddressList": [{"Ip": "102.102.2.3", "Port": 23600}],
                        "AllowIpList": ["0.0.0.0"],
                        "SRTSettings": {
                            "Mode": "Listener",
                            "StreamId": "",
                            "Latency": 0,
                            "RecvLatency": 0,
                            "PeerLatency": 0,
                            "PeerIdleTimeout": 0,
                            "Passphrase": "",
                            "PbKeyLen": 0,
                            "SourceAddresses": [{"Ip": "120.120.23.32", "Port": 23600}],
                        },
                        "RTPSettings": {"FEC": "off", "IdleTimeout": 0},
                        "InputRegion": "ap-shanghai",
                        "RTMPSettings": {"AppName": "live", "StreamKey": "live"},
                        "FailOver": "off",
                        "RTMPPullSettings": {
                            "SourceAddresses": [
                                {"TcUrl": "rtmp://example.com/live", "StreamKey": "test_live"}
                            ]
                        },
                        "RTSPPullSettings": {
                            "SourceAddresses": [{"Url": "rtsp://example.com/live/test"}]
                        },
                        "HLSPullSettings": {
                            "SourceAddresses": [{"Url": "http://example.com/live/test.m3u8"}]
                        },
                        "ResilientStream": {"Enable": True, "BufferTime": 1},
                    }
                ],
                "OutputGroup": [
                    {
                        "OutputId": "01937702c54509dc0f3269ca341f",
                        "OutputName": "output_name",
                        "OutputType": "Internet",
                        "Description": "description",
                        "Protocol": "SRT",
                        "OutputAddressList": [{"Ip": "102.32.56.23"}],
                        "OutputRegion": "ap-shanghai",
                        "SRTSettings": {
                            "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                            "StreamId": "",
                            "Latency": 0,
                            "RecvLatency": 0,
                            "PeerLatency": 0,
                            "PeerIdleTimeout": 0,
                            "Passphrase": "",
                            "PbKeyLen": 0,
                            "Mode": "Caller",
                            "SourceAddresses": [{"Ip": "102.32.56.23", "Port": 22300}],
                        },
                        "RTPSettings": {
                            "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                            "FEC": "off",
                            "IdleTimeout": 0,
                        },
                        "RTMPSettings": {
                            "IdleTimeout": 0,
                            "ChunkSize": 0,
                            "Destinations": [
                                {"Url": "rtmp://example.com/live", "StreamKey": "live_test"}
                            ],
                        },
                        "RTMPPullSettings": {
                            "ServerUrls": [
                                {"TcUrl": "rtmp://example.com/live", "StreamKey": "live_test"}
                            ]
                        },
                        "AllowIpList": ["0.0.0.0"],
                        "RTSPPullSettings": {
                            "ServerUrls": [{"Url": "rtsp://example.com/live/test"}]
                        },
                        "HLSPullSettings": {
                            "ServerUrls": [{"Url": "http://example.com/live/test.m3u8"}]
                        },
                        "MaxConcurrent": 1,
                    }
                ],
                "MaxBandwidth": 10000000,
            },
            "RequestId": "0194407416cf09dc0f321631343d",
        }
    ],
    "DescribeStreamLinkFlowSRTStatisticsRequest": [
        {
            "FlowId": "0175723949ba0956b92d0bf40cfe",
            "StartTime": "2020-12-10T11:00:00Z",
            "EndTime": "2020-12-10T12:00:00Z",
            "Period": "1min",
            "Type": "input",
            "Pipeline": "0",
            "InputOutputId": "0175723949bb0956b92d0bf40cff",
        }
    ],
    "DescribeStreamLinkFlowSRTStatisticsResponse": [
        {
            "Infos": [
                {
                    "SendRetransmissionRate": 0,
                    "RecvPacketLossRate": 0,
                    "Timestamp": 1607606280,
                    "SendPacketDropNumber": 0,
                    "RecvPacketDropNumber": 0,
                    "RTT": 17,
                    "SessionId": "125489",
                    "SendPacketLossRate": 0,
                    "RecvRetransmissionRate": 0,
                }
            ],
            "RequestId": "137253816",
        }
    ],
    "DescribeStreamLinkFlowStatisticsRequest": [
        {
            "FlowId": "0175723949ba0956b92d0bf40cfe",
            "StartTime": "2020-12-10T11:00:00Z",
            "EndTime": "2020-12-10T12:00:00Z",
            "Period": "1min",
            "Type": "input",
            "Pipeline": "0",
            "InputOutputId": "0175723949bb0956b92d0bf40cff",
        }
    ],
    "DescribeStreamLinkFlowStatisticsResponse": [
        {
            "Infos": [
                {
                    "Timestamp": 1610953200,
                    "FlowStatistics": [
                        {
                            "SessionId": "562328572",
                            "ClientIp": "134.175.180.167",
                            "Network": 1748053,
                            "Video": [{"Fps": 17, "Rate": 1458950, "Pid": 256}],
                            "Audio": [
                                {"Fps": 28, "Rate": 114462, "Pid": 257},
                                {"Fps": 30, "Rate": 116787, "Pid": 258},
                            ],
                        }
                    ],
                }
            ],
            "RequestId": "4d9bcf8e-32c5-49ed-b145-875ad65c3d46",
        }
    ],
    "DescribeStreamLinkFlowsRequest": [{"PageNum": 1, "PageSize": 10}],
    "DescribeStreamLinkFlowsResponse": [
        {
            "Infos": [
                {
                    "FlowId": "019202e96d9f09dc0f325e7f7a2a",
                    "FlowName": "flow_name",
                    "State": "IDLE",
                    "MaxBandwidth": 0,
                    "InputGroup": [
                        {
                            "InputId": "019202e96d9f09dc0f325e7f7a2a",
                            "InputName": "input_name",
                            "Description": "description",
                            "Protocol": "SRT",
                            "InputAddressList": [{"Ip": "102.102.2.3", "Port": 23600}],
                            "AllowIpList": ["0.0.0.0"],
                            "SRTSettings": {
                                "Mode": "Listener",
                                "StreamId": "",
                                "Latency": 0,
                                "RecvLatency": 0,
                                "PeerLatency": 0,
                                "PeerIdleTimeout": 0,
                                "Passphrase": "",
                                "PbKeyLen": 0,
                                "SourceAddresses": [{"Ip": "120.120.23.32", "Port": 23600}],
                            },
                            "RTPSettings": {"FEC": "off", "IdleTimeout": 0},
                            "InputRegion": "ap-shanghai",
                            "RTMPSettings": {"AppName": "live", "StreamKey": "live"},
                            "FailOver": "off",
                            "RTMPPullSettings": {
                                "SourceAddresses": [
                                    {"TcUrl": "rtmp://example.com/live", "StreamKey": "test_live"}
                                ]
                            },
                            "RTSPPullSettings": {
                                "SourceAddresses": [{"Url": "rtsp://example.com/live/test"}]
                            },
                            "HLSPullSettings": {
                                "SourceAddresses": [{"Url": "http://example.com/live/test.m3u8"}]
                            },
                            "ResilientStream": {"Enable": True, "BufferTime": 1},
                        }
                    ],
                    "OutputGroup": [
                        {
                            "OutputId": "01937702c54509dc0f3269ca341f",
                            "OutputName": "output_name",
                            "OutputType": "Internet",
                            "Description": "description",
                            "Protocol": "SRT",
                            "OutputAddressList": [{"Ip": "102.32.56.23"}],
                            "OutputRegion": "ap-shanghai",
                            "SRTSettings": {
                                "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                                "StreamId": "",
                                "Latency": 0,
                                "RecvLatency": 0,
                                "PeerLatency": 0,
                                "PeerIdleTimeout": 0,
                                "Passphrase": "",
                                "PbKeyLen": 0,
                                "Mode": "Caller",
                                "SourceAddresses": [{"Ip": "102.32.56.23", "Port": 22300}],
                            },
                            "RTPSettings": {
                                "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                                "FEC": "off",
                                "IdleTimeout": 0,
                            },
                            "RTMPSettings": {
                                "IdleTimeout": 0,
                                "ChunkSize": 0,
                                "Destinations": [
                                    {"Url": "rtmp://example.com/live", "StreamKey": "live_test"}
                                ],
                            },
                            "RTMPPullSettings": {
                                "ServerUrls": [
                                    {"TcUrl": "rtmp://example.com/live", "StreamKey": "live_test"}
                                ]
                            },
                            "AllowIpList": ["0.0.0.0"],
                            "RTSPPullSettings": {
                                "ServerUrls": [{"Url": "rtsp://example.com/live/test"}]
                            },
                            "HLSPullSettings": {
                                "ServerUrls": [{"Url": "http://example.com/live/test.m3u8"}]
                            },
                            "MaxConcurrent": 1,
                        }
                    ],
                    "EventId": "01937702ecc509dc0f3269ca3420",
                    "Region": "ap-shanghai",
                }
            ],
            "TotalNum": 1,
            "PageNum": 1,
            "TotalPage": 1,
            "PageSize": 10,
            "RequestId": "01937702c54509dc0f3269ca341f",
        }
    ],
    "DescribeStreamLinkRegionsRequest": [{}],
    "DescribeStreamLinkRegionsResponse": [
        {"Info": {"Regions": [{"Name": "ap-mumbai"}]}, "RequestId": "aaaa"}
    ],
    "DescribeStreamLinkSecurityGroupsRequest": [{}],
    "DescribeStreamLinkSecurityGroupsResponse": [
        {
            "Infos": [
                {
                    "Id": "019202e96d9f09dc0f325e7f7a2a",
                    "Name": "live_test",
                    "Whitelist": ["0.0.0.0"],
                    "OccupiedInputs": ["01937702c54509dc0f3269ca341f"],
                    "Region": "ap-shanghai",
                }
            ],
            "RequestId": "019202e96d9f09dc0f325e7f7a2a",
        }
    ],
    "DescribeStreamPackageActivateStateRequest": [{}],
    "DescribeStreamPackageActivateStateResponse": [{"Status": 0, "RequestId": "11-222-333"}],
    "DescribeStreamPackageLinearAssemblyChannelAlertsRequest": [
        {"ChannelId": "66503E8E0000930000F3", "StartTime": 1590508800, "EndTime": 1590508900}
    ],
    "DescribeStreamPackageLinearAssemblyChannelAlertsResponse": [
        {
            "Infos": {
                "ProgramAlertCounts": [
                    {
                        "ProgramId": "66503E8E0000930000F4",
                        "ProgramName": "demo_program",
                        "Category": "PLAYBACK_WARNING",
                        "Count": 1,
                        "LastModifiedTime": 1590508810,
                    }
                ],
                "ProgramAlertInfos": [
                    {
                        "ChannelId": "66503E8E0000930000F3",
                        "ChannelName": "demo_channel",
                        "ProgramId": "66503E8E0000930000F4",
                        "ProgramName": "demo_program",
                        "Code": 30002,
                        "Category": "PLAYBACK_WARNING",
                        "Message": "During the channel assembly, a mismatched 'resolution' was encountered in the 'demo_channel' channel. The discrepancy lies in the 'demo_group' group between the manifest of '1590508810531' at 'testStreaming_1336638_1.m3u8' with 'resolution' 852x480, and the manifest of 'Filler slate' at 'testStreaming_1336638_0.m3u8' with 'resolution' 426x240.",
                        "LastModifiedTime": 1590508810,
                    }
                ],
            },
            "RequestId": "req-xxx",
        }
    ],
    "DescribeStreamPackageLinearAssemblyChannelRequest": [{"Id": "66503E8E0000930000F3"}],
    "DescribeStreamPackageLinearAssemblyChannelResponse": [
        {
            "Info": {
                "Name": "demo_channel",
                "Tier": "Standard",
                "PlaybackMode": "Linear",
                "SlateConf": {
                    "SourceLocationId": "6760EC9700006786ABB0",
                    "VodSourceName": "slate_vod_1",
                },
                "Outputs": [
                    {
                        "Type": "HLS",
                        "GroupName": "source_group_1",
                        "ManifestName": "master",
                        "ManifestConf": {"Windows": 60, "AdMarkupType": "Enhanced SCTE-35"},
                        "PlaybackURL": "http://123456.ap-tokyo.streampackage.srcli****ll.myqcloud.com/channel_ass**bly/6761180C89C8CFE2334C/ma*ter.m3u8",
                    }
                ],
                "AttachedPrograms": ["67612E1189C8D039B3F6"],
                "ProgramSchedules": [
                    {
                        "ProgramName": "demo_program",
                        "ProgramId": "67612E1189C8D039B3F6",
                        "SourceType": "Vod",
                        "SourceId": "67613EEB0000B2AC7ED5",
                        "SourceLocationId": "6760EC9700006786ABB0",
                        "StartTime": 1739265386,
                        "Duration": "60000",
                    }
                ],
                "Id": "66503E8E0000930000F3",
                "Region": "ap-tokyo",
                "State": "Running",
                "TimeShiftEnable": False,
                "CreateTime": 1739263386,
            },
            "RequestId": "7d4b42b2-a5d4-499e-ac9b-cdabd9b46026",
        }
    ],
    "DescribeStreamPackageLinearAssemblyChannelsRequest": [{"PageNum": 1, "PageSize": 1}],
    "DescribeStreamPackageLinearAssemblyChannelsResponse": [
        {
            "Infos": [
                {
                    "Name": "demo_channel",
                    "Tier": "Standard",
                    "PlaybackMode": "Linear",
                    "SlateConf": {
                        "SourceLocationId": "6760EC9700006786ABB0",
                        "VodSourceName": "slate_vod_1",
                    },
                    "Outputs": [
                        {
                            "Type": "HLS",
                            "GroupName": "source_group_1",
                            "ManifestName": "master",
                            "ManifestConf": {"Windows": 60, "AdMarkupType": "Enhanced SCTE-35"},
                            "PlaybackURL": "http://123456.ap-tokyo.streampackage.srclivepull.myqcloud.com/channel_assembly/6761180C89C8CFE2334C/master.m3u8",
                        }
                    ],
                    "AttachedPrograms": ["67612E1189C8D039B3F6"],
                    "ProgramSchedules": [
                        {
                            "ProgramName": "demo_program",
                            "ProgramId": "67612E1189C8D039B3F6",
                            "SourceType": "Vod",
                            "SourceId": "67613EEB0000B2AC7ED5",
                            "SourceLocationId": "6760EC9700006786ABB0",
                            "StartTime": 1739265386,
                            "Duration": "60000",
                        }
                    ],
                    "Id": "6761180C89C8CFE2334C",
                    "Region": "ap-tokyo",
                    "State": "Running",
                    "TimeShiftEnable": False,
                    "CreateTime": 1739263386,
                }
            ],
            "PageNum": 1,
            "PageSize": 1,
            "TotalNum": 1,
            "TotalPage": 1,
            "RequestId": "req-xxx",
        }
    ],
    "DescribeStreamPackageLinearAssemblyProgramRequest": [{"Id": "66503E8E0000930000F5"}],
    "DescribeStreamPackageLinearAssemblyProgramResponse": [
        {
            "Info": {
                "Name": "demo_program",
                "SourceType": "VOD",
                "SourceLocationId": "66503E8E0000930000F0",
                "SourceId": "66503E8E0000930000F1",
                "SourceName": "vod_source",
                "AttachedChannel": "66503E8E0000930000F2",
                "PlaybackConf": {
                    "Duration": 0,
                    "TransitionType": "Relative",
                    "StartTime": 0,
                    "RelativePosition": "After",
                    "RelativeProgramId": "66503E8E0000930000F3",
                    "ClipRangeConf": {"Type": "Entire", "Offset": 0},
                    "RelativeProgramName": "relative_program",
                },
                "AdBreaks": [
                    {
                        "SourceLocationId": "66503E8E0000930000F4",
                        "VodSourceName": "ad_source",
                        "Offset": 64000,
                        "MessageType": "SpliceInsert",
                        "SpliceInsertConf": {
                            "EventID": "1",
                            "AvailNum": "0",
                            "AvailExpected": "0",
                            "ProgramID": "3",
                        },
                        "Metadatas": [{"Key": "test-key", "Value": "test-value"}],
                        "SourceLocationName": "ad_location",
                    }
                ],
                "Id": "66503E8E0000930000F5",
                "Region": "ap-singapore",
                "SourceLocationName": "demo_location",
            },
            "RequestId": "req-xxx",
        }
    ],
    "DescribeStreamPackageLinearAssemblyProgramSchedulesRequest": [
        {"ChannelId": "66503E8E0000930000F2", "TimeWindow": 100, "PageNum": 1, "PageSize": 10}
    ],
    "DescribeStreamPackageLinearAssemblyProgramSchedulesResponse": [
        {
            "Infos": [
                {
                    "Name": "demo_program",
                    "SourceType": "VOD",
                    "SourceLocationId": "66503E8E0000930000F0",
                    "SourceId": "66503E8E0000930000F1",
                    "SourceName": "vod_source",
                    "AttachedChannel": "66503E8E0000930000F2",
                    "PlaybackConf": {
                        "Duration": 0,
                        "TransitionType": "Relative",
                        "StartTime": 0,
                        "RelativePosition": "After",
                        "RelativeProgramId": "66503E8E0000930000F3",
                        "ClipRangeConf": {"Type": "Entire", "Offset": 0},
                        "RelativeProgramName": "relative_program",
                    },
                    "AdBreaks": [
                        {
                            "SourceLocationId": "66503E8E0000930000F4",
                            "VodSourceName": "ad_source",
                            "Offset": 64000,
                            "MessageType": "SpliceInsert",
                            "SpliceInsertConf": {
                                "EventID": "1",
                                "AvailNum": "0",
                                "AvailExpected": "0",
                                "ProgramID": "3",
                            },
                            "Metadatas": [{"Key": "test-key", "Value": "test-value"}],
                            "SourceLocationName": "ad_location",
                        }
                    ],
                    "Id": "66503E8E0000930000F5",
                    "Region": "ap-singapore",
                    "SourceLocationName": "demo_location",
                }
            ],
            "PageNum": 1,
            "PageSize": 10,
            "TotalNum": 1,
            "TotalPage": 1,
            "RequestId": "req-xxx",
        }
    ],
    "DescribeStreamPackageLinearAssemblyProgramsRequest": [
        {"PageNum": 1, "PageSize": 10, "ChannelId": "66503E8E0000930000F2"}
    ],
    "DescribeStreamPackageLinearAssemblyProgramsResponse": [
        {
            "Infos": [
                {
                    "Name": "demo_program",
                    "SourceType": "VOD",
                    "SourceLocationId": "66503E8E0000930000F0",
                    "SourceId": "66503E8E0000930000F1",
                    "SourceName": "vod_source",
                    "AttachedChannel": "66503E8E0000930000F2",
                    "PlaybackConf": {
                        "Duration": 0,
                        "TransitionType": "Relative",
                        "StartTime": 0,
                        "RelativePosition": "After",
                        "RelativeProgramId": "66503E8E0000930000F3",
                        "ClipRangeConf": {"Type": "Entire", "Offset": 0},
                        "RelativeProgramName": "relative_program",
                    },
                    "AdBreaks": [
                        {
                            "SourceLocationId": "66503E8E0000930000F4",
                            "VodSourceName": "ad_source",
                            "Offset": 64000,
                            "MessageType": "SpliceInsert",
                            "SpliceInsertConf": {
                                "EventID": "1",
                                "AvailNum": "0",
                                "AvailExpected": "0",
                                "ProgramID": "3",
                            },
                            "Metadatas": [{"Key": "test-key", "Value": "test-value"}],
                            "SourceLocationName": "ad_location",
                        }
                    ],
                    "Id": "66503E8E0000930000F5",
                    "Region": "ap-singapore",
                    "SourceLocationName": "demo_location",
                }
            ],
            "PageNum": 1,
            "PageSize": 10,
            "TotalNum": 1,
            "TotalPage": 1,
            "RequestId": "req-xxx",
        }
    ],
    "DescribeStreamPackageLinearAssemblyUsageRequest": [
        {
            "StartTime": "2026-02-10T11:00:00+08:00",
            "EndTime": "2026-02-10T11:20:00+08:00",
            "Dimension": False,
            "ChannelIds": ["698A9F401D3EA6831FD9"],
            "ChannelTiers": ["Standard"],
        }
    ],
    "DescribeStreamPackageLinearAssemblyUsageResponse": [
        {
            "Info": {
                "AssemblyUsageDetails": [
                    {
                        "ChannelID": "698A9F401D3EA6831FD9",
                        "ChannelName": "test_channel",
                        "ChannelTier": "Standard",
                        "Duration": 0,
                    }
                ],
                "SumBasicChannelDuration": 0,
                "SumStandardChannelDuration": 0,
            },
            "RequestId": "84cb1a5a-9c26-4e3d-aabc-4f228e6136c5",
        }
    ],
    "DescribeStreamPackageSSAIChannelRequest": [{"ID": "654CA8EF0000CE02BXXX"}],
    "DescribeStreamPackageSSAIChannelResponse": [
        {
            "Info": {
                "ID": "654CA8EF0000CE02BXXX",
                "Name": "TestConf",
                "ContentSource": "http://origin-server.com/abc/",
                "PlaybackPrefix": "http://xxx.ap-mumbai.streampackage.srclivepull.myqcloud.com/v1/ssai/master/0194d961674a1eb4611d3xxxxxx/",
                "SSAIInfo": {
                    "AdsUrl": "https://my.ads.com/path?ad_type=[player_params.ad_type]&region=[player_params.region]",
                    "ConfigAliases": [
                        {
                            "ParamName": "region",
                            "AliasValueList": [{"Alias": "india", "Value": "ap-mumbai"}],
                        }
                    ],
                    "AdMarkerPassthrough": True,
                    "Threshold": 12,
                    "SlateAd": "https://hostname/xxx/xxx.mp4",
                    "SCTE35AdType": 1,
                    "AdTriggers": [1],
                    "DeliveryRestrictions": 1,
                    "SourceCDNPrefix": "https://example_cdn.com/",
                    "AdCDNPrefix": "https://example_ad_cdn.com/",
                    "DashMPDLocation": False,
                },
            },
            "RequestId": "0xxxxd32-1043-4e1b-bd20-1bfad0xxxx70",
        }
    ],
    "DescribeStreamPackageSSAIChannelsRequest": [{"PageNum": 1, "PageSize": 1}],
    "DescribeStreamPackageSSAIChannelsResponse": [
        {
            "Infos": [
                {
                    "ID": "654CA8EF0000CE02BXXX",
                    "Name": "TestConf",
                    "ContentSource": "http://origin-server.com/abc/",
                    "PlaybackPrefix": "http://xxx.ap-mumbai.streampackage.srclivepull.myqcloud.com/v1/ssai/master/0194d961674a1eb4611d3xxxxxx/",
                    "SSAIInfo": {
                        "AdsUrl": "https://my.ads.com/path?ad_type=[player_params.ad_type]&region=[player_params.region]",
                        "ConfigAliases": [
                            {
                                "ParamName": "region",
                                "AliasValueList": [{"Alias": "india", "Value": "ap-mumbai"}],
                            }
                        ],
                        "AdMarkerPassthrough": True,
                        "Threshold": 12,
                        "SlateAd": "https://hostname/xxx/xxx.mp4",
                        "SCTE35AdType": 1,
                        "AdTriggers": [1],
                        "DeliveryRestrictions": 1,
                        "SourceCDNPrefix": "https://example_cdn.com/",
                        "AdCDNPrefix": "https://example_ad_cdn.com/",
                        "DashMPDLocation": False,
                    },
                }
            ],
            "PageNum": 1,
            "PageSize": 1,
            "TotalNum": 1,
            "RequestId": "0xxxxd32-1043-4e1b-bd20-1bfad0xxxx70",
        }
    ],
    "DescribeStreamPackageSSAIUsageRequest": [
        {"StartTime": "2025-05-01T00+08:00", "EndTime": "2025-05-01T10+08:00"}
    ],
    "DescribeStreamPackageSSAIUsageResponse": [
        {
            "Info": {
                "AdRequestSuccess": 1,
                "AdRequestFail": 0,
                "Impression": 0,
                "AdMarkerTime": 0,
                "ReplacedTime": 0,
                "MidFillRate": 0,
                "PreReqNum": 1,
                "PreReplacedNum": 0,
                "PreReplaceRate": 0,
                "UsageDetails": [
                    {
                        "UniqId": "018f141593c91ea540e603706c52",
                        "ChannelId": "66503E8E0000930000F9",
                        "ChannelName": "ssai_channel",
                        "AdType": "Preroll",
                        "AdRequestSuccess": 1,
                        "AdRequestFail": 0,
                        "Impression": 0,
                        "Start": 0,
                        "FirstQuarter": 0,
                        "Midpoint": 0,
                        "ThirdQuarter": 0,
                        "Complete": 0,
                        "AdMarkerTime": 0,
                        "ReplacedTime": 0,
                        "MidFillRate": 0,
                        "PreReqNum": 1,
                        "PreReplacedNum": 0,
                        "PreReplaceRate": 0,
                    }
                ],
            },
            "RequestId": "req-xxx123",
        }
    ],
    "DescribeStreamPackageSourceAlertsRequest": [
        {"SourceId": "66503E8E0000930000F1", "StartTime": 1590508800, "EndTime": 1590508900}
    ],
    "DescribeStreamPackageSourceAlertsResponse": [
        {
            "Infos": [
                {
                    "SourceId": "66503E8E0000930000F1",
                    "SourceName": "source_name",
                    "Code": 20012,
                    "Category": "PLAYBACK_WARNING",
                    "Message": "https://test.com/demo.m3u8 request response http 404.",
                    "LastModifiedTime": 1590508900,
                }
            ],
            "RequestId": "req-xxx",
        }
    ],
    "DescribeStreamPackageSourceLocationRequest": [{"Id": "66503E8E0000930000F0"}],
    "DescribeStreamPackageSourceLocationResponse": [
        {
            "Info": {
                "Id": "66503E8E0000930000F0",
                "Name": "location_name",
                "Region": "ap-singapore",
                "BaseUrl": "https://base.com/",
                "SegmentDeliverEnable": True,
                "SegmentDeliverConf": {
                    "DefaultSegmentUrl": "https://base.com/demo/",
                    "NameServers": [{"Name": "server_name", "Url": "https://test.com/"}],
                },
                "AttachedLiveSources": ["66503E8E0000930000F2"],
                "AttachedVodSources": ["66503E8E0000930000F1"],
                "CreateTime": 1590508800,
                "UpdateTime": 1590508800,
                "SegmentDeliverUsePackageEnable": True,
            },
            "RequestId": "req-xxx",
        }
    ],
    "DescribeStreamPackageSourceLocationsRequest": [{"PageNum": 1, "PageSize": 1}],
    "DescribeStreamPackageSourceLocationsResponse": [
        {
            "Infos": [
                {
                    "Id": "66503E8E0000930000F0",
                    "Name": "location_name",
                    "Region": "ap-singapore",
                    "BaseUrl": "https://base.com/",
                    "SegmentDeliverEnable": True,
                    "SegmentDeliverConf": {
                        "DefaultSegmentUrl": "https://base.com/demo/",
                        "NameServers": [{"Name": "server_name", "Url": "https://test.com/"}],
                    },
                    "AttachedLiveSources": ["66503E8E0000930000F2"],
                    "AttachedVodSources": ["66503E8E0000930000F1"],
                    "CreateTime": 1590508800,
                    "UpdateTime": 1590508800,
                    "SegmentDeliverUsePackageEnable": True,
                }
            ],
            "PageNum": 1,
            "PageSize": 1,
            "TotalNum": 1,
            "TotalPage": 1,
            "RequestId": "req-xxx",
        }
    ],
    "DescribeStreamPackageSourceRequest": [{"Id": "66503E8E0000930000F1"}],
    "DescribeStreamPackageSourceResponse": [
        {
            "Info": {
                "Name": "source_name",
                "Type": "VOD",
                "PackageConf": [
                    {"GroupName": "group_name", "Type": "HLS", "Path": "/vod/main.m3u8"}
                ],
                "Id": "66503E8E0000930000F1",
                "CreateTime": 1590508800,
                "UpdateTime": 1590508800,
                "Region": "ap-singapore",
            },
            "RequestId": "req-xxx",
        }
    ],
    "DescribeStreamPackageSourcesRequest": [
        {"PageNum": 1, "PageSize": 1, "LocationId": "66503E8E0000930000F0", "Type": "VOD"}
    ],
    "DescribeStreamPackageSourcesResponse": [
        {
            "Infos": [
                {
                    "Name": "source_name",
                    "Type": "VOD",
                    "PackageConf": [
                        {"GroupName": "group_name", "Type": "HLS", "Path": "/vod/demo.m3u8"}
                    ],
                    "Id": "66503E8E0000930000F1",
                    "CreateTime": 1590508800,
                    "UpdateTime": 1590508800,
                    "Region": "ap-singapore",
                }
            ],
            "PageNum": 1,
            "PageSize": 1,
            "TotalNum": 1,
            "TotalPage": 1,
            "RequestId": "req-xxx",
        }
    ],
    "DescribeSubtitleEmbedTemplatesRequest": [{}],
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
    "DescribeTextToSpeechAsyncTaskRequest": [
        {"TaskId": "1300057393-DubbingAsync-fc3f52cf-f5f2-453c-882c-8847e5b2fe2f"}
    ],
    "DescribeTextToSpeechAsyncTaskResponse": [
        {
            "AudioUrl": "https://laurie-tmp-1300828900.cos.ap-nanjing.myqcloud.com/async_dubbing/fc3f52cf-f5f2-453c-882c-8847e5b2fe2f.wav",
            "ErrorCode": 0,
            "ExtInfo": '{"duration":1.00325}',
            "Msg": "success",
            "Status": "success",
            "VoiceId": "s1_+DSBRZuGbfKlwsN1lV5OsriSYvOB3aSqqCsHH0LJ5BWHsmfmn13my4ki/QL+g+7RaRUWLhwPcEI6gtCTkA==",
            "RequestId": "c63e8ebb-af80-4987-b65e-eda61ac74455",
        }
    ],
    "DescribeTranscodeTemplatesRequest": [{"Definitions": [100010]}],
    "DescribeTranscodeTemplatesResponse": [
        {
            "TotalCount": 1,
            "TranscodeTemplateSet": [
                {
                    "Definition": "100010",
                    "Container": "mp4",
                    "Name": "MP4-FLU",
                    "Comment": "",
                    "Type": "Preset",
                    "RemoveVideo": 0,
                    "RemoveAudio": 0,
                    "VideoTemplate": {
                        "Codec": "libx264",
                        "Fps": 25,
                        "Bitrate": 400,
                        "ResolutionAdaptive": "open",
                        "Width": 0,
                        "Height": 360,
                        "FillType": "stretch",
                        "Gop": 0,
                        "VideoProfile": "",
                        "VideoLevel": "",
                        "SegmentType": 0,
                        "FpsDenominator": 1,
                        "Stereo3dType": "",
                        "HlsTime": 0,
                        "Mode": "ABR",
                        "Sar": "",
                        "NoScenecut": 0,
                        "BitDepth": 8,
                        "RawPts": 0,
                        "ScenarioBased": 0,
                        "SceneType": "",
                        "CompressType": "",
                    },
                    "AudioTemplate": {
                        "Codec": "libfdk_aac",
                        "Bitrate": 64,
                        "SampleRate": 44100,
                        "AudioChannel": 2,
                    },
                    "ContainerType": "Video",
                    "CreateTime": "2020-03-04T07:39:36+08:00",
                    "UpdateTime": "2024-09-27T17:33:53+08:00",
                    "TEHDConfig": None,
                    "EnhanceConfig": None,
                    "AliasName": "",
                }
            ],
            "RequestId": "817e02a2-abcd-efgh-a2c8-d32169733eaa",
        }
    ],
    "DescribeUsageDataRequest": [
        {"EndTime": "2019-07-03T00:00:00+08:00", "StartTime": "2019-07-02T00:00:00+08:00"}
    ],
    "DescribeUsageDataResponse": [
        {
            "Data": [
                {
                    "TaskType": "Transcode",
                    "Summary": [
                        {"Time": "2019-07-02T00:00:00+08:00", "Count": 22, "Usage": 2200},
                        {"Time": "2019-07-03T00:00:00+08:00", "Count": 22, "Usage": 2200},
                    ],
                    "Details": [
                        {
                            "Specification": "Audio",
                            "Data": [
                                {"Time": "2019-07-02T00:00:00+08:00", "Count": 1, "Usage": 10},
                                {"Time": "2019-07-03T00:00:00+08:00", "Count": 1, "Usage": 10},
                            ],
                        },
                        {
                            "Specification": "Standard.H265.4K",
                            "Data": [
                                {"Time": "2019-07-02T00:00:00+08:00", "Count": 1, "Usage": 10},
                                {"Time": "2019-07-03T00:00:00+08:00", "Count": 1, "Usage": 10},
                            ],
                        },
                        {
                            "Specification": "TESHD-10.H265.4K",
                            "Data": [
                                {"Time": "2019-07-02T00:00:00+08:00", "Count": 1, "Usage": 10},
                                {"Time": "2019-07-03T00:00:00+08:00", "Count": 1, "Usage": 10},
                            ],
                        },
                    ],
                }
            ],
            "RequestId": "requestId",
        }
    ],
    "DescribeVideoDatabaseEntryTaskDetailRequest": [
        {"TaskId": "251xxx279-VideoDBEntryTask-60e4ae3b23ff4fd3936eb6b7e8af25ec"}
    ],
    "DescribeVideoDatabaseEntryTaskDetailResponse": [
        {
            "TaskId": "251xxx279-VideoDBEntryTask-60e4ae3b23ff4fd3936eb6b7e8af25ec",
            "Status": "SUCCESS",
            "VideoDBEntryTaskResults": [{"VideoId": "c92846202b9fca7813dfc92846fc3e408"}],
            "RequestId": "c92846202b9fca7813df05aa2b9fe408",
        }
    ],
    "DescribeVideoSearchTaskDetailRequest": [
        {"TaskId": "251xxx279-SearchTask-60e4ae3b23ff4fd3936eb6b7e8af25ec"}
    ],
    "DescribeVideoSearchTaskDetailResponse": [
        {
            "TaskId": "251xxx279-SearchTask-60e4ae3b23ff4fd3936eb6b7e8af25ec",
            "Status": "SUCCESS",
            "SearchTaskResults": [{"Score": 0.7654, "VideoId": "c92846202b9fca7813d2846a6fc3e408"}],
            "RequestId": "65ef8b23-677a-429d-83aa-d7eef8bb2aa9",
        }
    ],
    "DescribeVoicesRequest": [{"VoiceType": "clone"}, {}],
    "DescribeWatermarkTemplatesRequest": [{"Definitions": [1001], "Offset": 0, "Limit": 20}],
    "DescribeWordSamplesRequest": [{}],
    "DescribeWorkflowsRequest": [{"WorkflowIds": [10001]}],
    "DesignVoiceAsyncResponse": [
        {
            "ErrorCode": 0,
            "Msg": "success",
            "TaskId": "1300057393-DesignVoiceAsync-f255b8b7-82a7-41e1-8e88-b61e247cc510",
            "RequestId": "f255b8b7-82a7-41e1-8e88-b61e247cc510",
        },
        {
            "ErrorCode": 0,
            "Msg": "success",
            "TaskId": "1300057393-DesignVoiceAsync-57778be2-5fdf-4c2b-b699-15aed0123085",
            "RequestId": "57778be2-5fdf-4c2b-b699-15aed0123085",
        },
        {
            "ErrorCode": 0,
            "Msg": "success",
            "TaskId": "1300057393-DesignVoiceAsync-0ce1e964-516d-490a-80e2-1c8f574fd493",
            "RequestId": "0ce1e964-516d-490a-80e2-1c8f574fd493",
        },
    ],
    "DetectVideoSubtitleAreaRequest": [
        {
            "InputInfo": {
                "Type": "URL",
                "UrlInputInfo": {
                    "Url": "http://*********************************************************************************************************************************************.mp4"
                },
            },
            "VideoLanguage": "zh_en",
            "UserExtPara": "",
        }
    ],
    "DetectVideoSubtitleAreaResponse": [
        {
            "Height": 1280,
            "Result": [
                {
                    "Area": {
                        "LeftTopX": 64,
                        "LeftTopY": 748,
                        "RightBottomX": 576,
                        "RightBottomY": 791,
                        "Unit": 2,
                    },
                    "Confidence": 70,
                }
            ],
            "Width": 720,
            "RequestId": "4af4d815-d608-4aff-afb3-45f3b46563b0",
        }
    ],
    "DetectVideoWatermarkRequest": [
        {
            "InputInfo": {
                "Type": "URL",
                "UrlInputInfo": {
                    "Url": "https://ie-mps-1258344699.cos.ap-nanjing.tencentcos.cn/common/ppeterhuang/yjcp_badcase_cut.mp4"
                },
            }
        },
        {
            "InputInfo": {
                "Type": "URL",
                "UrlInputInfo": {
                    "Url": "https://ie-mps-1258344699.cos.ap-nanjing.tencentcos.cn/common/ppeterhuang/yjcp_badcase_cut.mp4"
                },
            },
            "UserExtPara": '{"key": "value"}',
        },
    ],
    "DisableScheduleRequest": [{"ScheduleId": 0}],
    "DisableScheduleResponse": [{"RequestId": "3c140219-cfe9-470e-b241-907877d6fb03"}],
    "DisableWorkflowRequest": [{"WorkflowId": 19000}],
    "DisableWorkflowResponse": [{"RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3"}],
    "DisassociateSecurityGroupRequest": [
        {
            "Id": "018d0be70ed7",
            "UnattachInOutInfos": [
                {
                    "FlowId": "01888fa3c8ce1ea",
                    "InOutId": "5578a028fa7a0",
                    "InOutType": "Input",
                    "FlowRegion": "ap-shanghai",
                }
            ],
        }
    ],
    "DisassociateSecurityGroupResponse": [{"RequestId": "01888fa3xxce1ea5578a0209a7yy"}],
    "EditMediaRequest": [
        {
            "FileInfos": [
                {
                    "InputInfo": {
                        "Type": "COS",
                        "CosInputInfo": {
                            "Bucket": "TopRankVideo-125xxx88",
                            "Region": "ap-chongqing",
                            "Object": "/movie/201907/WildAnimal.mov",
                        },
                    },
                    "StartTimeOffset": 60.0,
                    "EndTimeOffset": 120.0,
                }
            ],
            "OutputStorage": {
                "Type": "COS",
                "CosOutputStorage": {"Bucket": "TopRankVideo-125xxx88", "Region": "ap-chongqing"},
            },
            "OutputObjectPath": "/clip_result/clip_WildAnimal.{format}",
        },
        {
            "FileInfos": [
                {
                    "Id": "img01",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../1.jpg"}},
                },
                {
                    "Id": "img02",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../2.jpg"}},
                },
                {
                    "Id": "img03",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../3.jpg"}},
                },
                {
                    "Id": "img04",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../4.jpg"}},
                },
                {
                    "Id": "img05",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../5.jpg"}},
                },
                {
                    "Id": "img06",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../6.jpg"}},
                },
                {
                    "Id": "img07",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../7.jpg"}},
                },
                {
                    "Id": "img08",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../8.jpg"}},
                },
                {
                    "Id": "img09",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../9.jpg"}},
                },
                {
                    "Id": "img10",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../10.jpg"}},
                },
                {
                    "Id": "adu",
                    "InputInfo": {
                        "Type": "URL",
                        "UrlInputInfo": {"Url": "https://.../back_music.mp3"},
                    },
                },
            ],
            "OutputStorage": {
                "Type": "COS",
                "CosOutputStorage": {"Bucket": "your_bucket", "Region": "your_bucket_region"},
            },
            "OutputObjectPath": "/your/output/dir/",
            "ComposeConfig": {
                "TargetInfo": {"Container": "mp4", "VideoStream": {"Fps": 30}},
                "Tracks": [
                    {
                        "Type": "Video",
                        "Items": [
                            {
                                "Type": "Image",
                                "Image": {
                                    "SourceMedia": {"FileId": "img01"},
                                    "TrackTime": {"Duration": "3s"},
                                },
                            },
                            {
                                "Type": "Transition",
                                "Transition": {"Transitions": [{"Type": "Dreamy"}]},
                            },
                            {
                                "Type": "Image",
                                "Image": {
                                    "SourceMedia": {"FileId": "img02"},
                                    "TrackTime": {"Duration": "3s"},
                                },
                            },
                            {
                                "Type": "Transition",
                                "Transition": {"Transitions": [{"Type": "Circleopen"}]},
                            },
                            {
                                "Type": "Image",
                                "Image": {
                                    "SourceMedia": {"FileId": "img03"},
                                    "TrackTime": {"Duration": "3s"},
                                },
                            },
                            {
                                "Type": "Transition",
                                "Transition": {"Transitions": [{"Type": "Heart"}]},
                            },
                            {
                                "Type": "Image",
                                "Image": {
                                    "SourceMedia": {"FileId": "img04"},
                                    "TrackTime": {"Duration": "3s"},
                                },
                            },
                            {
                                "Type": "Transition",
                                "Transition": {"Transitions": [{"Type": "PolarFunction"}]},
                            },
                            {
                                "Type": "Image",
                                "Image": {
                                    "SourceMedia": {"FileId": "img05"},
                                    "TrackTime": {"Duration": "3s"},
                                },
                            },
                            {
                                "Type": "Transition",
                                "Transition": {"Transitions": [{"Type": "Swirl"}]},
                            },
                            {
                                "Type": "Image",
                                "Image": {
                                    "SourceMedia": {"FileId": "img06"},
                                    "TrackTime": {"Duration": "3s"},
                                },
                            },
                            {
                                "Type": "Transition",
                                "Transition": {"Transitions": [{"Type": "WipeRight"}]},
                            },
                            {
                                "Type": "Image",
                                "Image": {
                                    "SourceMedia": {"FileId": "img07"},
                                    "TrackTime": {"Duration": "3s"},
                                },
                            },
                            {
                                "Type": "Transition",
                                "Transition": {"Transitions": [{"Type": "ZoomInCircles"}]},
                            },
                            {
                                "Type": "Image",
                                "Image": {
                                    "SourceMedia": {"FileId": "img08"},
                                    "TrackTime": {"Duration": "3s"},
                                },
                            },
                            {
                                "Type": "Transition",
                                "Transition": {"Transitions": [{"Type": "ImageFadeInFadeOut"}]},
                            },
                            {
                                "Type": "Image",
                                "Image": {
                                    "SourceMedia": {"FileId": "img09"},
                                    "TrackTime": {"Duration": "3s"},
                                },
                            },
                            {
                                "Type": "Transition",
                                "Transition": {"Transitions": [{"Type": "ButterflyWaveScrawler"}]},
                            },
                            {
                                "Type": "Image",
                                "Image": {
                                    "SourceMedia": {"FileId": "img10"},
                                    "TrackTime": {"Duration": "3s"},
                                },
                            },
                        ],
                    },
                    {
                        "Type": "Audio",
                        "Items": [
                            {
                                "Type": "Audio",
                                "Audio": {
                                    "SourceMedia": {"FileId": "adu"},
                                    "TrackTime": {"Duration": "21s"},
                                },
                            }
                        ],
                    },
                ],
            },
        },
        {
            "FileInfos": [
                {
                    "Id": "back",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../video.mp4"}},
                },
                {
                    "Id": "over",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../over.mp4"}},
                },
            ],
            "OutputStorage": {
                "Type": "COS",
                "CosOutputStorage": {"Bucket": "your_bucket", "Region": "your_bucket_region"},
            },
            "OutputObjectPath": "/your/output/dir/",
            "ComposeConfig": {
                "Tracks": [
                    {
                        "Type": "Video",
                        "Items": [
                            {
                                "Type": "Video",
                                "Video": {
                                    "SourceMedia": {
                                        "FileId": "over",
                                        "StartTime": "30s",
                                        "EndTime": "40s",
                                    },
                                    "AudioOperations": [{"Type": "Volume", "Volume": 0}],
                                    "XPos": "60%",
                                    "YPos": "30%",
                                    "Width": "300px",
                                },
                            }
                        ],
                    },
                    {
                        "Type": "Video",
                        "Items": [
                            {
                                "Type": "Video",
                                "Video": {
                                    "SourceMedia": {
                                        "FileId": "back",
                                        "StartTime": "10s",
                                        "EndTime": "20s",
                                    }
                                },
                            }
                        ],
                    },
                ]
            },
        },
        {
            "FileInfos": [
                {
                    "Id": "vod",
                    "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "https://.../video.mp4"}},
                }
            ],
            "OutputStorage": {
                "Type": "COS",
                "CosOutputStorage": {"Bucket": "your_bucket", "Region": "your_bucket_region"},
            },
            "OutputObjectPath": "/your/output/dir/",
            "ComposeConfig": {
                "Tracks": [
                    {
                        "Type": "Video",
                        "Items": [
                            {
                                "Type": "Video",
                                "Video": {
                                    "SourceMedia": {
                                        "FileId": "vod",
                                        "StartTime": "10s",
                                        "EndTime": "20s",
                                    },
                                    "TrackTime": {"Duration": "5s"},
                                },
                            }
                        ],
                    },
                    {
                        "Type": "Video",
                        "Items": [
                            {
                                "Type": "Video",
                                "Video": {
                                    "SourceMedia": {
                                        "FileId": "vod",
                                        "StartTime": "20s",
                                        "EndTime": "30s",
                                    },
                                    "TrackTime": {"Duration": "12.5s"},
                                },
                            }
                        ],
                    },
                ]
            },
        },
    ],
    "EditMediaResponse": [
        {
            "RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3",
            "TaskId": "125xxx88-EditMedia-bffb15f07530b57bc1aabb01fac74bca",
        },
        {
            "RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3",
            "TaskId": "125xxx88-EditMedia-bffb15f07530b57bc1aabb01fac74bca",
        },
        {
            "RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3",
            "TaskId": "125xxx88-EditMedia-bffb15f07530b57bc1aabb01fac74bca",
        },
        {
            "RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3",
            "TaskId": "125xxx88-EditMedia-bffb15f07530b57bc1aabb01fac74bca",
        },
        {
            "RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3",
            "TaskId": "125xxx88-EditMedia-bffb15f07530b57bc1aabb01fac74bca",
        },
    ],
    "EmbeddingDataResponse": [
        {
            "Data": [{"Result": [-0.0055236816]}],
            "Usage": {"InputTokens": 15, "TotalTokens": 15},
            "RequestId": "f4de2dd4-bac4-47d8-a983-8ee3ffb92f26",
        }
    ],
    "EnableScheduleRequest": [{"ScheduleId": 0}],
    "EnableScheduleResponse": [{"RequestId": "3c140219-cfe9-470e-b241-907877d6fb03"}],
    "EnableWorkflowRequest": [{"WorkflowId": 10000}],
    "EnableWorkflowResponse": [{"RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3"}],
    "ExecuteFunctionRequest": [{"FunctionName": "ExampleFunc", "FunctionArg": "XXX"}],
    "ExecuteFunctionResponse": [
        {"RequestId": "8ad61e3a-6b8e-4b4e-9256-fdc701190064ef0", "Result": "XXX"}
    ],
    "ExtractBlindWatermarkRequest": [
        {
            "Type": "blind-basic",
            "InputInfo": {"Type": "URL", "UrlInputInfo": {"Url": "http://test.cos.com/video.mp4"}},
            "ExtractBlindWatermarkConfig": {"SegmentDuration": 5000},
        }
    ],
    "ExtractBlindWatermarkResponse": [
        {
            "RequestId": "2134541-fdc5-4b08-bf2d-97f7d6678b44",
            "TaskId": "24000105-ExtractBlindWatermark-xxxxxx",
        }
    ],
    "ManageTaskRequest": [
        {"OperationType": "Abort", "TaskId": "2459149217-procedure-live-xxx51da009t0"}
    ],
    "ManageTaskResponse": [{"RequestId": "335bdaa3-db0e-46ce-9946-51941d9cb0f5"}],
    "ModifyAIAnalysisTemplateRequest": [
        {"Definition": 30, "CoverConfigure": {"Switch": "OFF"}},
        {"Definition": 30, "TagConfigure": {"Switch": "ON"}, "CoverConfigure": {"Switch": "OFF"}},
        {"Definition": 30, "CoverConfigure": {"Switch": "ON"}},
    ],
    "ModifyAIAnalysisTemplateResponse": [
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
    ],
    "ModifyAIRecognitionTemplateRequest": [
        {
            "Definition": 30,
            "OcrFullTextConfigure": {"Switch": "OFF"},
            "OcrWordsConfigure": {"Switch": "ON"},
        }
    ],
    "ModifyAIRecognitionTemplateResponse": [{"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}],
    "ModifyAdaptiveDynamicStreamingTemplateResponse": [
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "ModifyAnimatedGraphicsTemplateResponse": [
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "ModifyAsrHotwordsResponse": [{"RequestId": "bebd190b-4864-4911-b919-ec713c102498"}],
    "ModifyBlindWatermarkTemplateResponse": [{"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}],
    "ModifyContentReviewTemplateRequest": [
        {"Definition": 30, "PornConfigure": {"ImgReviewInfo": {"Switch": "ON"}}},
        {
            "Definition": 30,
            "PornConfigure": {
                "ImgReviewInfo": {
                    "Switch": "ON",
                    "LabelSet": ["sexy"],
                    "BlockConfidence": 90,
                    "ReviewConfidence": 60,
                }
            },
        },
        {
            "Definition": 30,
            "PornConfigure": {
                "ImgReviewInfo": {"Switch": "ON", "BlockConfidence": 90, "ReviewConfidence": 60}
            },
        },
    ],
    "ModifyContentReviewTemplateResponse": [
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"RequestId": "67ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"RequestId": "82ae8d8e-dce3-4151-9d4b-5594145223e1"},
    ],
    "ModifyDocToVideoTaskStatusResponse": [
        {
            "TaskId": "72687c0b-19aa-f799-ddf9-716619c12eda",
            "RequestId": "3e8e036a-0aae-4ad6-b321-dc91eb5f7261",
        }
    ],
    "ModifyImageSpriteTemplateResponse": [{"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}],
    "ModifyLiveRecordTemplateResponse": [{"RequestId": "12ae8cxc-dce3-4151-9cyt-5594145287e1"}],
    "ModifyProcessImageTemplateRequest": [
        {
            "Definition": 200043,
            "Name": "Template100",
            "Comment": "ProcessImageTemplate100",
            "ProcessImageTemplate": {
                "EncodeConfig": {"Format": "jpeg", "Quality": 50},
                "EnhanceConfig": {"SuperResolution": {"Switch": "OFF"}},
            },
        }
    ],
    "ModifyProcessImageTemplateResponse": [{"RequestId": "7c43b64a-8f21-4c2e-ab6e-a490ee5c439d"}],
    "ModifyQualityControlTemplateRequest": [
        {
            "Definition": 200090,
            "Name": "example2",
            "Comment": "",
            "QualityControlItemSet": [
                {
                    "Type": "LowEvaluation",
                    "Switch": "ON",
                    "Threshold": "80",
                    "Duration": 0,
                    "IntervalTime": 1000,
                },
                {
                    "Type": "Mosaic",
                    "Switch": "ON",
                    "Threshold": "80",
                    "Duration": 0,
                    "IntervalTime": 1000,
                },
            ],
            "Strategy": {
                "StrategyType": "TimeSpotCheck",
                "TimeSpotCheck": {
                    "CheckDuration": 50,
                    "CheckInterval": 10,
                    "SkipDuration": 10,
                    "CirclesNumber": 10,
                },
            },
        }
    ],
    "ModifyQualityControlTemplateResponse": [{"RequestId": "7c43b64a-8f21-4c2e-ab6e-a490ee5c439d"}],
    "ModifySampleSnapshotTemplateResponse": [{"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}],
    "ModifyScheduleRequest": [
        {
            "ScheduleId": 22435,
            "Trigger": {
                "Type": "AwsS3FileUpload",
                "AwsS3FileUploadTrigger": {
                    "S3Bucket": "evanxia-test",
                    "S3Region": "us-east-1",
                    "Dir": "/input/",
                },
            },
        }
    ],
    "ModifyScheduleResponse": [{"RequestId": "974e52bf-1234-49bf-8bcd-fdeca9b2d290"}],
    "ModifySmartEraseTemplateRequest": [
        {
            "Definition": 200410,
            "EraseSubtitleConfig": {
                "SubtitleEraseMethod": "auto",
                "SubtitleModel": "standard",
                "OcrSwitch": "ON",
                "SubtitleLang": "zh_en",
                "SubtitleFormat": "vtt",
                "TransSwitch": "ON",
                "TransDstLang": "en",
            },
        },
        {
            "Definition": 200407,
            "EraseWatermarkConfig": {"WatermarkEraseMethod": "auto", "WatermarkModel": "advanced"},
        },
    ],
    "ModifySmartEraseTemplateResponse": [
        {"RequestId": "84265f8e-43ec-4449-9521-b9332f64ee79"},
        {"RequestId": "e4d526f3-f1bb-4030-9f0d-00df485a7eae"},
    ],
    "ModifySmartSubtitleTemplateResponse": [{"RequestId": "a38bc8ff-9826-4a43-a7d3-ed4c370d305f"}],
    "ModifySnapshotByTimeOffsetTemplateResponse": [
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "ModifyStreamLinkEventRequest": [
        {"EventId": "0193d38d0a4f09dc0f326fd4342c", "EventName": "test_event"}
    ],
    "ModifyStreamLinkEventResponse": [{"RequestId": "0194407416cf09dc0f321631343d"}],
    "ModifyStreamLinkFlowRequest": [
        {"FlowId": "0194407416cf09dc0f321631343d", "FlowName": "flow_name"}
    ],
    "ModifyStreamLinkFlowResponse": [{"RequestId": "0193d38d4e5d09dc0f326fd4342d"}],
    "ModifyStreamLinkInputRequest": [
        {
            "FlowId": "01746cfeda560956b92d34d30445",
            "Input": {
                "InputId": "01746cfeda570956b92d34d30446",
                "InputName": "inputname",
                "Description": "inputnameDescription",
                "AllowIpList": ["0.0.0.0/0"],
                "SRTSettings": {
                    "Latency": 1000,
                    "RecvLatency": 1000,
                    "PeerLatency": 0,
                    "PeerIdleTimeout": 1000,
                    "Passphrase": "aaaaaaaaaa",
                    "PbKeyLen": 32,
                },
                "RTPSettings": {"FEC": "", "IdleTimeout": 0},
            },
        }
    ],
    "ModifyStreamLinkInputResponse": [
        {
            "Info": {
                "AllowIpList": ["0.0.0.0/0"],
                "Protocol": "",
                "Description": "",
                "RTPSettings": {"IdleTimeout": 0, "FEC": ""},
                "InputName": "",
                "SRTSettings": {
                    "Mode": "",
                    "Latency": 1000,
                    "PeerLatency": 0,
                    "PbKeyLen": 32,
                    "RecvLatency": 1000,
                    "Passphrase": "",
                    "StreamId": "",
                    "PeerIdleTimeout": 1000,
                    "SourceAddresses": [{"Ip": "", "Port": 1}],
                },
                "RTMPSettings": {"StreamKey": "", "AppName": ""},
                "RTSPPullSettings": {"SourceAddresses": [{"Url": ""}]},
                "ResilientStream": {"Enable": True, "BufferTime": 133},
                "HLSPullSettings": {"SourceAddresses": []},
                "RTMPPullSettings": {"SourceAddresses": [{"StreamKey": "", "TcUrl": ""}]},
                "FailOver": "",
                "InputRegion": "",
                "InputId": "",
                "InputAddressList": [{"Ip": "", "Port": 1}, {"Ip": "", "Port": 1}],
            },
            "RequestId": "",
        }
    ],
    "ModifyStreamLinkOutputInfoRequest": [
        {
            "FlowId": "019202e96d9f09dc0f325e7f7a2a",
            "Output": {
                "OutputId": "01937702c54509dc0f3269ca341f",
                "OutputName": "output_name",
                "OutputType": "Internet",
                "Description": "description",
                "Protocol": "SRT",
                "SRTSettings": {
                    "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                    "StreamId": "",
                    "Latency": 0,
                    "RecvLatency": 0,
                    "PeerLatency": 0,
                    "PeerIdleTimeout": 0,
                    "Passphrase": "",
                    "PbKeyLen": 0,
                    "Mode": "Caller",
                },
                "RTPSettings": {
                    "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                    "FEC": "off",
                    "IdleTimeout": 0,
                },
                "RTMPSettings": {
                    "ChunkSize": 0,
                    "Destinations": [{"Url": "rtmp://example.com/live", "StreamKey": "live_test"}],
                },
                "AllowIpList": ["0.0.0.0"],
                "MaxConcurrent": 1,
            },
        }
    ],
    "ModifyStreamLinkOutputInfoResponse": [
        {
            "Info": {
                "OutputId": "01937702c54509dc0f3269ca341f",
                "OutputRegion": "ap-shanghai",
                "OutputName": "output_name",
                "OutputType": "Internet",
                "Description": "description",
                "Protocol": "SRT",
                "OutputAddressList": [{"Ip": "102.32.56.23"}],
                "SRTSettings": {
                    "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                    "StreamId": "",
                    "Latency": 0,
                    "RecvLatency": 0,
                    "PeerLatency": 0,
                    "PeerIdleTimeout": 0,
                    "Passphrase": "",
                    "PbKeyLen": 0,
                    "Mode": "Caller",
                    "SourceAddresses": [{"Ip": "102.32.56.23", "Port": 22300}],
                },
                "RTPSettings": {
                    "Destinations": [{"Ip": "102.32.56.23", "Port": 22300}],
                    "FEC": "off",
                    "IdleTimeout": 0,
                },
                "RTMPSettings": {
                    "IdleTimeout": 0,
                    "ChunkSize": 0,
                    "Destinations": [{"Url": "rtmp://example.com/live", "StreamKey": "live_test"}],
                },
                "RTMPPullSettings": {
                    "ServerUrls": [{"TcUrl": "rtmp://example.com/live", "StreamKey": "live_test"}]
                },
                "AllowIpList": ["0.0.0.0"],
                "RTSPPullSettings": {"ServerUrls": [{"Url": "rtsp://example.com/live/test"}]},
                "HLSPullSettings": {"ServerUrls": [{"Url": "http://example.com/live/test.m3u8"}]},
                "MaxConcurrent": 1,
            },
            "RequestId": "01937702ecc509dc0f3269ca3420",
        }
    ],
    "ModifyStreamLinkSecurityGroupRequest": [
        {"Id": "019202e96d9f09dc0f325e7f7a2a", "Name": "live_test", "Whitelist": ["0.0.0.0"]}
    ],
    "ModifyStreamLinkSecurityGroupResponse": [{"RequestId": "01937702c54509dc0f3269ca341f"}],
    "ModifyStreamPackageLinearAssemblyChannelRequest": [
        {
            "Id": "698A9F401D3EA6831FD9",
            "Name": "test_channel",
            "Tier": "Standard",
            "PlaybackMode": "Linear",
            "TimeShiftEnable": True,
            "SlateConf": {
                "SourceLocationId": "698557DC1D3EA60266EB",
                "VodSourceName": "test_source_2",
            },
            "Outputs": [
                {
                    "Type": "HLS",
                    "GroupName": "group_name",
                    "ManifestName": "master",
                    "ManifestConf": {"Windows": 60, "AdMarkupType": "Enhanced SCTE-35"},
                    "PlaybackURL": "http://**100***8.ap-shanghai.streampa**age.srcl*****ll.myqcloud.com/****nel_assembly/698A9F40*****6831FD9/master.m3u8",
                    "DashManifestConf": {
                        "Windows": 0,
                        "MinBufferTime": 0,
                        "MinUpdatePeriod": 0,
                        "SuggestedPresentationDelay": 0,
                    },
                }
            ],
        }
    ],
    "ModifyStreamPackageLinearAssemblyChannelResponse": [
        {"RequestId": "44a14b7a-8589-48d2-b392-087f18f458df"}
    ],
    "ModifyStreamPackageLinearAssemblyProgramRequest": [
        {
            "Id": "67612E1189C8D039B3F6",
            "Name": "demo",
            "SourceType": "vod_source",
            "SourceLocationId": "6760EC9700006786ABB0",
            "SourceName": "vod1",
            "PlaybackConf": {
                "TransitionType": "Relative",
                "RelativePosition": "After",
                "RelativeProgramId": "67612E1189E3D039B3F6",
                "ClipRangeConf": {"Type": "SpecifyTimeRange", "Offset": 30000},
            },
            "AdBreaks": [
                {
                    "SourceLocationId": "6760EC9700006786ABB0",
                    "VodSourceName": "ad_1",
                    "Offset": 0,
                    "MessageType": "SpliceInsert",
                    "SpliceInsertConf": {
                        "EventID": "0",
                        "AvailNum": "0",
                        "AvailExpected": "1",
                        "ProgramID": "0",
                    },
                    "Metadatas": [{"Key": "key1", "Value": "value1"}],
                    "SourceLocationName": "demo_source_location",
                }
            ],
        }
    ],
    "ModifyStreamPackageLinearAssemblyProgramResponse": [
        {"RequestId": "7d4b42b2-a5d4-499e-ac9b-cdabd9b46026"}
    ],
    "ModifyStreamPackageSSAIChannelRequest": [
        {
            "Name": "TestConf",
            "ContentSource": "http://origin-server.com/abc/",
            "SSAIInfo": {
                "AdsUrl": "https://my.ads.com/path?ad_type=[player_params.ad_type]&region=[player_params.region]",
                "ConfigAliases": [
                    {
                        "ParamName": "region",
                        "AliasValueList": [{"Alias": "india", "Value": "ap-mumbai"}],
                    }
                ],
                "AdMarkerPassthrough": True,
                "Threshold": 12,
                "SlateAd": "https://hostname/xxx/xxx.mp4",
                "SCTE35AdType": 1,
                "AdTriggers": [1],
                "DeliveryRestrictions": 1,
                "SourceCDNPrefix": "https://example_cdn.com/",
                "AdCDNPrefix": "https://example_ad_cdn.com/",
            },
            "ID": "654CA8EF0000CE02BXXX",
        }
    ],
    "ModifyStreamPackageSSAIChannelResponse": [
        {"RequestId": "0xxxxd32-1043-4e1b-bd20-1bfad0xxxx70"}
    ],
    "ModifyStreamPackageSourceLocationRequest": [
        {
            "Id": "67D7CBB600005DBB0001",
            "Name": "location_name",
            "BaseUrl": "https://test.com/base",
            "SegmentDeliverEnable": True,
            "SegmentDeliverConf": {
                "DefaultSegmentUrl": "https://test.com/",
                "NameServers": [{"Name": "server_name", "Url": "https://testserver.com/"}],
            },
            "SegmentDeliverUsePackageEnable": True,
        }
    ],
    "ModifyStreamPackageSourceLocationResponse": [{"RequestId": "req-xx"}],
    "ModifyStreamPackageSourceRequest": [
        {
            "Id": "698A9AAB1D3EA5F03229",
            "Name": "test_source_2",
            "Type": "VOD",
            "PackageConfs": [{"GroupName": "group_name", "Type": "HLS", "Path": "/vod/main.m3u8"}],
            "SourceTags": [{"Key": "SPORT", "Value": "sport"}],
        }
    ],
    "ModifyStreamPackageSourceResponse": [{"RequestId": "5a0d7180-4579-49a9-a0f0-c22602b3b0f7"}],
    "ModifySubtitleEmbedTemplateRequest": [{"Definition": 278210, "Name": "camm"}],
    "ModifySubtitleEmbedTemplateResponse": [{"RequestId": "1d5c55a9-6471-4877-8e8c-486b69e3810c"}],
    "ModifyTranscodeTemplateRequest": [
        {
            "Definition": 1008,
            "Container": "mp4",
            "VideoTemplate": {"Codec": "h264", "Bitrate": 256, "Fps": 60},
            "AudioTemplate": {"SampleRate": 48000, "Codec": "aac", "Bitrate": 200},
        }
    ],
    "ModifyTranscodeTemplateResponse": [
        {"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"},
        {"RequestId": "3bxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxd6"},
    ],
    "ModifyWatermarkTemplateResponse": [
        {"ImageUrl": "https://www.qq.com", "RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}
    ],
    "ModifyWordSampleResponse": [{"RequestId": "12ae8d8e-dce3-4151-9d4b-5594145287e1"}],
    "ParseLiveStreamProcessNotificationRequest": [
        {"Content": '{"NotificationType":"AiReviewResult",XXX'}
    ],
    "ParseLiveStreamProcessNotificationResponse": [
        {
            "NotificationType": "AiReviewResult",
            "TaskId": "2459149217-procedure-live-xxx51da009t0",
            "ProcessEofInfo": None,
            "AiReviewResultInfo": {
                "ResultSet": [
                    {
                        "Type": "VoicePorn",
                        "ImagePornResultSet": [],
                        "ImageTerrorismResultSet": [],
                        "ImagePoliticalResultSet": [],
                        "VoicePornResultSet": [
                            {
                                "StartPtsTime": 0.266,
                                "EndPtsTime": 4.146,
                                "Confidence": 98,
                                "Suggestion": "block",
                                "Label": "sexual_moan",
                            }
                        ],
                    }
                ]
            },
            "AiRecognitionResultInfo": None,
            "AiAnalysisResultInfo": None,
            "AiQualityControlResultInfo": None,
            "SessionId": "",
            "SessionContext": "",
            "RequestId": "335bdaa3-db0e-46ce-9946-51941d9cb0f5",
        }
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
    "ProcessImageRequest": [
        {
            "InputInfo": {
                "Type": "COS",
                "CosInputInfo": {
                    "Bucket": "bucket-test",
                    "Region": "ap-shanghai",
                    "Object": "/image/test.png",
                },
            },
            "OutputStorage": {
                "Type": "COS",
                "CosOutputStorage": {"Bucket": "bucket-test", "Region": "ap-shanghai"},
            },
            "ImageTask": {
                "EncodeConfig": {"Format": "jpeg", "Quality": 75},
                "EnhanceConfig": {"SuperResolution": {"Switch": "ON"}},
            },
        },
        {
            "InputInfo": {
                "Type": "COS",
                "CosInputInfo": {
                    "Bucket": "bucket-test",
                    "Region": "ap-shanghai",
                    "Object": "/image/test.png",
                },
            },
            "OutputStorage": {
                "Type": "COS",
                "CosOutputStorage": {"Bucket": "bucket-test", "Region": "ap-shanghai"},
            },
            "ImageTask": {
                "EncodeConfig": {"Format": "jpeg", "Quality": 75},
                "EraseConfig": {
                    "ImageEraseLogo": {
                        "Switch": "ON",
                        "ImageAreaBoxes": [{"Type": "logo", "AreaCoordSet": [101, 85, 111, 95]}],
                    }
                },
            },
        },
    ],
    "ProcessImageResponse": [
        {
            "RequestId": "03b25aab-8883-497e-838f-d760c3e220f6",
            "TaskId": "3pg2p4jEfbFHYo2rgB0Kzl0esg4NeBItcZyllxO4HNJXdNeRUhk9GjDMjCj1auPv",
        },
        {
            "RequestId": "03b25aab-8883-497e-838f-d760c3e220f6",
            "TaskId": "3pg2p4jEfbFHYo2rgB0Kzl0esg4NeBItcZyllxO4HNJXdNeRUhk9GjDMjCj1auPv",
        },
    ],
    "ProcessLiveStreamRequest": [
        {
            "Url": "http://www.abc.com/abc.m3u8",
            "AiRecognitionTask": {"Definition": 10},
            "TaskNotifyConfig": {
                "CmqRegion": "gz",
                "CmqModel": "Queue",
                "QueueName": "queue-125717729292",
            },
        }
    ],
    "ProcessLiveStreamResponse": [
        {
            "RequestId": "5ca61e3a-6b8e-4b4e-9256-fdc701190064ef0",
            "TaskId": "125xxxxxx07-live-procedure-813dc41e6fdc22dcf24aa6e9c61cp92",
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
    "QueryHunyuan3DTaskRequest": [
        {"TaskId": "4deda860-a9a0-47e3-81f1-00cadf02a44c"},
        {"TaskId": "r_75466f84b0b911f1b1b66aacb78dd458"},
        {"TaskId": "r_e6fb6e39b0ba11f1b1b66aacb78dd458"},
    ],
    "QueryHunyuan3DTaskResponse": [
        {
            "ErrorCode": "ResourceNotFound.TaskId",
            "ErrorMessage": "task not found or expired",
            "RequestId": "cec25a1e-0875-44f0-87da-2a1ebabee48b",
        },
        {
            "CreateTime": "2026-09-15T03:56:40Z",
            "FaceCount": 500000,
            "Progress": 100,
            "Prompt": "a cute chicken, cartoon style",
            "ResultFile3Ds": [
                {
                    "PreviewImageUrl": "https://hunyuan-base-prod-1258344703.cos.ap-guangzhou.myqcloud.com/openapi/text2img/838676194d9cada36394b6ef08ee9bac.png?q-ak=************************************&q-header-list=&q-key-time=1789444785%3B1789531185&q-sign-algorithm=sha1&q-sign-time=1789444785%3B1789531185&q-signature=1559acdb874c9459b83599b5b6cae25f13f0dabd&q-url-param-list=",
                    "Type": "GLB",
                    "Url": "https://hunyuan-3d-1258344703.cos.ap-guangzhou.myqcloud.com/gen_tmp_test/efcec080d3e049c3911d5781518e59e7/946764dab065116e55f6204f00e43eab.glb?q-sign-algorithm=sha1&q-ak=************************************&q-sign-time=1789444780%3B1789531180&q-key-time=1789444780%3B1789531180&q-header-list=&q-url-param-list=&q-signature=cbc0494a4e5504a41d53698f2916ca8845a3e9f9",
                }
            ],
            "Status": "DONE",
            "TaskId": "r_75466f84b0b911f1b1b66aacb78dd458",
            "TaskType": "text_to_3d",
            "UpdateTime": "2026-09-15T04:00:14Z",
            "RequestId": "531aa6de-1144-4797-9b87-b8c79c998160",
        },
        {
            "CreateTime": "2026-09-15T04:07:01Z",
            "FaceCount": 500000,
            "Progress": 0,
            "RefImage": "https://hunyuan-base-test-1258344703.cos.ap-guangzhou.myqcloud.com/public/test/eba3542f-5e19-4862-b95d-c2d28e7ef91e-latent.png",
            "Status": "RUN",
            "TaskId": "r_e6fb6e39b0ba11f1b1b66aacb78dd458",
            "TaskType": "image_to_3d",
            "UpdateTime": "2026-09-15T04:07:18Z",
            "RequestId": "7b545f16-7552-4cc9-acfc-04cdc60581e8",
        },
    ],
    "RecognizeAudioRequest": [
        {"Source": "zh", "AudioFormat": "pcm", "AudioData": "KwDn/zIA5v///wUA0v8D"}
    ],
    "RecognizeMediaForZhiXueRequest": [
        {
            "InputInfo": {
                "Type": "COS",
                "CosInputInfo": {
                    "Bucket": "TopRankVideo-125xxx88",
                    "Region": "ap-chongqing",
                    "Object": "/movie/201907/WildAnimal.mov",
                },
            }
        }
    ],
    "RecognizeMediaForZhiXueResponse": [
        {
            "TaskId": "125xxx65-RecognizeMediaForZhiXue-bffb15f07530b57bc1aabb01fac74bca",
            "RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3",
        }
    ],
    "ResetWorkflowRequest": [
        {
            "WorkflowId": 2573,
            "WorkflowName": "trans-100020-100030-100040",
            "Trigger": {
                "Type": "CosFileUpload",
                "CosFileUploadTrigger": {
                    "Bucket": "TopRankVideo-125xxx88",
                    "Region": "ap-chongqing",
                    "Dir": "/movie/201907/",
                },
            },
            "MediaProcessTask": {
                "TranscodeTaskSet": [
                    {"Definition": 100020, "WatermarkSet": [{"Definition": 12580}]},
                    {"Definition": 100030, "WatermarkSet": [{"Definition": 12580}]},
                    {"Definition": 100040, "WatermarkSet": [{"Definition": 12580}]},
                ]
            },
        }
    ],
    "ResetWorkflowResponse": [{"RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3"}],
    "StartStreamLinkFlowRequest": [{"FlowId": "01941bb7827509dc0f320a9d3426"}],
    "StartStreamLinkFlowResponse": [{"RequestId": "01937702c54509dc0f3269ca341f"}],
    "StartStreamPackageLinearAssemblyChannelRequest": [{"Id": "66503E8E0000930000F3"}],
    "StartStreamPackageLinearAssemblyChannelResponse": [{"RequestId": "req-xxx"}],
    "StopStreamLinkFlowRequest": [{"FlowId": "019202e96d9f09dc0f325e7f7a2a"}],
    "StopStreamLinkFlowResponse": [{"RequestId": "0193d38d4e5d09dc0f326fd4342d"}],
    "StopStreamPackageLinearAssemblyChannelRequest": [{"Id": "66503E8E0000930000F3"}],
    "StopStreamPackageLinearAssemblyChannelResponse": [{"RequestId": "req-xxx"}],
    "SubmitHunyuan3DTaskRequest": [
        {
            "MultiViewImages": [
                {
                    "ViewType": "front",
                    "ViewImageUrl": "https://hunyuan-base-test-1258344703.cos.ap-guangzhou.myqcloud.com/public/test/eba3542f-5e19-4862-b95d-c2d28e7ef91e-latent.png",
                }
            ],
            "EnablePBR": True,
        },
        {
            "Prompt": "cute woman, high detail, 3d asset",
            "ResultFormat": "FBX",
            "StoreCosParam": {
                "CosBucketName": "test-251006278",
                "CosBucketRegion": "ap-guangzhou",
                "CosBucketPath": "/",
            },
        },
    ],
    "SubmitHunyuan3DTaskResponse": [
        {
            "TaskId": "r_fbdac9ac98c311f18af6166e9d240373",
            "RequestId": "1a15321e-f92f-404e-8ccc-8b33d5359f14",
        },
        {
            "TaskId": "r_386a5affa77011f19a3d5a766fcc2bb3",
            "RequestId": "29a04b4f-7662-4cde-8111-adb6d3e729e6",
        },
    ],
    "SyncDubbingRequest": [
        {
            "AudioData": "UklGRghoAABXQVZFZm10IBAAAAABAAEAgD4AAAB9AAACABAAZGF0YeRnAABAAEQARABGAEcARQBHAEkASQBNAEsASABLAEsASgBKAEkASgBMAEkASQBLAEwASQBKAEkASgBKAEsASgBIAEoASQBKAEsASQBJAEkASQBKAEsASABJAEoASgBKAEkARgBIAEkASwBJAEYARgBIAEgASABHAEYARgBGAEcARABFAEcARABEAEUARQBFAEQARQBFAEMARABEAEQAQwBBAEEAQgBCAEAAQQBBAD8APwBCAEEAQAA/AD4APQA+AD8APgA+AD4APQA9AD0APQA9ADwAOwA7AD0APAA7ADsAOwA5ADkAOwA5ADkAOQA5ADgAOQA2ADgANgA3ADcANgA0ADcANAA0ADQAMwA2ADYANQA1ADQANQA2ADMANQA0ADIAMgAxADIAMQAyAC8AMQAyADEAMAAwAC8AMAAyADAALwAwADAALwAvAC8AMAAvAC8AMAAtAC0ALQAvAC4ALQAtACsAKQArACwAKgApACsALAAqACkAKgAqACgAKQApACgAKAAoACgAKAAoACcAKAAoACgAJwAnACUAJwAmACYAJwAlACYAJQAlACUAJgAlACQAJgAlACYAJwAkACQAJAAkACMAJAAmACYAJAAlACYAJQAkACMAIwAkACQAJQAkACQAJQAlACQAJAAjACQAIwAlACQAJAAkACMAIwAkACIAJAAmACQAIwAjACMAJAAhACUAJAAjACMAIwAlACMAJAAlACMAJQAkACEAJAAkACMAIwAiACMAIwAiACEAIgAhACEAIwAhACIAIgAjACUAIwAkACQAIwAjACQAJAAjACMAIwAjACQAJAAkACQAJQAkACQAIwAiACMAIwAkACMAIwAiACIAIgAiACMAIwAjACIAIwAiACEAIgAiACIAIQAiACUAJAAjACIAIQAjACIAIQAhACIAIgAhACMAIQAiACIAIwAiACIAJAAiACEAIwAjACMAIgAkACQAIwAlACUAJQAkACUAJAAkACUAJQAlACMAJQAkACQAIwAlACYAIwAkACQAIwAlACUAJAAkACUAJAAiACQAJAAkACQAIwAkACMAIQAkACUAJAAlACIAIwAjACMAJAAkACMAIAAhACEAIQAjACIAIwAiACIAIQAgACIAIQAgACIAIAAjACEAHwAfACEAIQAgACAAIQAfAB0AHwAfAB8AIAAfACAAIAAfACIAIAAdACIAIAAfACAAHgAdAB4AHQAfAB4AHQAeAB0AHAAcAB0AHgAfAB0AHAAcAB0AHQAdAB0AHAAdABwAGgAcABwAGwAcABwAGwAbABsAGwAbABwAGgAaABsAGwAaABsAGwAbABsAGQAbABsAGgAaABsAGQAYABoAGgAZABkAGAAXABkAFwAXABcAGAAZABcAFwAWABcAFgAVABgAFQAUABUAFQAWABUAFAAVABYAFQAVABMAFAAXABUAFQATABQAFQATABMAFQAUABIAEQASABMAEQASABIAEQASABEAEgARAA8ADwAPAA4ADwAOABEAEQAOAA8AEAARAAwADwAOAA0ADQANAAwADAANAAsACwAKAAoACwAKAAsACwAJAAgACgAIAAgABwAEAAYABgAFAAcABgAFAAUABQAFAAUAAwADAAMABQAFAAUABAAEAAUAAwADAAEABAAEAAIAAQACAAIA//8DAAMAAQABAAEAAQABAAEAAgACAAEAAQABAAAAAAAAAAEAAAD//wEAAAD//////////////v/+//7//P////////////7//P/+//3//P/8//3//P/7//3//P/8//z/+//7//v/+f/5//n/9//5//j/9//3//f/+P/5//b/9//2//b/9//3//f/9f/0//T/9//1//T/9//0//X/9//0//T/9f/x//T/8//y//L/8//z//T/8f/w//H/8v/z//P/8f/v//L/8f/x//D/7//w//H/8P/x/+7/7//v/+//7//t/+3/7f/t/+3/7v/u/+//7f/t/+3/7f/r/+3/7f/t/+z/7f/s/+r/7f/t/+3/6//s/+3/7f/s/+3/7f/r/+r/7P/s/+3/6//r/+3/6//t/+r/6v/r/+v/6f/r/+z/6f/p/+n/6f/q/+r/6//q/+r/6//r/+v/6//q/+r/6//q/+n/6f/p/+r/6f/p/+v/6//o/+f/6f/p/+n/6P/p/+j/6P/o/+j/6v/r/+n/6f/p/+n/6v/r/+r/6v/p/+v/6v/r/+r/6//r/+r/6v/r/+v/6//r/+v/6f/p/+n/6//u/+7/7P/s/+3/7f/u/+v/6v/q/+3/7f/r/+3/7v/u/+7/7v/t/+3/7//v/+7/7v/v/+//7//v/+//8P/w//H/8v/w//H/8f/y//H/7//y//L/8f/z//P/8//y//H/8//z//P/9f/1//P/9f/z//X/9//1//b/+f/5//f/9//3//n/+P/3//j/+f/5//n/+f/5//n/+f/5//v/+v/6/////f/8/////v/9/wAA/v////7//v8AAP///////wAAAAABAAAA//8AAAAAAgABAAEAAgABAAMAAwACAAMAAwABAAQABgAHAAQABQAFAAQABwAHAAgACQAIAAgACQAJAAoACgAKAAkACQAKAAkADAALAAwADQANAA4ADgAPAA4ADwARABEAEAARABMAEwASABMAEgASABMAEgATABQAFAASABUAFAAUABUAFQAVABcAFwAXABkAGAAZABkAGgAbABsAHAAcABsAGwAdAB4AHQAfAB8AHgAeACAAIAAhAB8AIAAiACMAIwAlACQAIwAlACUAJAAmACcAJQAlACUAJgAnACcAKQApACgAKQAqACkAKwArACsALgAtACwALQAsAC0ALgAwAC8AMAAwADAAMQAwADEAMgA0ADIAMQAyADEANQA0ADQANAA1ADUANgA3ADcAOAA3ADgAOgA6ADoAOQA6ADwAOgA8AD0APAA9AD0APwA+AD4APgA/AD8APwA/AEAAQAA+AEEAQABBAEIAQgBDAEMAQwBEAEYARABEAEUARgBFAEYARgBHAEkARwBJAEcASQBJAEkASgBMAEwASwBMAE0ATQBPAE4ATgBPAE4AUQBPAFAAUABPAE8AUQBQAFEAUgBRAFIAVABVAFQAVQBUAFcAVQBXAFgAVwBXAFYAVQBWAFgAWQBXAFcAWgBbAFkAWwBbAFsAWgBbAFwAXABdAF0AXgBdAF8AXwBfAF4AXwBfAGEAYQBiAGAAYQBjAGMAYwBiAGQAZABjAGYAZgBmAGUAaABnAGUAaABoAGkAZwBmAGgAaQBrAGkAaQBpAGsAawBrAGsAawBrAG0AawBtAG0AbgBvAG8AbgBsAG8AcQBxAHAAcABvAHIAcwBzAHMAcwB0AHYAcwB1AHUAdQB1AHUAdwB2AHcAeAB4AHcAdwB6AHkAeQB6AHgAegB7AHsAfAB7AHsAfAB+AHsAfAB7AHsAfgB9AH4AfwB7AH4AgAB/AIEAfwB/AIAAgACBAIEAgQCEAIQAggCDAIMAggCEAIQAgwCDAIQAhgCEAIUAhQCEAIcAhgCFAIQAhwCJAIgAiACHAIgAiACIAIoAiwCJAIkAiwCMAIsAigCKAI0AjQCNAI0AiwCOAI8AjQCNAI0AjwCPAI8AjgCOAI8AjQCPAI8AkACQAI8AkQCPAJAAjwCPAJAAkQCRAJIAkgCSAJIAkQCSAJEAkwCTAJQAlACSAJIAlACTAJQAlQCRAJQAkwCTAJQAlACUAJQAlwCVAJYAlQCVAJUAlACXAJUAlwCXAJgAlgCXAJcAlwCXAJcAlgCWAJcAlwCYAJkAmACYAJoAmACZAJgAlwCXAJoAmACZAJoAmgCZAJkAmgCZAJoAmQCaAJsAmgCYAJgAmgCbAJkAlwCbAJkAmgCcAJoAmgCaAJkAmwCZAJkAmQCZAJsAmgCbAJoAmQCcAJoAmQCZAJgAlwCZAJkAmgCYAJgAmACZAJkAmQCYAJgAmACZAJoAmQCZAJkAmQCaAJgAmACZAJkAmQCaAJoAmQCaAJkAmgCZAJsAmgCZAJoAlwCYAJcAmQCZAJgAlwCXAJcAmACYAJgAlwCXAJcAlgCWAJcAlgCXAJcAmACXAJYAlQCXAJYAlgCYAJYAlQCVAJYAlQCUAJQAkwCUAJMAkwCUAJQAlQCVAJIAlACUAJIAlACUAJIAkwCTAJEAkwCSAJMAkACRAJEAkQCRAJEAjwCRAJAAjwCQAI0AkACQAI4AjQCMAI0AjACMAI0AigCNAI0AjQCLAIoAjQCNAIsAjQCMAIoAigCKAIwAigCJAI0AiQCJAIoAhgCJAIkAhwCIAIoAiACHAIgAhwCHAIUAhwCGAIYAhwCGAIMAhQCFAIMAgwCDAIMAgQCCAIIAggCAAH8AgQB/AH8AgACAAH4AfgB/AH8AfQB8AH0AfwB+AH4AfQB+AH0AfAB9AH0AfAB9AHsAegB6AHsAeQB5AHkAeQB5AHcAeQB4AHkAeAB3AHcAeQB2AHUAdQBzAHYAcgByAHQAcwBzAHMAcQByAHMAcwByAHEAcQBtAG8AbwBuAHAAbQBuAG0AbQBtAGwAbABrAGkAagBsAGoAaABpAGgAaQBoAGgAaQBmAGgAagBlAGYAZQBmAGcAZABmAGUAYwBkAGIAZABjAGEAYQBjAGEAYQBhAGAAYABfAF4AXwBdAF8AXgBdAF4AWwBbAFwAWgBeAFsAWgBdAFsAWgBZAFsAWABZAFcAVgBXAFUAVwBXAFUAVABWAFQAVABTAFEAUwBUAFIAUQBRAFIATwBQAFEATwBOAE8ATwBOAE0ATQBNAEsATQBMAEsATABKAEoASQBJAEsASQBIAEoASABHAEgASABHAEYARwBHAEYARgBFAEQAQwBDAEIAQgBCAEMAQQBBAEEAQgBDAEAAPwBAAD8APgA/AD8APQA8AD4APgA9ADwAPAA7ADwAPAA6ADwAOwA6ADkAOQA7ADgANgA4ADcANwA3ADUANQA1ADUANAAzADQANAA0ADQAMwA0ADQAMwAyADIAMwAzADMAMQAwADIAMQAvAC8ALwAuAC0ALwAsACwAKwAsAC0ALAAsACsAKwAsACwAKgAoACgAKQAoACgAJgAnACcAJwAoACgAJwAnACcAJQAlACUAJQAkACQAJAAjACMAJQAnACMAIQAjACIAIwAkACIAIgAiACIAIAAfAB0AIQAgACAAIQAgACAAHgAeAB8AHQAdAB0AHQAfABsAGwAbABoAGwAaABoAGAAaABoAGgAYABkAGAAXABoAGAAZABcAFwAXABUAGAAWABcAFwAXABcAGAAXABUAFgAVABgAFgAUABQAEwATABIAEQASABIAEgARAA8AEAAQABAAEQAPABAAEQASABAAEAARAA4ADgAQAA4ADgAPAA4ADgAOAA8ADQAOAA0ADwAOAA0ADQANAAwACwALAAsADAAMAAsACwAKAAsACgAHAAcACAAJAAkACgAJAAkACQAKAAkACAAIAAkACQAJAAgABwAHAAkABgAHAAcABwAGAAUABQAEAAYABwAEAAYABgAGAAMAAwAFAAUABQAFAAYABQAEAAcABQADAAQABAAEAAUAAwAEAAQABAADAAQABQAEAAMAAwACAAIAAQACAAMAAQABAAEAAQAAAAMAAwACAAIAAAABAAEAAAABAAAAAAAAAAAA//8AAAEAAAAAAAAAAAAAAP//AQABAAAAAAAAAAAAAAD///////8AAP//AAAAAP//AAD//wAAAAAAAP/////+//7///8AAP7//v////////8AAP///f///////////wAAAAD+//3//f/+//3//f/9//z//f/9//7//f/9//3//v/+//7//////////P/+//z//v/+//3//f/+//7//P/8//z//v/9//z//P/9//3//P/9//7//f/9//3//f/9//z//v/7//z/+//+//3//P/9//3//v/8//3//P/8//3//v/+//3//f/+//z//f/+//3//f/9//3//f/9//3//P/8//7//v/8//3//P/9/////P////7//v/+//3//f/+//7//f/9//z/+//9//3//f/9/////f/9//3//f/9//3//f/+/wAA/v/+//7/AAD////////+/wAA/////wAA/v/+//7////+//7//f///////////////v/+/////////////f/9////AAD//////////wAAAQAAAP//AAD///////////7/////////AAD//wAAAAAAAAEAAAD//wAAAAABAAAAAAABAAAA//8AAAAA/////wAAAAAAAAAAAAAAAAAAAgABAAEAAQAAAAAAAAABAAEAAgABAAIAAQAAAAAAAQAAAAAAAQAAAAEAAAAAAAAAAAABAAEAAAABAAEAAQACAAEAAQAAAAEAAAAAAAEAAQABAAEAAAAAAAEAAwACAAAAAQAAAAEAAAABAAEAAQADAAIAAQABAAIAAgADAAMAAwACAAEAAQABAAMAAQAAAAEAAgAAAAAAAgACAAEAAQABAAEAAQADAAIAAgAAAAEAAgACAAMAAQADAAAAAQABAAEAAQACAAIA//8CAAIAAQABAAEAAwADAAMAAwABAAIAAgACAAAAAgACAAMAAQACAAMAAgAEAAIAAwADAAEAAAABAAAAAQABAAMAAwACAAEAAQABAAEAAQAAAAEAAQABAAEAAQABAAEAAAAAAAAAAAAAAAEAAQAAAAEAAQABAAMAAwABAAEAAAABAAEAAwADAAAAAQABAAEAAQABAAEAAwABAAAAAQABAAAAAQABAAEAAQACAAAAAgACAAEAAgAAAAEAAwABAAAAAQADAAAAAAABAAEAAQAAAAEAAAD//wAAAAD//wEAAAAAAAEAAAAAAP//AAABAAAAAQAAAP//AQABAAAAAQAAAAAAAQAAAAEAAQABAAEAAQAAAAAAAQABAAEAAAAAAAEAAAAAAAEAAQABAAAAAQAAAAEAAgABAP//AQABAAIAAgABAAEAAAABAAEAAQABAAAAAgADAAIAAQACAAEAAgADAAQABAADAAMAAwADAAQABQAEAAQAAwAEAAMAAQADAAQABAAFAAQABAADAAUABAAFAAUABAAEAAMAAwACAAIAAwAEAAMAAwADAAUABAADAAMAAgADAAQAAwADAAYABQAEAAUABgAGAAUABQAEAAUABQAFAAUABQAFAAUABgAGAAcABwAHAAcACAAIAAgABgAHAAkACQAHAAcABwAIAAkACQAKAAkABgAIAAkACQAJAAkACwAKAAgACgAKAAsADAALAAwACwALAAoACwANAAoACgALAA0ADQALAAsADAANAA0ADAAOABAADgANAA8ADgAPAA8ADwAPABEAEQARABAAEAATABMAEwATABMAFAAUABMAEQASABIAEgARABEAEAAQABIAEwATABEAEwATABMAEwATABIAEgASABMAEwATABMAFQAVABcAFgAVABYAFwAWABYAFwAXABcAFwAYABcAFgAXABYAFQAVABUAFQAVABUAFQAVABcAFgAVABYAFAAVABcAFwAXABcAFQAWABcAGAAZABkAGQAZABkAGAAbABkAGgAaABkAGAAYABgAGQAaABkAGQAZABkAGwAbABwAGQAaABwAGwAbABsAHAAdABsAGQAZABoAGgAbABwAHAAbABsAGwAbABwAGwAYABsAHAAbABsAGwAbABoAGgAbABoAGQAZABkAGwAbABsAGwAbABwAGwAbABwAHAAbABsAGgAbABoAFwAZABkAGAAYABcAGAAXABcAGQAZABkAGAAZABkAGQAYABYAFgAXABgAFwAYABcAFwAXABUAGAAZABYAFwAXABcAGAAYABgAFwAVABYAFQAVABcAFQAXABUAFwAWABQAGAAUABUAEgATABQAEwATABIAFAASABQAEgARABMAEQARABEAEAAQABEAEAASABAAEAAQAA4AEAAPAA4AEAAOAA8ADwAPAA0ADgAOAAsADQAOAAwADAAMAAwACwANAA0ADAALAAoACgAKAAkADAALAAgACgAJAAkACAAJAAkACQAIAAgACAAHAAgABwAHAAgABQAGAAYABQAFAAUABQAFAAMABAAEAAQABgADAAQABQADAAMAAgAEAAMAAwACAAMAAwABAAEAAQABAP//AAAAAAEAAAAAAAAAAAD///7///8AAP7///////////////z//f/9//3//v/7//z/+//8//3/+v/7//v/+f/5//n/+v/7//r/+v/4//n/+f/5//n/+f/5//n/+f/5//n/+f/5//n/+f/2//f/9//3//b/9//3//X/9f/1//X/9f/0//T/9f/0//T/8//x//L/9P/y//P/8//x//H/8f/z//T/8//y//L/8//0//T/9P/y//X/8//z//T/9P/z//P/8//0//T/8//z//P/8//y//P/8//y//L/8f/x//H/8v/v//H/8v/x/+//8P/z//D/8v/x//H/8v/w//P/8//x//P/8v/y//L/8//x//P/8v/w//D/8v/z//H/8f/w//H/8f/z//L/8//z//T/9P/0//X/9f/z//L/8v/0//X/9f/z//P/9P/1//X/9v/1//b/9v/3//f/9//2//f/9//2//X/9v/3//n/+f/3//f/9//3//j/9//3//j/9v/3//j/+f/4//r/+//7//n/+//6//n/+P/5//j/+//7//n/+v/9//v//P/9//3/+//7//3//f/9//3//f/+/////v/+/wAAAAAAAP//AAAAAAAAAQAAAAEAAgABAAAAAQABAAEAAgACAAMAAwABAAIAAwABAAIAAgACAAIAAwAEAAUABQAGAAYABQAGAAcABwAHAAUABwAHAAcACAAHAAUACAAIAAoACgAJAAkACQAKAAsACwALAAsACwANAA0ADQANAA0ADQALAAsACwANAA0ADAANAA0ADgANAA4ADgAPAA4ADgAPAA8ADgAPAA8ADAALABAAEAAOAA8ADwAQAA8ADgANABAADgAOABAAEQASABIAEgAQABAADwARABEAEAAUABMAEAASABMAEgATABIAEwAUABUAFAAUABMAFAATABMAFAAVABUAFQAVABMAEwATABQAEgAUABMAEgAVABMAEwATABMAFQATABQAFQAUABIAEwATABIAFAAVABMAFAAUABQAEwATABIAFAATABMAEwAUABQAEwAUABQAEQASABMAEwAUABUAFQAUABMAEwARABQAEgATABIAEwATABQAFQATABQAFAAUABEAEwAUABIAEQATABIAEQARABEAEQARABIAEwARABAAEQAQABEAEQARABEAEQARABEAEQARABIAEgARABEAEQARABAADwAOAA4ADwAOAA8ADwANABAAEAARABAADwAOAA4ADQAPAA8ADgANAA0ADQANAA8ADAAMAA0ADwAPAAsADAALAAwADQAMAA0ACwANAAwADAALAA0ADAAMAAwACwAMAA0ADQANAAsADQAMAAsACgAIAAgACAAGAAcABgAHAAgABwAKAAgACAAKAAkACgAIAAYABwAIAAYABQAIAAUABQAJAAcACQAIAAUABQAFAAMABgAFAAMABgAHAAUABAAFAAUABAAFAAUABwAIAAcABgAGAAgABgAFAAQABQAEAAMABQADAAIAAwAEAAMAAwAEAAUAAwADAAIAAgADAAEAAQADAAIAAAABAAAAAAABAAEAAQACAAMAAwADAAMAAwADAAMAAwADAAEAAQABAP//AgABAAAAAQAAAAAAAgACAAAAAQABAAAAAQAAAAAA/////wAAAQACAAEAAgABAP//AQABAP//AAD//wAAAAD9//7/AQAAAAAAAAD//wAA////////AAD///3//P/9//7//f8AAP//AAD/////AAAAAP7//v/9//7//f/8/////f/+////////////AAAAAP7//v///wAA/f/9//v/+//9//3/+//7//v//P/9//z//P/9//3//f/8//3//f/8/////f/8//3//f/9//3//f/9//3//v/9//3//f/9//3//f/7//r/+v/5//r//P/8//3//P/8//3//f/9//3//f/9//v//P/8//v//f/9/wAA/f/8//3//f/9//v/+f/6//z/+v/5//v/+//9/////P/9//r/+//6//n/+f/6//n/+//8//7//////wAA/v////7//P/7//v/+v/7//z//P/9//7////+/////f/9//z//P/6//r/+P/2//b/+P/6//b/9//4//j/+v/6//v/+f/5//r/+//7//r/+v/9//v//P/9//z//f/+//z//////wAAAQAAAAEAAQABAP/////9//r/+P/3//f/9f/z//T/9v/2//f/9//7//z/+v/6//r/+f/4//f/9f/2//j/+P/4//n/+v/+//////////////////7//f/7//z//P/9//7///////z//P/6//n/9//5//n/9//4//n/+v/8/////f/9//z/+v/7//v/9v/9//j/9//3//r/+f/5//n//f/9//r//f/6//z/+//8//n/+//8//z//P8AAP7///8BAP////8CAP////////v////8/wAA+/8BAPr////8/wEA/f/7//3/+P////X//f/1//z/9v/8//b/+P/5//b/+f/2//r/9P/+//b////6////+f/4//v/+v/7//v/9//8//r//P/7//f/AADx/wEA8v8EAPL/AwD3////AQD4/wMA+f8AAPX/9//0//b/8//x//T/7v/3//b/+f8EAPj/BQD7/wcA+v/+//r/9P/1/+//9P/r//v/8P/7//n/+/8CAP3/BwADAAoADAAJAAcACQALAAoACAAHAAQABQAEAAIA9//7//H/7P/h/+b/2P/Z/+f/3P/d/93/4f/g/9f/5P/U/+//zv/q/93/2f/w/93/8v/h////6v/6/wAAAgAQAAYAEgAVABYAGgAYABoAHAAVAAwAEAAMABAABQAOAAcAEgAOAA8AFwAXABsAEwAeAAwAEAAJAAoA///7//n/6f/v/+b/5v/a/9f/zv/F/8X/uv+3/6z/r/+u/63/qP+r/6n/rv+r/67/rP+y/7T/uf/C/8f/1//n//r/AAATACkARABLAGUAbgCAAIkAmgCnAK0AvgDAAMMAwwC8ALcAsACaAJgAfABwAFEASwAuABUACADl/97/vv+i/4r/WP9S/yD/Bv/i/sb+q/6Z/o7+av56/nD+g/57/qD+rv7T/vL+If9V/4j/zP/2/0QAhQDIAAgBVgGAAb0B5QEZAiwCZQJ7ApQCuALHAtIC6ALmAswCuQJ1AkgC0wFjAc4APwCh/+r+VP6Y/fj8d/z5+4/7M/vc+rT6kvqD+oP6jfrK+gr7WfvR+1n8A/2u/Xz+Sf8iAP4AxwGjAmkDHwTTBIoFDQawBjkHrgcjCHIIowiUCJUICQhpB60GbwU3BNsCugFDALH+gf1v/Er7XvqC+c34Zvif92z3B/fT9rz2xfb99h73rfc7+PX4y/mR+o/7j/yg/X7+Wf9VABsB8AGoAj0D5AOPBC0FxwVhBvAGkgcgCLQILwmdCYIJrwmPCb8IlAiQBxkG8AO9A2oEHwKu/9r+JADT/pz8YvzN+3L7Uvoc+s741Pej+N33W/i/9wD3K/jz+db5SPly+nT7Kfx//KX8pPzK/SP+a/7g/tL+kv+DAFsBFQGmAasCegNJBLYEgQUWBmUHigjWCFsJIAoHC5YKmwolCl4JnwfHBccFIwWYAmX/UQAUAPv8ePz5+xv7Vfr1+Ub5R/he+Gv3Ovio+EP3XPdU+bf52fmw+uT6+/sC/RX94fzh/bf9of3G/tP9z/0I/0//A//d/2kAfQCHAskC0wKBBIgFIwZiB5EIzAgQCtcKhgruCi4L2QngB60F0QY8BzICS/+WAEgAEP7P+177iPpF+xr6s/dj+V346fd4+aP44fcj+FD6yfrA+iH7vvpb/YH+oPyQ/ez+Bf49/p/+5/0Z/ov+Lf5c/t//ov6Y/r0BewFjAVMDMQT4BPgGoQdnB6QJcwo1CjQLFQteCtEJPgeGBLYHCwdrAPv/BwGm/7/9VPwt+i375vtg+HX45vlm+G/4LfkA+b74x/kE+pL7/vvx+gH8zv27/X79AP6B/eT9CP5c/Zn9D/01/b/9XP4h/gD+ef9oALMBNAKXAx4FyQXyB/EILwlXCmgLpAuWC7QLdwqcCX0GaQT6ByYFDf83/5MAG/4I/Nb7efl3+sr7Z/c++Ar7ovi391r6C/qd+E76Jvux+q38xvuF+vj9EP49/IT9xv1z/Lj8pv3H+9v83v2e+3f9kf9J/jH/VgIAAmsDxAbJBW8HogouCjUKPg31DDoLsg1tDBwK3Qd6BAoHuQbPAJL9fv+t/v37Xfuc+NT4ofsS+PX2zPkf+Qv4Evq/+Rn5aPr9+nj6b/zO+5H6If1N/Qr87fxN/fj7JfzP/Fr7ifzG/Kb7O/0K/4X+lP7sAWgC+AMQBg0GjQgTC18LCAvJDRYPcw0pDiIOkQz2BxEFKggzB64AuPzv/bv+t/zn+Ob2xfgG+2D3X/YE+Qj5OvkI+Tj5FvrN+Wr6+/pf/MX66vrW/Ir8qvyH/Er8Gvyd/B/7NvtU/ab7afuS/c7+M/7i/xYCgwJLBu8G+QbWCiQNNgzTDMUQFxDxDhwQwg55C3oGYAU6CJsEav05+kD9Yf2b+Fz2Q/b092n47PUw94/4ifmD+P34NfsW+p35+/qg/DL8vfpg+1/8qP00/BX7Qvz2/LT6sPms/O776Ppc/Lj9wf4EAMUBHgMrB98HsgctDMwOUg5kDiQSThJnEJsQng81DeAFhAOzB4ME/Pu99xX7W/vs91P1MvOX9rD4q/UZ9g356flU+EX6/Pvi+Tr6nvtu/Bf9f/tN+cT7TP+U++b44fuy/FH6pPlu+8f7u/w+/cv8TwAGA/kC9AQKCdEJygqiDpQPnA/ZEeUSIBJ0EbIQbA4/CK4BNAVyBcz8Gvc49434IfgD9uPxW/Pa+Eb2cvbT+T36zPmn+zX9Z/td+8378/tP/uT8//gr+pf94fsW+jH6+vnY+ov67vnY+jn9U/00/ZEAVQOABTQHbwjKC+8OQg9yD8AROxQ3FF0SXBHWECgOQARR/8wFXwIu96jzfPac9v30bPNY8Nz0WfgM9Sj3Rfxt/Dr6D/20/s/8xfzg+xf8+P2R/FP4jfmh/BD6zfgC+i/6x/hr+RT7EPx5/p7+7f7TA+AHgwhhCVENDhB9EKcRzxLzE1MVKxQNEgkRqQ1BBKr+BgMCAFD2oPKb8sjyS/Mv8sPvHPPV9hX1GvgE/WP9//xg/sH+Vv5S/jP8mfqg/FT7DPdk9wX5WvnV+Ir3jfdF+kz86/qF/IUBVQNmA/UFowrHDpYPtg8aEdgSXxSRE1sUqRWxEw8RLQ4bCf//ZP3Q/gr5LvMI8CPwN/Ek81zyyvCr9Ff35fhO/Or+1P+F/zD/XP75/WL9ePod+Pv3/Pas9MjzmfT69XT2e/an94X5Dv0m/qsA/wQmCCoKywxEERUTwhLHExgVdxWBFDIUJxQOFEsSFg0GByv+9/nW/CT52PAS7mXwZPGJ8cHzbPNx9YT4RfnB/IkAlQHS/zL/ef6d/Gr7lfjx9Wv1BPRv8XPxmvNy9MzzT/Xc+Oz6lv2jAEAF0AdjC8sNqRDOFgMVsRMwFekWLhYlFGQUuhM1FIoQtwlqA2/7cfnC+NHz/u7C7VXvOvCV8nLzmvTy+Bb7NPwZ/9YBpALq/139Zvvl+aj3C/R48uXxwfB17m7vrPJF9Pn15vc5++3+9QGaBHEJSQ7REDISJBW3F/gV8xXkFVwUBhNbEkUTOhMHEOsJawVo/pn3f/gd9hzxhPDa8QnwOPEp9i73wvh1+2L8Cf6yAeMB9P6m/AX6Y/YS9CnyE/AU8QvwDO7p7ufxvPPO9aL6efw8/w0B0AXcDIIQaRI6E9wVCBabFb4VSBZfFQUS8hEMFCgU7RCrDKEGq/zq9sf62/kc8ufu1fHr88PynfWv93L49ved+Wr+0gBO/z77vPkk9yH0dvCC70jwte+e7MHrWO/p8tv0Ffbx+uH+pAAMBTgLQRF+EsYS2hRjF30Y1ha6FfESARKiEcwSiRSsE1oQIwpkA578PPsM+z74DvNh8Gvz0vQm9EX1BfpU+CX26ve1+579Hf/7+nX1cPSO8OHrBu2T8PbuI+4G7rjvGPPd9TL3LvwLA30FUQnhDmwTqBN0FCEUiBVvFrYTbxLgEjUVghNwFKYTFBHrC6sDlf1H/eb86vgj9t31MfTz9AH20vZq+kP7qflp90D70vqt+TL3YfSp793rsOt979HyCfT98yrzA/S587T1ZvuaAcgAKwFZBpcNPBKvESMRyhG2EvQRFxP8FDgV1RLDEDQRVBMtERML8QTC/+r8ZPsu/Ir9qP3J+fD1u/Wq9ZT1cfak+FL2fvVu9sn1FPY096r1hfKE8HrvG/By8lPzvvMQ9NnzD/Zz+Sv96gCWBoQL/QyRC5MMQxHSEFQOVA+xEIoRzhB0D1wRHhJGDtQMJwvgBj8A3f6K/5kAb/1z+vL5Qfjj9gj2tfee91n5wfex+Tr5fvmx+Kr48fbX9dTyTfHE8Wbz0/ID89DzZ/Yz+Lv5Vv3iAoAGMgmPC8ILkAm2CWMM5gx/DscOxQ3sDMENxw11D8IP5w4TDHsFvQD3/DX+ff5X/tT8zPqa+Mv2wvhB+A77tvmb+cr4k/vA+k/7Avug9jf0A/KW8mDy8/S/9GX2avdB+Ab5Uvy7AaYEKQi2B7QJZwkICvcIJArsByAHbApuDF4OxA/eDmsLxQnCBk0HRgWJAPP+dP6j/b78ev4i/kf9YPtw+R34hvcH+y/6rvpb+9H6xfcd+E33APd39gD2wPUM9ln47/q2/Or6KPt5+2P+BAPpB4UINQitBoQDTQKFBPcHfwziC/kGRwrpDpYLvgvHDbIKvQcEBFH/eAKo/qL57fv+/eP8nPr7+8L8q/po+778Wvxg+o376fjt9wb3dvcx9037g/ki+Dr5TPpY+T769Pu5/PP71vyJAD0A+gHUBagGBATwA/gD9wK0BeALNQ/kDNcKJgmnBtAG5AjtCtIJOwNQ/Ar3iv4CAbgEqgagARj7tPkH9u/3U/yQ/R//lfsY+tP4dvjg+c76gvgh+fD4Bvn9+fn6MfsD+8X6FfwI/9sCoAEj/1oBWQVpBfgCygPjAtkDLwdvCSgF9AUrCJEJOAnQCOYDPwDy/5wCrAWfBN8E9QC5/Yf99frR+u8BMwIc/p/7ovlJ+A35hPkG/BwAgv5I/Ib5cfnV+Ov4Gf1QAKX8qfuI/i7+r/6vAPMAZwBVAfAAbwCbAmIELgXHA1AE8wNUAqMDwweaCFUKtwoZBK4Azv3UAKsCVwKhAZIDBAH9/qr9hgHbAhEDWv5o+hT7KPuL+FD5uvxs/Hj7E/8I/vz5BPhu+un81P+yANv9t/xI/lH+swBmAKP//AFpAa//6QGbAF/+UP6oAR8DlgIYBD4FaAZKBdIFiATg/zQA1QDt/TIBIQk6CPIDCQBo/kT88vzXAFwBigJe/s74FPiR/pL+EgKfAdf99Plo+KP5GP0v/sn9CP8sAmoCPgEm/vH88vtP+9P8GP9BAaACBv/CAKIE9QRjBpEG1ARgAV39gP78/nj+rQT5CpUIDgNAArEBtf6u+bX6mADWArsBKwU6BO7+Hfyc+Jv7sv2X/UX9+/50/l/+vv3A/07/oPu0/AT+OPzO/Dn9Hv6BAXQCnwIbAWIAa/xP+dn8lAL7A88GcgnoBBL8eflE+sb+hgdBC9II2QXRAaD+Iv2w+/b+jAE/BNgFjwKvAGj/j/4l/4r/wv9z/3P+Qf7J+7r37fjW/DsA1/7EAacDWQBY/50A/vxA/eL94f7LAWYB/gCd/Wr+wv89/rv/3QKOAWgBogAz/1//KABdAQQHSwk2CeAGQgWIAHX6hPpy/XMB5gXEBqsFCwNg/t74t/bl+zoBlQJFBHQEc/9y+0b4rfiE/VsBoQI9Al8Ay/ri9Xn3Y/1GAdUDRQSeAoD/k/yh/dP+uP9HA0IC+wCjANz/vv0u/j8AqP8a/ysBhgTLA4oDugESAfD/mv5n/4ADNQMtAR0BgQN8ARwARv/D/qH+h/3/+0P9lP+G/+YCDgVbAUn7ePiB+KT8MwCyA6kHewbGAKX5xPZM+LH60v14BSUIewbkBBkAavvw+ej7YwCVBMMGGAQ/ArX+Dv1j/VMBsAIoA5MEZQM9AZr/xfz5+0cAXQMSBmsGPwS6/7/62fkW/BP/TAMyBJ8DvQCL/Kn4N/nz/Nj/WwEKBMYCJ/9/+wL7Rvun/XsAiQGHAsoCX/8F/fP8mP2c/3oCWATBBN8Cb/8Q/Xz91P7lAE8EPQUnBRME8f71/Fr9f/zq/Z4BQQMNA6wDIQM7ADz+Rf/+/gf+GQCKATQB4wMnBs4Dxv8C+8/4OPkW+lr9JwIjBVwDyP/v/Fb6Mfj++a37Pv+XAbAEngPHA9EBEf5Z/u3/cQAfAXoEbAE4/UH9QgG0Ay0C7AJ5A6ABz/xr/Av/uwJ2AscDbAaJBFwBGP80/ur7pfyqAnsFBQhLBMH+0vx0+rH7tAEHA8wDrQW4Ae77DvrX+oH8jP6H/9wAYQBu/pP8T/gh+qf5s/nlAMUEhgSxBWcD3P6i/eT7j/wj/LH+gAJTBbwDtwLZAWIBmf5W/Y8ArQLnAPH/mgC2AK7/af4IAXEDQwK5AusDRwSRAM/+kf4R/1r/agCGBHEH7gN8/7v+hP0U+pb6z/yy/YwBbAP0/x78Zvtd/X79SgBiAqIB5v0Q/Xj9rful/Cz/mwA+AU8BywFO/zD+cQA/AR0CEAK8AaYAHQDgALMATwKmAvIDtQKfAeT/Hf4G/UT99P1QAv0E7AFzAcX/yP4n/QH9bP4l/439/f7ZAQsB+f7u/ncBsv5N+1j8Sv4z/Sn9fP8yAZwA2f7r/nD/RP+bAEADTwXqBFoDRAAW/Mj5Pv6v/2sFcwjgB4UFbAIcApECCAH/A7AImgMxAd/+BQBe/44A4QLfAiAAjP1L+a/4c/zU+6D++AFyAz8Blf6J/O777vkO/BAANQPgAqwAtQBk/On3nfXu9zf7dAHyAsgBpAEbAGD/Hfw3/2sB9QDmAvwDqQOeA+EA9f43AkoD/QIqBPkGwgW5AK/+Kv/eAdEBwAClAUICF/8/++b7eP/1/zkA1wBwAfj+//oJ+oT61Pqp/OX8ov3q/hL+XPq5+Vv7Ufwf/kj/1AIPAH/97fz5/eH9cf8IAqADfgIEA6YDVAPyA5oDVQMLBWoF6AenBQAILwYnA7QBTAJBAkH/1v7w/5oBpgEoA+oCawItAqP/jv5K/Fj9xPsf+D/39/wL/R/+jQAQA9EAW/xI+h35rPf/9S/1b/qa/hYBQwM5BJgAcP0m/Y/8C/6tAAEE0AQiBB0DHgNtB0AJ1glHB8wH1Ah4A/oDwwSfAQsAGf/VADX/t/2EAJcBhv8V/8n+vP7X/VP7yvrO+ub6ffq8+5n+0P0y/Az8hvpO+vn0O/Vi+Hv4cvgf+5z+0wE1AswBh//g/E/7bv20AasHKArvB74GDQZeBF8C8ggtDIwPJAySDUkMQgKE/RT+0v+HAE0ATQXsBYQCWP1F+vf6uvuw+uv8jf9nA1AA4fsg/N74s/T68iT45v2W/av6JvkY+JP1nvVJ9x77Jf92/xAB9wELApIBKv5m/l8AWwCgBMcH7wpaDcoLnQ03CzsJSQkmBuYI9QUZBPcDtAKPAU/8mvry/bP8k/th/XEBrQHT/Sn9QP6u/sX6bfto/N79Evu8+C74b/Y29iD1Afgn+rf5+/e0+YH4CvlX+uz+MwNCAV4BngIiAcz+vgCxApAECAfIChwMgwxuETQSsg2zCqALQwkyAur+Yv3p/Xn8lP5V/rr+lwIOAQ79nPz5/WP+tvs1/BD/bv2R+6f4TPrP+Vn5MvjM98z57/gj9i71evZH9qT0E/gI/IL81P08AGUCyQHAAbYCngK7BKsFPwS1BQ4HyAjuCBYOQhazFNgRsw2HCNICqvlP9Uj4X/wl/oECmwYXCFsFxv/A+nb53PeH+H/7//w/AT4A9P0I+xD56PbG9Kz23fjy+p/6x/lk+Nj1GvR59I32IfoO/YMACgH0AOMAJgEiAbQBagZ+CV0NCgtDC3cKfgjhDAYQ+BWZD3MNxwhnACz80fLN9qz6EP+/BHUGNwvACJQAQfv39mH4F/ja+VgAegDcAZ78qfq0+KTyq/OB83v3aPkX+Kb7Xvnv9VH0cPIb9v/26vtmAV8CeQYpAyUBbfzT+28AIwKlBaIPsBP3DrkLmAtADR0LNRC6EKMLbQrNBav/2/aW9SP5avjk+wwELgjmCZcGDQR3/YT5ofj79lz4M/vi/MX8XvvM/OL6OPeI9b700/Xg9CT2q/jm+eH5lPju9t74EPnt97f5f/0TAWb/3QByAlr/Cf5S/mwC2AZADFgShxLnENYS7xBUDrkNqQxFCbwDHAK2/xf83Pey+pH7vvwrAO8DbQieBrAE3wGJ/5j7Uvlb+AT5ivoT+zz7//u//CP6svj+9nX2RvWi8xv1vvWm9iL4JfkP+3/7yPq3+mP6pvtr+2P71f0r/1n/7f3j/mgBFgA0BC0JegyUEiAUnRORFA0TXRIbD1cMRgrXA0L+Sfvp9Z30GfWC92P8hP+oBjcLQAo8Cv4FBwGT/E73jPb19an3Mvrg+sj84vxw+8v4C/cG+In2R/UZ9lD3J/eV9ez2dPia+eT5nfpp/BT9bPwK/Nb8kPwP+8H6iPtx+4/8cf82AQwHbwphEHIUvBQlGeYU+RXUFS0VfBNOC+0EAPwx8n/rrOeR7Obz0vuTCYsRMBdOFfwO8gca/S/1ZfHf8dr0jfkW/EMAs//F/eL6//YY+Gj23fe2+Gf5ZPpw9hn1yvOt87f1yvYP/an/OwC3/y38Sfpt9eLz6vQF9/n7ef5YAr0DgANBBBgDjwT6ByEOFxMQGEgcxh6NG7kakRZ4CsEDbPll847rxOYw7U3xbPnhAzEMmBQXFYMTtQ6FBHP/R/dG8T/yO/ML9ub3zvsnAKP9UPzR/Ir73viL9jv3NvgH9ov0aPUN9sr3Kfj6+Q3+Rv/Q/rH8Gvp3+Pj01/GW85P2uvmc/i4DCgXPBNoFrANRAggFRwhoDg4UcxkcHa8dxhxGGj0ToAjD/g35j/HA5+roZO1u9OT6vwGLD7EWyRbNEy0Pjwrm/070cvJE8oLxjvIe9ob+0v6V/UIA/P3x/eT5+vVq92v16/XI9Lf0KvkN+Yf5yfrc/Cb/f/y5+rv5g/fK9BTy8/K89XD4y/q5/i4CfAPgAqsA9gK1BJoFqQu+FNAZzx3pH2IeYhpFFrgQkgZK/kv4mfEM6yjoyuyT8j35kAOpDYgWRRhqFhkRHAmbALr1uvAR8HLwkfNg9/T8fABEAGb/y/1P+1D40vW/9Ov1e/YR9or2iPj5+GX3xfe0+X77iPuj+6X8b/vs+PT15vPg89bz+vR5+Bb8/v/pAD4C5wTABKAGJwldDigTcxcAGo8axBrVF+oVtBMxD+cGwv2Z9vvtheZs5ofrpvM0/uoJAxZ1Gq8ZahVeDD4DKPnj8aDwN/EX9Lf3H/sZ//z9Jfzv+6n5wPey97T38fjl+Cn4nvhi90P3z/Yh98j5//qb+y384vsp+u72x/T28zDyfPMR9b33lPpo/JP+jv77/8UA4wI1BZYISg0EEt4UtRYxGvsYpxbNE5cVchViDisFPP5/+PvsU+OU49ntC/VM/soL7hg7H9oaLxT7DLkCHPfE76/uyPLR9IP3U/3IAFcAUfzV+mr6OPeV9pb3p/jB+Xz5Ovjx98337vab9ib47fqg+lL6tPrM+EH2sPTL80zzbfOa9eb3MPiJ+p/7xfss/Zz9swD9A6UHBguKDuISwxTnFZAWtxaPFrkRWhM9FvwRPQu6Ap3+kPMi6MLl9udu8N73IgOvETcaQh26GH8SmgsP/071afDX8CPxb/Lb+Bz9af+R/vn9T/3C+mz5W/cf+bb5Gfjb+YL5Jvp++Jv2VPhs9qX2Kvef9o/3DPaO9hn2qvW99nD2vvc6+AP5evmW+TH6kPpI/B3+/gG4BcYIzQzHDu0RzxMRFbIVIxapFisT6xTjFp0Tbw1MBSAA8fbY62Hnc+m/78P1W/9MDSEXkRtmGW4V1Q97BMr5kvN88aTwvvCI9Tv6DP00/gz+yf1C/A377vhs+In5mvnj+WP45/iH+BD3IvZv9Zz3p/fT9vL2ZPeg98z1fvRd9TP27vWi9cz2I/hO+PL32/hF++79DQAoA84HxwszDmAPTREtEoASVhKbETkURxOnE+oYfRneFnUPFgbm/XbvluT54VPlhu5V+KIH9xbHHy8hNhxqFUUKV/0y89buS+9n8PPzq/n6/lAAVP5+/Zf7iPjF9s715/ei+Yz6EfzG+/T7GPpp9m31dfQs84byRPOF9JX0A/UA9j/2//aS9+r3o/gL+Vn56vhP+c75R/oQ/Of++wG6BVcKJw6yELQQuRKjEv8RDxKTEnAWpRV8GDAcYxvfFLgKXwIl9+rpaOIJ5GXqOPMd/3YO6xmmH4UdWBjuEA0FL/ok8oPwYPBN8C704PmZ/An9j/yX/Jj7x/hO+LD3o/mJ+gL6w/rI+5f5Vvbh9bLz9fL28ODxevRK9MD2dfhx+WH6wPhi+AX3gPXA9Jv0ofU494v5Av0zAHgDIAdQCScMmA2yDgUP0w7YD90QDxKOEyQWyxdQGkodohsZGVQOFgSy+U7t1uQe4SfoqfC3+7EJuRYdHywfHRrTEoUJ3f7M9P/vv/AP8aTySve6+6X9//wT/Hv7o/lk+Ln31feN+rT6hfpt+sr57vhO9Ezzq/J88i/zrvPl9XX3xfg0+Kz3WPfK9hX1ufNr9Hz14vVi94X5bPyj/xIBpATEBwgKCQzaDNENiw5oDU8OJw90Ef4SyBRIGfUZlx2dHaMZkxIOCAf+vfFw6GLl8+dW7j74PAU9EbMZexzQGV0UxApmAQz44fJR8qXxIPTv9+b7Af13/OD7WfqX+D/2vvbr9qX4tfrX+Wr8C/yB+oT48/Uf9tPydPFa8fzw3fLY8sf1fPeq+Ur7Ifqo+kX5VfeB9fr0evW09o35jf1HAkYGYAokDQIOgg6tDdEMBwwaC90NfBDcEiYXHBvQG0AeYh5OGgwSwgaL/nDz7OiE5OzmN+799mEBKw5zGHEcMhksFHoNygNS+WPyEPLD8Qnz7fYa/A3/zf7I/RL8fPmI9qD0EPRS9on4cvny+3r95/y0+t/4kfYb9C3yQPKU8jPzAPZI9u337vjh+O74Evd49jz10PTs9JX1qfhx/Gf/yAIEBqgIiQojCm8Kuwr8CtkKMAopDGQPxBEoFLIX6BsUGy4d9x1ZGXASCAc2AFf1BeuU6KHovO+I9iAAiQvTEqkXmhRiEQ4M1wMB/Vj3Xvfk9Qv2lPjj+YP7Mvqy+Tf5Jvid92n3PviN+Xz7qvtj/Nr8m/oh+qr2XfW88xTzOPRo8czzafUA93D3r/ec+o36QfmV9z33mPaV9GT0BvY/+tH9sgCiBW8JaQt2Cw8KvgqECcUH6gcHCfwMRhDfEyoXFBxGHtAbiRwhGikV+AqtAK/7gfHj6tbopuyM9NT58QNnDVQUexa6EvoPHwpoAtb6CPcM9tL08/X/90P7KvwC/Mz7+vkN+bL3ffZI9/33DPq7+lT7XfyI+5/6nfgM9zD29PS78x30KPVb9o324vZK+EL4BPeH9uT2HvYx9kP2DPiO+mv8q/9IAS4EJwYUB5oI+Ah0CVYJdgmkCVAKXgxPD4sSWhUSGfkbpBpbGlAZzRSuDa8EXP/29yrwNe2W7mnzivd9/kEHbg7GEfIQeA+wC6EFLv+e+uv4CPfa9jr47Pkn+7v6kPp0+Uj4dfci94z3pvhl+m/7VfzL/Gf8kPtR+lP4TPfH9an0p/Pd82b0XvRh9Un2A/jl95r4Qfnh+KP4hvfG91L4U/q4+3v+lQH+A38GnQc8CdUIpwi4CGAIzggACjkNNRGsFNoXRhuyHMcZIxn+FusQYQjf/8T8Jvbq73rv/fJT+Jz7lAE1CYAO7g/UDe4LHQmBA6X9X/qB+Wr42ffI+Kv6WfuV+uD5UvlY+Kz3IPcf96/4f/qv+pf79/yL/I77C/nS+Dj3ZfUQ9OrySfRk8wv0UvWC9vP3wvfl+BT6lvl/+Yn5IPoo+9v7XP4KAC0CPASoBZ8HcwgMCSMJOQkrCv0KmQz9DoMSzRXKFjgZkRjNFn8WbhK8DkoHyQGf/fb1YfIh8W/zWPcn+2kCGAnlDdsP9Q3WC+UH3wGB/IH5Ufix9wf4Bfo1/NL8nvxS+xH6Nvin9nn10fUT+AX5u/rf+8z8U/wF+hf5N/dZ9Y704PMa9Lr1efaV99T4ZPne+UX4E/hC+F73H/em9lD4VPog/MH+NAGcBPoGDwg9CQQK2wkaCU4JCgoeCxoNiRAeFHAWzhdHGUUXOhVPFKUP6Qk+A2r/Ffvk9J/zJfX39/D7mP8KBmYKZwxxDF0JDwiRAzL/3Ptb+lj6PvlT+j777PtL+0b6XPkg+HT3vvbr9gD4O/k7+sL6JPun+0f6+vgA+K/2S/bx9Nv0tPVd9r/2Kvc++CL57Ph8+Gj4/Pfp97/3nvjB+vn8Tv+VATQEOgalB20IvwgvCeAJZQrkCjoMNg9nEcwShRQPFqYWZhO0EqQTbg59Cu8EDAS1/jr3xPd99xv6//mI/q8FyQhmC4cKSgviCLUDB/+I+4n6wPen9m749/lL++f6tfvN++n51Piv9qj2c/YA98T3qfhy+vL5ofm7+B74zvY09Qj1PPVq9sX2pPf9+BX5dfmq+NX47Pjn+IL56vmX+zb99f5QABcC8wNiBb0GPgf9CPkJwwplDD8NUg/VEKoRYRODE0wUbhJmEdURiw65CggHUQTIAD38P/qb+x/8h/16ADQEiAcSCGAIUgcqBSUCtv7u+xb7TfqM+Wj6e/sZ/GT76PqW+nP5o/fy9jb2Mvav9pv26fen+IL5XPny+Cn5tfhV96/2kvY69mD2H/Zz9/r3g/gf+fX4m/lW+fD5Kfps+xf9j/6tANYC0gSJBjQIXAlJCiELVgxVDbEN2w9MEVYRrxJrEnYRTRCbD/wOPgsWCGMGLwQFAdn9Rf4P/5z+Pv9hAu4E/AWHBs4FLgawA54AYf4e/JT75fis+Mb5B/ot+mX5Qvrz+bX4t/dx96H30/Z+9tb2QPeC9/T2PPe+92P3Rveq9gr3Z/cF97f3RfhI+d35yfkF+//6N/vS+/j7F/2R/fv+RgBlAf8DPwVxB14JIAuVDEgN5g6xDyYQQxCmEOkQ1g+TD2IQ9w4dDroKegj4BpkBQgDz/hT/Tf+K/2cD3AQJBr0GWgZqBf8CpQBV/vP86/uk+nT65Pp2+4H6vPn9+Uz4+fam9UH1NPXv9JP1kvbU94X40PjT+Ob4OPgg9zv27/XM9bP1W/bC92L5E/pq+y78uvyH/LL7Vvwl/If8AP7s/3cC0AQeB9EIVQomC/ILWwwWDUoOMQ7ODn4PjQ8KD88NLA+ZDnIMVgqLCFIH9wI8AOr/nP+8/yMAXAO5BWEGPge4BvYFdwMoAND9g/ti+q34TvjW+WD6jfqB+uj6ZvpG+CD3Gvb59IL0NvTj9An2vPab9/H3cvjm+KP3iveG9+r2APeq9iz4//im+dn6wfvY/LP8Lf2i/TH++f74/+MB5QOjBZsHaglSC8gMlQ2nDk8PqA61DoQO3w0MDXMMZA6IDA8L0wmwCEAHkQKCAvUBHAEiAecBfQShBE8FHQUHBRUECwI+AEL+df1m+8j5ufmL+f74ZvjL+Aj5e/je98D3KvdE9tj1IvXL9Q32XPZQ96T3r/hD+LP3x/c/9y73xvaq9zn55vn3+lD8nP0A/lz+/f6p/2EAIwFWAqUDRQWlBi4IJAqaC2INeg6jDnAORw4lDaIL1Qt8C8cLRQsVCyYKwAhsB8cEVAOQAjIC/gHWAtYEHwVrBSMFlATeAncAFf8U/bz70voH+vX53Pns+Zn5gPlK+Wj4wvcc99n2Rvb29R32qPXe9df19vWh9ur2mvcc+Iz4JPkk+WL5W/mU+eT5G/of+4v8tP33/scAKgIiAzEEEAUFBsYGzAfCCX4KAgxYDQcNNQ0WDeMMtAsmDOEMEAxOC2EKAAo1B3gFjAQZAy8DzAJ7BJMF3gWfBpgFxQQAA1YAuf7Y/MD70/p/+uz6qfrN+n/65fl++SD4Qfdw9vD1zfVM9cv1ZfYi9pf2B/dP91P3EvfQ97H38feQ+BT56vmj+pz7bfyV/TT+8P6f/xIA1gBRAWMClAM/BfAG9AgyC3wMOA18DRcNrgxrC+UKEAtmC/YKiQm8CWoJbwcyBUUF4QSeA9QDAgUuBm4FngU5BfkDYQJMAED/3/39/AH8Q/uR+/P6Lvqw+Zz54PhN9xT3pfbR9Sj1E/Vr9Rj1PfX59bP2Pffp95j4+/iK+XL5XfnT+cb5Lfqs+uX7Of04/sz/CwETAq0CcQNrBG8FoQbcB1AJRwq/ChYLzgpfC5MKoArTCywL9AqvCVMJLwhSBf8ENAQEBAcEawRDBjcG8wWzBa8EFgPeADH/P/7o/CD88fsi/EH8ovsm+9H65vmH+Hz3A/dr9r71xvU+9oL2dvbc9kv3kffU9yr4x/hB+Zr59/mv+k/7oPts/Cn9IP7F/pf/fwAfAeQBzwIoBA0FmQYtCMoIqAnXCQEKqwlPCf8JvgnRCb8JvgjICJ8HLAY3BUMEQgSlAwQEIwVSBS4FIwVtBF8DngElADL/sv0G/Zn8OPxR/LL7ZfsP+2D6qPmj+Dr4zPfy9uX2yvbj9uP2E/fN9xT4kvgi+Zr5yPn6+W36sPo6+/X7A/0Q/hX/AgDXAHQBtQF5AgUD0APgBNAFIQd0B4gICQkbCcEJtAneCesInAi+B3YGggVTBBgERgO6AzwEtgTIBYkFzwXGBJ8DVgJUAEz/9P1R/Rn98fw+/QL95PyC/MX78PoM+ln5r/gw+CL4FvgO+C/4dvja+CD5k/k6+qb6HfuF+yH8rvzR/FD9ef0v/l/+s/5Z/9T/0gBAAZUCsgOcBLkFgwYuB5QH+wc2CEQI9QedB7cG1gU5Bd4DvgMyAzEDvAPHA60EpgSwBJUEdQOuApwBkwCc//b+yf5d/v398/2z/eX8i/wU/Gj73PpR+kX6yPmn+bz5mPnR+Zr59/kJ+kD62/oP+9D7W/zz/Iz9Fv6q/vr+Sv+0/w8AKgCjABYB6QFfAiMDHwSvBHkF5gWCBrsGxwbgBgUGbgWwBL4DBgNpAoECZQKoAngD2gP9Ay4EyAMHAw8C4gBEAAn/of6d/iP+bP4T/jb+3P0m/Q79UPz++5n7RPtb++j64vrf+rf6yPqy+i37c/u9+1z8r/xB/Yz9Bf50/sv+Uv+f/+7/YACaAPwAfQGmAVECoAI7A90DSATCBBEFnwWRBRcFuwQrBEoDcwIPAq4BowGzARsCvwLgAkoDKgOOAuoB4wACAPz+av4N/s/99v1A/qb+jP6f/lT+2/0m/WX8Q/yI+2z7avt7+8/75fty/J380PwU/Un9ef3M/Qz+S/7J/uv+Yf+i/+T/lwChADQBowHxAW0ChAIwA24DlgMhBGAEowSPBFUEDwQ/A44C9gF1AYEBfgHAAXQC8QL5AroCmQLPAX4An/8p/4n+Hv50/rr+1f6O/nr+Sf6m/Sz99Py5/IH8ofyg/PX8zvwH/Rn94/wW/e/8ZP1y/Zf9MP5G/pP+yf4h/3r/0v8cAKMAtADrACsBJAGRAYcB+AFjAq8CVQORAxAEIgTsA7QD5gJwAsoBRgEnAS4BngHRARICcgIyAsEBLAF6ALP/EP/o/t3+5/4K/0r/Pf8S//7+nf5O/vL9sv2Y/WL9d/2H/YP9lP1y/Yf9fP1E/YP9gP3V/RT+Wf7r/v3+af+k/9X/2v/i/xsA8v9GAEsAwQDvAFAB8AHkAW0CUQKbAnMCPgJWAvAB9wHfAdIBogHHAZwBYgFhAUQBXwERAToBBgGtAGAA/v/A/1H/Qv80/yb/Rv+R/5H/lv+D/yf/C/96/lX+GP77/Uz+HP6W/rz+uP7r/qv+uP6o/lf+jf6d/qf+IP9K/8j/HwApAJwAcgCCAHoALAB5ADwAZgCRAJ0ACgEJAT0BgAGBAXoBTQEeAckAZABZADUAIABMAIkAswCtAMkAvgCNAEMAMwDv/8n/8P/n/xwAHwAmAB4Ayv+5/zn/3/7Q/kv+fv6A/sz+Kf87/87/sf+p/6r/dv8+/xj/KP8z/yf/Xf/L/4v/5v8UAO7/BADR/0MA7v/N/0MAJQA5ADgAfQDVAJ8A9QAzAf8A+gDTAK8AiQBbAI0AmQCpANwA0gDNAJMAHgDi/5D/Sv9N/4X/y/8VAFMAlABxAD8AHACn/0v/Ff/7/uv+D/93/7b/1P8WACUA+//g/63/n/9P/0b/Yv9r/5P/xP8aABgAJAA5ACQA7f/b/83/rP+r/7b/8P/9/zEAXgBrAGAASwAwAAsA+v/w/xsAJwBMAIEAogC0AIcAjABOAAwA0P+y/8H/mf/Q/xoANQBdAJAAqgCOAGIATwATANf/wv+c/4f/nv+f/8L/0P/g//H/uv/Q/6j/fv+S/4T/qf+r/9j/9v/s/wwABQDh/9H/2//B/9L/5f8EABcAHABYADcALgAwABUA8//d/9//y//P//H/GwATAE8AYQBNAGMASABWACwALwBAABUANwAiACwANAArADAAHgAsAB0ACQANABAA7P/m/+P/0//C/7z/zv+3/77/z//Z/9f/5P/g/9f/zP+z/7D/kP+a/4r/if+l/67/3P/v//7//v/5//v/9//6/xQAHAAbAEQANAAyADwALwAzAAQADAAFAM//6P/m/9//3v/i//v/3f/v/xgADgAaADUAPgA8AC4ANAA9ACcAPgA/AEUAUABJAEEANwAfAAsABQD9/wkACQAgACwAIAAsABQA+//v/9f/z//A/7v/1P/P/+D/9P/4/wYA7v/u/+X/tP+u/6L/oP+p/6n/2f/n//H/FgAeACMAEQAcABoABwALABQAFwAPABwAIAAdABMAEAABAN7/y//K/8f/zP/0/xIAKQBEAF0AYABFAC8AEwDs/+H/3v/l/woAIwBDAF0AZgBsAE4APQAhAP7/9f/j/+v/+/8LACYAKwA2AC0AEgAAAOf/zv++/7v/wf/I/9b/6v/s/+//8P/l/9b/yv+8/7j/sP+8/9D/4v8AAAgAIAAkABgAFAACAPv/7v/e/+j/6f/0/xEAJQBDAEsAUABUAD0AMwAjABEACQAAAAwAGQAbADIAOAA7ADgAKQAhAAsA/f/z/+X/5v/v/wIAEAAfACsALAAiABsAFAD//wAA/v///wQAAAAHAAEA+//7//L/7P/i/9f/0f/H/8X/zP/M/9X/4f/k/+r/7//m/9X/y/++/6//q/+9/9X/7f8HACQANgA0AC8AJQARAP3/8//1//r/BAAgADcAQABNAFYAUABHAD0AMAAiABsAGAAZACMAKgAyADoANwA1ACwAIQARAP7/9f/v/+z/9f8FABEAHwArAC4AJAAbAA8AAADz/+v/4//h/+T/7P/x//L/8//r/+X/1//P/8f/wv/B/8X/y//S/9r/3//m/+3/8f/2//v/AAD//wMACAALABMAHwAiACUAKgArACoAKgAuAC8ALAArAC0ALQArACUAIgAdABQAFQAUABEADQAIAAcAAwD+////AQAAAP//AwACAAAAAAACAAIAAgAHAAkABQAGAAYAAAD7//f/9P/v/+7/8f/v/+7/6P/g/9X/yf/F/8D/v//E/83/2P/i/+3/8//8/wMAAAABAAIAAAAFAAsAFQAeACkAOQA9AD4APwA6ADUALAAlACIAHAAbABwAGAAYABMADgAKAAUA/f/0/+v/5f/g/+L/4//l/+r/7//y//b/9//6//n/+P/6//f/+P/7//v//f8AAP//AQAAAAAA///7//f/8f/t/+n/5v/m/+b/6P/q/+7/8P/z//j//P8AAAUACgAPABQAFgAaABoAGwAbABkAEgAUABQAEQAUABYAEwAQAA4ACwAIAAMAAAAAAP//+//4//T/8v/w/+//7v/u/+//8v/z//T/9P/y//H/8v/0//j/+v/6//r/9//2//T/7//u/+3/7P/s/+3/7v/w//H/8f/x/+7/7f/v/+//8//0//b/+f/8////AgAKAA0ADgARABEADgAQABMAGQAZABwAHQAfAB8AHgAcABoAFgARAAkAAwABAPz/9v/z//L/7//v/+3/7P/q/+f/6P/m/+b/6f/p/+v/7f/y//X/9v/3//f/+P/4//f/9v/1//X/8//2//b/8f/z//H/7v/v/+7/6//t/+//7//y//P/9v/3//3///8AAAMABwAPABEAEwAYABsAHAAfACEAIwAjACEAIAAdABoAFQASAA8ACAAEAAEA/v/7//X/8f/t/+f/4v/g/93/2v/b/9v/3v/g/+L/5P/l/+f/6//t/+//8f/z//P/8//1//X/9v/2//f/+f/3//j/+P/3//f/+f/4//b/+P/5//z//f8AAAEAAgAEAAUACQAMAA0ADgARABMAFQAVABYAFQAVABUAEwASABEADgALAAYAAwD+//j/9//z//H/7v/t/+z/5//j/+H/3P/b/9v/2f/Z/9f/2P/a/93/4f/i/+X/6f/s//H/8f/x//X/+P/6//3///8BAAMABgAIAAoACQAJAAkACQALAAkACAAGAAcABQACAAAA///+//z/+f/3//f/9v/1//b/9v/2//n/+f/6//r//P/8//3//f/9//7////+/////v/7//z/+//7//n/9f/3//X/8//z//H/7//v/+v/6f/o/+j/5//l/+j/6v/r/+v/7v/x//T/9f/4//z///8BAAEAAwAFAAQABwALAAoADAAKAAkACAAGAAUAAwABAAEA///+//3/+v/4//n/9f/z//b/8f/y/+//7v/t/+z/7//v//H/8//z//X/+P/2//n/+v/8//7//P/7//v/+//5//j/9//3//b/9v/3//H/9f/z//H/8v/y//H/8f/y//T/9P/0//X/9f/3//n/+f/8//3/+//8//////8AAAAAAAD+//v/+f/3//f/9//0//H/8P/v/+//7//v/+//7v/w//H/8//1//f/+v/9////AAAAAAEAAwAFAAYACAAIAAgACgAHAAUABAABAAEAAAD9//r/+P/1//T/8v/w/+7/7f/s/+v/6f/o/+j/6P/q/+z/7P/u/+z/7//t/+z/8P/w//H/8P/x//P/9P/3//f/9//5//j/+P/5//f/+f/6//z/+//7//7//v///wAAAAAAAAIAAwAEAAQABAAFAAgACAAJAAsACwAKAAgACwAJAAkABwACAAQAAQD///7/+//4//b/8//y/+//7f/u/+n/5//i/+T/4//h/+D/4P/f/9//3//h/+H/4//l/+b/6P/t//L/8//1//f/+v/+/wIAAwAEAAQACQAKAAkACwALAAoADQALAAsADAAKAAoACAAJAAcABQAGAAYABAAEAAIA//////7//f/+//v/+f/5//v/9//1//X/9f/0//L/8f/z//L/8f/x/+//7//v/+//7//s/+3/7f/t/+//7//x//P/9f/z//b/+f/7//v//P//////AAAAAAAAAgACAAMABAAEAAMAAwADAAYABQAEAAcABQAFAAUABQAGAAUABQAEAAMAAwACAAEAAQAAAP/////9//v/+f/5//n/9//4//b/9P/x//H/8f/x//H/8f/v/+//8P/w//L/8f/y//X/9v/1//f/+f/5//n/+//8////AAAAAAAA//8AAAAAAQAAAAAAAAAAAAAAAQACAAAAAAABAAAAAAD//wAAAAD//wAA//8AAP///v////z/+//7//v/+//6//f/+v/5//j/+P/3//f/9f/1//X/9f/1//X/9f/1//X/9f/3//f/+P/4//r//f/+//////8AAAEAAQABAAEAAQABAAQAAgACAAEA//////7//f/9//r/+P/5//j/9f/0//f/9f/1//X/8//1//T/9f/2//X/+P/3//n/+//5//n/+f/6//v/+f/8//v/+v/7//z/+f/7//z/+v/6//v/+//7//v/+//8//z/+//8//z//P/9//z//v/+//7//f/+///////+/////f/+//z/+//+//j/+f/6//f/+P/4//f/9v/0//P/9f/1//T/8//0//P/8v/y//L/8P/y//P/9P/0//P/8v/0//b/9v/1//X/9P/1//T/9v/4//n/+f/7//r/+//7//n//P/7//r/+//8//z/+P/7//v/+f/7//v/+//6//f/9//3//b/+P/3//b/9//1//X/9v/0//T/8//x//L/8v/x//D/7//x//P/8f/x//H/8P/v//H/8v/x//H/8//x//T/8//0//f/9v/2//j/9v/3//f/9f/2//b/9f/3//b/9P/1//X/+P/3//b/9//2//b/9f/4//j/9//5//j/9//3//f/+f/5//n/+f/7//v/+f/7//j/9//3//X/9P/0//L/8//y//H/8f/x//H/8v/x//D/8v/v//D/8v/z//L/8f/y//L/8f/x//L/8v/z//P/8//1//T/9f/1//X/9P/0//b/9P/1//f/9v/5//v/+//7//v//P/+//7//P/9//3//P/8//z/+//7//v/+//7//z/+v/7//v//P/5//j/+P/3//f/9//3//b/9//3//X/8//2//X/9P/1//X/8//z//P/8//z//T/9f/0//b/9P/0//b/9v/2//X/9v/6//r/+v/7//v/+P/6//r//P/7//v/+v/7//z//f/9//3//v/+///////+//3//f////7//f/9//3//v/9//3//f/9//v//P/8//v//f/8//z//f/4//v//f/7//v/+v/7//z/+v/7//v/+//7//z//f/7//v/+v/6//v//f/9//v///////////8AAP///v8BAP////8AAAEAAQAAAAAAAAACAAEAAgACAAQAAgABAAMAAQAAAAIAAgABAAEAAQABAAAAAAAAAP//AAD//wAAAQD//wAAAAD//wAAAAAAAAAAAAAAAAEAAgACAAEAAQABAAEAAwACAAEAAwACAAEAAgAEAAMAAwACAAQABgAEAAQABQAGAAgABgAHAAgABwAHAAgACAAGAAYABgAIAAYACQAGAAUACQAFAAUABAAEAAUABQAEAAcABwAGAAYABQAFAAUABgAEAAUABgAFAAUABAAEAAQABQACAAMAAwAGAAYABQAHAAcABQAEAAUABgAGAAUABgAIAAcABgAGAAUACQAHAAYACAAGAAgACAAIAAoACQAIAAkACgAHAAkACAAKAAoACgALAAgACwAKAAoACwAJAAsACwALAAoACwAKAAsACgAJAAsACwAJAAkACAAIAAkACQAIAAcABwAFAAUABgAGAAcABgAFAAYABQAHAAUABQAFAAUABwAGAAUABQAHAAYABgAFAAQABwAHAAcABwAHAAYABwAIAAkABgAHAAcACAAHAAYABwAJAAgABwAKAAcACgAIAAkACQAJAAkACQAIAAkACAAIAAoACAAIAAkABwAJAAgABwAHAAUABgAHAAYABgADAAIABAACAAIAAQABAAIAAAABAAEAAwACAAMAAgABAAEAAQABAAEAAwABAAIABQACAAEABQAEAAMABAACAAIAAwACAAAAAwAEAAQAAwADAAUAAwAFAAUAAwAEAAMAAwABAAIAAwAEAAIAAwAAAAAAAAACAAEAAAABAAAAAQD//wAAAAAAAP///////////v/+//3//v////3//f/8//z//f/+//3//v/9//3//f/9//z////+//3//v/+//3//f/+//3//P/7//v/+//6//z/+//8//r/+//6//n/+v/5//n/+v/7//v/+//5//n/+v/6//v/+f/5//n/+f/5//n/+v/8//r/+P/7//n/+//6//n/+//9//r/9//5//r/+f/5//j/+P/6//r/+f/5//v/+v/4//j/+f/6//v/+P/6//v/+//7//n/+P/3//n/9//4//v/+f/3//f/9//3//f/9//4//f/9//3//f/9v/0//b/+P/2//b/9//3//f/9f/4//b/9f/3//X/9//2//b/9v/4//j/9v/3//n/+f/4//j/+f/6//j/+v/7//r/+//7//v/+//7//r/+f/7//3//f/7//v/+//9//z//f/8//3//f/9//v/+//9//3//f/+//7//P///////f/9//z//v/////////+////AAAAAP7//v8AAAAAAAAAAAEAAQAAAAEAAQABAAEAAQAAAAIAAwABAAIAAwADAAMAAgAEAAYABAAHAAgABwAHAAcACQAIAAgACgAKAAsACwAMAAwACQALAA0ADAAMAA0ADQANAA8ADgAPAA4AEAARABAAEAARABEAEgAQABMAEQASABMAEwASABMAFAASABMAFQAXABgAGQAYABcAFwAXABcAGQAZABoAGgAZABkAGQAaABsAGwAcABwAGwAbABsAHAAdAB4AHgAfAB0AHQAdAB8AHwAfACAAHwAhACEAIQAhACEAIgAjACMAJAAkACQAJAAmACYAJQAlACYAKAAnACcAJwApACoAKQAmACgAKAAoACkAKAAoACoAKQApACkAKQAqACsALQAsACsALAAsACwALQAtAC4ALgAuAC4ALgAvAC4ALwAxAC8ALgAxADEAMQAzADMAMwAxADMAMgAyADMAMwAyADEAMwAzADMAMwAyADIAMwA0ADMAMwAzADQAMwA0ADMANAAzADQANAA1ADUANAA0ADQAMwAzADYANgA0ADYANAA1ADUANAA3ADUANQA1ADMANQA3ADUANQA3ADYAMwA1ADYANAA1ADcANwA2ADYANAA1ADUANAA2ADMANAA3ADYANQA1ADUANQA2ADUANQAzADUANQA1ADMANQA1ADMANAA1ADMANQA0ADMANAAzADMANAA0ADUAMgAxADIAMwAwADIAMgAyADEAMwAyADEAMQAxADMAMQAxADEAMQAwADEALwAwAC4AMAAvAC8ALgAuAC0ALgAsACoALQAtAC0AKgAqAC0ALQAsACsAKwAqACgAKgArACkAKQAnACgAKgAoACoAKAAmACcAJwAnACUAJAAkACYAJAAkACIAIQAkACAAIAAiAB8AHwAfACAAHgAdAB4AHgAdAB4AHAAZABsAGwAZABkAFwAYABgAFgAWABUAFgAWABUAFAAVABUAEwAUABQAEgARABIAEgARAA8ADwAOAA8ADgAOAAsACwAMAAwADQAMAAsADAAIAAoACQAIAAgABwAHAAgACQAGAAcACQAHAAYABQAFAAUABQAEAAQABAAEAAMABQAEAAMABAADAAIAAAABAAEAAQABAAAAAQAAAAAAAAAAAAAA///+//7//v////7///8AAAAA///////////+/wAA/v/+///////+//7//v////z//v/8//3//f/+/////v////7//f/+/wAAAAD//wAA/v///////v/+//7//v////7///////3//v/8//7//f/9//7////+//7//v/+/////v/+//3//f////////8AAAAAAAAAAAEAAQABAAMAAgADAAQABAADAAIABQAEAAUABQAHAAYABgAHAAcACQAKAAoACgAIAAgACwAMAAwACwANAAoADAANAAwADAANAA0ADgANAAsADgAOAA0ADQAMAA0AEAARABEAFAASABEAEQASABIAEwASABMAEwAVABUAEgAUABQAEwAUABMAFAAVABIAFQAWABcAFQAVABYAFgAWABcAFwAXABcAFwAXABkAGgAXABkAGAAYABgAGQAYABkAGwAbABoAGgAbABkAHAAcABwAGQAbABsAHAAbABkAGgAaABkAGwAbAB0AHAAdABwAHQAdABsAGwAbABwAHgAcAB4AHgAeAB4AHQAeAB0AHQAeABwAHAAdABwAHAAeAB0AHgAeAB0AHQAbAB4AHQAfAB4AHQAeAB0AHQAeAB0AHQAbABsAHQAeAB0AGwAdAB0AHgAeAB0AHwAfAB4AGwAeAB0AHwAeAB4AHQAcABwAGwAcAB0AGwAcAB4AHwAdAB8AHQAfABwAHAAbABoAHgAcABwAGgAaABoAGwAbABsAGwAZABsAGAAZABsAGgAaABkAGAAXABgAGAAZABkAFgAWABgAFgAWABgAFwAWABgAFQAWABUAEwAWABUAFQAWABQAEwAUABMAEgASABMAEgAQABMAEgATABMAEgATABMAEAAQABAAEQAUABEAEwATAA4AEQAQABAAEAAPABEAEAAOAA8ADAAOAA8ADgAPAA4ADgAMAA8ADQAPAAwACwALAAoADQANAAoADAAMAAgACgAJAAkACAAJAAoACAAFAAcABwAFAAcABQAFAAYABwAFAAgABAACAAQABQAEAAUAAwABAAIAAwAFAAEABwABAAMAAgABAAIAAAACAAEAAAABAAAAAAAAAAAAAAAAAP7/AAD//wAA//////3/AAD9/////v/8//7//P/9//n//f/4//3/+//9//n//v/6//n/+f/4//z/+f/5//f/9//4//z/9v/7//X/9//6//X/+f/1//j/+P/2//f/9//2//f/9//4//n/8//2//T/9//x//f/8f/2//X/9P/4//L/9f/y//b/9f/2//P/8//x//T/8P/w//L/8f/v//P/8P/u//H/7v/y/+//7f/u//D/8//t//P/6//y/+v/9f/u//H/8P/w//L/7v/0/+v/7//z//D/8P/v//D/8P/u//L/7P/v/+//7v/v/+7/8P/t/+//8P/s/+//6v/x/+z/8v/v//D/7P/z/+v/9P/r//T/7P/v/+//7f/w//D/9P/r//D/8f/t//H/7P/x/+7/7//x//D/7v/u//L/8//u/+3/8v/s//L/8//w/+3/8v/s//L/8v/w/+7/8P/y/+//8v/u/+//8P/0//D/7f/z//D/8v/0//D/8P/y//T/9f/x//T/7f/1//j/8P/2//P/9P/3//f/9f/y//f/9//7//j/9f/x//n/+f/2//n/7//2//r/+f/4//T/9P/0//7/+P/y//j/+P/+//7/9P/3//j/+v////v/8P/4//n/BAD9//f/9P/5/wUA///8//L/+v/9/wAA/f/t//L//f8BAAAA+//v//L/AgAAAAAA9f/t//7/AgALAPn/9f/9/wIABQD7/wEA"
        }
    ],
    "SyncDubbingResponse": [
        {
            "AudioData": "UklGRuxnAABXQVZFZm10IBAAAAABAAEAgD4AAAB9AAACABAAZGF0YchnAABBAEUAQwBFAEgARwBJAEkASQBOAEwASABKAEkASgBJAEgASABMAEoASABIAEgASgBIAEkASQBIAEkASABHAEcASABIAEoASABJAEgARwBKAEoASABFAEkASQBIAEYARwBHAEgARwBIAEYARgBFAEUARABFAEcARQBEAEQARQBEAEQARABEAEUARQBDAEMARQBDAEMAQQBBAEMAQAA/AEAAQAA/AEAAQgA/AEAAQgA/AD8APwA+AD8APQA7AD0APQA9ADoAOgA7ADoAOgA9ADwAOwA6ADkAOQA3ADgAOQA3ADgANwA4ADgANwA2ADcANwA3ADcANwA1ADQANgA1ADQANAA1ADUANQA1ADMAMwAzADUAMgAyADMAMwAzADIAMgAwADEAMQAxADEAMAAvADEALwAyADAALwAxAC8AMQAwAC0ALAAtAC0ALAAtAC8ALAAsAC4ALgAsAC0ALAAqACoAKwAqACoAKwArACoAKgApACkAKQAoACcAKAAoACYAJwAnACcAJgAmACYAJgAmACQAJAAkACMAJAAjACQAJQAlACMAIwAjACMAIwAkACQAIgAhACIAIgAhACEAIgAjACEAIgAiAB8AIQAgACAAIQAhACAAIAAhAB8AIAAgACAAIAAfAB8AIAAgAB0AIAAgAB8AHgAfAB8AHwAfAB4AHgAdABwAHQAdAB0AGwAcABwAGwAcABwAHAAcABwAGwAbABsAHQAdABsAGwAbABwAHgAcABsAHQAcABoAGQAaABwAHAAZABkAGAAaABoAGQAZABgAFwAZABoAGAAXABgAGQAYABkAGQAWABgAGAAYABcAGAAXABkAGgAWABUAGAAaABcAFgAXABUAFwAYABgAGAAWABYAFgAaABkAFwAVABcAFgAWABcAFwAWABYAFgAWABUAEwAVABYAFQAXABcAFwAWABUAFQAVABcAFwAWABgAFQATABUAFQAXABcAFwAWABcAFQAWABYAFQAVABYAFQAVABYAFAAWABUAFQAWABUAFgAXABUAFwAXABcAFgAWABUAFAAUABcAFgATABUAFQATABUAEwARABQAEwATABUAFQAVABQAFgATABEAFAASABQAFAATABIAEQATABUAEwASABMAEAAUABMADwATABMAFAAQABEAEwARABEAEQARABEAEQARABEAEAAPABEAEQARAA8ADwARABAADwAPAA8AEQARAA8ADwAQABEAEQASAA8ADgAPAA8ADwAPAA8ADwAPAA8ADwAQAA8ADQANAA0ADAANAA0ADAAMAAsACwAKAAwADAALAAsADAANAAwADQANAAsACwALAAsACwALAAsACwALAAsACwALAAkACwAKAAcABwAFAAUABQAFAAMAAgAEAAIAAgABAAEAAQABAAEAAgACAAEAAwAAAAEAAAD/////AAD//wAAAAD//wAAAQAAAAAAAAD//wAA//8AAAAA//8AAAAAAAD//wAAAAAAAAEAAQAAAAAA/////wAA//8AAAAAAAD//wAA//////3//f/7//v/+f/5//n/+v/7//j/9//4//b/9//2//X/9f/0//P/8//x//L/9P/z//D/8v/x//L/8v/x//H/8v/x//D/8f/x//D/8f/v//P/8//x//L/8v/x//L/8//z//X/8//x//L/8f/0//T/9P/z//P/9P/z//P/9f/1//X/9P/0//T/8//0//T/8//1//P/9P/z//T/9f/1//X/8//1//X/9f/1//P/9P/1//X/9f/z//X/9f/1//X/9f/2//j/9f/2//b/9v/3//j/+P/3//b/9v/4//j/+P/5//f/+P/5//n/+//4//r/+//7//v/+//7//v//P/7//v/+//8//7//v/+////AAD//wEA//8AAAEAAAABAAEAAwACAAEAAwAEAAYABQAFAAUABgAFAAYABwAGAAYABgAGAAgACAAJAAoACgALAAsADQANAA4ADgANAA8AEAASABIAEgATABIAFAAUABQAFQAWABcAGAAYABcAGgAbABsAGwAdABoAHAAeAB8AIAAgACIAIgAiACIAIwAjACUAJQAmACUAJwAmACcAKAApACkAKAAqACsALAAqACwALQAtAC8AMQAvAC8AMQAxADEAMwAzADQANQA1ADUANAA2ADcANwA3ADcAOQA4ADkAOQA7ADsAPAA9ADsAPQA9AD8APQA+AD8APgA/AEEAQAA/AEEAQQBDAEIARQBEAEQARQBFAEQARABGAEYARgBHAEcASQBJAEoASgBKAEoASgBLAE0ASwBMAEwASgBNAE4ATQBNAE0ATwBPAE4ATQBPAE8ATwBRAFEATwBQAFMAUgBRAFEAUQBSAFIAUwBTAFMAVABUAFUAVABTAFMAVABTAFcAVgBTAFUAVABVAFYAVgBVAFUAVQBVAFUAVQBWAFUAVABTAFYAUwBWAFUAUwBUAFUAVQBVAFUAVgBWAFYAVQBUAFQAVgBVAFUAVABTAFMAVABWAFQAUwBTAFUAUwBUAFUAVABXAFUAVQBUAFMAVABUAFQAUgBTAFMAVABUAFMAUwBRAFEAUwBTAFEAUgBTAFIAUABQAFAATgBOAFAATgBPAE8ATgBPAE0ATQBPAEwATQBOAEwASwBLAE0ASwBJAEoASQBLAEsASQBJAEgASABHAEgASQBHAEkASABIAEYARQBGAEUARQBFAEQARABDAEQAQwBDAEMAQQBCAEIAQwBCAEEAQQBAAD4AQQA/AD8AQAA/AD8AQABAAD4APwA/AD4APQA8AD0AQAA9ADsAOwA6ADoAOQA5ADgAOAA4ADkAOQA5ADcANgA3ADcANwA3ADUANgA2ADUANwA2ADUAMwAyADIAMQAzADEAMQAxADEAMQAxAC8ALwAvAC8AMAAvAC8ALgAvAC8ALwAuAC0ALQAsAC4AKwArACkALAAtACgAKwApACgAKgAoACkAKgApACkAKQAnACcAJgAnACgAJgAnACYAJgAmACYAJQAkACUAJgAmACQAJAAjACIAIwAjACIAJAAjACIAIgAjACIAIQAhACEAIgAiACEAIQAiACIAIAAhACEAIAAeAB8AIQAgAB8AHwAeAB4AHwAeAB8AHwAeAB4AHwAfACAAIQAfAB4AHQAfAB8AHwAdAB0AHgAdAB4AHgAfAB8AHQAeAB8AHgAeAB0AHgAeABwAHQAfAB0AHAAeAB0AHgAeAB0AHAAdABwAHAAdAB0AHQAdAB0AHgAcAB0AHgAfAB4AHwAgAB8AHwAgAB4AIAAfACAAIAAhACIAHgAfAB8AIAAjACIAIAAfACEAIgAhACAAIQAjACIAIgAkACUAJQAkACUAJgAmACQAJQAlACcAJQAmACYAJQAnACcAJwAoACYAJwApACgAKAApACgAKAApACgAKAAqACkAKgArACsALAAsACwAKwAsAC4ALAAsAC4ALwAyAC4ALwAxAC8ALwAxADAAMgAxAC8AMgAzADEAMwAzADMAMwA0ADQAMwA0ADMANgA1ADIANQA2ADUAOAA2ADcAOQA4ADkANQA3ADkAOgA5ADgAOQA7ADwAPAA8ADwAPgA+AD0APgA/AD4AQAA+AD4AQAA/AEEAQQBBAEEAQQBBAEMAQwBCAEQAQwBEAEQAQwBDAEQARQBFAEMARABFAEUARQBGAEUARgBGAEcARwBJAEgASABIAEkASQBJAEkASQBLAEoASgBLAEsASwBLAEwASwBMAEwATwBPAE0ATQBNAFAATwBPAFAATwBOAFAAUQBRAE8AUQBQAFAAUgBQAFEAUABQAFEAUQBRAFEAUQBSAFUAUgBSAFQAVQBVAFMAVgBXAFUAUwBUAFYAVABTAFUAVgBVAFYAVQBXAFcAVwBYAFYAVwBaAFcAVgBYAFgAWABWAFgAVwBXAFgAVwBYAFgAWQBYAFgAVwBYAFcAVwBaAFgAVwBYAFgAWwBZAFgAWQBXAFcAVwBZAFkAWQBaAFkAWgBaAFsAWQBaAFoAWQBZAFgAWABZAFkAWgBaAFkAWwBbAFoAWgBaAFkAWwBZAFkAWQBaAFoAWwBaAFgAWgBZAFgAWQBZAFkAWQBYAFsAWgBYAFgAWQBZAFoAWABXAFgAWABXAFgAWABYAFkAVgBYAFgAVgBYAFkAWABYAFkAWABXAFcAWABXAFkAWABVAFcAVwBXAFYAVgBVAFgAVwBUAFcAVgBXAFYAVQBVAFUAVQBXAFQAVQBUAFQAVQBVAFQAVABTAFQAUgBSAFIAUwBTAFIAUABPAFAATgBSAFAATQBQAE4AUQBQAE8AUQBPAE8AUABQAFAATgBRAE8ATwBQAE4AUQBPAE0ATgBNAEwATQBNAE4ATgBMAEsASwBMAEsASwBMAEsASwBMAEwASwBKAEgASgBLAEkASgBJAEYARwBIAEYASABIAEcARwBHAEcARgBGAEcARQBFAEQARABHAEcARQBEAEUARQBEAEUARABDAEQAQwBDAEQAQgBCAEMAQwBAAEEAQABAAEIAQQBBAEAAQABAAD8AQAA/AD8AQABBAD8APgA+AD0APgA9AD0APQA+AD4AOgA+ADsAOwA7ADoAOwA7ADgAOgA6ADcAOQA4ADgAOAA4ADYANwA2ADcANwA2ADcANgA0ADYANQA1ADQANAA1ADUANQA1ADYANQA0ADQANAA0ADQAMwAzADMAMQAyADAAMQAxADEALwAwADAALQAxADAALwAvAC4ALwAtAC0ALQAsACwALAAsACwALAArACkAKQApACoALAApACgAJwApACcAJgAqACcAKQAnACcAJwAlACYAJQAlACcAJQAmACUAIwAjACUAJQAkACUAJQAkACUAIwAkACQAIQAiACIAIgAhACAAIAAfACEAHgAgACEAIQAgACEAHgAfAB8AHQAcAB0AHQAfABwAGwAcABwAGwAcABwAGwAbABsAGgAbABwAHQAaABcAGAAaABoAGQAXABgAGQAZABkAFgAXABcAFgAUABYAFgAUABQAFQAXABQAEwATABMAFAARABEAEQARABEAEQARABAAEAAQAA8ADwAQAA8ADgAPAA4ADgAOAA8ADgAOAA8ADgANAA4ADQALAAsADAALAAwADAAMAAsACwAJAAcADQAKAAkABwAHAAcABwAKAAkABwAHAAYABgAHAAUABwAGAAUABQAFAAYABwADAAQABgAFAAIAAgAEAAQABQACAAIAAwACAAEAAQABAAEAAgACAAIA//8CAAIAAAAAAAAAAAAAAAEAAAAAAAAAAAD/////AAAAAP////8AAP7//f///////v/9//7//v/9/////v/9//7//P/7//v/+//8//v/+//6//n/+v/6//v/+//7//v/+f/5//n/+f/5//n/+f/5//n/+f/5//n/+f/5//n/+f/5//f/9//5//j/+P/3//j/+P/5//f/9f/4//j/9v/2//f/9//2//b/9//3//j/+P/4//f/+P/3//b/+f/3//b/9//3//n/9//2//f/9//3//b/9P/2//X/9v/0//T/9f/1//X/9f/1//b/9//1//X/9v/3//X/9f/1//f/9//3//f/9v/1//j/+f/3//f/9//3//f/9//3//f/9f/1//f/9//1//X/9f/2//f/9//1//X/9v/2//f/9//2//b/+f/3//f/9//3//j/9//3//f/+P/5//f//P/7//n/+f/6//r/+f/5//j/+v/6//z/+f/3//j/+P/5//n/+v/3//f/+f/5//n/+P/5//j/+//7//r/+f/5//n/+//8//n/+f/8//3//P/6//j/+//9//3//f/9//3//f///////v/9/////f/+//7///////3//f/8//z//v/+//7////+/wAAAQD/////AAD//wAA//8AAAAAAAAAAP////8AAAAAAAAAAAAAAAD///////8AAAAAAAD//wAAAAAAAAEAAAAAAAAAAQABAAEAAQAAAAEAAAACAAMAAAAAAAEAAwACAAEAAQAAAAEAAgABAAEAAQABAAIAAQABAAEABAADAAQAAgABAAMAAwABAAEAAgABAAMAAwACAAIABAAEAAQAAwACAAMABAAEAAYAAwAFAAYABQAGAAMABQAEAAUABQAFAAQABQAGAAUABAAFAAMABQAEAAUABQAEAAUAAQAHAAYABQAFAAQABwAHAAYABwAHAAUABwAJAAYABQAIAAgABgAEAAcABwAGAAgACAAGAAUABgAGAAcABgAFAAcABQAIAAgABwAIAAgABQAHAAgACAAJAAkACQAGAAYACAAKAAkABwAIAAkABwAIAAgABwAIAAkACAAHAAcABwAIAAYACAAHAAcACQAJAAgACAAKAAkABwAHAAgABwAIAAcABwAJAAoACAAJAAkABwAHAAcACAAHAAgACQAHAAcABwAJAAkACQAHAAgACAAIAAYABgAHAAcACQAHAAgACgAIAAcACQAIAAgACAAJAAcABwAIAAcABwAHAAkACQAHAAcACQAJAAcACgALAAoACQAJAAkACQAJAAoACQAKAAoACQAJAAoACgAKAAoACgAIAAYABgAIAAgACQAJAAkACQAKAAgACAAJAAkACQAJAAkACQAJAAkACAALAAgACAALAAoACQAKAAwACwAIAAoACwAKAAoACgAJAAkACgAKAAsACQAKAAkACQAJAAoACQAKAAoACQAJAAoACQAIAAoACQAKAAkACQAJAAkABwAIAAkACgAJAAoACQAJAAkACQAJAAoACQAHAAsACgAKAAoACAAKAAkACgALAAsACwAKAAwADQANAAsADAALAAsADAALAAsADAALAAwACwALAAwADAAMAAsACwAKAAwACgAMAAsACQANAA4ADQAOAA0ADgAOAA0ACwAMAAwADQANAAsADQANAAwADgAMAAwADQANAA4ADQALAA0ADgALAAwADQANAAwADQANAA4ADQALAA0ADQAPAA8ADQAOABAADwAOAA4ADwAPABAAEAAQAA8ADwATABIAEQAQAA8AEQAQABAAEwAQAA8ADwAPABEAEQASABMAEQASABIAEgAUABMAEQATABQAEwATABMAEgASABMAFAAVABMAEwATABMAEwAUABIAEQAUABIAEAAPABEAFAAQABEAFQATABMAEwASABMAEQATABQAFAAUABIAFwAWABMAFQAWABUAFAAXABYAFgAWABcAFwAWABcAFgAXABYAGAAWABcAFgAWABgAFQAXABgAFgAVABgAGQAZABkAGAAYABgAGgAZABYAGAAZABoAGAAXABcAGAAZABgAFwAYABwAGAAZABgAFwAaABsAGQAaABcAGgAcABoAGgAaABsAGgAcABwAGwAZABwAHQAdABwAHwAfAB8AHQAdAB0AHQAfAB8AHQAcAB0AHQAdAB0AHwAeACAAIQAdAB4AIAAfAB0AHgAfAB4AHgAdAB4AHgAeAB0AHwAdAB0AHgAcABwAHQAdAB0AHgAfAB8AHQAfACAAHwAdAB0AIAAeAB0AHgAfAB8AHwAdAB0AHwAgACAAIQAhAB8AIAAgACEAIQAfAB8AIQAhACAAIQAhACIAIgAeACAAHwAgACIAIAAhACEAIQAhACIAIgAhACEAIgAiACEAIAAeACAAIAAiACIAIAAhACEAIAAgAB8AHQAeACAAIQAgAB8AHwAeAB4AHQAeAB8AHgAdAB4AHQAeACEAHgAdABwAHQAeAB0AHQAdAB8AHQAdABsAHAAdABsAHAAdABwAHAAaABwAGgAaABsAGgAdABoAGgAcABwAGgAaABkAGgAaABkAGwAbABoAGQAZABoAGwAbABkAGgAYABgAGgAXABYAGQAXABkAGQAZABgAFwAXABcAFwAWABYAFgATABcAFgAVABcAFQAVABQAFAAWABQAEgATABIAEgATABMAFAATABMAEgAQABIAEQAPABEAEAAPABEADwAPAA8ADwAPABEADwAPAA4ADwAOAAwADwAOAA8ADAAMAA0ACwAMAAsACwAJAAsACwAIAAgACQALAAgACgAJAAgACgAHAAgACAAJAAgACgAIAAkACQAIAAoACQAHAAYABQAFAAYABgAFAAMAAwAFAAcABQAEAAMABQAEAAMAAwADAAMABAADAAMAAgADAAIAAgABAAAAAQAAAAAAAQABAAEAAAAAAAAAAAD/////AAAAAAEAAAD//wAA/v/8//7///8AAP///f/9//v/+//+/////P/+//3//P////r/+//9//3//v/6//r/+//8//z//P/7//v/+//7//n/+f/7//v/+f/5//n/9//3//n/+P/4//n/9//3//f/+f/4//n/+P/3//j/+P/2//f/9v/2//b/9//2//b/9//3//b/+P/2//b/9//2//b/9v/1//f/9v/3//b/9//1//b/9f/2//b/9f/1//b/9v/1//f/9//3//n/9//2//f/9v/2//T/9f/0//T/9v/1//b/9//3//b/9//1//X/9P/1//f/9v/0//b/9//2//f/9P/1//f/9//3//b/9v/4//j/9v/2//f/9//4//b/+f/4//f/+P/3//f/+P/3//f/9//4//j/9f/4//j/+P/5//n/+//6//n/+//7//r/+v/7//v/+//6//v/+f/8//v/+v/6//z//v/8//z//P/7//3//v/+//3//v////7//v/+//3//v/8//3////9/////v/9///////+/////v/+////////////AAAAAAAA/////////////wAAAAAAAAEAAQABAAEAAgACAAIAAgADAAEAAQACAAMAAwABAAIAAwACAAIAAQADAAMABAAFAAUABQAEAAUABgAFAAMABAAFAAMABgAGAAUABgAFAAYABwAGAAYACwAJAAgACAAGAAcACQAJAAcACgAJAAoACwAJAAkACQAJAAkACQAJAAoACwAJAAoACgAKAAkACQAJAAkACQAJAAoACwAJAAoACgALAAsACwAJAAcACQAKAAsADAAMAAwADQAMAAwADQANAAwADQAMAAwACwALAA8ADgAPAA4ADQANAA0ADQANAA8ADgAPAA0ACwAMAA0ADQANAAwADQAMAA4ADwANAA0ADAANAA8ADQANAAsADAAPAA8ADQAOAA4ADwANAA4AEAAOAA0ADQAMAA0ADQAOAA8ADgANAA0ADwAPAA8ADwANAA0ADQAMAAwADAANAAsACwAMAAwADAALAAwADQAMAA0ACwAKAAsACwAJAAkACQALAAsACwALAAsACwALAAsACQAKAAsACgAJAAkACQAKAAsACwAJAAkACQALAAsACQALAAkACwALAAwACQAJAAkACwALAAsACQAHAAkACQAJAAkACAAHAAcABgAGAAcABwAHAAgACAAHAAkACQAHAAUABAAFAAcABAADAAUABAAEAAUABQAFAAUABgAFAAMAAwAFAAYABAAEAAQABQAFAAUABgAFAAUABwAFAAgABgAGAAcABgAIAAYAAwAGAAYABQAEAAMABAADAAMABAAEAAMAAwAFAAMAAwACAAMAAQAAAAEAAAABAAEAAQABAAEAAQABAAAAAQAAAP//AQAAAAAAAAAAAAAA/////wAAAAAAAAAAAAABAAAAAwACAAEAAwADAAEAAQACAAAA///8//7///////////8AAP////8BAAAA//8AAAAAAgACAP//AQAAAP//AAD///7//v/8//7//v/+//////8AAP7//////wAAAAAAAP///v/+//v//P/8//3//f////3//v////7//////wAA/v/+/////P/9//7//f/+//3/////////AAAAAPz/+//9//3//P/9/////////wAAAQD//////////////f/6//z/+//8//z/+//7//v//P/8//z//f/+//z//f/5//r/+//5//n/+//8//3////9///////9//7//v8AAP3//f/+//r//f/8//j/+v/6//n/+//4//v//P/9/////v8AAP////8AAP7//f/9//3////9//7/AAD////////+//z/+v/7//n/+P/1//f/9//3//j/+f/6//3//P/9//z//f/7//v/+//7//v/+f/9/////v8CAAMAAQD///3/+v/5//f/9f/1//r/+v/+/wAAAAADAAIAAgD///v/+P/2//b/9//3//j/+/8AAAEAAgADAAAAAAD+//r/9v/2//X/9f/6//z/AAABAAQABgAGAAMAAgD+//r/9//2//X/8//1//j/+P/8//v//f8AAAAAAAAAAP//AAD9//3//f/9//3/+v/+//r/+//4//v/+f/4//r//P/7//3/AAACAAIABAAFAAMAAQD9//v/9f/z//L/7//u/+//8//3//b/9v/8/wAAAAACAP///f/5//f/8v/y//L/8v/5//v//v8AAAEAAwAAAP7////6//r/+v/3//j/+P///wEABgAGAAQAAwABAAAA9f/0//H/8v/1//T/+f/9/wMABQAGAAEA///+//z/9P/0/+//8P/1//n//f/+/wAABQAAAAEA/v/6//n/9P/w//D/8v/2//j//P8AAAAABgAEAAQAAQD///r/+//3//b/9//2/wAA/f8BAP//BAD/////+f/6//n/8f/5//n/AQD8/wMAAQAEAAIAAgACAPv//P/2//j/8P/1//P/9v/6//v//P/4//7/+f/6//r/9v/7//L//P/w//b/8f/y//z/8v/+//H/BQD4/wQABQACAAYABgAHAP//AAD4//b/8f/w//X/7//8//3/BAAMAAUAEgAEAA8AAAD+//f/9v/2/+z/9f/v/wIA+P8EAP//AQACAPr/AADw//j/8//8//D//v/9/wMABAACAAkA/v8HAPz/+P/1/+n/7P/c/+D/0//Y/+//4v/y/+j/9P/p//D/+f/j//z/3v/3/+7/5f8BAO7////6/wUA///y/wQA+f8DAPb///8HAAIACQAEAAwAAwAFAPn/AgDm//j/4P/w/9z/6v/q/+f/+v/8/wYA+v8VAPj/GAD4/xEA/f8FABwA+v8iAAgAIgAiABgAIgAXAB0AJAAUABMADQAfABsAFAAiAAkAIAD6/xwA8//s/+7/zP/i/6v/zv+2/7T/q/+p/6n/s/+a/7b/k/+U/4v/kP+e/4f/pv+w/6b/1v/F//H//f/u/zQAHgBQADkAiABpAHUArACQAMAAsAC6ANcApgDZALcAsACdAJAAiAB/AGEAKwA/APj/FQCu/7b/h/83/03/8v7y/qH+nf5v/lH+Vv40/ir+TP42/kT+cf5f/rX+zP4W/03/j////xsAxADyAFcBwwEQAnMCzwIOA0sDtgO6AwoEGQRTBEsEQAQ8BOkDwQMwA6wCOAJKAZUAjP/I/hn+9/xN/JH7y/px+p/5YflO+Yz45fiR+Mj48Pj6+Mf50/ml+kT75vsa/bv9n/61/7QApQFrAm8DWATMBL0FcwbvBqEH4QetCPQIMAl2CWMJqAkZCbAIRQgqBysGXwXDA2kB1gCFAML+k/y9+9j7CPs8+nP4jfid+Cv3rvdL97j2VvZC9z/4KPeZ93H4zfmF+tv59foo/I78K/1B/cD9SP5B/xEAxf/fAJ4BogLjAx8EqQR1BUUH8wcQCMwIoQmBCvkKXQsHC8AKIwunCnQJLwgsBzMFFwNlA34CJP8w/Tb9ff0w/On5sfgq+sn5kfd3+KX4Tfff95350fii9y35lfpi+9z6Kfq8+/f8sfz8+/L7lfz3/ED96fzf/Lv9mP6a/xEAHQAcAYoC7gPYBCkF8AXMB+wIXAn9CbwKJwt9C4QLOQrGCRsJ1AYoBZwDWgMoAp//bP0n/ef+Tvzt+f/6LPtF+jn5X/q9+e74Mvo/+iz6qPlH+jz8HPyS+6T7ovxf/Xv8Bvzd+zr8Xfxw+677n/tT/CD9ef0d/tr+t//IAHwCGwOIA5gFEwf6B0gIlgmqCmELnwuzCmQLCgsECU0IaAYBBFQDlQMxAQ/+bP6k/nT9Pvzx+ov7efsS+rP6pfr3+Tj60frb+hv6Gvth+5776fzF+4v7hfzR/Cv8+fpT+4D7J/v5+mL6pftE/Fz8oP1M/h7/9v93AQ0DmgMgBd4GbQi6CP0IDAuIDDcMnQsmDPgL4wqICdQGagS2A+gDQAHb/Z78bf0n/vT6S/mk+o/6gPrz+fH5Cfoz+/L6zfm8+6v7hvox/Pb8V/xT+5v7Sfw0/Er79fnc+gb7tvmB+lX69vol/D78Iv3q/gMB8gDrAn0F3wWhCKMJfgqsC+cMOQ69DdkN8gwLDcAM7ghMBgAEnAMPA5YAxvzD+g78JP1f+rf3tfhr+gL6BPmS+U77c/rX+vv63vtB+1r6Gvxo/B38q/ul+vP7oPs1+9X5hPl6+g/68vn2+az6mPwv/JL9kP/uAEwCAAShBooIZgqsCzQM4A3uDrkPGA8mDowNGw6UC2sGFATRAmwCbQBg/er5O/kC/Tn6lvcJ+Hf4bflo+fX5uPmO+xH7Xvko/Rn8uPlv+0n9Wvxm+3X7K/tE/H37sfgb+v36IvkC+Wv64vpr/Ef9Fv1c/5wCIAOFBOYHEAqNCmcMIw4MDwoQ2g82EGEP1w4PDgUK7gXqAYAC6QEH/ov6KPet+cD64/iU9tr12vge+SL6ofmg+lP8ovpr/FX9Mfva+Un8iv3B+/j6Jvq3+xD8JPoF+Vf5xfnw+On5O/pH+8H8OP0f/4cA4QL/BPIGTQqXCwYN+Q6tEE0SWhE/EcIR9RByDmoKLgd6ATMA6AHx/Iz3n/Xt9zf5QfdG9XT08vjS+UD5Qvse/J/8/vyG/aP84fwQ/cz6Rfwj/Tz6f/i/+qr6CfjI92v47fhC+Kz4bfpM/Lf9tP14/3YCNgZgCDkJcQx+DlUQYhK2E+8T2RIqE48RbhDCDV0GjwAF/iT/If4F9zXwrPHD+Sj3lfH287/2GvmO+iX7FPzG/jv/hPun/j8A5vv5+kT8kPwD+0b5wfdy+Gz67vYq9fT30vj290H5Ff2q/nf+/f/fBIsJtQptC9wNIBLVFCgV1xRyFaUWdBQ+EggQ/gvlA7D7n/1H/v/3mvB67kby/fTT9F7w8PJw+az3Efmi/UYAAP4v/Ub/uf4l/zf8LPlQ+lL7ivll9S72IPj+9vn1tvVM96T4kfqd/Oj+JQENAjUFVAo4DgIQ8hDiE8YWBxkAGHcXeBlSFo8S6xBwC1wBZvsp+4P44Pbk79Ln5O4N9V7wgO4L9bz2f/bO+zT9mf9VAtL9w/u9/wQAV/pf+Lv5GfnM9eTyNfQ493j3D/RA87H3z/sm/Lj7hQGjBVwFzgcTDsYUShVNFSIXkxm4HBcaEBkwGtYW6RBvC30FMvtr+Cn5g/O97djpaev48GHxTPAg8wf3h/dn+mf+JgHdAi7+ZPqU/Zz+Vvr39rz16fXX9R7zU/IY9nj2fvOH88f3x/sz/V39WgBsBW0KEAy8DigU8RioGEYXuBrvHfgb3Rn5GWsWaBD3CakB1Phq90P3Yu8L65br0uup7x7y6/KH89r4+/j5+XoBYwPBAK79i/yo+xf77vfz81LzyvLe8ervDPH08+/1vfQP9OD45/yJANAC7gY4CVQMGRCqEywZSxqHGloaBx3tG5EaJxwnGFcTjQ15Bd/6YvQS9l7zoOw26VTpOuxh8DT0n/WT9xb59fj//JoDtAOc/876p/ib+A/4fvUd8o3vYu+z8Cry1fNc9B716Paz+dT8wv8lBE8H/AnhDZMSZxaFFxgZphodHJccWhpFGDgZ7hnEFCQN/wTD+b3ztfWj9LvsfOiT65PvTfPK9Bv3D/mj92P59/ypAtgB8PzY9Q71IffX86PyOfEm8dzvhvD18Yn2E/pz99D2RPrjAFQEywaCB2sK8A8NE2cYNRt7GuAW5BcLGvEa8xqNFykTSA4PCYwCIPub9bn2s/MF75HsIvBL9Arz7PLj87P3Bfjk+CD4CPq2/Wb4vPQf9f32B/NH8aXx1/FR9cHzF/Vq9hn5ofl7+mP/DQJvBJEGqQzuEL0TYBeRGG4YtRgeGuEYThcUGI8ZUha2EsAN1gMG+Zn2HPeR9JjzBPDi8MH29fM68hH3UffH8XPy+/R/+LL51/aM9RD0ifMo8NTyU/iG+YzyjPP595L34vg++DH46fxbAmYCSwgTDlQRVxInEzUWiRj2GdAYfRcXFtQWuxX3E2QUSA3QBCL9VPqY/E37kfYH87fzl/M49Uv0fPTs9dXv3OxI8c/32vgk9ij03vIj9GvzcvZ3+zX7S/Nb7kf2OfuG+av5T/3E/Sn9JQFMCE0SSxUxEmsSdhUEF48VJBUxFQkUUBJOEp4TCBJyCvcBZf8e/1P79fkX+Lr0PPCh7wTy/vQM9gvy2fHB8nnz3vKK9qz3JPfz9m77cPfr88j1aveB9UD4X/g88pj0v/3XAhcC7gAGBqgKGAyzDS4WuRmjFrMSBxQgGPQV4BRlE2YS3gviBcQBIP7S/Zr6T/wH+5f3O/I18/n1ZPUt9AnyPvYO9Aj0n/b++7L7lvqy+GX2JvZx9En2Eveo96nyjvKR9CH5dvxQ/u8CagZJCMMHng3VEegSJRMSEbcPlhH4FAgUUhJ4DwUNgAuVBtoBwPuD++v8hP0P/OD2l/Yl9NL0p/HS8nLyO/Wg+HD9BQPCAG7+5Pnh9hf0yvNF9J70z/ST83X1oPWO+e36IPxVABEFlQcCCRAMegrbDfAO8Q+4DgwNSw+OEHgPHg73D/0L/gfHA+z8bfuK+5T+LAMXA4H6wvME8vnvq/MQ+jn+if7H/BL6ePuv/K37Ofo++OLzHu9F8dfzsPgt+Qn6s/cU+cH7i/+sBY4J4wpLCBQGiQbQCGQM9A8yDsIITwfbCGULHxLlEjUOiQaKAf77FP2cAML/6AET/qD6BPWR9uD54f0C+eT0i/bi9yj9vv90AGj60/Xe9Qz1wvRd9aT4wPYf9w761P/HAEv8O/54ATYCNwS9B7sH+QaoB5AHwQoUCsQI3QpZDE4LBwgvBwwJHAVjBA0FqQLp/dIBwP7e/Tj7r/cc+Db6pfhd+F79gfwb+m/4Gvs9+vv15Pfq+6z7mfzf+0f5TPfZ91v5j/rg/RcERQdGAzEAFADhAWEFaAk2DsEOJgQs/f3/agcZDUYR0BEMCPYAkP1u/WkBTgc/BbUCzf3y+R772/xiAYABnf2K+Kf0p/Jv9i/9eAF9Au/6MfcS+R/7LfnN9+f3Rfs//+79QgBP/uv8MABoAjEC+QFZA0kEawUMA/T/df7h/0EGbQtHDf0NKwo8A9z/3fygAXkJ6AqcBkMBav45/oj/SP3k/QkADPwV+8X4Lfvy+178av/K/6z50fZA+5356/pQ/Rj9Vvxt+5b73v2kAOoBvwC6+6P76P4ZAGECWAaHBQwCGQGy/wkC+gRRCQUGSQLNAiwFVwMWA2sHTgslCpoIegBP+dX7a/8i/lkAEwRo/jj5R/xq/Af81Pz3/Rb7XflH+vr4evlj/Y3/O/8nAMP/Rvxn+9365/7aAbEB//32/bH9FP4eAgEEAQaaA9ACBAKv/u4ATwQ1Ap8DNwvAB28DEAXFBswEcgNUAxMCfgKf/Sf8uPwmBNACVAGxARn+mvgL9mj4b/0zADn9wfwb/u/7gv3z/X//a/53+bz1MvkB/j4AVwG1BCIHawMGAUwDPQOX/Xv5C/xsAKsDXAd+DSwKRALQ/53+af9w/2cBxgV9BZ8BfwPvBS8C6/8S+w386/tr/LH8MP62ABUAJf60/Lj9Hvue+bz5FPks/Kv/WwGsA/wDvf4l+6L66/rP+0oAOAV/BpoGvAeMAqv68vkE+3b+ggVJCigIiwXXA0ICWf9r/bwAgAIIBOEEmwLIADkEkARBAM38Df9V/yj/Hf22+hT3YfdD/XgArwEqBS8DhvnC91n4p/mTAGgEGAQGAs//wf6/+939yADuAQMCGwKQALr/9P8sAQMD8QLKApIGGwYyBfYE7wAa/Zb70/29ARAGKQdwB6kDWgB6/cv5j/uRAAcFVQOVAPj/a/t++HT5lPwxAOgB+/++/eD6yffz9mD7BQP5BQcDGAAu/1b+0AD5AdwATwCDANL9Dv75ACMCO/+a/k4EXAWBA/oC7QLCAVH+MvxP/8kDPwO+AuoEKwFS/Mr6DQDlA4gFCgQIAfT7Ofi59DL5LgHJBNYHuwa2Af77evQa9I/60ACdBl4KwgfCAE33gfTi+l4AsgHpB4QLsQeSAJ/21fPN9u3+ageiDQoQjAfE+2/y4PFw+b0D5gtyDnsMQAVc+370s/I59Vf+UwdADSsOQAjT/oD1JvD28Xf44wJyCJMKgQdVAob9uflS+839Ef88A+YDkgD2/ZgAtQECAav/FP0G/Y//RgJaAlcAxQN0A6z+DP4mAWQBMf/Y/br/dQLaAmUBvwCtAFz+B/it+Xv+EAGeAbkD7AH3/qD8UPzS/8EBNgLcApUAAv9qAAwCpwJCAq0CQQDj/L76bfwZ/9sB/gU6BrQEmgMiAA37gvgF/I//gwEyBJMHOwaUAZD+BP3u+5j8gf1C/WsAWwLWAKoAowEu/6z6Bvu0/u3/Wf67ABQE+wNkAeT/1/6k/7n++v29AbsCs//0/aH9vf+CAq0BrAEJATMAX/5e/r0ASQMnA+sCsQL7Atf/mv0C/o//2P9T/1ADiQVwAXP9RP6B/wj8QvrK/tMCNgJQAMoA/f/L+VT3XPzrAjAFlgRmA3kCof9W+4P5X/3iAlEA4/0PAvQD7QB+/3oDlgVvAosBCAGoAC8BqwD5/b8BjAVyBNoAI/+I/I34qfgt/kwDNgaNBgkDY/6/+lz7jwDDARcAhv4DAVABrv11APQA4P9r/iT+yQBgAHj67vub/gEANQHKBKgF0AIQ/cr3LfkM/Gf/DwOfBhcJPANG/kj/4ACqAAEBBANKAh8Arvyy+BP6V/7jAv8GngebBCv+6PmG88f1ffzmAXMIKAutB1j/DfaW8a/y0PcDA0sLLQ3rCzQEhfll9Qj3s/l4//QHbw0tCgsDGf7N+hz27fTB+AkEPwv+DDMLzAXO/pv44Pdt/gYCXQQpAyIFPwIG/r/9XwCpAfD+1f0x/x39jfra+o79RgFkAqsCjgK3AVD+dvrB+L/3kPsHApkFuQaNBUsC2fqX9Zn6Kv9RApQFuAa3AyX90Pl1/NX/sAEMBcYJkgdxAvMBt/8//Br8Vv9hAYsE3AK6Al8CHQGY/sv+VwBXAQIAlQEgAJr+Ev4B/nv82P2t/eL8nQC5AO//2f4p/xX+Y/z2+x4BvwMRAcYAQ/8y/d77QP7p/+YBPwJvAtoAkv6z/30AtwFDBtkGDQOUAjgDLQK+/wAADwA3AUoCkAM8BKgBIf8U+JD4U/zgACYCWgUnBWYCN/xX+HD7MfqC+0L8FP8RAD3+Lfso+zb/pf32/YP/hQPGAnL9g/zG/Or7Xfs+/0cGeAcgBQYCFAEsAHL+DAHKBdkHNgdHBDcCif9c/tD/swEcBCUELwP4/63/d/18/vUAkAFuA5cB/gDP/BL8rPsz/Un99fzq/18Ahv74+877uvo6+UD7p/1DAGQA5gA0/ub6mf1z/wT+qv/cARwBPgAtAmoF4QRkBZwGsgVBAgwB3wPUAjIChANsBmEEaQVrBSYFMwKhAUr+JP6I/rz8j/qs/G3//QDPAoUDef+j+yn4KfbX9WT4O/0//yf/J/3x+oL60foK+6z5tfwY/D38BP5I/oP+MP9EAIwBw/9PAEoBbAKBAO4CWwPOBSIHFggzCVYIkQVIBK4DHAQzAnQDuwPNBLcCDf0T/0r+5/+O/Sf/2wGWAboCqwCh/eH6N/n097z4w/2z/gj/rvxy+9b3bvXy9tD3ufsz/iECSANvAHv+HPyP+sf6N/vs/+YDtwUbBDUEYwSuA4QCuwL0BXAKDQmiCvcJ/AftA7P//wG1AqcCpgHdADoA0/7H/cf9Uf6s/3v+7/42/pf/D/4r/Mr7Fft8+lP57fni+Rb7ZvnJ+L/6EPoU+of6ivyh+zD7JPxR/Pj70fyI//kAeQCtAB0C5gXqA5sCOQWWCBQHigemCvUKMwvsBwYJoQVeBd8AsQEBAr8DsQB4/ukAkPys/V383v6l/mb+Rf+z/t/8nvvb/Mf64vuu/HL8r/gl+MD36fUl9RL3Xfza+9D9R/65+yb6SfnJ+677LwHzAoADQwO8ASwBdgBOAqsEUgckCfkJkgg/Cv8Iiwo5CcEH7Qb9BaoFuwBDAtD9f/w7/ov8wv6L/54Bi/+U/ur+D/04/Fz7Gftq+037z/ox+g765/m09033F/ie+KH5hvm7+h767fnF+w37lvtY+378ev7T/gQA+v/+ACEC+QCZAq8FgwgcDIsKJQruCJsGPQfsBxYM6wvvCdIIeQZrAiT86/no++n8ef7y/9gDuQUpAq7+x/x4/E/79vlF/Hf9kP4L/Yr8NPvZ+bH3xfSG9e32Evg1+Vv74/12/iP9H/wt+9v5f/cY+UD7Vf4NAkEEnQY/BlEFCQPxAZEF3QZWCc0IwgrOCcYFtwhKDqkPOQqWB4YKUwS5/NX0APpK/Yr4Cf9RArgK/wZ5AQoC2vyl+2P4yvfG+8z8if2n+zT75vtV+HH2dPYe+Tv62Pj/+Yj8+fzD+bb4ffqR+n74Nflx/MH+0/8NAPwC/gOzA8wCPwIdA1ABmwP5BSoIHAxUCyIMZQ2XDWARXxJkEBsNIwaQA/T53vKZ88P1jvel+18CfwfvCd0GHAUDAmb9W/vO9nj4Kfq1+fv5Zfoe/Dr6pfiW+Lj4E/lr+Hj5Wvpz+in6ifnl+q/6HvuS+zv8Ev2G/TL+pP5YAPMA1gA2AXYCLAIbAh4ELgV0CEgMuQ5bEFYR0hAQDxARwg9ED0MKCQeJBLL86Pfp8rjyXvZS9lD+egYDCeQLTAjBBkwBcfo8+JX04fX699z4Svyx/PX8M/vA+Bf5Nvem95z3jPhB+s/5L/m5+L35dfme+WD78/zI/iL+D/9N/+z+Zv7p/Q7/IgCBAVsDUgXJBg8IwQqRDAcPChH8EOkSBxJ7E68VxhHWDBMGZP8N+Lbvf+zF7/zy2PnkAKsJMhCnDZ4LmwW5//75qfIb8yr0pfZP+TX56vzI+yD5APgB9zj5Afig+Jf6k/tS+0z4rfhC+Ub5UfpM+wL/jgB7/5D/s/79/ev7L/qB+z39+P+HAVoEbAhvB2QIXQruC0oO6xANFUwVvhZFFp0XOBP1C44EVfwn+BbteOlb7n7ySfir/bgHmxBUDlwMXAgqBID79fNa8oTzKvW19K75mP3P/Rr9vvrK+4H53fbt9nz1e/hn97n20fkG+rT6RPvJ/OcA5v+7AIgAFP5j/cj5TvjI+GD5nftP/rIBwAToBRsHeAfZBr8IRAscDqMSgxbKG7EZiRceHAYXcQvwAzb9bffh6aDjx+pY7gb2sPzQBwEVPhUMEfQM6gdG/2fzCO9Y8OfwdvLW9Xn7xv5k/s78lvzq/K/54veP96P4X/hM9pn36/gQ+hf6tfqf/k4AZP9z/yf/Tv5f+874afgr+UH6D/wo/jkB1ANSA4UDrQSiBWYGLQhzDXcTRBeUGucbbByXGIAZ+hNXDOsES/my84vpKuTr5srqofZJAKgLDRamF70X1g64Bhj9VPPp7iHt++/v8jf32Pvz/XX9jPyO+wj5r/jO9633Tfl7+az5w/mM+E35xPgE+Qz7HPws/sr/Zv+V/0H+/PvU+pT4pfjU+PX5+fvN/Xf/qABfASsD/QTjB54KTg/RFL0YHhwgGxAcLhjpE8UUjRGbC1AEcv3e9gzuyuYA6dzsF/Rx/SgHVxPVFigVuw9aCpYAOPbc7zLuZu+B79jyBfiQ+j374vlf+sz6+fj1+Aj5+vq4+4X5zfrf+pr5n/hT+FX6PPvJ+m38bv1A/ff8ifuz+8L7lPpM+iT7KPw3/Cb9Pv7s/1MAnwKmBd4H7wyEEGsVgxgZG34bLRuyGQoUcxbXFbgQfglPAob8dPGz5s3kMedP7in26QBvD9EXqxg8FPUORgYa+qjwk+0B7e3tpPBT9Vj69Poa+g/5d/kY+cr3gfjD+gn91/sc+/76lfl2+MD1XvfW+Eb6UPy1/MP+b/49/BH74fmJ+SL5gviz+gn87vzN/dr96P/2ADECvgWXCeMNdREBFToYsBkzGhQY1xj/FJkU9xZxFaAR3AlWA8b5m+1I5njkXefE7j74RAYtEmMYrRjXE4UNzgEV9q7uP+vU6hzsGPGK9nH6avt2+7T69flr+Qn3hPi4+Yf6Bfqp+fX5x/lc95X3rfgK+cH7a/qa/H/9Pvy7+336xfuU+4r6o/sq/Ir8JPyl+638yv2t/ykCmQUgC+oOjxGXFDwX6BjQGOsYixcQGI0ThhNTGKwU7hBhBzECf/pL7EzmHeX16abw+vctBowRWxeTFegRpwwzAgv3s+8a7fLre+yo73/0M/ii+fT5Tfpg+pj5Z/ik+Jf5nfki+ab46fiH+Az44/dp+JD6m/vA+878z/2E/Qj8nPqF+sz5Hvkh+Uz6RPxR/d79Z/+KAUgCZwNsBUwIowvXDaEQMBPSFNEVFxUlFaIUPBXHEtwV2BmRF2UTJguyBBP5puul4+rhDubE7Cn3ugWxEvQYIBi/FI4N3QH39YvtJeqd6W3rqu+u9d35vPvK+976KPo1+Or2W/dj+CD6cvrF+vL7efox+U74Mfg1+R/5aPp5/DP9Y/0J/Tz8E/zV+rL5G/qx+kL7zvvc/Bz+Cv/g/2MBzwNFBokJHA2tECsThBTpFCEVjBT1EuASnBQUE7wWfxpaGSkV4guGBNn3cOrQ4iThx+Un7Qf4gQa5EhQYSRfkE7EMWQEt9g3vG+xl6qTrc++I9Cb4L/kh+nf6V/om+SD4h/kV+gT5v/nU+aH5yvlZ9934APnw+Cn6CPry/HX8hvz7/Mb8a/wc++D6Efq9+U75v/n5+nT8vf4DAfYDmgYLCY8LGg2bDqEPIBA9EDEQZBB2ElkS6hNNF7sWmhpxHBoamBUvCg4COfYB6Zric+Bw5pjusvjEBl0SPxj9FiUSbAuwAAL2tO7t68DrDu268Hf1P/mq+n36ffve+gv5uPeQ95j4PPgp+NT4b/k3+oL46fiP+Vj6XvpL+h/8JPxd/If7jfti+2/6g/kx+bD5C/rW+tj7Bf7K/58BcQOXBEwHwwhXCgQMtQ2HD5oP6Q+WENERohJ3EqcWNReGGM8cIRwaGrER/gjS/rLw0uaY4UXi1edi8LH8hgnAEyMXGhZbEgUKZ/9+9abv9+us6lbsRPDd9C/4tvm6+mj7f/mj+CL4v/f+9874I/kV+l35IPrx+Rb5+vmy+fP5kvqD+ur6Yfu+++v7Afyb/B38qPvi+s/5IflE+fD5qPuV/nMCAQZZCeIM+g7FD8MPRg84DoMNMwwhDWoPTRFOFJcYFBmzGygdjxpyFHsJVQEt9mnqtOPy4QznXe6c99EDNA8TFqUV5BF2DHMDkfif8HXtLewB7QHwB/Vk+Tn7v/ub+3/6YPjT9Tb27/UL99f4R/ke/Jv7mfwa+yT6h/rD+MP5HPnd+vv7PfwH/YD8av2H+1j6a/kp+bv4dPgE+n38b/+NAbwEnwehCewKCgs8DFsM5gzpDP8MeQ3/DqYQwREuFCYYlBZiGq4crhoDFtMKAgXz94rr+ORw4b7mQ+zT9XgDRA7CFdEVoRNqDhEFCPtc84XvX+1P7dPvhvM79/74jPnB+hr6uvmQ+Aj4svkb+GL5h/m2+NX6b/jQ+VD5w/g/+9T5efwM/IT8bf0B/HP82foX+hj5Ivgm+Cn3ZvcT+cL6kv17AJgEkwiICmYMdA1XDTMMOQtBCiEKmQmxClAN3A+2EmAVIRpYGQAbAhxPGO8S0QeJAGz2WOtR5qrkmelX8Lj43wQPDsMTDhTqEL0LzwI6+kXzZO/s7YHug/EO9b34v/pr+4z7dPo5+Sv3ovZu9jf3b/jp+BL7+PqW+xH6f/pb+yb6H/ot+ub7wPpn+277kfv++2n5rPn7+BX5P/mb+GL76PwS/0oBwQN4BusHAQnmCdIKwAqBChALDws/C2MLnwxbDygRpRN+GIoYdBkIHDYZCRVWCkIDEvug7vnn/uRh6JLt3POY/5UKwBEPFIcSKQ/SB2z+lvbb8X/vBu+N8A/0vvec+fT50PmG+Ur48/br9tz3efkJ+uf6+Pso/G37pfmt+XD5yfjK+B/5f/rT+kX7LPzP/D39UvyW+zv7Vvon+Vv4fPiY+Rr7zP0zAXkErQdKCmgLSwz7C7YKIwoyCScJGAmFChUOxRDVE20WfxpeGIAYghkkFUQPFwWs/2L3l+1y6aDoUO128lP5hAPnCzsROhH2DhcLVQQz/Mr1b/LQ8KXwBvLz9BP4kvmc+bL5n/mj+FL3Q/dZ+A35vPmi+qr7D/xT+5T6Nvq9+dL4FPn3+H75gfoO+9T7rvsO/cX8k/uo+9L61/oq+W755vqB/CX/SwEwBWwIIgqLC4UMhQw5C/YJ/wmaCTcKGgwfD7wSKhS/F6cYHBaSGFIVeRFjCcQBkP2f8nLsIup466HwF/Qs/dUGYg2TEF4Pmg2sCM0AYvnv9KnyQ/F+8dvzLvfF+AX5Y/kI+VT4E/ej9tf3A/l9+or7uPz7/LL8BPtU+X/59vdA+JX4xPmy+yv7xfwr/fr8Wfyn+iD7SfqH+aL5JPqg+8/8/P7WAbUE2AbHCBkKeQpTCvUIvgi0CJIIoQkQDKIPSBMOFfUXOhr6Fj8YuBVLEQoLWgIx/uD0I+507NjrN/Cb9ND7qgSuCswO6g49DSkJDgM6/E/3KfT18fXxCfMr9Xb3Ofgg+UT5IfnN+AX4mPg0+bD5e/oB+1L7Z/uR+sn59vnM+QT5YPmz+d/69Poh+7T8WvzL/Gf82ftF/AX7gfpK+qn61/s7/QcASwM1BnMIUQqVC1ULzwpjClgKSgrqCoYNFRCeEmMURxfLFyoV7xVvE3MOlgeBAWn8OPSK7sbtL++78jv3qf6vBqgLnA1uDbYL4AYkAOr5WfbG87Hxa/J19ML2Ovii+E75Uvlm+Fj36/aO9xj4hfjm+fv6jvuN+9D68vpR+nX5mvmf+WL60fos++/7RPx5/Hn8MPz++7P7n/su+//7hfy+/aj/fQE2BP0FjAiBCucKogvoCwEM2Qu8C14N7w7nECYSuRR2FVYUsRQtE1EPnggTA9D9CvYC8W/vlfBa8433SP5xBJ4JwAsnC4oJ/gV+AF/74vfc9Wf0I/Rj9df24vdA+Aj4aPj59xv3Zfcv+Pj4zfls+jz7sPvq+uj61/nf+e353fju+Tj67PrD++f7Hv0i/XD9Ev2v/G/83fuG+5L7Zvxa/W//dgGhA0AGUAjWCdEKsQuSDGsM0gxSDkcP9BDBEbUTkRTcEkAUthLxDpUJVgOI/4T3ZPLY8ZDxzPQC+Gf+wARsCFILmgr5CLYFPAB5+9f33PUT9AL0jvW198r4+vhN+sj5sPjM97X2affq9lH3s/g2+Tn6/fke+sz6ifpM+i37Uvvl+xr88/vN/Mn79fvB+xb7zvtH+wD8g/yA/bP+2/95AUYDSgXjBhQJgQpiDNkMVQ0lD4MPDBCJEPMQeBJcEKUQIxLCEFANqgjMBTQAIvk19c/0IvU49qH6IwBkBbAI3ghbCX0GeAKP/Qb5uffr9RP1XfYI+P/5BPqm+aD5Z/hK9gP1z/SE9fP18fbB+G361Pr3+hD7K/sF++f5a/p4+gD7L/t5+9H8Iv1W/Vr9zP0S/nL9cP2Q/Sz+nP5v/4YBUwMkBWsH8AmfDEMOkA9lEZ8RXRGzEBsQdA8EDfANgg5fDLAKDQd4BSYAMftL+Wz3Evhn+CP8OgBuAzwGxga5Bt8EiAGT/fv5LPhN9gf1R/ZN+FT55fmG+s/68fjs9iP25fRu9H/0PPUU9z/45vkA+xT8TP0z/dn8svwS/Ev7tvqx+gL7Yfv3+838nP2G/mH/mv/YAE8B7wG0AngDxARqBv8IFgsODqcQ6xG+Es0RRRHvDpYL0wthC40KsQhfB88HZwQbAHj+1Pwf/AL7sPvB/wMBywJqA+4CbAOy/yf9Dvtl+ff45vYp+B75N/lP+bv43PiW91b2v/VY9b31v/WB9q333/h1+QP6w/pi+6n7k/sv/Fj8ZPwd/PP7XfxX/EL81vzp/fr+vP9FAa0CjgOnAz0EFAWIBeUG4ghkC9gNrA8OEbYRJBGoDxgOCQ0UCzEJ6wc0BmIEbwO2AUwAnP9Q//X+c/6u/0UAFQDDAHkA2gA3/yj+Wf3K+xf7vfme+ar5ePmw+bb4gviz96v23fVQ9cf1s/Xf9ev2qvd3+C35y/m3+jz7r/sl/D782/ys/Hv89Pz3/An9Tf0G/tH+Qf9RALgBhgIKBLAFGwdUCbgKJgxGDbkNIw7kDDoMcgxuC8ULNQyEDJgL7wmSCMwF7gImAD//sP2B/e/+4f/mAewBTwLQAeb/Bv9w/FL7cPqZ+cf5N/lT+h36y/l/+cL4PfjG9qf2UPYe9nf2TvYI9yv3ovdZ+BP5IPrB+or73fuH/Ij8RPxb/Gv8//x1/Wz+2/87AQwCAgPpA9UDugMuBCoFYwYECPYJ9wvUDeUO/Q7PDnkOIA31CwMLJwm5B/gFJgV5A3MBTgG+AHUA/v+AAL8B4wC4ACcAcP+I/t38aPw7+xz7Xvqr+c75efl5+S34Pvg6+Cr3pPbO9mj3A/cE9/r3e/h9+Jn4Y/mp+Qb6Mvoy+9v7Q/wS/SH96/1t/pf+Hf8OACQBgAF6ArkDPwSkBLMF5wZtB6YI7gkrC/wLNAwPDbkMuwx0DJULpAphCDwH2AWWA8IBLwEnAbcAqAC4ARcD+AIhAu0BwABJ/+D8WPve+tj5RPkr+RP6Evux+nT6vvri+bD4JPfI9uP24PUN9gf3GfjT+DT5YvoR+9T6jvrL+u36AfsX+9r7//zh/bn+/P8iAcUBVgKFAgMDgwNMBGEF6QaICLwJywqbC64LcgsYCxsLJAuDCg0K1AgICEIH6QRoBOsCUgL0AV4BcAK5AZQBSgGm/+7+yv2//Ez8tPvn+5f7EPt2+/H6O/qz+TP5zfgo+Af4F/gI+AT41/fL9+P3Ivhc+Jz4VfnE+V/6H/sC/NT8Kv1I/iz/eP8rALQAogHiAf4BogIAA40DVwQ/BWkGhQcQCUMJCAr7CiALLAvuCuoKQQn4B9kGTQURBK8CqQJLAnECCwNtA7gDLANiAu0Aq/9a/q38D/yl+wX76/rw+ib72frN+rj6SfoZ+p35c/kZ+dj4pPhm+Lb4rfj4+Gz50Plc+q76SfuH++L7zPyA/T/+Av8MANMAPwH9AXcCqwL/ApkDMQQuBecF7AbJB+gHmQioCJgILAmRCCcI9AY+BpUFjgPzAuACnQJaAjcCOgMpA0cCDAJQAU4A/P7y/Uj9+/xw/Pf7FvwK/LL7NvtT+1r74vrI+pH6iPoY+qf5WvkZ+RL5Ffk9+QD6+vqC+3v8Yv0z/l3+Tf6b/ur+lf+f/0gAbAEDAt4CkANSBO8EWQXyBRQGkwZtB2MH9gdOCF4IRgdhBiMGxwQGA3YClAIKAs4BkQIcAzMDegLzAeoAqP+L/tH8W/w7/OX7+vtN/BP9q/w8/IL8zPsQ+2z67/m9+UP5TflU+bn5Pvqr+mv7gPwQ/Yz9KP6I/lv+VP65/gn/av8sABoBrgGJAiYDjwO8A8UD9QP7A20EEAXNBYEGPgfvB4sHCAcgBkoFqQOBAhMCrAGvAdkBogK8AmICCQItATIA0v4G/mb96PwG/eL8NP1b/WX9fP1P/U/9wvwg/N775fpW+tT5mfnW+QH6CPv5+/T85v1r/pn+pP5N/tb9oP23/Ub+xP45AG8BIwIuA08D0QOJAxwDjANtA/MD4wOQBJgFigW4BZwFkAXLBAUEtwP2AlgCsQFhASgB4wDXAMMAyQDVAEQA8P9p/wD/L/5p/Vv97fzP/M/8C/2K/UT9fv1F/dv8ffyR+2D73Pqv+uP6cfuH/DT9df49/6X/zv98/yr/ov5x/j/+mf5E/xkAGQECAiwDdgOnA+gDbANmA8QC+wL8AvwChQOoAyIEUQRIBC0EygPZAuoBKAGGAB4Azv8+AKAAigDGAGUANgBd/1f+C/47/fj8Av1G/dP9B/7G/rj+jf5n/tL9XP3D/Lv8nPyq/Dr9mf0l/pX+J/9e/4D/3f+7/8//0P/G//T/EgCXAOEApwEqAoUCzgKLAlkCogEMAW0ANQBeAIYAPAHZAVQCvAK7ArsCKwKdASEBWgAQAKb/ov+k/7z/FwACACIACQDZ/1b/3/6C/iP+1v3S/RT+Xv7J/g//Z/+Q/3X/W/8O//r+oP5v/oD+sf7g/hX/m//h/xMAJAA+ABkA4f/s/+H/6P8eAIYACQFTAdIB6gHNAZEB9QCfABgA9v/1/wcAfQDKACoBjgGqAZMBbQEQAcsARAAKAMX/kf+f/3L/mP+j/7L/r/+A/23/Iv/7/sL+wP6v/rP+7/4v/0z/cf+4/8v/rv/X/+r/x//r//b/BgDz//X/FgDg/+P/0v+s/9P/qP/E//X/OgCDAJoA+gD6ANIA+QCdAHMAPgAjAA4A8f9JAFoAZACrAL8AtgBuAD4ABQDH/5v/qP/F//j/GABLAFwAOwAYANr/sf94/1z/dP96/5v/tP/E/8X/qP+b/2z/T/87/zb/TP9l/5v/7P8TAEwAewCaAJUAcQBrACwA5//u/7n/0P/k/xwAZQBaAL4AtwCCAIAALQAjAMb/w//l/97/LgBMAJ4AxwC2AMEAkgBeABIA4v/R/4T/mP/X/wkAGwA9AGwAFADA/5j/Yf8i//j+Uv9//3f/4/8rAFIAQwBGAGcA5P+R/2//LP/6/vj+Qv+E/63/EwBSAEMAVAAVAPf/t/+R/7D/qP///1IAqQD6ABIBJAENAcgAZgARAO3/oP+R/8b/8f8TADoAjgBsAFAATgATAPL/rv+p/5n/cv+4/8z/3/8qADoAUAAmAB4A/P+P/3b/WP9K/1P/g//P//T/DgBRADwAJAApAPD/6/+5/9//5v/V/zIAFQBKAGEAZABsAFIAagA2ABwAKQACAPD/+P8AAPX/4P8TAAgA7f8CAAAACADj/wYAIwAiADwAWwBtAFYAUQAtACEA5f+z/6f/jv99/4L/z//i//L/KAA1ABsA8f8CAOb/vv/N/9j/8//y/wIAQAA4AEEASAAvACMA4//d/8L/kv+V/4X/lP+l/8f/6f8AAA0ACwAQAAgAGAAVABgAFgAXAB0ABQAWAA4ACgAFAPv/9f/o/+j/6P/p//7/EwAgADMAVQBZAEkAWQAzABYA+v/z/9v/tv/g/+T/5f8QABQABwDl/93/vP+I/5//o/+r/9//BAAbACEASAAuAAsAIgANAPv//v8ZAA4AAgAiADAAFAAcADAAAADn/+z/5/+4/9T/9//k//X/EgAhAAwAHAApAAcA/f/5//D/5P/i//7/+P/w//b/+P/o/9//3//Z/87/zP/b/+z/9v8IAB4AJwAjABYACgD//+//7//x/wAAEgAmAD8ATABIAEYAOAAaAAcA9v/4/+v/8f8DAAcAGwAqADUANwAxADIAIQAVABEACAAHAAcAGQAYACkAJQANAAcA4//N/6H/lf+Q/33/if+i/7n/xf/e//T/6f/P/9T/vv+e/57/o/+u/6//3v8DAP3/GQAeAAwA6//Z/+r/0P/Y/wwAGwA5AFAAdQB1AGgAeABgAEUALgAfABUABQAQABQAHgAtACsAMAAqABwACgDz/+z/3//j//b///8QABkAHgAQAAQA+P/c/9P/yv/M/9X/5f/8/wYAEgAPAAoAAgDs/+3/5P/d/+D/7P/2//T//f8FAP7/7//v/+z/4f/c/+b/7v/p//r/AwAIAAsAEQAWAAcAAQAAAAEA/P8BAA0AFQAgACMAMgAvAB8AHAAQAP3/9P/x//f/+f8HAB4ALQA4ADsANQAmABYABgD0/+v/5//l/+3/9f/5//z/AAD+//T/6f/g/9P/yv/U/9v/2P/l//P/8//2//r/+v/t/+z/9//t//L/+v8DAAEACgAZAA0ACwARAAwAAAD//wEA/P/7/wsAEAATACEAIgAdABsAGwASAA0AEgAOAAwAEQAWAA4AFAAXAA0ACAADAAAA8f/r/+//4//h/+j/7//3/wAABgAKAAMAAAD2/+f/4f/b/9v/3v/k//H/+f/+////AAD///3//f8BAAAAAgAJAAUACQAMAA4ADQAFAAcAAQD5//n/8//s/+n/5v/i/93/4f/l/+L/5v/u//H/8P/x//n/9//6/wAAAQAHABAAEgASABgAGQAZABkAFwAaABkAGwAeABoAGQAVABEADAAKAAYAAAABAP//+v/3//P/9f/z//D/9f/1//P/9f/8////AAD/////+//3/////v/8/wAAAQAGAAUABwAJAAQAAQAAAP/////+//r/9f/t/+f/4P/b/9//5P/o//D/+P/9////AAAAAPv/+//8//z///8CAAUACAANABAADgANABAAEAAQAA4ADQAPABEAGAAVABQAFgAOAAgAAgD///f/8//z/+//7v/w//H/8P/v//H/7f/p/+n/6P/m/+f/6v/t//D/8f/y//X/9v/2//X/9P/z//X/9f/2//X/+f///wEAAQADAAYABwAHAAkACQAGAAcABwAIAAkACQAIAAYABQABAAAA///9//v/+v/9//3//v8AAAEAAAD//wAA/v/9//3//f8AAAAAAgADAAIABAACAAMAAwABAAAA///8//n/9P/z//L/7v/u/+7/6v/r/+r/5f/k/+L/3v/b/93/3//h/+X/6v/u//P/9//6//3//v/+////AAAAAAMABAAEAAYABwAIAAoADwAQAA4ADwAPAA4ADAAMAAkACQAIAAgABgACAAMAAwADAAEAAAABAAEAAQABAAEAAAAAAP3//f/7//j/9v/1//T/8//x/+7/7P/o/+b/4//i/+H/4v/g/97/3//g/+H/4v/j/+T/5//p/+v/7v/y//T/+f/7//3/AQABAAUABgAIAAsACwAOABIAEwAWABUAEwARABEAEQAMAAwACgAIAAYAAwABAP///v/+//v/9//2//L/7//x/+7/7f/s/+z/6//r/+3/7f/t/+7/6//r/+r/6f/q/+f/5//p/+v/6P/p/+b/5f/l/+T/5f/l/+X/5//q/+v/7v/x//L/9//6//v//f/+/wEAAwAFAAkADAAOAA8AEQATABMAEwATABQAEQATAA8ADQAMAAkABQAAAP//+//7//n/9f/y//D/7f/t/+v/6P/o/+f/5f/k/+X/5f/m/+f/6f/o/+f/6//t/+3/7//x//H/8//z//P/8v/y//P/9f/z//L/9P/2//X/+P/4//n/+v/7//3//v8AAAAAAwAEAAYABQAHAAkACQAJAAsACwALAA0ADAANAAsACQAJAAgABQAEAAIAAAD//////f/5//n/+P/2//X/9v/0//T/9v/3//b/9P/0//X/8//0//P/8//z//L/8f/w//H/8//y//H/8//x//P/8f/0//T/8//1//P/9f/3//f/9//7//3///8AAAMABQAHAAkADQAPAA4AEQASABQAFAAVABcAFQAZABgAFwAXABUAFQATABMAEQAOAAwACQAGAAQAAgABAAEA//////z/+v/5//f/9//2//b/9v/1//X/8//z//L/8v/0//P/8//0//T/9f/1//T/9//3//X/9//4//j/+//8//3///8AAAEABAAGAAcACQALAA0ADwAPABEAFAAVABcAGQAbAB0AHQAdAB4AHwAdABsAGwAaABcAFwATABIAEQAOAAwACAAFAAQAAgD///7/+//3//f/9P/1//T/8v/w//H/8f/x//L/8f/v//D/8P/y//H/8//1//T/9v/6//n/+v/+////AQADAAMABgAIAAkACwAOAA4AEgATABEAFgAWABgAGAAaABoAGgAZABsAGgAXABkAFwAXABcAFQAUABEADwAMAAsACAAHAAQAAgABAAAA/v/6//n/+P/2//X/8v/x//H/8f/y//L/8P/u/+//7//v//L/8P/y//X/9f/2//j/+f/9////AAAAAAIAAwAEAAgACgALAA0ADQAPABEAEAAQABIAEgARABMAEQASABQAEgARABIAEQAQAA0ACwALAAsACgAIAAcABQAFAAQAAQABAP/////+//z//f/5//n/+f/4//b/9P/0//L/8//z//H/8//x//L/8v/y//P/8//1//X/9v/3//j/+//7//7//////wEAAQADAAcABwAHAAkACwAMAA0ADQANAA0ADQAMAAsADAAMAAsACwAKAAgACwAHAAYABAACAAQAAQAAAAAAAAAAAP7/+//7//v/+v/4//f/9//3//f/9v/2//T/9P/z//T/8v/x//L/8f/y//L/8f/x/+//8v/z//L/8//0//b/9v/3//f/+P/5//n/+v/7//v//f/+////AAAAAP//AQADAAIAAQABAAIABAADAAAAAQABAAEAAAABAP/////////////8//v/+v/5//r/+f/5//n/+P/1//X/9f/2//T/8//z//H/8//v//D/8v/v//H/7v/t/+//7//t/+3/7v/u/+//7v/v/+7/7//v//D/8P/x//T/9P/1//T/9v/3//j/9//5//v/+//6//v/+//7//v//v/+//7//f////////8AAP7///8AAP3/AAAAAP///v/8//////////7/+//7//z/+//7//n/+f/4//T/9f/z//L/9f/0//H/8v/y//D/8P/v/+//7v/t/+7/7f/t/+3/7v/w/+7/7f/v/+//7//w//D/9P/z//P/9f/1//f/+f/6//z/+//5//z//f///wAA//8AAAAAAAACAAIAAgACAAIAAwAFAAMABAADAAQABQABAAQAAQABAAEAAAD////////////////+//3//P/9//v/+//9//v/+//7//z//f/7//z//P/7//7//f/9//3//f///wAA//8AAAEAAAABAAEAAQACAAIAAAADAAQABAAFAAUABwAHAAgACQAIAAgACgAKAAwADAAIAAwACwAKAAsACgAKAAsACgAJAAkACgAJAAkACwALAAoACAAHAAgACAAJAAcABwAGAAYABgAFAAUABgAGAAYABwAFAAUABgAHAAYABgAHAAcABwAIAAkABwAJAAkACgANAAsACwAMAAwACwAMAA0ADgANAA4AEQAPABAAEQARABAAEAARABEAEQASABIAEQATABUAEwATABIAEgAQABMAEgARABIAEwARABMAEgARABEAEAAQAA8ADwAQAA8ADgAPABAAEQAQABEAEAAQABEAEgARABIAEwARABEAEQASABIAEQARAA8AEAARABEAEQAPAA8AEQAPAA8ADgAPAA8ADwAPAA8ADgAPAA8ADwAPAA0ADQAOABEADwAPABEADwASABEADwAPABAAEgATABQAFAASABQAEwAUABAAEQAUABMAFAARABIAEgATABMAEQARABEAEQARAA4ADgAPAA8AEAAQAA8ADwAOAA4ADQAOAA0ADAAKAAsACgAJAAkACAAIAAgACAAJAAcABwAGAAcABgADAAUABQADAAQABAADAAMAAgAFAAMAAwADAAMABAAEAAUABgAGAAQABgAEAAYABgAEAAYABwAHAAcABgAFAAYABQAIAAUABQADAAMABwAFAAUABQAEAAUABQAFAAQAAgAAAAEAAAAAAAEAAAD//////f/9//3//f/7//v/+v/4//f/+P/4//f/+P/3//b/9//1//X/9f/2//b/9f/2//b/9v/2//f/9//0//b/9f/2//f/9f/3//f/9//3//f/9f/1//X/9f/1//b/9v/1//T/8//1//X/8//y//L/8f/y//H/8f/x/+3/7v/v/+3/7//u/+7/7P/s/+r/6v/n/+j/6P/n/+f/5//l/+X/4//j/+H/4f/i/+D/4P/g/9//4P/f/9//3v/g/9//3v/e/97/3f/g/97/3v/f/97/4f/h/+H/4v/j/+P/4//j/+P/5P/k/+T/5f/k/+P/5P/l/+P/4v/j/+P/4f/g/+D/4f/i/+H/4v/j/9//3v/f/9//3f/c/9v/3P/c/9v/2f/Y/9n/2f/Y/9X/1f/V/9L/1P/S/9H/0f/R/9H/0f/P/87/0P/N/8//zv/N/8z/zf/O/9D/0P/Q/9L/0f/S/9P/0v/R/9L/0//T/9T/1P/S/9T/1P/U/9b/1//T/9T/1f/Y/9f/1//Y/9j/2P/W/9f/1v/W/9f/1f/W/9b/1//X/9b/1//X/9b/1f/X/9f/2P/Y/9f/1//W/9X/1//X/9X/1f/V/9T/1f/U/9X/1P/X/9n/1//Z/9n/2//a/9n/2v/a/93/3f/d/93/3f/d/93/3//e/+D/4v/g/9//4P/f/9//4v/h/+H/4v/i/+P/5P/j/+T/5v/m/+b/5//l/+b/5v/o/+f/5v/p/+r/6f/q/+v/6//r/+v/7f/t/+3/7f/v//H/8f/v//D/8//z//X/9P/0//f/9//3//n/+f/7//z//v/+//7//v/+/wAA/////wEAAQABAAMAAgABAAIAAgACAAUABQADAAQABwAHAAUACAAHAAgACAAGAAkACAAJAAsACwALAAsADAAOAA4ADgARABAAEAASABIAFQATABUAFgAVABcAGAAZABoAGwAbABwAHwAfACAAIAAiACMAIwAjACIAIwAlACUAJQAmACcAKAApACkAKwAqACoAKwAtADAAMQAxADEALwAyADMAMwA1ADYANAAyADUANAA0ADYANwA2ADYANgA1ADcAOQA5ADgANwA6ADsAOgA8AD0APgA+AD4APwBAAEAAQQA/AEEAQQA/AEEARABCAEEAQgBCAEIAQgBDAEMAQwBDAEIARABFAEMARABEAEQARQBEAEQARQBFAEYARQBGAEYASABIAEgARwBHAEgASABJAEYARgBIAEgASABHAEgASQBHAEYARwBFAEMARwBGAEUARgBFAEcARgBGAEQARABGAEYARABEAEcARgBFAEYARgBGAEUARABFAEUARABGAEYARwBFAEYARABDAEYAQwBFAEUAQwBDAEQAQwBDAEIAQwBAAEEAQQBAAEAAQQBAAD8AQwBAAD8APAA9AD8APQA9ADwAOwA8AD0APQA+ADsAPAA6ADoAOgA4ADkAOAA4ADoAOgA4ADgANwA4ADYANQA1ADUANQA1ADUANAAzADMAMwA2ADEAMQAyADAAMwAyADEALwAvADEAMAAwAC0ALQAuAC0ALQArAC4ALAArACwALAAsACsALAApACoAKgApACcAJwAnACcAJgAnACgAJQAlACUAJQAlACQAJAAjACMAJAAkACMAIQAjACMAIwAhACEAIAAfACAAHwAfABwAHAAeABsAGwAbABkAGgAZABoAGQAZABgAGAAYABcAFgAYABcAFQAUABQAFAAVABQAFAASABIAEwASABMAEQARABIAEQASABEAEAAPAA4ADgANAA0ADAAMAA4ADAAMAA4ACwALAAsADAAKAAoACwAKAAgABwAIAAYABwAHAAcABgAHAAcABgAGAAUABQAFAAUABQAEAAUABQAEAAUABAADAAQAAgACAAMAAgABAAIAAwACAAIAAgACAAIAAQAAAAAAAQAAAP///////wAA//8AAAAA/v///wAA/////wAA/v///wAA/f////7//v////7//v/+//7//v/9//v//f/9/////v/8//3//v/9/////v/9/////f/+//7//v/9//3//P/8//3//v/9//7////+//7///8AAP3//f8AAP7//v///wAAAAD//wAAAAD//////v8AAP//AAAAAAEAAAAAAAEAAAABAAAAAQABAAAAAQACAAAAAQAAAAEAAQAAAAEAAQABAAEAAQABAAQAAgADAAIAAwACAAEAAQABAAMAAgABAAEAAgADAAQABQADAAIABAAEAAUABQAFAAUABgAFAAQABgAHAAcABQAFAAcABwAJAAgABgAHAAoACAAIAAgABwAJAAcABwAJAAsACQAKAAkACQALAAkACwALAAsACgAJAAkACAAKAAsACwANAAwADQAMAAsADAAMAA0ADQANAA0ADAAOAAwADgAQAA8AEAAQABEAEAARABAADwAPABEAEAAPAA4AEQARABEAEgAUABQAFAATABUAFQAVABcAFAAUABQAFAAUABMAEwATABMAEwASABIAEgATABMAFAAUABUAFAATABUAEwARABIAEgARABMAEwAUABMAEwATABIAFAAUABMAEgASABEAEQASABIAEgASABIAEQARABEAEQATABMAEwARABIAEwARABAAEQARABEAEQAQABAADwAQABEAEQATABEAEQASAA0ADgATAA8ADQAPAA4ADAALAAwADgAOAA0ADQAPABAADgANAA4ADAAKAAwACwAJAA8ADgAMAA4ACwAMAA0ACwAMAAsACgALAAoACQAIAAUABQAEAAUABQAFAAUAAgACAAUABwAEAAEAAwAHAAgACgAJAAkABwAFAAgABwAGAAYAAwACAAIAAAD9//z/+//+/wAA/f/7//j/+v/6//v/+//9//v//f/9//v/+//5//r//v///////v/8//v/+P/8//n/+//7//j/9v/7//T/8//v/+7/8v/z//f/8f/y//T/8f/u//X/8f/u//T/9//0//L/9f/y/+//7//w/+7/6v/q/+//7P/h/+n/5//o/+P/5//t/+X/5v/n/+n/7f/o/+3/5f/k/+X/6v/q/+f/6f/m/+T/5v/m/+T/4v/d/+H/5P/e/93/4f/V/9b/4//i/+L/6f/g/+f/5//m/+r/4//f/+n/5f/k/+r/2P/V/9X/2f/X/9b/3//X/9r/2P/X/9b/0//V/9v/4P/o/9//3//b/9j/3f/i/+r/2//g/+D/1//X/9b/3P/Y/9D/2//Q/9X/1P/V/9H/1//V/9X/3v/X/9b/3//S/9//2//e/9v/3P/a/9f/4f/j/+L/2v/k/+X/7f/l/97/4P/e/9j/2P/T/8v/yP/S/8f/yP/O/8b/x//C/9X/2v/V/+n/5f/m/+X/3v/i/9v/4f/w/+v/6v/i/+b/5//f/9z/3//l/+T/2v/f/9z/1//M/9T/2f/T/9r/4f/V/9L/0v/Q/9X/2f/g/+//5//i/+H/7v/q/+f/8v/r/+3/6//o/+b/3v/Q/83/zf/J/9T/zf/e/9j/yP/Q/9P/4f/i/+z/6P/z//n/9//3/+v/8f8AAAQA/f/5/+j/4v/i/+D/5v/j/8j/yv/Q/9T/0P/C/8P/wf/H/9P/4f8=",
            "ErrorCode": 0,
            "Msg": "success",
            "VoiceId": "s1_2GSzVAf00hl7+A+LJTNvVI6nFJB0qliIvR8wntPeaniVSstd7Z4E4UL8Hky3azMHVlDSps1zWW4nJ7ll9w==",
            "RequestId": "2f8fa58c-91e8-4564-8b42-490ececda193",
        },
        {
            "ErrorCode": 0,
            "Msg": "success",
            "VoiceId": "v1_jRFTM0hdReIsnPll+lDRCpW6+3Drq0RcmXwUTiCOGUiTuv3aNPOainIwzGPtKXaeLGs=",
            "RequestId": "15468f21-9d4a-4958-b652-454d6f7646ea",
        },
        {
            "ErrorCode": 0,
            "ExtInfo": "null",
            "Msg": "success",
            "VoiceId": "v1_25JMFPakWxb29UltZPWDnhjH4ZiBC7oIixVjas4PyllVSYvI8Be2oPHtNgR3kSou9BM=",
            "RequestId": "7accf8cc-8645-4fc7-b45f-1b0f24fccef5",
        },
    ],
    "TextToSpeechAsyncResponse": [
        {
            "ErrorCode": 0,
            "Msg": "success",
            "TaskId": "1300057393-DubbingAsync-fc3f52cf-f5f2-453c-882c-8847e5b2fe2f",
            "RequestId": "fc3f52cf-f5f2-453c-882c-8847e5b2fe2f",
        },
        {
            "ErrorCode": 0,
            "Msg": "success",
            "TaskId": "1300057393-DubbingAsync-0d810bb0-d78b-4545-b36e-eab983b40a6a",
            "RequestId": "0d810bb0-d78b-4545-b36e-eab983b40a6a",
        },
    ],
    "TextToSpeechResponse": [
        {
            "AudioData": "UklGRk5kAABXQVZFZm10IBAAAAABAAEAgD4AAAB9AAACABAATElTVBoAAABJTkZPSVNGVA4AAABMYXZmNTkuMjcuMTAwAGRhdGHKXwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAP//AAD/////AAD//////////wAA//8AAP///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////v///////v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//f/+//7//f/+//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//P/9//3//f/9//z//f/8//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//P/9//3//P/8//z//f/9//z//f/8//3//P/8//3//f/9//3//f/9//3//f/9//3//f/9//3//P/9//z//P/8//3//f/9//3//f/9//3//f/9//3//f/9//7//v/+//7//f/9//7//f/+//3//f/+///////+//3//v/9//7//v/+//3//v/9//3//v/+//7////+//7//f/9//7//v////7//v/+/////////////v////////////3//v/+//7////+/////v/+//3//f/9//3//f/9//7//f/+//7////+//7////+//7//v/9//7//f/+//3//f/+//7//v/9//3//f/+//7//v/+//3//v/+//3//v/+/////v////7//f/+//3//v/9//3//f/9//3//P/9//3//v/+//7//v/9//7//v/9//3//P/7//z//P/8//z//P/7//v/+//7//z//f/9//z/+//8//v//P/9//3//P/9//z//P/7//z//P/9//7//f/9//z/+//7//v//P/7//z/+//8//v/+//7//r/+v/6//v/+v/6//r/+f/6//r/+f/6//r/+v/6//v/+v/4//n/+P/3//f/+P/4//j/9//2//f/9//3//f/+P/5//j/+f/4//f/+P/4//n/+P/4//j/+f/1//b/+P/5//j/9v/2//T/9f/1//b/9f/1//X/9v/1//b/9f/1//X/9f/3//X/9P/0//P/9f/1//X/9f/z//X/9P/0//T/9f/0//b/9P/0//X/8//0//X/9f/0//T/9f/0//P/9f/1//b/9f/1//X/9P/1//X/9f/1//b/9v/2//X/9v/2//b/9//2//f/+P/4//f/9v/3//j/+P/4//j/+f/3//j/+P/5//j/+v/6//r/+f/5//r/+v/5//z//P/7//z/+v/8//v/+v/7//z/+v/6//v//P/8//v/+//7//z//P/9//z/+//7//v/+//9//r/+//8//z//P/9//z//P/7//z//f/8//3//P/9//3//v/+//3//v/+//3////+/////v/+//z//f/9//3//v/8//3//f/8//z//P/+//3///////7//v8AAP7//v/+//3//P/9//3//P/8//r/+f/6//v/+//7//z/+//7//v//P/8//z//f/7//v//P/8//v/+//8//r/+f/7//r/+f/6//v/+f/3//j/+P/3//f/+f/2//b/9//3//b/9//2//b/+P/1//X/9f/0//X/9P/2//X/9f/2//T/8//z//X/9P/0//L/8v/x//L/8//w//D/7//x/+//8P/w/+//8P/w//H/8P/x//D/7//u/+//7//u/+3/7P/t/+3/7f/s/+3/7v/t/+7/7f/u/+//7P/u/+//7//u/+7/7v/u/+//7//u/+7/7//v/+//8P/v/+//8P/v/+//7//v/+//7//w/+//7//t/+//7v/v/+7/7//v/+//7//v//H/8f/w//H/7//x/+//8f/w//H/8f/y//H/8v/x//P/9P/1//L/9P/z//b/9P/2//T/9v/1//b/9//2//T/9v/2//b/9//4//b/9v/1//b/9f/0//X/9v/3//b/9//3//b/+P/2//n/+f/4//f/+f/3//f/9v/2//j/9v/2//b/9v/3//b/9//1//j/9f/4//n/9v/2//L/8//z//T/8v/y//L/8v/2//b/9v/p/+v/8//w//H/8f/3//f/9P/2//P/9f/0//X/9f/1//X/8//4//f/+P/3//X/+f/4//v/+v/5//f/9//5//j/+P/4//n/+v/4//n/+f/7//v/+f/5//n//f/8//r//P/7//n//P/+//r//P/8//3/+v/8////+v/7//r/+f/4//b/9//3//f/9v/3//f/9f/0//X/+P/0//T/9P/3//T/9f/4//X/9f/2//X/9v/3//T/9v/5//j/9//3//b/+f/6//b/9//1//X/9//1//f/9v/y//L/8v/x/+7/7v/u/+z/7v/w/+7/7v/t/+j/7P/s/+v/6v/p/+r/6P/p/+j/5//n/+n/5v/m/+f/5f/l/+T/4v/k/+P/4//k/+b/5f/k/+n/5f/n/+X/5//n/+X/5v/p/+r/5//l/+f/5f/l/+n/5//l/+X/5f/m/+b/6v/m/+b/5P/g/+f/5//n/+j/6P/o/+L/5v/l/+L/5f/k/+P/5P/o/+b/6f/r/+v/5//q/+//6v/q/+v/7f/t//H/7v/y//H/8P/0//L/7v/y//P/8f/w//D/8P/2//P/9//2//T/8//6//v/+v/3//n//v/5/wAAAAD9/////v8AAPv/+P/5//b/+v/3//z//v/8//v/AQAAAPz//f/2//X/9P/6//3//f8DAP//AAAEAAQABQADAAgA//8BAAYABQADAAEA/v8FAAEAAQABAP///P////z/+f/5//j/9f/9//v/+v/8//z/9//8//r/9v/z/+7/9f/x/+//7//t//P/8P/y/+z/9P/x/+7/9P/x/+z/7P/n/+X/5P/j/+L/6f/k/+P/6P/r/+n/5v/n/+D/3//c/93/2P/V/9X/3f/a/9D/0v/V/9P/1f/O/8//z//R/9H/0f/T/9L/1P/R/9D/1v/W/9X/1v/R/8r/zf/T/9P/0//U/9T/0//T/9L/2//T/9j/1P/a/9X/1f/c/9b/2v/d/9f/2f/b/93/2v/f/9//4v/j/+X/4v/h/+H/5f/i/+P/4//i/+v/5P/e/+n/6P/r/+n/5v/v//D/6v/t/+7/9f/8//X/+f/4//r/+f/+//v/+//5//3/AAAEAAUAAAADAAUABQALAAoADAAOABkADgATABMAEAAaABsAFAAYAB0AGQAcABgAFgAVABoAFwAWABoAFQAXABcAFAASABEAEgAVAA4AEQAXABEAGAAUABMAGQAUABUAFQAVABMAFQAVAA0AEAASABEACwAOAAYAAgAEAAkAAgAAAAEA/f/7/wMA//8AAPz//v/9//z//f/+//7////7//v/9//5//v//P////f//P/9//f/+f/7//P/8v/w//T/8v/u//H/7//p/+j/6//o/+X/6P/s/+v/5P/n/+L/5f/o/+L/3f/f/9//3f/g/93/2f/c/9z/1v/b/9P/2P/a/9H/1v/T/9H/0P/P/9n/2P/U/9L/1P/Y/9r/1v/T/9L/1f/S/9D/0//K/8//0f/Q/9D/y//T/8//z//N/87/0//U/9b/1P/U/9b/0P/W/9L/0P/N/8z/xv/N/9P/0P/V/9f/2f/b/9n/3f/e/9v/4P/j/+L/4P/i/+L/4v/k/+v/6P/n/+f/6P/k/+z/7f/u/+j/5//m/+T/4//o/+r/5v/m/+r/7P/l/+n/6P/s/+f/6v/q/+f/8P/v/+//8P/u//H/8//v/+//7//1//b/9v/+//3/AQD///r//f/7//3//P/9/wAAAAD8//f//f/9//j/+P/7////+//6//r////7/////f8BAP3/AQACAAEABAD7/wEAAwD//wMAAwD+//3/+f8CAPn/+f/6//j/9P/0//j/+f/1//b/+f/1//3//v/7//n/8v/3//j//v////r////9//7/+//3//3//P/6//f/9P/y//P/9f/8//j/8v/x//X//P/8//z/+P/2//j/9v/z//X/+v/0//T/9//2//P/8//3//L/7v/r/+//8P/y//H/8P/z//b/9P/w/+7/7//w//H/8v/w/+//9P/y//T/9//2//T/+P/0//b/9f/r//f/7//s//P/8P/n//D/7v/q/+n/7P/v/+//7f/s/+n/6f/s/+v/7P/q/+7/5f/c/93/4f/i/+P/5P/l/9//4P/V/+D/5v/n/93/3P/b/93/4//b/9z/2f/f/9v/4P/c/9v/3f/c/93/4f/d/+H/4//h/+T/4f/h/+P/4f/m/+P/4v/k/+H/3//c/9z/4//h/9//4f/c/9j/4f/f/93/3//b/9v/2v/a/9j/1P/Z/9L/1P/W/8//0v/T/9H/0//S/83/zv/T/87/1P/T/9X/2P/c/9z/3f/h/+L/3//p/+z/8v/v/+v/6P/x//j/+P8CAAgA/v8GAAcABAAAAPv/AQAEAAkAEgAOABAAFAAWABgAFgAWABwAJwAlABcAFwAMAA4AFQARAAwACAAPABEADAALAAcACAALAAcA+f/3//X/9v/7//v/7v/s//b/+P/6//r/+f/6//j/AQD6//b/9P/2//H/6f/o/+v/6v/v/+z/6f/t/+f/7//u/+n/7f/q/+v/7//o/+z/7f/r/+v/7f/p/+n/7P/u/+z/8P/1//P/8P/s/+z/6//p//H/6v/u//T/7//r/+r/4v/f/9n/1v/c/9r/3P/i/+b/5//r/+r/6v/p/+v/5v/q/+n/5//r/+3/8P/1//X/AwD8//n/9//y//L/9v/x//b/9v/u//L/8v/3//D/8f/m//3/SAAfABoA5v/k/+X//v/4/wIAAgD8/wkA//8OAAMA+v/f/+b/4v/r/9T/tf+7/8f/zv/O//b/3v/e/9b/4f/L/7z/vf/I/8z/vP+6/7P/x//W/+j/8v/s/+H/6v/o/+j/6f/m/+f/5P/p/+b/6v/X/9v/2f/S/9D/0P/J/87/1//k/+X/5//h/+T/8P/y//n/9////wMABgAKAAIA/f8FAAAACQANAAwABwAPAAoA/f///+3/5v/a/9H/wv/F/8X/yv/C/77/xf/I/83/0v/a/+X/6//n//L//v/9/wEA/P8EABAAEAAPABQADQASABEADAAEAAQA9P/0//T/8//1//b/6v/s/+T/6v/2/+z/7P/v/+3/6P/y//f/+//5/wAABAAFAPT/8P/7//3/BAD2/+7/8P/v//X/9f/m/+H/3v/e/+L/4f/a/9v/1P/e/9//2v/a/+L/4P/p//j///8DAAwACgAMAA4ABgAPABQAGAAjABwAHwAnAB0AGwAiACEAIQAuADMAPAA2ADcAQwA5ADoAPQA7ADUAMAAuADcAMAAgABcAEgAFAPv/7f/b/9T/xf+z/6T/kP+E/3T/Z/9V/0D/M/8L/+3+1/65/qT+d/5c/kX+If4Q/hr++P32/dr9wv3c/cL90/3Z/eb97/0c/ij+Uf5i/oX+tf7Q/hD/G/9q/5L/2/8PAFwAhwDOAAoBdgHKAS4CgwLAAkYDZQPKAw4EUwScBPIEJAVzBZQFyQXlBQsGDAYKBhEG4wXBBZEFTwX+BK4ERATiA14D7QJxAvgBagHrAG4A7v9k/+b+dP4O/rr9Z/0j/e38uvyA/GH8OvwH/O/73fvT+9r74vvo+/379Pvl+977yvul+4v7Z/s7+wz71fqw+nH6OPoL+sf5oPle+SL56fi4+Gv4PPgi+Ab4BPjI97n3hveo95H3qvfa98z3Lfg/+OT4ZvkD+pT6s/vf/Cb//gBvAtMDZQT+BTAH9wiVCukL3wzeDSgPSxBlERoSrxLvEvUSjhJREr8RCBEqEAMP0Q1wDDQL/AkLCe0HpwZPBfMDvAKtAcgAAgA1/0z+ev3y/KX8dvwf/Lb7Zfv5+qT6XPoR+sr5fPln+Ub5N/kZ+QT58vgX+SD5Q/lc+Xj5ovnn+Vb6wvo0+6T7GPyo/ET92f1+/gX/jv8AAFoAvwANAVoBcAFwAVsBOQEYAd0AqgBSANn/aP/F/k3+nf0U/Wj8xPsY+1L6mPnQ+P/3JfdG9nX1p/SD89Dy9fE98Zjwp+8374nuBO9K71fxVfIc9VL4jfm/+4T77/4wASsEqgXAB2sJZAtsDckPNRJ3E6sUQxWYFuoWYhcfF/EWPxa9FCUTkxFqEP8OpA0aDF4KjwjRBoYFkgSEAz0CGgEoAEH/2f6M/oX+Gv6k/Rb94/yf/Gb8EfzJ+477HfvV+rL61/rc+qD6dvo5+i/6Ivoq+mv6ovqj+u76OPvD+1H82/xr/RT+ev7b/mn/5/9KALoAwQAWATABMgFSASUBHgHNAIYAJgCx/2r/vP5b/sD9M/1p/JX71Prs+Rn5/vcT9wb2jfSU8w3ym/Dk70/uaO0f7PnqOOqo6TrqwOvj65rxlPNt9sb1Mvax+43/SgI4A6QFDQh7C9kNyhBdExAVgBahGGkZkRpZGhAb5Rv/GpUYnxZxFbEUwhLGEJ0OfwzqCdgHxAaJBbcD+wHWADQAc//A/sD+2/5r/oz9J/1Q/az9jv1K/fz8lfzz+6n7tvvX+2T7uPrj+W35EfkK+UH5Ivnp+Lv4CPkr+vL6cftG/O782P0r/u7+9P/UABwBUwGtARACWQJjAqICsgJrAigCwAGNAT4BLgG6AMr/tP71/Zr93/zG+8j62vhw99L11/Rg81rxw+907tLsf+t86Z3oROfL5ZXlHuXo5Zzl0uqh8/TzwPQ97v328v/LBJMCzQJpB38N0A+hELgUlxdvGWoa8RtmHYkdXB1dIHcfJRw+F/UWhhjgFhIT5A6nDakLjQjTBmoG9wRuAgEA7/5u/yn+tP4W/6T+Xv0k/N/84f6c/nr9+vyp/M38+vvd+x780/tj+gH5jfeC90v49/jE+Bz3i/Zx96z4ZPoB+3T7Dvwo/XP+SQAWATMClALJAsMDRgRRBfAFcQUcBZ8EggRABL0DcANrAggBRP9+/mT9jvxv+mv4mvYP9DfyePBS70TtQ+uo6NjnNOZE5M7jqeHY4MPfauB145Xkuew5+B30RPJt6AH9gwzBDJsBGgFUDn0YYxWzEksbJyByH8obnB/iIwskYiHDJPAhLxuaFEkZwR1LGdwOXApIDYYLDQadAkQEQwMK/4H5CPu5/OT8AP2s/E37yfim99H7/P4P/d/5rPiu+u37GPuJ+rD7Jfu1+Xr3Vfdd+RH7d/ui+WT3avin+n39yP5+/l//SACUAOwCAgSQBTAFsQTnBckFsgWjBVAFJwXyA+8CRQK1AScB2v8w/r78Rfvb+Tz4NPYy9MzyGfH+7tvsl+pu6U3pkefz5Y7h4d494FvgHuHk3R7hnOJq8FX7C/gR9L3lX/yGFFQYQwcH/g8NjyPzH18X+Rm5JFIoiyH3H1An9SiQJZAlGyNjHIQTrBXBHmEbGg3nASIFDQqxBLr8Ufv5/Az7sPNj8m33v/jP+Ln1AvUj9dX0wvnj/pT9RPl796/7OwA0/1b+p/+XAMb+zvwx/nwAagFs/0f/7v1x/iX/VwJqA1gBZgAgAbkDIgSIAwYEIwUiA9sBRwHGAw4EaAH4/t79YP1y/SD86/sc+af1X/OR8s3y+e+p7Lbql+iN6OHjwOKS4oDh699m2YfZpdsf4Mvh8OVW+eL3z/Yu4WXwRBEDHPcNS/o3BE4d3CRUHQ4fdiJDJjchwyM1Ktwq+iaYKcQnAB8uEmEVyCInIfwPG//o/zwHQgdSAoD+sPkP9JfwkvTK+Jb2TPV99iP3HPUq88X6owN5A2/8Fvjz+0UCTQVNBpoFVAJU/hr/xQQvCHwGzQCb/yf/sv86AL8CzgTdAXf8TPrA/NsASQIdAI793/kG+W/7ZP/gAEH9V/gv9nT4d/pn+bj2IfIa8L/s3Ovs6rTpQuhd4yPfrN0a3KrcV9n519va3tyE9TL4tfcK4SnfDAU3HX4af/4/93cOkiXhIxAi3h/gI0Ai5iGQKfovBCv4Jh0mWiS/HCgUtRkbHz8algmd/ED8DQL2Bk8E1vmA7pTqrO6u93b5e/i+9DXwWvAC938AqQTu/ob7Of5fAksEcwUFCkILgQakApIEDgnrClEI3gcuBND/Xf4CA7cG2AQI/V36Xvtk/OX9xv2s/OX4B/UP9g77iPuR+ev1s/VZ9fPzyvLw8tPwD+4V6aTmjudz4/ffytvK2kfc89eQ1MnUcNji6Ub+q/jX7tfWH+wqFy0mNhrx+ub7bRgYLBkwxS7fJBch4h2JJ+k36TZmKB8hCyCqImgZWg8rFF0WKBLCAn32XPSv+FT9Df0u9lLrNePH5yz1x/0J/U3zju2a8v37QQcVCwEIPAPaAPkEUQyAEAASqA58C4MJ5QcVCUgKpwoHCdoDP/1m+aL59f4RAW79fPUr8NjxivZH+nT6QfaD8pnuK/Ce9JH11fKV7TzrQuzV5ybl3eJ14brgqNud2IHVhdGB1gzdq+MM7f/6lvgB8nDhHvV4HpwrbRsh+5P/5B57M004rTSOJzUc3hazKKJBnj+7Jo0UCRQfHwYbKhHnD1ALTQMn9V3yPfaW98bzwvCl767rNuZB67P3ef3r+ZryL/NU/DMFXgvoDVsLZQYlBQQLuRTKGRoU8gzcCC0IIA04DRIMqQU2/Lb35/hC+yz8qfcX8zbx1O4r8JryWPSd9HnvGeyy7OjthvBw7y/tX+rT5NjhyN8j4B/iBuDP2yHWH9NZ14bbYuvvAXQD1/cE2rHqdBLWLtAqCxPVCDQPEhiGLOtBjz+tJtUP6hiXMqw6Qy5cI4oayRQLDP4KhBI6D+8B7Pfk9Vb0Xuqn5snt5fYR9gHsYedu6ubvmvq4BBYIFAIC+zP/vgs7F1cbLhhHECkLMw1oFY0bNhc/D+4HewRQAoX/PAA//XH3mfCr7NDsGOzG6/Psmuwk6iXmq+Uu6nvr6Ovu6G/oJ+c+5QDmu+ZX5JXfKtv33bHf+d3A3bneRuvZAeUIwAdo8VDvxwzKIv8vpyLyFGMVbRc8JRM7vz1dL/QXnRMKJgExiiqFHgkUnRDODE8HXwctAo35bPO085/3VfKC53HjPeoM9QT35fIM8ULyK/Zl/oAGBg6LDicLiQ8IFF4Yhhf3FVMZGho8GKYSAQwlCa8Hcwe2Alv7K/Iz6zTqTOu/7EDppeI44OfgtOOm5EzhWuE64O3htOOb32PfwN4t3/Lf99sW3ljdc96O3TfloPo2C8AVLQUH+qX9BRBlJrIwTCtUJuwcCh4IJjAvIzNlKnAh1CBAItgdcBWSDikOqA6HDOII/wBI9B/sIOuD9Fz7Cfgd8IDpSetk8cz2gv0dAH8AhQDGBKsLDhBYEAQRVBdOHMkd9hk5FJYRXQ+MD7ERWQ/dCCn+ivVu8yjzd/BL7FLpv+fB5cnhmd8M31neTd9c4S/j0ePh35ndmtxd24ne7d8Q4qfgUd6i35rfOOL651D10QlwEsUVawsmDVMUPh7sJlcpgC30K/0mSiMRIosgRh4nG78f+yBAHe8SxwqaBgAF9AN9BBwFqADV+Fn2Gfn3+976E/gD+df8RAHRAtEEYQVOBaEF9QgLDnASDBQQFFwS2BA4DVUJ0QdgBm4GTwMG/0f7jvf08ajsl+o96yPs5epL64XrnOlZ5hbkeOUn50rnFuje6JboHeZ14eTfot93323gY9//3ufdmN1y3WTk8+vS/+sLZxOtFYQQXRiEGBMffiS4JwAsdiupKEcpWCE3G0gX2hiDHbkclxp4FRIPUgb8AP//N/90/yEAsAGvAqH/pvzh+Rn5pf09Az0JWAsZCwgNEQ7XDtMNxA7oD0MQ8BABD4oMtwUCALj8g/rt+Fv2/fOJ8RLt5OpJ6MTmJOZD5Z7nLOhB6NDmleYW52fnu+hW6R7pQegR537o8Oef5Unkr+KN4wfj7ePi4/zjleXG6hL7NATLEIQPIRLzFg4WxRspGl4guiT8I3coyihZJlkfIBddGxMaYRofGTcYwxifEBgNSgrcBrYDvQE7BgQIbwQDA/0A4gJrAOgAaAWGBGkFzwXFBwgJNgSSB1AJ3go6CfEHtghIAxv/7fsJ/Lr4sPQW9QX13PEK7hvr5+rM5szli+ni6uPrpOnP6obrD+nv6EfqFOy57ADsHe5p7x7sneqC6evr2uqo6urqAu327MbqCOtD6pDyC/vHBz8P+Q3IEyMWbxoxGJ4URRuqHH0hPyU2Jp8mihx6G1UbOhvwFsISRxnvGZsX/hEID5EKyAQbA/gF8AVWAd4AtwOuBvQF7wQaBC8CGQHLABQEPgKgAbMCzwRYBpUCKABt/Vz6rPfx9uv3lvcu9SH1GPO88u/tmuoF6sjqNu7w7RrvzvAR7mHsFuxr7cruwOur62Huuu8U8JrtCu2L7k7pUOuv7SLwH/FG7rbyvvML9APzkvIq9qr2FQbGCToSPhAIEgIZ8hEeEmAUyhaaG3IaJCReKkcgQx3xFF0YMRLzDJAVDheeGHgTGxY5FssM8wdwBYQG5AOQAnEIvwiCCecGCQMkAaX6nv5o/xT+t/89/qoDlP/m/Y/9svm89VDw0vJm9I/yrvXU+LX6tfXx7mjwn+sv63Hq3O278aXvIPUy9m7zJPFm7ebwVO3+6jDy8vKk9yv0DPY3+AnzifEp7770kPOa9NP59/vk/Iz2l/UB+kb3vPxeA6MGOA+vDHgM2gtlC5IJLA68E4EWqhv7HNEjjB1WGMkYRBP2D5kMvRPpGO8YBBKdEtwRnQw1B5kEpwMGADADDQt0D+kIBALW/8D/T/QB7C3wHfiI/+oAlQlhB10AA/vk9y3wXuaJ5qX01vs3/VUCqgM+BMf6H/fu9LrqMuWT7c71WPs/+ob6U//6+AD5SfNm8FbrRO7d9Pj32fkV/uMFowUq/dv60vjV8XjyUfOJ+HP0C/1r/qX5mfhK+vIAXgBsAWoF4gY3/if+WQDvAh4EbwTqE10TRQwjB38IkQzJBqEJhBYLEJYRrA3kFW0TwwliDLcHIwg8B/gEAgWCAMcA6glEB3sHxQnoCl8J2wd0AcIDMf7z/Sv8b/eR9HL26Pf0+aP5W/Wt/kIDogO8/KD5fP5YAKL8WvdS+3b5Tfpo9oz7+PfZ86j1xfnY/nz8evua+7L84PnS9bP3Dvlw9x74+/NC++n47fqV/xv+Hv8e/jz7Jf1w+Kn3AP1D+5L7xwBAB0AHogdV99z65Pcn8/n1ZvjPC9EPuxaqGDYRwv+d+AL9ie+s8OH55ArTFHAQshbDF/oOJ/3SARcAxf8V/vH8RA2oDKUQ7g9FCVsMMwOl/fv7bvefCFgHrgbIBHQKxAwU/Ovy7fEV95L2VPchBJEFjgalB///TP578XX5sf1L+Br6+/zn/yUBsfl0/Q78ZPcY90r7tv8P9of5CvluBa0GBv3SA6v73/l5+WD2Dfix9Db6fAMf/rL5+voEA0gAcAKPAMr+zwJ3+oT1NvgO+MkF9ftp/70EXAk8D/X6MABl/Yn29vPj+Wn+egf6BH0HmAvK/wISrQm7AyQJfwVvDSr5DfWD+Wb+Iflo+sgEyQ1OCkQSLBCzC0oCp/ztAAb2Ifbo9vEDQgY2BhIKGAy4DC3+Z/+kAQX5ov8++icI+ARi/5kBd/lW/8/4uPXu/OD4fwQ6/rD/kwSVAJMCPvq8+9j55/Dw9of+Wf46BCkDIgSFAtL+3PkJ9An1IwBeACgBdvzQBef9sPyn91v5TwAa9939AAEjAbf/pAGHBAUFNgDNAt8DrQMIAQ3+Df4G+u/9vf/wA1sD+QFOCfoF1v7Q9UH2IfoB+AT32//MAMgJBBEWDw8HzwWy/Nj6h/G78Mj2Evf2/TUCjgeaCo0KzAoOCLT8Kvut9R76Lfa/+y0ApQrLBMkHzgPkBpAGNPy8+gz5MQRDBcz+DPyQBGoGmAGC/eP6GQOPBdD+0P5jA0wB5AZj/nP95AKo/ccCWgFf/3UJHgv2/8ADwPtW/Jj8DfM29q/3///C/osDQgb+BxABeQTM/gX+evqq9a33A/QO9Vv+A/9w/D/8+gYKBfMKawHUB1wE0P969lr25vLm+tz2c/xkBRAE6hIdEZoL8wYD/az28vQ55q7q5/T+ASACIAztGEUcpAs5/Tf+ePBv5vDi9/Xl/kf+0wIvG9wTNxIRBZEGHAJX8nTujfRh+RD/PQjuCtATdRQNDG8HhAG0+6v1F/B69PD6sfe9CDkGcwldCsQI6we1+yL4vvkC+un3IvvvAngBZQrxAiEJVARrANkCWvgl+Hb4Zfos+pj0x/f5Ad396vzs+6v/CgfO/rD9XACF/5b9fgNF+7f7c/uO+DUGF/2u/fECngd+CpwFogI/AwIFYfzh+h76QPc8AvwA1f4qBNADdQ5+Cx4EmQdCA1H7JPrQ9136XvyM+Nb/3wHj/jYG4gWeBZUG4AAhCqr7k/ff/OH0ffkE9Ob6agG3/X75AgoSBzv/9f0k+6AGvfgD9R786wC8+wT5uvqdAkIFUP8M/lAK5AsOC4AHm/l1AqX93Pha9xHxR/3SDO8DkgyPBjAOtxfLBI/50fG28BL6CfY177IA7wOiDAcR9wOtCi0AzPs2+l3tf+tj8rv/E/s8BEcE+Q3HEbT/jgW5+0D48fxA+v37wvay+hACGAJU/9ICVAvZA7gJwASyBK7+r/yfAmj7RPfQ+cQCgQYxAb0FhRR5C6D/NgVvBDH+AO4k8Xr+tv2U9kcBDgqeDVkCkgH7BmAAn/XV9OjzCfXQ+Of6hAEjAUsGGQnUBsIB5v4M+J//S/sf8xX61PyTArsG5gJFCjoIlAF1BQz/nPrN+Tv7o/2M+bP5Af6qA+j+FwM1AVkDBQfwAKUGtv14AW/+J/5k/wMAcwFEAn/+rAUHCXgB8gSl/pwI+ABP+Of7wfUg/MT2Qf7uAzgC9QEpCmoIbwWqAJwD6/xa97jzI/Ww9tr52PowAs0MJwsCCIAEUQX2Ah73gPCr9an6cP3L9vX9rg0/DlP9kAOgCKYDVP0u6ToEM/wP+Vn35ffPCjILoQKWB9oGcAuZB4D/Afvp+8IABvrr9Jr6QPz/BS0G3/zbAnT+FwUABcX3aAFzAQIFMP6cAaX/RAJ5/M76PP4p/qP/JP8b/nAAAAO///H9dP8VAAoCNP3x/N78jP8jA1z/pAIWBvkBBgWGBj8CGwH/+KP9IAJo9NrwofvnAb7+Pfnq/KcQbwvmA9ECSv8ZBtH6R/aq9FD+agC+/ckDVAKrBycGbwJxA1QBvv6W+wj8GgLb+cT4V/7bAfT8ffbN/w8HGgeo+gIFVgW4A/QC+fze/Sj+h/tMADv92P6lAlwDRgbWBKD/UvsxAbP8zPxV/VwAIQk0A7IFlAjoAtn/mv3c+uEDmv6//ksKdwlXE2MHq/ziASP+pPaY8Tzy4vHB+/j9qwc3BHgCHQmrDaX+vPPE8tcAoAIZ7vP3DgBUBVYHg/aLAzIBxPpU+hz1rvZh+0/6pf+tBeP9bgO0Bqr+tQHH9YP4XfiR+Fr65P53+5gDYQW9AlYGaP5A/7UAyf7A+fr4WwLxAzACvfz4BkkKUv+7+7EBawhF/sL5+f8+B4UC4PubAdUGrwYjAwQDzwidCKMD3gO8BjcD6gSUAYcEhwgzBikIGgYqB/sE6f7Q/pT/ev4a/5P+2gVtBuIANAGlAj4CIf37+PAAhQCd/Yf83gHEBLgB2vvl/dID9/+K+pz4Z/vQ/Un8L/WL/2gAtv6d/m776f2J/bP5b/rH9Db2Zfh4+0n8IPps/JQBBwA1Av/7ufpB/qn2o/ow9WP2QPr5/BL/ePzE/rv+IwLA/KH6wfwQ+XX7WfYb9oX3Ufif+sL7ifgv+k3+6QI6AYT+rv+GB14GSwJeB3EOVhLPEywS/hVgE84NrggwAlX9Pvmi+If80P1fAlwJ2Q10DxYQvA0jC6oG7ABV/Gb6UPh8+I38CAB6AqIEegkeDaQLQwbCA6QCmv+T+gv3MvmR/MH+o/64AtIGCwc7BpkEOgX7ART9HPyQ/A76Kfgz+/n9pv9SAIgBDAODAsX+pP30+wb56Pas9tT3gPwS/Eb//QHUAVsEkP86/Rj+FPpR+FH3mPi1+oP78f2t/x3/4f7Q/Sj+RPqa93vzlvXo95/0+fNH9m776PmZ97X0WfhA+L7ySvG68VT1cvL19Ib36vZm+hf8PAE+AfUEwBB+FAEVsRYbGkYerRU3D9cOlQktBU//+wBtANgAMQSXB+8JIAriC4sMPAh9BCoBmP5N+1b6L/mv+eb73P4DAmgDugSCBpoGkQRPAnT/P/7T+6z75vuw/Hv/eQJ0BaYHcghWCcMIPAfTBFwBHv8t/QX8wPuQ+1z7zfwI/+QAvQEvAWADiQSBA/AAIv8j/wr/Uf1q/TMBJwKQAwUFgAZhB0sFfwIQAVj+P/lI9mj1D/V99Kz2SvhE+3j9CgAbArkA4P68/dH7bflC9Xz0tvQ99abzN/X390L6X/p1++j8Xvvv9mT1GPRC8c7ru+y+7rLu7+0M78bxuPL676L0LvpPBUcIsQ+nHEUn/i36KQ8vriu0JKMYnguyAd73+/GH7CDrPe1s9d39RARdCZMNMRAFD9AKjwK6/OD42/aF9fX1ffzBAncIAw3EDzcQAQ18B0IB5vma8qLtPe0V7zXzbPkhApwK5xCWEyIUChLUDdIGZv+Y+ar0kvIA83L13/hy/csCZAYVCagIRwfXBEcBMf5s+y36ofqf/AUApQMzBjYJdgv0C0AJwgYDAvH+2/o/94T1qPQd9lz41/oK/oH/9wCPAlgBrv/u/Mb7N/vy+Rv5Wvg0+jH60PkU+qv6PvsR+Tf4Bvdu9p3z2vGE8l/zA/Oj8bTz7fLc8onxtu1C6yjo8Od14kPkfO6f/h0NvhdvKXQ94koISNBCjTpPLWkXFQEv7eTeGtd+1rLa0eGo7gP+2wv1E2YXyBceFDAP1waQ/YD2D/ZD+cD81wDKCLQRFheqF/ATdw0+BFP5Xe144r/bg9ou37Ln0fK//4cNVBq4IrckMSJ9G10SXQZO+dbthOa54vXibeZb7dX1Q/8XB0QMRw+dD/ANXgplBtoBaf8Z/1MAeQHNAmQG4wjhCYcIGgZOBK0BOv3B+R74c/iT+dP7ZP6pAdoEwgawBqEFgAK1/on7ovjR9vX1pvYK+sL9ZADMAk0EzATYAlL/Nvo79R3x2u2T7CHrQOy377Lz7Pdw+uf8vP37+x36JPbJ77/qg+Vt4sLe5d0z3mPhu+fi9y8TCyWwM60/+lM/W3JRTD67LMMaz//a5pnS58ZWwsrI4NQ34f3vLANxFmIhGyMOIYMffhueEnsHogAq/+UAXQOYBXYJHQ1SD8UMiQVK+1XwGef83lTYC9X+2Ljji/Gm/8gNPxxTKPUuJS7bJ8AdmxFbAzn0/uZN3tja8ttE4CTnc/DT+vMD4wqcDqMPEg8tDcYJYgagA+kC4gNtBVAH2QnvCrQKjwkoBUv/Xvn2887vA+0I7TbxX/kyATEKpBIsGl8evh3gGWAS9gjq/mH1W+zT5p3l3eeD7MfydvrtAXQI2gsfDNEJzgSf/uP3AfEp60Do1uf66T3t5vH391v9+wD7AikDEwK9/CX18+5T6JfgfNl51GHVmtbl27DjQPKEBy4i0DnsRr9S8FtJXyVQ2zctH2wIw/Ca2EHHAr8NwaXKJNnj6Iz5Ags9GTYgkh/sGX0TXwxEBYP+W/sO/5oGQA/wFkUd4iAKICIZegwC/AXqsdnUzJ3EZ8Lgxz7VKOj8/EoR6CPVMm47aDztNSEqtxoDCVX3t+fx26TV19SF2InfU+hv8iv8jQOvB2sJYQmlB+QEIALsAO8BiQR6CHoNcxL1FasXVhZQEnYL3gJF+drvp+id5Bfk1Oad7gr5/QS4EJwaxSEyJecjmB6iFQQLi/989SvtEugQ5wvpO+6s9G78ygLAB/AJhQnMBtEBWvxm9vfxge607czuOPJ99i77wf/gAmsEcgNbAbL9Yfm49J3x6O917rLu2O8C8tbzSvUT9aH0sfKv8XruV+oG6FnpIO6h8xsBwhSNKIo17D/8S59RjkqDOEEmqBLd+2vj/tDixcvBY8X6zjHdjOyT/VoOYhsjIRMi6CAFHaQWvQ0BBjMCWAEVAnUD9gVtCY4LlArsBe/+V/YB7Q/kY9xP12TW/drt48/vW/0cDLMahSaZLSUvZCykJakawwzv/S7wDuUy3fPYvtgt3Mni/uvz9QT/1gb6DH0RRBP8ETEPXwyICX0GGgQdA3ED6wRtBlgHYAe4BpYEdAEh/UP4kfM18LbuhO5v8IH0YfrvAScLCRQfG5AhnyTzJOEhjBrxEBQG5fmU7snkrN042pzaDd5z5PjsZ/YIAEkIZA7UEZsSIBFbDR0I8QGT/AP4ifRy8nDx5vEb86r0Cva59qz27fbv9gH2gvWO9Tr2WPd/+Mn5tvvG/Kj9q/x2+nf4f/XV8WfuP+vl6wXxl/dwAL0MZx4DLvY2VDttP6U+/jMuI2kRSQDn7RbextPbzgLPH9Wu4LnuWPvDB+oTRBxpHvYb1BfNEh0MnwTI/iL8a/zo/mcC0AUXCQgMagzSCFkC1frw8vLqduNV3jvdVOCp5t3vh/sTCHQU7x4VJsIouCYrISkYTAyU/kfxqOYD30zac9nO3BHk2e3S+GUDtAwyFPQYVxpeGK0T1w2pB1AB0/s7+Mn2pffq+fr8MQAqA08FDAa5BNsBtf10+Xv14fHb78DwAPVm+yUEgg3jFrQfnCUVKBkmACBvFowKWv0d8KLkwtyg2LDYuNwI5B/u7/jyAo0LxBHJFG0UARF2C6YEef0n9zTyE+9c7sfvtfIe92P78P6dAbQC6AGe/+n7HfhE9XDyxvDl8Lbyu/UX+a/8QwAxA3UFsQWbBJkBxf0m+dX0CfCf66vqeOu57trzl/1PCmAV2x6YJ94wiDTgMgQtiCWUGngM6/6F8gfo1OB93rvf/uJS6DTxgPq9AbUGEwuGDg0Pdw1pC5UJCgiIBgYGKQaCBmsHbAjtBysGfgP+/077pfUA8GHr/Odu5innsunv7lD2Hv/GB9gPWxYCG8ccQxu4FtMPiAeB/pX1A+6J6AbmceaP6e/ud/U2/b0E6wouD1YRlBGMD9QLGQccAo39OfoT+Iz3yvg7+7P+kAK9BfgHXQk9CVkHGQScAHH8+/gq9gb16vQz9q/5df0WBAsLxhDRFEIYjRrtGToVEw5PB1EALfa97YDoceVf5EnmVup18ET3bv4NBT4JfQtbC84KqgaUAW/85fhF9Sjz0fKQ8+r21/l5/VEAAwOsA6ADYgJ4/0b8RfqD+B/3G/dY+B/7t/3DAEcCfwQkBdEDVwJh/+z7t/iV9szzWPLw8afyIfST9bz2afn3+1/+JAHOBT8MnxH3FewZJx+ZIgAijx7RGuIVBw6bBPP7Q/Td7ajpPuiw6G3rIPFs+D7/6wSmCmwPuRE8Ee0O7QvVB/wClf72+oT41/et+En6RfyB/kUBEQMJA9wBAACk/Wz6KfdX9K/ygvIC9ND2kfpn//YEUwrYDfoPnBBfDywMJAc0AYX7Sfbh8RnvPO5+74ny3/YQ/B0B7AUYCnMMKA07DPsJzwbsAgH/xvu3+bH4Nvnf+qf95wCXBBsIzQlfCvoJRwhvBbcBgv0L+uz3qPai9pT31foP/yoE7wjMCxoPpxBVELQNvQlSBDD/EfqH9Bzx2u6E7g3wZ/Jh9UP5Z/1QAJ4CZwMwA4wC3ACP/lX8f/px+fj43fiX+e764/yN/iEAOgGEAWECiAHwAJ7/QP58/Xf8Hvxr+0H8bPyx/S7+2v5e/3v/gv/k/kX+bP1q/Yv8Zvyv+/X77Pvg+/X7Ofve+3P7QfxI/ND+JQI1BaMIywylEloVBxdLGMcYgxYEEj8N9gd7ATb7nPb38iXwk++k8Yz0xffQ+8YAzARIB8IIagmvCMcGPQSKAZL+jPxo++f6GPsA/Pr97v81AVEC0QKkAkIBl/+D/Rn7G/nv96n32vdU+dn7HP8+AmMFEAgMCpoKCQpbCJQFZALX/m77aviP9pH18PV196f5l/yj/9ECPgXsBmcHPgcHBgkE/gHH//H9vPxU/BD9TP5IAO0CzwXzB8oIaAmyCEEG7QLZ/7H8ifnm9yv3AfgU+o/8PAADBKQG3gg8ChYKawgkBmICmf7M+iz3CPWE8/byH/RV9qz4gvsx/lMA2AFPArIB3wAs/xX9zPuT+ob5dflt+pb7sfwO/q3/zABBAcAAnAC1/2b+b/2o/Ib8O/wV/ff9LP+fAKABLwPdAjsDuAJcAdH/SP6g/Oz6Jvoo+m36xvov/Jb9VP+4/4wBNQGQAQoBpQC//+/+Jv+e/1YB4AJjBWgIhgq+DPQOrQ8oD5INqgsICXQFEAGf/Qv7avgY99r2PPf++G77Tf6rAA4DMwW7Bv0GDAY0BZADhgGi/7L9MPx2+2b7y/sW/Cf9lP6p/0wAeACjAFoAgP/K/sT9CP2W/MT8Gv3e/SP/TAD6AT8D7AOKBJoEHQT2AkoBcv8L/oX86vqH+jz6jfqo+w79bv5XAMgBGwMBBFwEGgTDA+sC4QGzAKv/Jf/y/hz/y//cAFMCdQPyBKIFIAagBc4E1gN7AQYAk/1n/GH7cvpr+s36K/yv/RP/TgCVARUDBQPjAhMC/gDa/0T+yvyF+9/6cfqz+mr7WvxN/bb+wv9wAIAAVwBWAIv/KP74/Pn7bfui+kX6R/pd+yX8Hv1C/uP+AACKAKcAxgAEAIz/gP/d/i/+lf3K/ZL+dv61/nz/SwCVAAUBCwHuABgBnQANACb/Y/6V/lf+f/6f/l7/IQBqAHkBOwE7AUYBTQFBAZYARQBhABsBzAGAAmoDygSFBuQHiAiJCIoIEgjRBpwEZgJIAE7+bvz0+u35DPqZ+sT7N/2k/pUAagKdA0wEegRHBJEDWQIFAaz/Nv5q/ej8afyT/O78Af4Q/9X/qwCFAQ8CSAIFAm4BxQABABf/Ef7B/V79Gf1O/cj98v6O/2QAMgFNAm8CDgLGASkBXgA9/1H+2P1O/V/95P2U/o7/owDAAZkCcwOKA3sDPAOnAs4BlwEfAVUBWgHEAdMCRgMwA+IC2gLqAXkAGP9G/TL8zvoY+vb5+vlQ+3D8/v2U/6sAewLqAtACnAKxAX0Alf6T/cj7Bvu0+oD6Q/ue+8X8VP4V/4//vP99AGYA3f8W/0D+Zf3D/GH8mPtK+/n7NvwQ/W/96f0l////QQBxADwAMABCACMAbP+3/vH+PP9S/5n/XP9nAMIBCALaAakBBwLJAWcB4/94/+b+cP/k/vb+Fv9t/48ACwHMAKQA/QDmAGwAjf/o/l7/e/+c//D/4QD1ATUDVAQGBYEF0wVRBqMFVwTWAlwCPAHJ/zX+w/2g/dj9zf3e/dH+AADVAAcBMQHkAU0C5wFkAagAtQBaAJv/Gf///gf/Vf+0/xMATgDkAGoByQGOARAB/AANAfv/tP4N/uH9kP0N/fb8mf1l/ib/7/+UAFoB7AEtAiECgQHxAGMAHAD3/mL+Df4e/qz+r/5a//X/GwGgATACkQKVAhADPwO3Ao4CjAJhAhoCnAFbAWcBLAFPANj/d//C/if+tf2V/Q/96/xO/Y/9Af5F/t3+uv/v//r/wQAMAeoAqQA3ALP/K/9T/mv9E/10/Ez8MPxZ/Gz81fzD/V3++P7h/0cADAELAZMAVwCH/3H+Hf4e/WH8Bfy++xf8avzQ/N398P5Q/2UA+QCZAcYBsQGOAUMBgQBjANv/a/8o/9L+Rv/1/gX/Ev98/wkA8//2/1wApgC2AGQA/P9LAGoABgAbAEMAXgATATMBJwFeAQUBTgElAXkAFgDw/wEAuP+c/03/yP8tAIQAugDWAEsB1AEBAvAB9QEGAj4CDgKJARgB6QCPAA8Ah/8B/9P+4f72/jv/ev8nAPUAwAErApgC+AIXA9wCEwI8AV0AX/9g/n791/y7/O78cf1I/hn/PQB5AUgC4QIsAzMD4QIVAgYBSAAz/1v+n/0v/Qz9NP3Q/VX+Gf8DAOMA3QFNAp8C1ALGAo0C+QE3AcoAUgC3/yP/6f7k/tn+Ff8D/zL/Z/9q/73/rP+M/6r/5v++/6b/xv/6/wEAxf+5/7//r/9r/x//6v5h/vL9tP2p/Yz9Yf3T/Xj+B/+B/9b/iwD3APwAuwBtADkAvf/s/kz+8/2K/WP9Iv2q/R7+W/6m/k3/5v8AAAUAAgAmAG4AJADz/7n/rP/k/7r/Xf9K/3D/w//C/37/xv9lAIcAmAClAMcANQHlAMIAMwAGANr/jv8Z/6T+qv4D/y3/dv+j/zgA0gA3ATcBGQE2AUgBCAG7AGQAGgAcAOr/jv94/4P/qf/i/9X/HgBeANkALAFSAYYBjgHWAasBTQHlAHIAOgCC/9j+lf5I/kv+Gf5Z/g3/s/9CADsBKwIDA6sD5wP1A6ADqgJXAfz/d/7n/Ob7RPsU+3L7jvwP/q7/MwHSAikEpwTiBAwEOwMPAnYA//6x/fz87PwI/Wz9WP6N/6AAawHQAfoB7wFfAb8A8P82/8P+ef52/rH+LP+e/1YA7QAKAQgBDwHNAG0AxP9t/z//D//b/g7/C/8x/1L/Zv9h/1X/Mf8v/xb/4v7u/hj/Df84/1X/Yv+q/6v/xv/e/8r/1//f/wQA7P/L//L/8/+z/4f/V/9E/xX/x/7H/vT+D/9N/5j/5P80AGcAbwBgACYAwv9i/yn/s/6W/pT+6P5a/7z/eQA/AZsB7wHYAZMBEAGKAKv/8/6D/iX+Kf4X/lv+Ev+o/yQAtQAZAXIBdwFFARoBwQA8AAcAz/+W/1j/Yf+p/7r/uf+V/6z/6f+9/+X/1v8lAJIArwAGAT0BTQFyAYQBHAGmAEsA+f+l/z3/7f4W/2L/pP/w/14A0QBJAWsBkgFiARwB9gCSAAQAff8f/0b/F//N/tz+L/+g/8v/wv8QAGUAfACAAEMAOgAxACwAIgDv//D/JQA/AFIAKQBSAHUAigB2ACsAGgD3/9z/gP8l/xr/Jv80/y3/HP93/+j/LwBGAGEArwDTAJcAWQATAMX/nv9T/xn/9P7Y/hP/MP9K/4H/1v9KAHMAfwCQALEApwBQAAIAs/94/yX/6v7S/qz+2v4S/0P/b/+W/wEARAA9ADsASwBTADwACADk/8j/tv+W/4v/gP+N/4n/yP8KAAkAHwBKAGoAYgAiABEAHwDy/8L/gP9M/zv/Kf8S/wv/JP9d/6X/zP8FAEcAdwCwALoApwCOAD4AGQDY/3r/SP8p/x7/FP8b/0f/kv/T////KwBwAIgAiwCfAIoAVQAeAPr/1f+H/0X/RP9Q/0//Rv96/8r/+v8tAGUAjgCuAMMA2ADUAMoAnQCAAGgALwD5/+n/zv/I/67/mP+r/9H/4/8SAC8AVQCMAIQAfABZADkAKQDr/6j/Zv8//zn/Kf8s/zn/YP+u/9z/DgA1AGUApQChAIcAXAAuABIA3P+B/0b/Mf8w/0P/Tv9//9j/LwCAALIA5AAHAfsA1QCDACQA1f+A/yn/7v7Z/uP++/46/3P/w/8NAFoAmgCxALoAvAC1AI4AYAAxABEA7v/C/6v/pP+n/6n/qP+w/7v/zP/V/+L/9//0//7/9P/y//D/6P/W/8v/zf/N/8D/yP/c//b/AQANABsALwAnAP7/6//U/8D/pf+P/4n/o/+7/+L/DwA+AGgAkwCiAKcAiwBwAEwAFQDc/7f/j/9v/2z/dP+C/6j/1//8/xwANQBEAFEAQAApACQACQDs/9T/v//F/8P/wv/T/+f/+//2//7/DQAMAPX/4v/p//H/5f/o/+f/+P/4//D/6v/i/9L/v/+4/6v/oP+Z/5//ov+z/8T/3//5/xcAOABBAEYAMQAgAP//yP+W/3X/WP9I/1P/X/+H/8H/7v8kAEEAVABfAFIAMQDz/8v/n/9t/0X/MP8s/zv/Vf94/57/wv/r/w4AHQAsADEAMgApABkAEAACAOv/1//C/7P/ov+Z/5b/pP+0/8r/7P8MACgAMwBAAEYAQwA6AB0A+v/a/7z/ov+I/3j/fP+H/57/uv/T//X/EgAjAC0AOwA2ACcAIgAYAP3/4v/V/8X/uP+s/6X/sv+3/8L/0P/n/wQAHgA7AEsAVQBmAFkARgAoAAYA3v+5/5j/dv9p/3D/jf+y/9//HABTAIEAnACjAJ0AdwBOABwA3v+p/4r/d/92/4T/rv/l/wwAQgBkAHkAhAB8AGsASQAkAP7/6f/S/7j/r/+2/8X/0v/g//j/EgAjACsALQAkABUACAD2/+X/zP/B/7r/u/+4/67/vv/Q/+D/6//u/wQAFAAaABcADgALAAAA8P/W/8b/wf+5/7T/tv+9/9D/4P/u//j/+//8//r/7v/a/8j/uf+x/6z/qP+z/8P/1v/v//z/BAAOABYAFwALAP3/9P/q/+D/zv/J/83/0//e/+j/7v/9/wgADAAJAAgABgABAPv/7f/f/9z/2f/a/9P/2f/j/+7/+f/7//v/AAD///z/9P/r/+T/1v/U/8v/w//M/87/0//f/+f/7v/8/wAAAQABAAAA/f/4/+//4//e/9n/0//M/8n/x//J/9D/2P/e/+n/+v8IABMAHgAjACcAJgAdABAABgD2/+j/4P/R/83/y//S/9T/2//m//D/+P///wYACAAHAAUA///6//L/7v/r/+n/6v/q/+z/8P/w//H/8v/w/+7/7P/p/+j/6P/m/+f/7P/t//D/8//9//v/+f/9//7/+//0/+//5//i/93/1P/T/9D/0P/R/9L/2v/f/+X/8P/3//3///8CAAIA/v/5//H/7//o/+L/4//h/93/4P/i/+L/5f/q/+7/8v/w//H/9P/1//P/8P/v/+z/7P/p/+n/6P/o/+f/6P/o/+n/6v/x//L/8P/y//H/8P/t/+n/5v/o/+X/4//i/+T/5f/q/+7/7//v/+//7v/x/+7/6f/o/+f/5P/g/+L/4//j/+b/6v/t//D/9f/4//3//P/7//z//P/4//X/7v/s/+n/5v/o/+f/5v/o/+r/7f/s/+z/7P/s/+r/6f/k/+D/4f/g/+L/5P/n/+f/6//x//D/8//x//D/7v/t/+j/5f/m/+n/6v/r/+r/6//v/+7/7P/r/+v/6f/m/+j/5P/h/+L/5//p/+3/7v/w//X/9f/3//T/8v/0//L/7//r/+3/7f/q/+z/7v/p/+j/7P/s/+z/6//r/+//7//z//H/8f/v/+//8f/u/+r/6f/p/+j/5f/m/+X/5f/n/+b/5v/p/+z/7f/x//P/9f/0//r/+//5//r/+P/4//X/8//v/+r/6v/q/+v/6f/s/+3/8f/1//X/9//1//f/9//3//T/8f/x/+7/7f/s/+r/6//q/+3/6//r/+//7v/t//L/8P/0//P/7//v/+//7f/r/+f/5P/j/+L/4//n/+P/6P/n/+n/7P/p/+n/7f/s/+f/6f/s/+n/5v/o/+v/7P/r/+z/7f/v//D/7//y//X/9P/2//b/8//z//D/7//u/+3/5//o/+j/5//p/+n/6f/r/+7/7//u/+3/7v/s/+v/6P/k/+L/4P/e/97/3P/a/9r/3v/g/+P/5v/o/+3/7//u/+3/7f/t/+3/6v/p/+b/5P/h/+H/4v/j/+f/6//v//L/9f/3//r/+v/8//3/+v/3//T/9P/v/+3/6//s/+z/7f/u//H/8v/0//X/9P/1//H/8f/w/+//7P/q/+3/7P/s/+z/7f/t/+z/8P/v/+z/7v/v//H/8v/0//T/8//3//f/9P/y//L/8f/y//P/9P/0//f/+v/8//z//P/8//z/+//6//f/9f/2//f/9P/0//X/9//1//f/9v/1//b/+P/2//X/8v/z//X/9P/z//P/8//y//L/8v/t/+z/7f/s/+z/6//q/+z/7f/t/+//8P/u/+//7//r/+v/6v/o/+f/5f/l/+T/5P/k/+b/5v/n/+n/6v/o/+z/6f/n/+n/6P/l/+b/5P/n/+f/6P/j/+b/5//o/+b/5f/n/+f/6v/l/+b/5f/o/+P/5P/j/+L/5P/i/+L/5P/j/+P/5P/j/+T/5P/m/+b/5v/o/+T/4//k/+T/5P/l/+X/5//m/+b/6P/q/+j/7f/u/+//8//0//X/9f/0//L/8P/x//D/8P/x//D/7v/w//D/8v/y//P/8//0//L/9P/0//T/9P/0//T/9P/z//X/8//z//L/9P/0//L/8v/0//P/8v/0//b/8f/y//X/9f/1//X/9//2//b/+P/3//j/+v/4//v//P/6//n/+//7//f/+//5//X/9//4//j/9//4//j/+P/4//j/+f/2//n/+v/6//f/+P/5//n/+f/5//j/9P/1//T/8v/y/+//7//x/+//7//0//H/7//v/+7/7//w//D/7v/w/+3/7f/t/+7/7f/t/+3/7f/q/+z/6//r/+v/6v/q/+v/7P/s/+z/6//q/+v/6//p/+n/6P/o/+j/6P/o/+j/5//o/+n/6P/n/+f/6f/n/+b/5//n/+j/6P/o/+f/6P/m/+b/5//n/+b/6P/q/+j/6f/p/+n/6f/p/+b/6f/o/+b/5//n/+b/6P/n/+b/6P/m/+f/5v/n/+j/6P/p/+f/6P/n/+j/6P/o/+n/6v/n/+f/6f/q/+n/6f/p/+f/6P/p/+r/6//s/+v/6//s/+v/7P/t/+v/7P/t/+3/7f/u//D/8P/x//H/8v/x//H/8f/w//H/8f/y//P/9P/1//T/9v/3//b/9//2//f/9//2//f/+P/4//n/+f/4//j/+v/4//j/+v/7//r/+v/9//v//f/9//z//P/9//3/+//6//z/+f/7//z/+v/7//r//P/6//r//v/8//3//f/7//3//P/8//v/+v/6//n/+//8//n/+f/6//v/+v/5//n/9//5//r/+v/4//n/+P/4//f/9//0//X/9f/1//X/9P/0//X/9f/z//L/8f/x//L/8v/x//H/8f/y//L/8//y//L/8f/x//H/8P/x//H/8P/x/+//7v/w/+//8P/w/+7/7//v/+7/7v/v//D/7v/v/+//7//v/+//7v/w//D/7//w//H/8f/x//L/8P/y//P/8f/w//D/7//v//H/7//u/+7/7v/t/+7/7//u/+7/7f/s/+v/7f/s/+v/7P/t/+v/6v/t/+3/7v/s/+3/7f/t/+z/7f/u/+7/7P/u/+7/7v/t/+7/7v/u/+7/7v/v/+7/8f/v//D/8P/x//D/8f/y//L/8P/w//H/8f/x//H/8f/y//L/8v/x//D/8f/w//H/8P/x//D/8P/v//D/8P/x//H/8v/y//H/8f/y//H/8f/y//T/8//z//b/9P/0//T/9f/1//T/9f/0//X/9v/1//T/9v/2//b/9v/1//f/9v/3//f/9//3//f/9//4//f/9//3//j/+P/4//j/+P/4//j/+P/3//j/+P/3//f/9//4//j/9//4//j/+f/5//j/+f/4//n/+f/6//n/+f/5//n/+v/7//r/+v/7//r//P/7//n/+v/5//r/+//6//n/+f/5//n/+f/4//f/9//3//f/+P/3//b/9f/1//T/9P/0//P/9P/0//P/8v/0//T/9P/0//P/9P/0//P/8//z//P/8//z//P/8v/z//T/8v/z//P/8//z//P/9P/1//P/9P/z//P/9P/0//P/8//0//T/9P/0//T/9P/1//T/8//z//P/9P/0//P/9P/0//P/9P/z//H/8//0//P/8//z//P/8//y//P/8v/y//P/9P/1//X/9P/0//T/9P/0//T/8v/z//T/8//0//P/8v/y//P/9P/z//P/9P/0//T/8//0//T/9P/1//X/9P/1//T/9P/1//X/9f/1//X/9v/1//X/9v/1//b/9v/1//b/9//2//b/9v/2//X/9v/2//b/9v/1//b/9//3//b/9v/3//f/9//3//f/+P/4//j/+P/5//n/+f/4//n/+P/5//n/+v/6//j/+f/5//n/+f/4//n/+f/5//r/+f/5//n/+v/6//r/+v/5//r/+//7//v/+v/6//r/+v/6//r/+v/5//r/+v/6//r/+v/5//n/+f/6//n/+v/6//n/+f/6//n/+f/5//r/+v/6//n/+f/5//n/+f/5//n/+f/5//n/+f/5//j/+P/5//n/+P/4//j/+P/4//n/+P/5//j/+P/5//j/+P/4//j/9//4//j/9//3//f/+P/3//f/9//3//b/9//2//b/9//3//f/9//2//f/9//3//b/9v/2//b/9v/1//b/9v/3//b/9v/2//f/9//3//b/9//3//f/9//3//f/+P/3//f/+P/4//j/+P/4//j/+P/4//j/+P/4//j/+P/4//j/+P/4//j/9//3//f/9//3//f/9//3//f/+P/4//f/9//4//j/+P/4//j/+P/4//j/+f/4//j/+P/4//j/+P/4//j/+f/5//n/+f/5//n/+f/5//n/+f/5//n/+f/6//r/+v/5//r/+v/6//r/+v/6//r/+f/5//r/+f/6//n/+v/6//r/+v/6//v/+v/6//v/+//6//v//P/7//v//P/7//v/+//8//v//P/8//z//P/8//z//P/8//z//P/8//z//P/8//z//P/8//z//f/8//z//f/8//3//P/9//3//f/9//3//f/9//3//f/9//3//f/9//z//P/8//z//P/8//z//P/8//z//P/8//z//P/8//v/+//8//z//P/8//z//P/8//z/+//8//z//P/8//z//P/7//z/+//7//v/+//7//r/+//7//r/+//6//r/+//6//v/+//7//v/+//6//r/+v/6//r/+//6//r/+v/6//r/+v/7//v/+v/7//v/+v/6//v/+//6//v/+//7//v/+//7//v/+//7//v/+//7//v/+//8//z//P/7//v//P/7//v//f/8//v/+//7//v/+//7//v/+//8//v/+//7//v/+//7//v//P/8//v/+//8//z//P/8//z//P/8//3//P/8//z//f/9//z//P/9//3//f/9//3//f/9//3//f/9//3//P/9//3//f/9//3//f/9//3//f/9//3//f/8//3//f/9//3//P/8//z//f/9//z//f/9//3//f/9//3//f/8//z//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//3//f/9//7//v/9//7//f/9//3//f/9//3//f/9//3//f/9//3//f/9//7//v/9//3//v/+//7//v/+//7//v/+//7//v/+//3//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v/+//7//v////7////+//7//v/+//7//v/+//7//v/////////+////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////AAD//wAAAAAAAAAAAAAAAAAA//8AAAAAAAAAAP//////////////////AAD//wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQUlHQzYEAAB7IkxhYmVsIjoiMSIsIkNvbnRlbnRQcm9kdWNlciI6Ik1pbmlNYXgiLCJQcm9kdWNlSUQiOiIwNmFmYjExYjQyYzcyOTEwZjIyMmMxNzEyYmRlNDI3ZSIsIlJlc2VydmVkQ29kZTEiOiJ7XCJTZWN1cml0eURhdGFcIjp7XCJUeXBlXCI6XCJUQzI2MFBHXCIsXCJWZXJzaW9uXCI6MSxcIlB1YlNEXCI6W3tcIlR5cGVcIjpcIkRTXCIsXCJBbGdJRFwiOlwiMS4yLjE1Ni4xMDE5Ny4xLjUwMVwiLFwiVEJTRGF0YVwiOntcIlR5cGVcIjpcIkxhYmVsTWF0YURhdGFcIn0sXCJTaWduYXR1cmVcIjpcIjU0ZmU0OWQ3OTg2NWUxNmQ1MjljODJlY2IxM2FmYzhkNTQzNDk5ZTdiZjAwYjhkMDBlNDVjMTQ5ZDVkNzMzNzUzZjIyOTU5NDg1MmQ1YThjZjRiMjQyMmFlMTk3NmIxYjM3MWJiYmFkYjkzNzMyODQyYWM3MjQxNGU0OTE3ZTA0XCJ9LHtcIlR5cGVcIjpcIkRTXCIsXCJBbGdJRFwiOlwiMS4yLjE1Ni4xMDE5Ny4xLjUwMVwiLFwiVEJTRGF0YVwiOntcIlR5cGVcIjpcIkJpbmRpbmdcIixcIkJUeXBlXCI6XCIwXCJ9LFwiU2lnbmF0dXJlXCI6XCIyOTQ5MTVkYTkyY2Q0M2QzNDQ0ZjY1NzU1YjlkM2RlMzRiNDFlZDdiMmY4MzcwMGU5MzVhNmRlOWQ5NWQ2ZjIzYjViNzYxMDIzNWFkNzkxYWY1YzFlYzE1YTAwNjBjNDA1NDg4ZWRiNjE2MTNkOTliMTUyNmI5Y2FhMzA2YTk3NFwifSx7XCJUeXBlXCI6XCJQdWJLZXlcIixcIkFsZ0lEXCI6XCIxLjIuMTU2LjEwMTk3LjEuNTAxXCIsXCJUQlNEYXRhXCI6e1wiVHlwZVwiOlwiXCJ9LFwiS2V5VmFsdWVcIjpcIjAwYTBiM2IwYjZhMGM5YjBjODljYWIzMjgzNDJhZjRlODIyMWVjNWI0MDc5OWNiZTgzNWFiNDI1MWY3YjQ3ZTRmZFwifV0sXCJCaW5kaW5nc1wiOlt7XCJUeXBlXCI6XCJIYXNoXCIsXCJBbGdJRFwiOlwiMS4yLjE1Ni4xMDE5Ny4xLjQwMVwiLFwiVEJTRGF0YVwiOntcIlR5cGVcIjpcIlwifSxcIlNpZ25hdHVyZVwiOlwiZDFlYmZlMzg4YTE5MWExNmUwMWU0YjhkOTA5ZTQ3ZTg4NTIxYTVjNjQ0MTk1ZmEzNTMzZGU3N2MxNjdmY2RjOVwifV19fSIsIkNvbnRlbnRQcm9wYWdhdG9yIjoiTWluaU1heCIsIlByb3BhZ2F0ZUlEIjoiIiwiUmVzZXJ2ZWRDb2RlMiI6IiJ9",
            "ErrorCode": 0,
            "ExtInfo": '{"duration":0.766313,"chars":4}',
            "Msg": "success",
            "RequestId": "49c07248-6c7d-4530-be07-9c66251e52e3",
            "AudioUrl": "https://*********************.cos.accelerate.myqcloud.com/speech/23cb48a7-d5e8-4f60-b30f-6fffe599c8e7.wav",
        }
    ],
    "TextTranslationRequest": [{"SourceText": "hello", "Source": "en", "Target": "zh"}],
    "UpdateProjectResponse": [{"RequestId": "0789fbea-b682-4719-ba5e-306bec1b4629"}],
    "UpdateVoiceRequest": [
        {
            "VoiceId": "v1_bXtKSKkmijRkVuzHpVQMkZ/356N9EYGT6/o0liHuqhTc3l2C93vGsTgoqRZNy9MaTAs=",
            "VoiceFields": {"Age": "youth", "Languages": ["zh"]},
        }
    ],
    "UpdateVoiceResponse": [
        {
            "ErrorCode": 0,
            "Msg": "success",
            "Voice": {
                "Age": "youth",
                "Category": "clone",
                "Description": "This is an updated voice description",
                "Gender": "female",
                "Languages": ["zh"],
                "Name": "update-test",
                "VoiceId": "v1_bXtKSKkmijRkVuzHpVQMkZ/356N9EYGT6/o0liHuqhTc3l2C93vGsTgoqRZNy9MaTAs=",
            },
            "RequestId": "e8af7402-5b5a-4e32-bb72-55886391d270",
        }
    ],
    "WithdrawsWatermarkRequest": [
        {
            "InputInfo": {
                "Type": "COS",
                "CosInputInfo": {
                    "Region": "ap-chongqing",
                    "Object": "/movie/201907/WildAnimal.mov",
                    "Bucket": "TopRankVideo-125xxx88",
                },
            }
        }
    ],
    "WithdrawsWatermarkResponse": [
        {
            "TaskId": "125xxx65-WithdrawsWatermark-bffb15f07530b57bc1aabb01fac74bca",
            "RequestId": "6ca31e3a-6b8e-4b4e-9256-fdc700064ef3",
        }
    ],
}
