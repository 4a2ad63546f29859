"""Qt layer: presents and edits; all rules and storage live below it."""
