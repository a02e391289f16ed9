"""The teacher: an OpenAI-compatible chat model that refines the student's failed code.

A library used by the pipeline stages: `Teacher.chat_many` answers conversations through the official
`openai` client with a shared on-disk `ResponseCache`, bounded concurrency, retries, a cost `Ledger` and
a budget guard; `estimate` says what a run would cost before it starts. See docs/teacher.md.
"""

from pdistill.teacher.budget import estimate
from pdistill.teacher.cache import ResponseCache, default_cache_dir, request_hash
from pdistill.teacher.client import Teacher
from pdistill.teacher.config import Price, TeacherConfig, is_local_url, resolve_api_key
from pdistill.teacher.errors import BudgetExceeded, TeacherError, TeacherRequestError
from pdistill.teacher.ledger import Ledger
from pdistill.teacher.response import TeacherReply

__all__ = [
    "BudgetExceeded",
    "Ledger",
    "Price",
    "ResponseCache",
    "Teacher",
    "TeacherConfig",
    "TeacherError",
    "TeacherReply",
    "TeacherRequestError",
    "default_cache_dir",
    "estimate",
    "is_local_url",
    "request_hash",
    "resolve_api_key",
]
