"""Tests of the teacher library against a real loopback OpenAI-compatible server."""
