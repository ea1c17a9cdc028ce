"""tencent_mps_core: the hand-written runtime of Tencent Cloud API 3.0 clients.

Signing (TC3-HMAC-SHA256), credentials, the HTTP transport, retries, the envelope, decoding and
encoding helpers, the waiter and paging engines. It knows no service: a generated package
(``tencent_mps``) describes its service, operations and models to it, and it never imports one.
"""
