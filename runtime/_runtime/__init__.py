"""Hand-written runtime of tencent_mps: signing, credentials, transport, retries, decoding helpers.

Nothing in here is generated. ``make generate`` copies this folder into the package unchanged.
"""
