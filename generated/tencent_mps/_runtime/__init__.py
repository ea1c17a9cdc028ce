# generated from runtime/_runtime/__init__.py (hand-written, copied verbatim) by codegen (make generate); do not edit here, edit runtime/_runtime/__init__.py.
"""Hand-written runtime of tencent_mps: signing, credentials, transport, retries, decoding helpers.

Nothing in here is generated. ``make generate`` copies this folder into the package unchanged.
"""
