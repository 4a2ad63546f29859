"""ClusterDesk benchmarks: what users feel, measured against the targets (``benchmarks.run``)."""
