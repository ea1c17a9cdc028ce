"""What every request goes through before its action runs: the TC3 signature (``_auth``), the
per-action quota (``_ratelimit``) and the parameters against the schema (``_validate``).
"""
