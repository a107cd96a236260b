"""The example HR assistant: a rule-based stand-in for an LLM, behind the governance layer."""
