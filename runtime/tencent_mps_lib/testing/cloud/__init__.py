"""The fake Tencent Cloud services used to test credential providers: the instance metadata
service and STS (``_cloud``), on a small loopback HTTP server (``_cloud_server``).
"""
