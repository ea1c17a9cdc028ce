"""``make sync``: carry facts from Tencent's machine-readable API description into schema/.

Facts only (names, kinds, nullability, required and always-present fields, deprecation, units,
documented values, examples, error codes); every description and extension the project wrote is
kept. See schema/README.md for which keys are which, and :func:`sync.run.sync` for the API.
"""
