"""Fake services for tests: a loopback OpenAI-compatible server."""
