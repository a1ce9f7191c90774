#!/usr/bin/python3
"""Python peer of bench/scoring_bench: the same asLLR checkpoint and token inputs through a plain
PyTorch eager forward (Hugging Face style: every layer on every position, padding mask, repeated
KV heads, full softmax attention), batched the same way (sorted by length, padded per batch).

Usage: scoring_peer.py --model DIR --inputs FILE.jsonl --threads N --batch-tokens N [--warmup N]
Prints one JSON object: leads, seconds, leads_per_s, and the pair scores in input order.
Weights are read with a few lines of safetensors parsing (8-byte header length, JSON header, raw
little-endian data), so nothing beyond Debian's python3-torch is needed.
"""
import argparse
import json
import math
import struct
import sys
import time

import torch
import torch.nn.functional as F

DTYPES = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16, "F64": torch.float64}


def read_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        raw = bytearray(data[base + begin:base + end])
        t = torch.frombuffer(raw, dtype=DTYPES[info["dtype"]]) if raw else torch.empty(0, dtype=DTYPES[info["dtype"]])
        out[name] = t.reshape(info["shape"]).float()
    return out


def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat((-x[..., h:], x[..., :h]), dim=-1)


class Model:
    def __init__(self, folder):
        cfg = json.load(open(f"{folder}/backbone/config.json"))
        manifest = json.load(open(f"{folder}/manifest.json"))
        self.w = read_safetensors(f"{folder}/backbone/model.safetensors")
        self.w.update(read_safetensors(f"{folder}/heads.safetensors"))
        if manifest.get("lora", {}).get("present"):
            # PEFT adapter merged into the base weights: W += B A * alpha / r.
            acfg = json.load(open(f"{folder}/adapter/adapter_config.json"))
            scale = acfg["lora_alpha"] / acfg["r"]
            lora = read_safetensors(f"{folder}/adapter/adapter_model.safetensors")
            for name, a in lora.items():
                if ".lora_A." not in name:
                    continue
                base = name.replace("base_model.model.", "", 1).replace(".lora_A.weight", ".weight")
                b = lora[name.replace(".lora_A.", ".lora_B.")]
                self.w[base] = self.w[base] + (b @ a) * scale
        self.layers = cfg["num_hidden_layers"]
        self.heads = cfg["num_attention_heads"]
        self.kv = cfg["num_key_value_heads"]
        self.hd = cfg["hidden_size"] // self.heads
        self.eps = cfg["rms_norm_eps"]
        self.inv_freq = 1.0 / (cfg["rope_theta"] ** (torch.arange(0, self.hd, 2, dtype=torch.int64).float() / self.hd))
        lm = self.w.get("lm_head.weight", self.w["model.embed_tokens.weight"])
        ids = [manifest["answer_tokens"]["yes"]["id"], manifest["answer_tokens"]["no"]["id"]]
        self.answer = lm[ids].contiguous()

    def norm(self, x, w):
        return w * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps))

    def forward(self, ids, mask):
        w = self.w
        b, t = ids.shape
        x = F.embedding(ids, w["model.embed_tokens.weight"])
        pos = (mask.long().cumsum(1) - 1).clamp(min=0).float()
        freqs = pos[..., None] * self.inv_freq
        emb = torch.cat((freqs, freqs), -1)
        cos, sin = emb.cos()[:, None], emb.sin()[:, None]
        allowed = torch.ones(t, t, dtype=torch.bool).tril()[None, None] & mask.bool()[:, None, None, :]
        rep = self.heads // self.kv
        for i in range(self.layers):
            p = f"model.layers.{i}."
            h = self.norm(x, w[p + "input_layernorm.weight"])
            q = F.linear(h, w[p + "self_attn.q_proj.weight"], w[p + "self_attn.q_proj.bias"]).view(b, t, self.heads, self.hd).transpose(1, 2)
            k = F.linear(h, w[p + "self_attn.k_proj.weight"], w[p + "self_attn.k_proj.bias"]).view(b, t, self.kv, self.hd).transpose(1, 2)
            v = F.linear(h, w[p + "self_attn.v_proj.weight"], w[p + "self_attn.v_proj.bias"]).view(b, t, self.kv, self.hd).transpose(1, 2)
            q = q * cos + rotate_half(q) * sin
            k = k * cos + rotate_half(k) * sin
            k = k.repeat_interleave(rep, 1)
            v = v.repeat_interleave(rep, 1)
            s = (q @ k.transpose(-2, -1)) / math.sqrt(self.hd)
            s = s.masked_fill(~allowed, torch.finfo(torch.float32).min)
            a = (s.softmax(-1) @ v).transpose(1, 2).reshape(b, t, -1)
            x = x + F.linear(a, w[p + "self_attn.o_proj.weight"])
            h = self.norm(x, w[p + "post_attention_layernorm.weight"])
            m = F.linear(F.silu(F.linear(h, w[p + "mlp.gate_proj.weight"])) * F.linear(h, w[p + "mlp.up_proj.weight"]), w[p + "mlp.down_proj.weight"])
            x = x + m
        x = self.norm(x, w["model.norm.weight"])
        last = mask.long().sum(1) - 1
        hidden = x[torch.arange(b), last]
        point = F.linear(hidden, w["point_head.weight"], w["point_head.bias"])[:, 0]
        pair = F.linear(hidden, w["pair_head.weight"], w["pair_head.bias"])[:, 0]
        yes_no = hidden @ self.answer.T
        return point, pair, yes_no


def batches(lengths, batch_tokens, max_rows=256):
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    i = 0
    while i < len(order):
        rows = max(1, min(max_rows, batch_tokens // max(1, lengths[order[i]])))
        yield order[i:i + rows]
        i += rows


def score(model, inputs, batch_tokens):
    lengths = [len(s) for s in inputs]
    out = [0.0] * len(inputs)
    for batch in batches(lengths, batch_tokens):
        t = lengths[batch[0]]
        ids = torch.zeros(len(batch), t, dtype=torch.long)
        mask = torch.zeros(len(batch), t, dtype=torch.long)
        for r, i in enumerate(batch):
            ids[r, :lengths[i]] = torch.tensor(inputs[i])
            mask[r, :lengths[i]] = 1
        _, pair, _ = model.forward(ids, mask)
        for r, i in enumerate(batch):
            out[i] = float(pair[r])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--inputs", required=True)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch-tokens", type=int, default=16384)
    ap.add_argument("--warmup", type=int, default=2)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    inputs = [json.loads(line) for line in open(a.inputs) if line.strip()]
    model = Model(a.model)
    with torch.inference_mode():
        score(model, inputs[:a.warmup], a.batch_tokens)
        start = time.perf_counter()
        pair = score(model, inputs, a.batch_tokens)
        seconds = time.perf_counter() - start
    json.dump({"leads": len(inputs), "seconds": seconds, "leads_per_s": len(inputs) / seconds,
               "torch": torch.__version__, "threads": torch.get_num_threads(), "pair": pair}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
