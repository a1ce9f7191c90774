#pragma once
// Reading and writing safetensors files (the Hugging Face weight format: an 8-byte little-endian
// header length, a JSON header naming each tensor's dtype, shape and byte range, then the raw
// data). Nothing executable is ever loaded. Every check a hostile or damaged file could fail is
// made before any tensor is handed out, with a message naming the file and the tensor.
// Plain C++: no Qt, no torch (the model code turns views into tensors).

#include "engine/message.h"

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace ll::safetensors {

enum class DType { F32, F16, BF16, F64, I64, I32, I16, I8, U8, Bool };

const char* dtypeName(DType dtype);  // "F32", "BF16", ... as in the file format
std::size_t dtypeSize(DType dtype);

// Thrown for any invalid file; what() is a complete sentence naming the file (and tensor).
class FormatError : public engine::EngineError {
 public:
  using engine::EngineError::EngineError;
};

struct TensorInfo {
  std::string name;
  DType dtype = DType::F32;
  std::vector<std::int64_t> shape;
  std::uint64_t begin = 0;  // byte offsets into the data section
  std::uint64_t end = 0;
  [[nodiscard]] std::int64_t numel() const;
};

// One opened file: header parsed and validated (JSON well-formed, known dtypes, non-negative
// shapes, byte ranges that match dtype x shape, lie inside the data section, do not overlap and
// cover it without gaps), data memory-mapped read-only.
class File {
 public:
  static std::unique_ptr<File> open(const std::string& path);  // throws FormatError
  ~File();
  File(const File&) = delete;
  File& operator=(const File&) = delete;

  [[nodiscard]] const std::vector<TensorInfo>& tensors() const { return m_tensors; }
  [[nodiscard]] const TensorInfo* find(const std::string& name) const;
  // Raw bytes of a tensor (little-endian as stored), valid while the File lives.
  [[nodiscard]] std::span<const std::byte> data(const TensorInfo& tensor) const;
  [[nodiscard]] const std::map<std::string, std::string>& metadata() const { return m_metadata; }
  [[nodiscard]] const std::string& path() const { return m_path; }

 private:
  File() = default;
  std::string m_path;
  std::vector<TensorInfo> m_tensors;
  std::map<std::string, std::string> m_metadata;
  const std::byte* m_map = nullptr;  // the whole file: mmap'ed, or m_buffer where mmap failed
  std::size_t m_mapSize = 0;
  std::uint64_t m_dataOffset = 0;  // 8 + header length
  // Set only when mmap failed and the file was read into memory instead (then nothing to unmap).
  std::unique_ptr<std::byte[]> m_buffer;
};

// A checkpoint made of one file or of shards listed in model.safetensors.index.json
// ({"weight_map": {"tensor": "shard file"}}); every tensor is looked up across shards.
class Checkpoint {
 public:
  // `path`: a .safetensors file, an index .json, or a folder holding model.safetensors or
  // model.safetensors.index.json. Throws FormatError (missing shards, a tensor in two shards,
  // an index naming a tensor its shard lacks).
  static Checkpoint open(const std::string& path);
  [[nodiscard]] std::vector<std::string> names() const;
  [[nodiscard]] const TensorInfo* find(const std::string& name) const;
  // Throws FormatError naming the checkpoint and the tensor if it is missing.
  [[nodiscard]] std::span<const std::byte> data(const std::string& name) const;
  [[nodiscard]] const std::string& path() const { return m_path; }

 private:
  std::string m_path;  // as given to open(), for messages
  std::vector<std::shared_ptr<File>> m_files;
  std::map<std::string, std::pair<const File*, const TensorInfo*>> m_index;
};

// Writes tensors (name -> dtype, shape, bytes) and optional string metadata to `path`
// atomically (`path` + ".tmp", then rename). The header lists the tensors in name order
// ("__metadata__" first), padded with spaces to a multiple of 8 bytes. The data is laid out
// largest element size first, then by name, with no gaps (as Hugging Face's writer does), so
// every tensor starts at a multiple of its element size within an 8-byte aligned data section.
// Throws std::invalid_argument (naming the tensor) when bytes.size() != numel x dtype size, for
// a negative dimension, the reserved name "__metadata__" or names/metadata that are not UTF-8;
// std::runtime_error when the file cannot be written (the temporary file is removed).
struct TensorData {
  DType dtype = DType::F32;
  std::vector<std::int64_t> shape;
  std::vector<std::byte> bytes;
};
void write(const std::string& path, const std::map<std::string, TensorData>& tensors,
           const std::map<std::string, std::string>& metadata = {});

}  // namespace ll::safetensors
