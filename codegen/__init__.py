"""The tencent_mps code generator: reads only ``schema/`` (and copies ``runtime/``), writes ``generated/``."""
