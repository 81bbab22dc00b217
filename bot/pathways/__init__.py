"""The catalogue of pathways and the rules run over it: loading, validating, importing, matching."""
