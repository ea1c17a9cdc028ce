# copied from runtime/_runtime/__init__.py by codegen (make generate); do not edit here, edit the original.
"""Hand-written runtime of tencent_mps: signing, credentials, transport, retries, decoding helpers.

Nothing in here is generated. ``make generate`` copies this folder into the package unchanged.
"""
