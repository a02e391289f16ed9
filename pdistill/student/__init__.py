"""The student model: loading (`model`), batched generation (`generate`) and program extraction (`extract`).

    from pdistill.student import load_student, generate

    model, tokenizer = load_student("HuggingFaceTB/SmolLM2-135M-Instruct")
    [[sample]] = generate(model, tokenizer, [task_prompt], n=1, temperature=0.0, max_new_tokens=512)
    sample.program  # the full program to execute against the task's tests

See docs/student.md for the rules (modes, stop strings, extraction, determinism).
"""

from pdistill.extract import extract_from_chat, extract_from_completion, extract_program
from pdistill.student.generate import Generation, default_stop, format_prompt, generate, resolve_mode
from pdistill.student.model import load_student

__all__ = [
    "Generation",
    "default_stop",
    "extract_from_chat",
    "extract_from_completion",
    "extract_program",
    "format_prompt",
    "generate",
    "load_student",
    "resolve_mode",
]
