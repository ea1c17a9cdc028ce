"""tencent_mps_lib: hand-written MPS features built on the generated ``tencent_mps`` package.

The command line, the local emulator (``tencent_mps.testing``), event notifications. Users import
them under their public names in ``tencent_mps``; the code lives here, once.
"""
