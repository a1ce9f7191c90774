#!/usr/bin/python3
"""Writes the Qwen2 parity fixtures under tests/data/model/ (run with Debian's python3-torch).

For each tiny random configuration: config.json, model.safetensors (fp32) and reference.json with
token id lists of different lengths and the outputs of a reference forward pass: the hidden
states after the final norm at every position and the LM head logits at the last token.

The reference is written here from the public description of the Qwen2 architecture
(transformers' modeling_qwen2.py: RMSNorm, rotary embeddings with rotate_half, grouped-query
attention with q/k/v bias, SwiGLU MLP), deliberately in a different shape from the C++ code:
one sequence at a time, no padding, a Python loop over heads, float64 arithmetic on the fp32
weights. Only the standard library and torch are used; safetensors is written by hand.

    /usr/bin/python3 scripts/make-model-fixtures.py            # rewrites tests/data/model/
"""

import json
import math
import pathlib
import struct
import sys

import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "model"

CONFIGS = {
    # Grouped-query attention (4 query heads share 2 kv heads), separate LM head.
    "qwen2-tiny": dict(vocab_size=320, hidden_size=48, intermediate_size=112, num_hidden_layers=2,
                       num_attention_heads=4, num_key_value_heads=2, rope_theta=10000.0,
                       tie_word_embeddings=False, seed=1234),
    # One kv head for all queries, LM head tied to the embeddings (no lm_head.weight stored).
    "qwen2-tied": dict(vocab_size=320, hidden_size=32, intermediate_size=64, num_hidden_layers=1,
                       num_attention_heads=4, num_key_value_heads=1, rope_theta=1000000.0,
                       tie_word_embeddings=True, seed=99),
}
EPS = 1e-6


def make_weights(c):
    """Random fp32 weights scaled so activations stay O(1): small weights (HF's 0.02 init) would
    make every output nearly zero and the comparison blind."""
    g = torch.Generator().manual_seed(c["seed"])
    d, f = c["hidden_size"], c["intermediate_size"]
    hd = d // c["num_attention_heads"]
    kv = c["num_key_value_heads"] * hd

    def mat(rows, cols):
        return torch.randn(rows, cols, generator=g) / math.sqrt(cols)

    def vec(n, scale=0.1):
        return torch.randn(n, generator=g) * scale

    w = {"model.embed_tokens.weight": torch.randn(c["vocab_size"], d, generator=g)}
    for i in range(c["num_hidden_layers"]):
        p = f"model.layers.{i}."
        w[p + "input_layernorm.weight"] = 1.0 + vec(d, 0.2)
        w[p + "self_attn.q_proj.weight"] = mat(d, d)
        w[p + "self_attn.q_proj.bias"] = vec(d)
        w[p + "self_attn.k_proj.weight"] = mat(kv, d)
        w[p + "self_attn.k_proj.bias"] = vec(kv)
        w[p + "self_attn.v_proj.weight"] = mat(kv, d)
        w[p + "self_attn.v_proj.bias"] = vec(kv)
        w[p + "self_attn.o_proj.weight"] = mat(d, d)
        w[p + "post_attention_layernorm.weight"] = 1.0 + vec(d, 0.2)
        w[p + "mlp.gate_proj.weight"] = mat(f, d)
        w[p + "mlp.up_proj.weight"] = mat(f, d)
        w[p + "mlp.down_proj.weight"] = mat(d, f)
    w["model.norm.weight"] = 1.0 + vec(d, 0.2)
    if not c["tie_word_embeddings"]:
        w["lm_head.weight"] = mat(c["vocab_size"], d)
    return {k: v.to(torch.float32).contiguous() for k, v in w.items()}


def write_safetensors(path, tensors):
    """8-byte little-endian header length, JSON header, then the raw little-endian data."""
    header, chunks, offset = {}, [], 0
    for name in sorted(tensors):
        t = tensors[name]
        assert t.dtype == torch.float32
        raw = b"".join(struct.pack("<f", x) for x in t.flatten().tolist())
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    header["__metadata__"] = {"format": "pt"}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)  # pad so the data section starts 8-aligned, as HF writers do
    path.write_bytes(struct.pack("<Q", len(text)) + text + b"".join(chunks))


