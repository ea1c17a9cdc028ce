# generated from schema/mps.openapi.json and schema/mps.schema.json by codegen/templates/tencent_mps/_commands.py.jinja2 (make generate); do not edit.
"""The command line's table: a command per action (``tencent-mps <action>``), as data.

``COMMANDS`` maps each command (the action in kebab-case) to its action, ``FAMILIES`` groups the
actions for ``tencent-mps --help``, ``SUMMARIES`` gives each a line. ``SPECS`` holds, per action,
a JSON record of its flags (one per top-level request field), paginator, waiter and example;
``TYPES`` the fields of each request model (for ``--skeleton``). Only the record of the command
that runs is decoded (see ``tencent_mps_lib.cli._generic``).
"""

from __future__ import annotations

from typing import Final

COMMANDS: Final[dict[str, str]] = {
    "create-job": "CreateJob",
    "describe-job": "DescribeJob",
    "list-jobs": "ListJobs",
    "ping": "Ping",
}

FAMILIES: Final[dict[str, tuple[str, ...]]] = {
    "Account, projects and other": (
        "CreateJob",
        "DescribeJob",
        "ListJobs",
        "Ping",
    ),
}

SUMMARIES: Final[dict[str, str]] = {
    "CreateJob": "Start a job.",
    "DescribeJob": "Get a job.",
    "ListJobs": "List jobs, a page at a time.",
    "Ping": "Check that the service answers.",
}

SPECS: Final[dict[str, str]] = {
    "CreateJob": '{"method":"create_job","constant":"CREATE_JOB","request":"CreateJobRequest","description":"Start a job. (fixture operation).","fields":[["Input","object",null,"JobInput",true,null,[],"What to work on.",false,"--input"],["Outputs","list","object","OutputSpec",false,null,[],"Outputs to make.",false,"--outputs"],["Priority","int",null,null,false,null,[],"Priority, -10 to 10.",false,"--priority"],["Ratio","float",null,null,false,"%",[],"Share of the quota to use.",false,"--ratio"],["DryRun","bool",null,null,false,null,[],"Check the request only.",false,"--dry-run"]],"secrets":[],"example":"tencent-mps create-job --input \'{\\"Source\\":{\\"Url\\":\\"https://example.com/a.mp4\\"}}\' --priority 1","documented":true}',
    "DescribeJob": '{"method":"describe_job","constant":"DESCRIBE_JOB","request":"DescribeJobRequest","description":"Get a job. (fixture operation).","fields":[["JobId","str",null,null,true,null,[],"ID of the job.",false,"--job-id"],["Region","str",null,null,true,null,[],"Region of the job.",false,"--region-field"]],"secrets":[],"example":"tencent-mps describe-job --job-id TEXT --region-field TEXT","documented":false}',
    "ListJobs": '{"method":"list_jobs","constant":"LIST_JOBS","request":"ListJobsRequest","description":"List jobs, a page at a time. (fixture operation).","fields":[["Status","str",null,null,false,null,["WAITING","RUNNING","DONE","FAILED"],"Only jobs in this state.",false,"--status"],["Offset","int",null,null,false,null,[],"Items to skip.",false,"--offset"],["Limit","int",null,null,false,null,[],"Items per page.",false,"--limit"]],"secrets":[],"example":"tencent-mps list-jobs","documented":false,"pages":{"loop":"LIST_JOBS_PAGES","items":"JobSet","cursor":["Offset","Limit"]}}',
    "Ping": '{"method":"ping","constant":"PING","request":"PingRequest","description":"Check that the service answers. (fixture operation).","fields":[],"secrets":[],"example":"tencent-mps ping","documented":false}',
}

TYPES: Final[dict[str, str]] = {
    "CreateJobRequest": '[["Input","object",null,"JobInput",true,null,[]],["Outputs","list","object","OutputSpec",false,null,[]],["Priority","int",null,null,false,null,[]],["Ratio","float",null,null,false,"%",[]],["DryRun","bool",null,null,false,null,[]]]',
    "DescribeJobRequest": '[["JobId","str",null,null,true,null,[]],["Region","str",null,null,true,null,[]]]',
    "JobInput": '[["Source","object",null,"SourceInfo",true,null,[]],["Tags","list","str",null,false,null,[]],["Weights","list","float",null,false,"%",[]],["Kind","str",null,null,false,null,["fast","best"]]]',
    "ListJobsRequest": '[["Status","str",null,null,false,null,["WAITING","RUNNING","DONE","FAILED"]],["Offset","int",null,null,false,null,[]],["Limit","int",null,null,false,null,[]]]',
    "OutputSpec": '[["Definition","int",null,null,true,null,[]],["Path","str",null,null,false,null,[]]]',
    "PingRequest": "[]",
    "SourceInfo": '[["Url","str",null,null,true,null,[]],["Region","str",null,null,false,null,[]]]',
}
