"""The stages: orchestration only (they call the ports and the store; no SQL, no HTTP of their own)."""
