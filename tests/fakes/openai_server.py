"""A real OpenAI-compatible chat-completions server on loopback, for tests and benchmarks.

It speaks `POST /v1/chat/completions` with the OpenAI response shape, counts every request (in total,
per distinct request body, and the most in flight at once) and can inject scripted faults: a fault plan
is a list of fault specs consumed in order by the requests whose last user message contains `match`.

    with FakeOpenAIServer(latency_s=0.1) as server:
        server.add_faults(["429:0.5", "500"], match="task-3")
        ...  # point a client at server.base_url

Fault specs: "429[:retry_after_s]", "500", "503", "400", "401", "404", "slow[:delay_s]" (reply after a
delay, past the client's timeout), "drop" (close the socket without a reply), "malformed" (200 with
truncated JSON), "no_code" (a reply without a code block), "empty" (content ""), "null" (content null).

`answers={marker: code}` scripts correct answers: a request whose last user message contains `marker`
gets `code` in a fenced block (pipeline tests use the task's function name as marker).

Standalone, for end-to-end tests that kill a client mid-run and count requests here afterwards:

    python -m tests.fakes.openai_server --port 8123 --latency 0.05 [--answers answers.json]

prints `listening on http://127.0.0.1:PORT/v1`, serves `GET /_stats` (counts as JSON), and accepts
`POST /_faults` with `{"faults": [...], "match": "..."}` and `POST /_reset`.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import hashlib
import json
import math
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FAULT_KINDS = frozenset(
    {"429", "500", "503", "400", "401", "404", "slow", "drop", "malformed", "no_code", "empty", "null"}
)


@dataclass(frozen=True)
class Fault:
    """One scripted fault: its kind and, for 429 and "slow", a number of seconds."""

    kind: str
    seconds: float | None = None


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it: arrival time (monotonic), body, fault applied, Authorization."""

    t: float
    body: dict[str, Any]
    fault: str | None
    authorization: str = ""

    @property
    def last_user(self) -> str:
        """The content of the last user message ("" if none)."""
        return last_user_message(self.body)


def parse_fault(spec: str | Fault) -> Fault:
    """Turn "429:1.5" / "slow:2" / "500" into a `Fault`; reject unknown kinds."""
    if isinstance(spec, Fault):
        return spec
    kind, _, arg = spec.partition(":")
    if kind not in FAULT_KINDS:
        raise ValueError(f"unknown fault {spec!r}; known: {sorted(FAULT_KINDS)}")
    return Fault(kind, float(arg) if arg else None)


