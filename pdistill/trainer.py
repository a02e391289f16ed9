"""The TRL `SFTTrainer` the pipeline trains with: LoRA, completion-only loss, a bar, DVCLive curves.

    trainer = build_trainer(records, model, tokenizer, config, "models/.persd.partial", callbacks=[...])
    trainer.train()

On a CPU the loss projects only the completion positions through the LM head: the prompt's hidden states
never meet the 151,936-row vocabulary matrix, and no full-vocabulary logits tensor is built. TRL's own
fused head scores every position on devices without Triton (its compact path is Triton-only), which on
the default student was most of a step (README "Speed", `benchmarks/train_step.py`). On CUDA, TRL's
chunked Triton head is used as it is. The loss is the same: the mean negative log-likelihood of the
completion tokens (summed over the batch and divided by the completion tokens of the whole
accumulated step, as Trainer passes them in `num_items_in_batch`).
"""

from __future__ import annotations

import os
from dataclasses import fields
from typing import TYPE_CHECKING, Any

import torch
from trl import SFTConfig, SFTTrainer

from pdistill.precision import use_bf16
from pdistill.progress import bar
from pdistill.student.tokenizer import tokenize_record

if TYPE_CHECKING:
    from pdistill.config.sections import Train as TrainConfig


class CompletionSFTTrainer(SFTTrainer):
    """`SFTTrainer` whose CPU loss computes logits for the completion positions only (see module doc)."""

    def compute_loss(
        self, model: Any, inputs: dict[str, Any], return_outputs: bool = False, num_items_in_batch: Any = None
    ) -> Any:
        """Next-token NLL over the tokens whose label is not -100; accuracy on those only."""
        if return_outputs or inputs["input_ids"].device.type != "cpu":
            return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
        inputs = dict(inputs)
        labels = inputs.pop("labels")
        targets = labels[:, 1:]
        keep = torch.zeros_like(labels, dtype=torch.bool)
        keep[:, :-1] = targets != -100  # position t predicts label t + 1
        outputs = model(**inputs, use_cache=False, logits_to_keep=keep)
        logits = outputs.logits.float()  # (completion tokens, vocab), in the order of `keep`
        wanted = targets[targets != -100]
        total = torch.nn.functional.cross_entropy(logits, wanted, reduction="sum")
        count = wanted.numel() if num_items_in_batch is None else num_items_in_batch
        loss = total / torch.as_tensor(count, device=total.device).clamp(min=1)
        if self.args.average_tokens_across_devices and num_items_in_batch is not None:
            loss = loss * self.accelerator.num_processes
        self._log_metrics(logits.detach(), wanted, inputs)
        return loss

    def _log_metrics(self, logits: torch.Tensor, wanted: torch.Tensor, inputs: dict[str, Any]) -> None:
        """TRL's mean token accuracy and tokens seen, from the kept logits. TRL's entropy is left out:
        a second pass over the (tokens x vocabulary) probabilities cost 1.7 s of a 14 s run."""
        with torch.no_grad():
            accuracy = float((logits.argmax(-1) == wanted).float().mean()) if wanted.numel() else 0.0
        metrics = self._metrics["train"]
        metrics["mean_token_accuracy"].append(accuracy)
        self._total_train_tokens += int(inputs["attention_mask"].sum()) if "attention_mask" in inputs else 0
        metrics["num_tokens"] = [self._total_train_tokens]


def _progress_callback(desc: str) -> Any:
    """A callback that shows a bar over optimizer steps with steps/s and tokens/s (`pdistill.progress`)."""
    from transformers import TrainerCallback

    class Progress(TrainerCallback):
        def __init__(self) -> None:
            self.shown: Any = None
            self.tokens = 0
            self.trainer: Any = None  # set once the trainer exists: its token count feeds tokens/s

        def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            if state.is_world_process_zero:
                self.shown = bar(state.max_steps, desc, "step")

        def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            if self.shown is not None:
                seen = int(getattr(self.trainer, "_total_train_tokens", 0))
                self.shown.add_tokens(max(seen - self.tokens, 0))
                self.tokens = seen
                self.shown.update(1)

        def on_train_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            if self.shown is not None:
                self.shown.close()

    return Progress()


def _checkpointing_args(enabled: bool) -> dict[str, Any]:
    """Gradient checkpointing, set explicitly (TRL defaults it on); transformers >= 5.23 names it
    `activation_checkpointing` and warns on the old name."""
    kwargs = {"use_reentrant": False} if enabled else None
    if any(f.name == "activation_checkpointing" for f in fields(SFTConfig)):
        return {"activation_checkpointing": enabled, "activation_checkpointing_kwargs": kwargs}
    return {"gradient_checkpointing": enabled, "gradient_checkpointing_kwargs": kwargs}


