"""Record types, the CAMEO code table, deterministic ids and named errors.

This package is the leaf every layer shares: it imports nothing of ours.
"""
