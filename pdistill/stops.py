"""Stop strings: where a model's output is cut (the end of the function in completion mode, the closing
code fence in chat mode).

Stop strings are literal, with one exception: the code fence ("```") stops at the fence that *closes* an
opened block (the reply is cut just after it), because the opening fence is where the code begins. Used by
generation (both backends), extraction and the prompt builder (an SFT target must not be cut).
"""

from __future__ import annotations

from collections.abc import Sequence

FENCE = "```"
COMPLETION_STOP: tuple[str, ...] = ("\ndef ", "\nclass ", "\nif __name__", "\nprint(", "\n#", "\nassert")
CHAT_STOP: tuple[str, ...] = (FENCE,)


def find_stop(text: str, stop: Sequence[str], context: str = "") -> int | None:
    """Index at which `text` must be cut because of a stop string, or None if none occurs.

    A literal stop string cuts *before* itself. `context` is text that precedes `text` (the prompt in
    completion mode): a stop string may start in it and end in `text`, e.g. the prompt's final newline
    followed by `def ` at the start of the completion; the cut is then at 0. The fence stop ("```") cuts
    *after* the fence that closes the first opened block.
    """
    cuts: list[int] = []
    for s in stop:
        if not s:
            continue
        if s == FENCE:
            opening = text.find(FENCE)
            closing = text.find(FENCE, opening + len(FENCE)) if opening >= 0 else -1
            if closing >= 0:
                cuts.append(closing + len(FENCE))
            continue
        tail = context[len(context) - len(s) + 1 :] if len(s) > 1 and context else ""
        at = (tail + text).find(s)
        if at >= 0:
            cuts.append(max(0, at - len(tail)))
    return min(cuts) if cuts else None


def truncate(text: str, stop: Sequence[str], context: str = "") -> tuple[str, bool]:
    """Cut `text` at its first stop string (see `find_stop`); return the text and whether it was cut."""
    cut = find_stop(text, stop, context)
    return (text, False) if cut is None else (text[:cut], True)
