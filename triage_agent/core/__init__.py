"""The pure core: records, states, log text, fingerprints, redaction; no I/O, no clock reads."""
