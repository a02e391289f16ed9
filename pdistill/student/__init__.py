"""The student model: loading (`model`), batched generation (`generate`), its tokenizer alone
(`tokenizer`) and backends (`backend`, `llamacpp`). Program extraction is `pdistill.extract`.

Import from the submodules; this package imports nothing, so that importing one of them (e.g. the
trainer's `pdistill.student.model`) does not pull in the others:

    from pdistill.student.generate import generate
    from pdistill.student.model import load_student

    model, tokenizer = load_student("HuggingFaceTB/SmolLM2-135M-Instruct")
    [[sample]] = generate(model, tokenizer, [task_prompt], n=1, temperature=0.0, max_new_tokens=512)
    sample.program  # the full program to execute against the task's tests

See docs/student.md for the rules (modes, stop strings, extraction, determinism).
"""