def live_callback(live_dir: str | os.PathLike[str]) -> Any:
    """transformers' DVCLive callback on a `Live` that never writes dvc.yaml nor saves an experiment; its
    step (the x of every curve) is the optimizer step, whatever `logging_steps` is. It logs only the
    curves a user reads (the top-level plots of dvc.yaml, docs/training.md) and `epoch`: not TRL's
    entropy or token count, nor the run's summary (runtime, FLOs, mean loss: metrics/train/<variant>.json
    has the seconds and the mean loss)."""
    import dvclive
    from transformers.integrations import DVCLiveCallback

    logged = {"loss", "learning_rate", "grad_norm", "mean_token_accuracy", "epoch"}

    class OptimizerStepDVCLive(DVCLiveCallback):
        def on_log(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
            if self.live is not None:
                self.live.step = state.global_step
            kwargs["logs"] = {k: v for k, v in (kwargs.get("logs") or {}).items() if k in logged}
            super().on_log(args, state, control, **kwargs)

    live = dvclive.Live(str(live_dir), dvcyaml=False, save_dvc_exp=False)
    return OptimizerStepDVCLive(live=live, log_model=False)  # False: HF_DVCLIVE_LOG_MODEL is ignored


def build_trainer(
    records: list[dict[str, Any]],
    model: Any,
    tokenizer: Any,
    config: TrainConfig,
    output_dir: str | os.PathLike[str],
    *,
    callbacks: list[Any] | None = None,
    desc: str = "train",
) -> CompletionSFTTrainer:
    """A `CompletionSFTTrainer` with a PEFT LoRA adapter on `model`: completion-only loss (TRL masks the
    prompt with -100), no checkpoints, no reporting integrations, CPU unless the model is on CUDA, bf16
    per `use_bf16(config.bf16, ...)` on the model's device, a progress bar named `desc`."""
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import set_seed

    device = next(model.parameters()).device
    args = SFTConfig(
        output_dir=str(output_dir),
        num_train_epochs=config.epochs,
        max_steps=config.max_steps,
        per_device_train_batch_size=config.batch_size,
        gradient_accumulation_steps=config.grad_accum,
        learning_rate=config.learning_rate,
        lr_scheduler_type=config.lr_scheduler,
        warmup_steps=config.warmup_ratio,  # transformers 5: a float < 1 is a fraction of the steps
        logging_steps=config.logging_steps,
        logging_first_step=True,
        seed=config.seed,
        data_seed=config.seed,
        bf16=use_bf16(config.bf16, device),
        use_cpu=device.type != "cuda",
        max_length=config.max_length,
        completion_only_loss=True,
        save_strategy="no",
        report_to="none",
        disable_tqdm=True,  # our own bar (below) also prints when stderr is a log file
        ddp_find_unused_parameters=False,  # several GPUs: every LoRA weight gets a gradient each step
        **_checkpointing_args(config.gradient_checkpointing),
    )
    targets = config.target_modules
    lora = LoraConfig(
        r=config.lora_r,
        lora_alpha=config.lora_alpha,
        lora_dropout=config.lora_dropout,
        target_modules=targets if isinstance(targets, str) else list(targets),
        bias="none",
        task_type="CAUSAL_LM",
    )
    set_seed(config.seed)
    model.config.use_cache = False
    # Tokenized here (the same function as build_sft's length check): TRL then skips its own tokenizing
    # map, whose cache fingerprint pickles the whole tokenizer (~4 s per run for Qwen's 152k vocabulary).
    dataset = Dataset.from_list([tokenize_record(tokenizer, r) for r in records])
    progress = _progress_callback(desc)
    trainer = CompletionSFTTrainer(
        model=model,
        args=args,
        train_dataset=dataset,
        processing_class=tokenizer,
        peft_config=lora,
        callbacks=[*(callbacks or []), progress],
    )
    progress.trainer = trainer
    if args.bf16:
        _keep_inputs_in_bf16(trainer.model)
    return trainer


def _keep_inputs_in_bf16(model: Any) -> None:
    """PEFT casts each LoRA layer's input to the fp32 of its LoRA weights: a copy of the activations, in
    every layer, forward and backward, that bf16 autocast casts straight back. Without it the LoRA
    matmuls see the same bf16 values (the round trip is exact), so the result is identical, only faster."""
    from peft.tuners.tuners_utils import BaseTunerLayer

    for module in model.modules():
        if isinstance(module, BaseTunerLayer):
            module.cast_input_dtype_enabled = False
