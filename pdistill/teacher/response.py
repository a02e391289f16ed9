"""Teacher replies: parsing a chat-completion body into the small dict the cache stores, and back.

A response is `{"id", "model", "contents", "finish_reasons", "usage"}` with one content per choice, in
choice-index order. A message whose content is null (a refusal, a tool call) becomes "": the caller
decides what an empty reply means; it is not an error here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pdistill.teacher.errors import MalformedResponse

_USAGE_KEYS = ("prompt_tokens", "completion_tokens", "total_tokens")


@dataclass(frozen=True)
class TeacherReply:
    """One conversation's answer: `content` is choice 0, `contents` all n choices."""

    request_hash: str
    content: str
    contents: tuple[str, ...]
    finish_reasons: tuple[str | None, ...]
    usage: dict[str, int]
    model: str
    cached: bool


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def parse_completion(body: Any) -> dict[str, Any]:
    """Reduce an OpenAI `chat.completion` body to a response dict; `MalformedResponse` if it is not one."""
    if not isinstance(body, dict):
        raise MalformedResponse(f"expected a JSON object, got {type(body).__name__}")
    choices = body.get("choices")
    if not isinstance(choices, list) or not choices:
        raise MalformedResponse("the reply has no choices")
    if not all(isinstance(c, dict) and isinstance(c.get("message"), dict) for c in choices):
        raise MalformedResponse("a choice has no message")
    ordered = sorted(enumerate(choices), key=lambda ic: (_count(ic[1].get("index", ic[0])), ic[0]))
    contents = []
    for _, choice in ordered:
        content = choice["message"].get("content")
        if content is not None and not isinstance(content, str):
            raise MalformedResponse(f"message content is {type(content).__name__}, not a string")
        contents.append(content or "")
    finish = [c.get("finish_reason") if isinstance(c.get("finish_reason"), str) else None for _, c in ordered]
    usage = body.get("usage") if isinstance(body.get("usage"), dict) else {}
    counts = {key: _count(usage.get(key)) for key in _USAGE_KEYS}
    counts["total_tokens"] = counts["total_tokens"] or counts["prompt_tokens"] + counts["completion_tokens"]
    return {
        "id": str(body.get("id") or ""),
        "model": str(body.get("model") or ""),
        "contents": contents,
        "finish_reasons": finish,
        "usage": counts,
    }


def is_response(obj: Any) -> bool:
    """True if `obj` has the shape `parse_completion` returns (used to reject corrupt cache entries)."""
    if (
        not isinstance(obj, dict)
        or not isinstance(obj.get("id"), str)
        or not isinstance(obj.get("model"), str)
    ):
        return False
    contents, finish, usage = obj.get("contents"), obj.get("finish_reasons"), obj.get("usage")
    return (
        isinstance(contents, list)
        and bool(contents)
        and all(isinstance(c, str) for c in contents)
        and isinstance(finish, list)
        and len(finish) == len(contents)
        and all(f is None or isinstance(f, str) for f in finish)
        and isinstance(usage, dict)
        and all(_count(usage.get(k)) == usage.get(k) for k in _USAGE_KEYS)
    )


def to_reply(key: str, response: dict[str, Any], *, cached: bool) -> TeacherReply:
    """Wrap a response dict (fresh or from the cache) as a `TeacherReply`."""
    contents = tuple(response["contents"])
    return TeacherReply(
        request_hash=key,
        content=contents[0],
        contents=contents,
        finish_reasons=tuple(response["finish_reasons"]),
        usage=dict(response["usage"]),
        model=response["model"],
        cached=cached,
    )
