"""``make bench``: speed and memory of tencent_mps against the official SDK, measured in one run."""
