"""Jinja2 templates: the classification prompt, the report, the digest (shipped as triage_agent.prompts)."""