def canonical(body: Any) -> str:
    """A request body as canonical JSON, the key of the per-body counts."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def last_user_message(body: dict[str, Any]) -> str:
    """The text of the last `user` message of a chat request."""
    for message in reversed(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            return str(message.get("content") or "")
    return ""


def reply_content(body: dict[str, Any], index: int) -> str:
    """The default reply for choice `index`: a code block derived only from the request."""
    prompt = last_user_message(body)
    digest = hashlib.sha256(f"{canonical(body.get('messages'))}|{index}".encode()).hexdigest()[:12]
    return (
        f"Here is the corrected code.\n\n```python\n# refined {digest} (choice {index})\n"
        f"def solution():\n    return {json.dumps(prompt[:40])}\n```\n"
    )


def completion(body: dict[str, Any], contents: list[str | None]) -> dict[str, Any]:
    """An OpenAI `chat.completion` object with `usage` (about 4 characters a token)."""
    prompt = math.ceil(sum(len(str(m.get("content") or "")) for m in body.get("messages") or []) / 4)
    answer = sum(math.ceil(len(c or "") / 4) for c in contents)
    return {
        "id": "chatcmpl-" + hashlib.sha256(canonical(body).encode()).hexdigest()[:24],
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": body.get("model", "fake-model"),
        "choices": [
            {"index": i, "message": {"role": "assistant", "content": c}, "finish_reason": "stop"}
            for i, c in enumerate(contents)
        ],
        "usage": {"prompt_tokens": prompt, "completion_tokens": answer, "total_tokens": prompt + answer},
    }


class FakeOpenAIServer:
    """The server and its bookkeeping; `start()`/`stop()` or use it as a context manager."""

    def __init__(
        self,
        port: int = 0,
        latency_s: float = 0.0,
        api_key: str | None = None,
        answers: dict[str, str] | None = None,
    ) -> None:
        self.latency_s = latency_s
        self.api_key = api_key
        self.answers = dict(answers or {})  # marker in the last user message -> code to answer with
        self._lock = threading.Lock()
        self._plans: list[tuple[str | None, collections.deque[Fault]]] = []
        self.requests: list[Recorded] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._httpd = _Server(("127.0.0.1", port), _Handler)
        self._httpd.fake = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The TCP port actually bound."""
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        """The URL to give an OpenAI client as `base_url`."""
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> FakeOpenAIServer:
        """Serve in a background thread."""
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def add_faults(self, faults: Iterable[str | Fault], match: str | None = None) -> None:
        """Apply `faults`, in order, to the next requests whose last user message contains `match`."""
        with self._lock:
            self._plans.append((match, collections.deque(parse_fault(f) for f in faults)))

    def reset(self) -> None:
        """Forget recorded requests, counts and any unused faults."""
        with self._lock:
            self._plans.clear()
            self.requests.clear()
            self.max_in_flight = 0

    @property
    def total(self) -> int:
        """Chat-completion requests received, faulted ones included."""
        return len(self.requests)

    def counts_by_body(self) -> collections.Counter[str]:
        """Requests received per distinct (canonical JSON) request body."""
        with self._lock:
            return collections.Counter(canonical(r.body) for r in self.requests)

    def matching(self, text: str) -> list[Recorded]:
        """The recorded requests whose last user message contains `text`, in arrival order."""
        with self._lock:
            return [r for r in self.requests if text in r.last_user]

    def stats(self) -> dict[str, Any]:
        """Counts as a JSON-able dict (served at `GET /_stats`)."""
        by_body = self.counts_by_body()
        return {
            "total": self.total,
            "distinct": len(by_body),
            "max_per_body": max(by_body.values(), default=0),
            "max_in_flight": self.max_in_flight,
        }

    def reply(self, body: dict[str, Any], index: int) -> str:
        """The scripted answer whose marker the request contains, else the default reply."""
        text = last_user_message(body)
        for marker, code in sorted(self.answers.items()):
            if marker in text:
                return f"Here is a correct version.\n\n```python\n{code.rstrip()}\n```\n"
        return reply_content(body, index)

    def _admit(self, body: dict[str, Any], authorization: str) -> Fault | None:
        """Record a request, count it in flight, and pop the fault scripted for it, if any."""
        text = last_user_message(body)
        with self._lock:
            fault = None
            for match, plan in self._plans:
                if plan and (match is None or match in text):
                    fault = plan.popleft()
                    break
            kind = fault.kind if fault else None
            self.requests.append(Recorded(time.monotonic(), body, kind, authorization))
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        return fault

    def _release(self) -> None:
        with self._lock:
            self.in_flight -= 1


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default of 5 refuses connections when many clients connect at once


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else headers and body, sent apart, meet delayed ACKs: +40 ms a reply

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet."""

    def _send(self, status: int, payload: bytes, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _send_json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(obj).encode(), headers)

    def _error(self, status: int, headers: dict[str, str] | None = None) -> None:
        error = {"message": f"fake server: {HTTPStatus(status).phrase}", "type": "fake", "code": status}
        self._send_json(status, {"error": error}, headers)

    def do_GET(self) -> None:
        fake: FakeOpenAIServer = self.server.fake  # type: ignore[attr-defined]
        if self.path == "/_stats":
            return self._send_json(200, fake.stats())
        return self._error(404)

    def do_POST(self) -> None:
        fake: FakeOpenAIServer = self.server.fake  # type: ignore[attr-defined]
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            return self._error(400)
        if self.path == "/_faults":
            fake.add_faults(body.get("faults", []), body.get("match"))
            return self._send_json(200, {"ok": True})
        if self.path == "/_reset":
            fake.reset()
            return self._send_json(200, {"ok": True})
        if self.path.rstrip("/") != "/v1/chat/completions" or not isinstance(body, dict):
            return self._error(404)
        fault = fake._admit(body, self.headers.get("Authorization") or "")
        try:
            self._chat(fake, body, fault)
        finally:
            fake._release()

    def _chat(self, fake: FakeOpenAIServer, body: dict[str, Any], fault: Fault | None) -> None:
        if fake.latency_s:
            time.sleep(fake.latency_s)
        if fake.api_key is not None and self.headers.get("Authorization") != f"Bearer {fake.api_key}":
            return self._error(401)
        kind, seconds = (fault.kind, fault.seconds) if fault else (None, None)
        n = int(body.get("n") or 1)
        contents: list[str | None] = [fake.reply(body, i) for i in range(n)]
        if kind == "429":
            return self._error(429, {"Retry-After": f"{seconds or 0:g}"})
        if kind in ("500", "503", "400", "401", "404"):
            return self._error(int(kind))
        if kind == "drop":
            self.close_connection = True
            return None
        if kind == "malformed":
            return self._send(200, b'{"id": "chatcmpl-broken", "object": "chat.completion", "choices": [')
        if kind == "slow":
            time.sleep(5.0 if seconds is None else seconds)
        elif kind == "no_code":
            contents = ["I am sorry, I cannot fix this code."] * n
        elif kind == "empty":
            contents = [""] * n
        elif kind == "null":
            contents = [None] * n
        return self._send_json(200, completion(body, contents))


def main(argv: list[str] | None = None) -> None:
    """Run the server in the foreground until interrupted or killed."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds to wait before each reply")
    parser.add_argument("--api-key", default=None, help="answer 401 unless this Bearer key is sent")
    parser.add_argument("--answers", default=None, help="JSON file {marker: code}: scripted correct answers")
    args = parser.parse_args(argv)
    answers = json.loads(Path(args.answers).read_text(encoding="utf-8")) if args.answers else None
    server = FakeOpenAIServer(port=args.port, latency_s=args.latency, api_key=args.api_key, answers=answers)
    print(f"listening on {server.base_url}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server._httpd.serve_forever()
    server._httpd.server_close()


if __name__ == "__main__":
    main()