def reference_forward(c, w, ids):
    """Qwen2 forward for one unpadded sequence, float64. Returns (hidden [T,d], logits [T,V])."""
    W = {k: v.to(torch.float64) for k, v in w.items()}
    d, heads, kvh = c["hidden_size"], c["num_attention_heads"], c["num_key_value_heads"]
    hd = d // heads
    T = len(ids)

    def rmsnorm(x, weight):
        return weight * (x / torch.sqrt((x * x).mean(dim=-1, keepdim=True) + EPS))

    def linear(x, name, bias=False):
        y = x @ W[name + ".weight"].T
        return y + W[name + ".bias"] if bias else y

    # Rotary embedding: angle(pos, i) = pos / theta^(2i/hd), applied to the halves (x1, x2) of
    # each head vector as x * cos + rotate_half(x) * sin, rotate_half(x) = (-x2, x1).
    inv_freq = 1.0 / (c["rope_theta"] ** (torch.arange(0, hd, 2, dtype=torch.float64) / hd))
    angles = torch.arange(T, dtype=torch.float64)[:, None] * inv_freq[None, :]
    cos = torch.cat([angles.cos(), angles.cos()], dim=-1)
    sin = torch.cat([angles.sin(), angles.sin()], dim=-1)

    def rope(x):  # x [T, hd]
        x1, x2 = x[:, : hd // 2], x[:, hd // 2:]
        return x * cos + torch.cat([-x2, x1], dim=-1) * sin

    causal = torch.tril(torch.ones(T, T, dtype=torch.bool))
    x = W["model.embed_tokens.weight"][torch.tensor(ids)]
    for i in range(c["num_hidden_layers"]):
        p = f"model.layers.{i}."
        h = rmsnorm(x, W[p + "input_layernorm.weight"])
        q = linear(h, p + "self_attn.q_proj", True)
        k = linear(h, p + "self_attn.k_proj", True)
        v = linear(h, p + "self_attn.v_proj", True)
        outs = []
        for head in range(heads):
            g = head // (heads // kvh)  # the kv head this query head shares
            qh = rope(q[:, head * hd:(head + 1) * hd])
            kh = rope(k[:, g * hd:(g + 1) * hd])
            vh = v[:, g * hd:(g + 1) * hd]
            scores = (qh @ kh.T) / math.sqrt(hd)
            scores = scores.masked_fill(~causal, float("-inf"))
            outs.append(torch.softmax(scores, dim=-1) @ vh)
        x = x + linear(torch.cat(outs, dim=-1), p + "self_attn.o_proj")
        h = rmsnorm(x, W[p + "post_attention_layernorm.weight"])
        gate = linear(h, p + "mlp.gate_proj")
        x = x + linear(gate * torch.sigmoid(gate) * linear(h, p + "mlp.up_proj"), p + "mlp.down_proj")
    hidden = rmsnorm(x, W["model.norm.weight"])
    head_w = W["model.embed_tokens.weight"] if c["tie_word_embeddings"] else W["lm_head.weight"]
    return hidden, hidden @ head_w.T


def rounded(t):
    # 9 significant digits round-trip a float32; more would only bloat the fixture.
    return [float(f"{x:.9g}") for x in t.tolist()]


def main():
    for name, c in CONFIGS.items():
        folder = OUT / name
        folder.mkdir(parents=True, exist_ok=True)
        config = {
            "architectures": ["Qwen2ForCausalLM"],
            "model_type": "qwen2",
            "hidden_act": "silu",
            "vocab_size": c["vocab_size"],
            "hidden_size": c["hidden_size"],
            "intermediate_size": c["intermediate_size"],
            "num_hidden_layers": c["num_hidden_layers"],
            "num_attention_heads": c["num_attention_heads"],
            "num_key_value_heads": c["num_key_value_heads"],
            "rms_norm_eps": EPS,
            "rope_theta": c["rope_theta"],
            "max_position_embeddings": 128,
            "tie_word_embeddings": c["tie_word_embeddings"],
            "torch_dtype": "float32",
            "use_sliding_window": False,
            "rope_scaling": None,
        }
        (folder / "config.json").write_text(json.dumps(config, indent=2) + "\n")
        weights = make_weights(c)
        write_safetensors(folder / "model.safetensors", weights)

        g = torch.Generator().manual_seed(c["seed"] + 1)
        lengths = [7, 3, 12, 1, 5]
        inputs = [torch.randint(0, c["vocab_size"], (n,), generator=g).tolist() for n in lengths]
        inputs[2][0], inputs[2][-1] = 0, c["vocab_size"] - 1  # both ends of the vocabulary
        cases = []
        for ids in inputs:
            hidden, logits = reference_forward(c, weights, ids)
            cases.append({"input_ids": ids, "hidden": [rounded(row) for row in hidden],
                          "last_logits": rounded(logits[-1])})
        ref = {"generator": "scripts/make-model-fixtures.py", "reference": "float64 per-sequence forward",
               "cases": cases}
        (folder / "reference.json").write_text(json.dumps(ref, separators=(",", ":")) + "\n")
        print(f"{folder.relative_to(ROOT)}: {sum(t.numel() for t in weights.values())} parameters", file=sys.stderr)


if __name__ == "__main__":
    main()
