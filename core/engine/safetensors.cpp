#include "engine/safetensors.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string_view>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace ll::safetensors {

namespace {

using Json = nlohmann::json;
using engine::Message;
namespace fs = std::filesystem;

// Hugging Face's reference reader refuses headers above 100 MB; a larger length field means a
// damaged or foreign file, and honouring it would only waste memory.
constexpr std::uint64_t kMaxHeaderSize = 100'000'000;
// A valid header nests three levels ({name: {"shape": [..]}}); anything far deeper is hostile
// input, refused before it costs memory.
constexpr int kMaxJsonDepth = 8;
// Index files are small (a name -> shard map); the cap keeps a wrong path from being slurped.
constexpr std::uintmax_t kMaxIndexSize = 100'000'000;
constexpr const char* kMetadataKey = "__metadata__";

constexpr std::array<DType, 10> kAllDTypes = {DType::F32, DType::F16, DType::BF16, DType::F64, DType::I64,
                                              DType::I32, DType::I16, DType::I8,   DType::U8,  DType::Bool};

std::string inQuotes(std::string_view s) {
  return "\"" + std::string(s) + "\"";
}

[[noreturn]] void fail(const std::string& path, Message reason) {
  throw FormatError(Message(QT_TRANSLATE_NOOP("ll::engine", "Cannot load safetensors file \"%1\": %2."), path,
                            std::move(reason)));
}

[[noreturn]] void failIndex(const std::string& path, Message reason) {
  throw FormatError(Message(QT_TRANSLATE_NOOP("ll::engine", "Cannot load safetensors index \"%1\": %2."),
                            path, std::move(reason)));
}

std::string errnoText(int err) {
  return std::strerror(err);
}

std::optional<DType> parseDType(std::string_view name) {
  for (DType d : kAllDTypes)
    if (name == dtypeName(d)) return d;
  return std::nullopt;
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
  std::string s = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

// Element count of a shape, or nullopt when it overflows int64 (a hostile header can claim
// [2^32, 2^32, 4]; the product must not wrap into a plausible small number).
std::optional<std::int64_t> checkedNumel(const std::vector<std::int64_t>& shape) {
  std::int64_t n = 1;
  for (std::int64_t d : shape)
    if (d < 0 || __builtin_mul_overflow(n, d, &n)) return std::nullopt;
  return n;
}

// Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and code points above
// U+10FFFF included), or nullopt. Checked before JSON parsing so the message says "UTF-8"
// instead of a parser's generic syntax error.
std::optional<std::size_t> firstInvalidUtf8(std::string_view s) {
  static constexpr std::array<std::uint32_t, 5> kMinForLength = {0, 0, 0x80, 0x800, 0x10000};
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0u) == 0xC0u) {
      len = 2;
      cp = c & 0x1Fu;
    } else if ((c & 0xF0u) == 0xE0u) {
      len = 3;
      cp = c & 0x0Fu;
    } else if ((c & 0xF8u) == 0xF0u) {
      len = 4;
      cp = c & 0x07u;
    } else {
      return i;
    }
    if (len > s.size() - i) return i;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0u) != 0x80u) return i;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    if (cp < kMinForLength[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::nullopt;
}

// A duplicate JSON key, seen while parsing. nlohmann keeps the last value silently, so the
// parser callback records every key per open object to catch it.
struct Duplicate {
  std::string outerKey;  // the top-level key the duplicate sits under; empty at top level
  std::string key;
};

struct TooDeep {};  // thrown out of the parser callback to stop at kMaxJsonDepth

// What parseStrictJson reads, for its messages.
enum class JsonSubject { Header, Index };

// Parses JSON text, refusing deep nesting; `onError(reason)` must throw, with a reason that
// names `subject`. The first duplicate key, if any, goes to `duplicate` for the caller to word
// (a duplicate tensor name versus a duplicate field).
template <typename OnError>
Json parseStrictJson(std::string_view text, JsonSubject subject, OnError onError,
                     std::optional<Duplicate>& duplicate) {
  const bool header = subject == JsonSubject::Header;
  std::vector<std::set<std::string>> keysPerObject;  // one set per currently open object
  int depth = 0;
  std::string topKey;
  const Json::parser_callback_t callback = [&](int, Json::parse_event_t event, Json& parsed) {
    switch (event) {
      case Json::parse_event_t::object_start:
      case Json::parse_event_t::array_start:
        if (++depth > kMaxJsonDepth) throw TooDeep{};
        if (event == Json::parse_event_t::object_start) keysPerObject.emplace_back();
        break;
      case Json::parse_event_t::object_end:
      case Json::parse_event_t::array_end:
        --depth;
        if (event == Json::parse_event_t::object_end) keysPerObject.pop_back();
        break;
      case Json::parse_event_t::key: {
        const auto& key = parsed.get_ref<const std::string&>();
        if (keysPerObject.size() == 1) topKey = key;
        if (!keysPerObject.back().insert(key).second && !duplicate)
          duplicate = Duplicate{keysPerObject.size() == 1 ? std::string() : topKey, key};
        break;
      }
      case Json::parse_event_t::value:
        break;
    }
    return true;
  };
  // nlohmann stops at a NUL byte as if the input ended there, which would let bytes after it
  // pass unseen; JSON allows NUL nowhere outside escapes.
  if (const auto nul = text.find('\0'); nul != std::string_view::npos)
    onError(
        header
            ? Message(QT_TRANSLATE_NOOP("ll::engine",
                                        "the header is not valid JSON (it contains a NUL byte at offset %1)"),
                      nul)
            : Message(QT_TRANSLATE_NOOP("ll::engine",
                                        "the index is not valid JSON (it contains a NUL byte at offset %1)"),
                      nul));
  Json json;
  try {
    json = Json::parse(text.begin(), text.end(), callback, /*allow_exceptions=*/true,
                       /*ignore_comments=*/false);
  } catch (const TooDeep&) {
    onError(header ? Message(QT_TRANSLATE_NOOP("ll::engine",
                                               "the header nests JSON values more than %1 levels deep"),
                             kMaxJsonDepth)
                   : Message(QT_TRANSLATE_NOOP("ll::engine",
                                               "the index nests JSON values more than %1 levels deep"),
                             kMaxJsonDepth));
  } catch (const Json::exception& e) {
    // Drop nlohmann's "[json.exception.parse_error.101] " tag: the rest is the useful part.
    std::string what = e.what();
    if (const auto pos = what.find("] "); what.starts_with("[json.exception") && pos != std::string::npos)
      what.erase(0, pos + 2);
    onError(header ? Message(QT_TRANSLATE_NOOP("ll::engine", "the header is not valid JSON (%1)"), what)
                   : Message(QT_TRANSLATE_NOOP("ll::engine", "the index is not valid JSON (%1)"), what));
  }
  return json;
}

// Closes a file descriptor on every path out of a function.
class Fd {
 public:
  explicit Fd(int fd) : m_fd(fd) {}
  ~Fd() {
    if (m_fd >= 0) ::close(m_fd);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  [[nodiscard]] int get() const { return m_fd; }
  int release() { return std::exchange(m_fd, -1); }

 private:
  int m_fd;
};

std::uint64_t readLe64(const std::byte* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<std::uint8_t>(p[i]);
  return v;
}

// Parses one tensor entry of the header; `path` and `name` only feed messages.
TensorInfo parseTensor(const std::string& path, const std::string& name, const Json& entry) {
  if (!entry.is_object())
    fail(path,
         Message(QT_TRANSLATE_NOOP("ll::engine", "the header entry of tensor \"%1\" is not a JSON object"),
                 name));
  // Fields other than these three are ignored: they cannot make a read unsafe, and refusing
  // them would reject files from writers that add their own annotations.
  const auto field = [&](const char* key) -> const Json& {
    const auto it = entry.find(key);
    if (it == entry.end())
      fail(path, Message(QT_TRANSLATE_NOOP("ll::engine", "tensor \"%1\" has no \"%2\" field"), name, key));
    return *it;
  };
  TensorInfo info;
  info.name = name;

  const Json& dtype = field("dtype");
  if (!dtype.is_string())
    fail(path, Message(QT_TRANSLATE_NOOP("ll::engine", "tensor \"%1\" has a \"dtype\" that is not a string"),
                       name));
  const auto parsed = parseDType(dtype.get_ref<const std::string&>());
  if (!parsed)
    fail(path, Message(QT_TRANSLATE_NOOP(
                           "ll::engine",
                           "tensor \"%1\" has the unknown or unsupported dtype \"%2\" (supported: F32, "
                           "F16, BF16, F64, I64, I32, I16, I8, U8, BOOL)"),
                       name, dtype.get_ref<const std::string&>()));
  info.dtype = *parsed;

  const Json& shape = field("shape");
  if (!shape.is_array())
    fail(path, Message(QT_TRANSLATE_NOOP("ll::engine", "tensor \"%1\" has a \"shape\" that is not an array"),
                       name));
  for (const Json& dim : shape) {
    if (!dim.is_number_integer())
      fail(path, Message(QT_TRANSLATE_NOOP("ll::engine",
                                           "tensor \"%1\" has a shape entry that is not an integer: %2"),
                         name, dim.dump()));
    if (dim.is_number_unsigned()) {
      const auto v = dim.get<std::uint64_t>();
      if (v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        fail(path, Message(QT_TRANSLATE_NOOP("ll::engine",
                                             "tensor \"%1\" has the dimension %2, too large to count"),
                           name, v));
      info.shape.push_back(static_cast<std::int64_t>(v));
    } else {
      const auto v = dim.get<std::int64_t>();
      if (v < 0)
        fail(path, Message(QT_TRANSLATE_NOOP("ll::engine", "tensor \"%1\" has the negative dimension %2"),
                           name, v));
      info.shape.push_back(v);
    }
  }

  const Json& offsets = field("data_offsets");
  if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned() ||
      !offsets[1].is_number_unsigned())
    fail(path,
         Message(QT_TRANSLATE_NOOP("ll::engine",
                                   "tensor \"%1\" has \"data_offsets\" %2, not two non-negative integers"),
                 name, offsets.dump()));
  info.begin = offsets[0].get<std::uint64_t>();
  info.end = offsets[1].get<std::uint64_t>();
  if (info.end < info.begin)
    fail(path,
         Message(QT_TRANSLATE_NOOP("ll::engine",
                                   "tensor \"%1\" has \"data_offsets\" %2 whose end lies before its begin"),
                 name, offsets.dump()));

  const auto numel = checkedNumel(info.shape);
  std::uint64_t bytes = 0;
  if (!numel || __builtin_mul_overflow(static_cast<std::uint64_t>(*numel), dtypeSize(info.dtype), &bytes))
    fail(path, Message(QT_TRANSLATE_NOOP("ll::engine",
                                         "tensor \"%1\" has the shape %2, whose size overflows 64 bits"),
                       name, shapeText(info.shape)));
  if (info.end - info.begin != bytes)
    fail(path,
         Message(QT_TRANSLATE_NOOP("ll::engine",
                                   "tensor \"%1\" has %2 bytes of data but dtype %3 and shape %4 need %5"),
                 name, info.end - info.begin, dtypeName(info.dtype), shapeText(info.shape), bytes));
  return info;
}

// The data section must be covered exactly: each byte by one tensor, none left over. This is
// what the format specification requires, and what stops a file from hiding data the header
// does not describe.
void checkCoverage(const std::string& path, const std::vector<TensorInfo>& tensors, std::uint64_t dataSize) {
  for (const TensorInfo& t : tensors)
    if (t.end > dataSize)
      fail(path,
           Message(QT_TRANSLATE_NOOP("ll::engine",
                                     "tensor \"%1\" ends at byte %2 of the data section, but the file holds "
                                     "only %3 data bytes: the file is truncated"),
                   t.name, t.end, dataSize));
  std::vector<const TensorInfo*> order;
  order.reserve(tensors.size());
  for (const TensorInfo& t : tensors) order.push_back(&t);
  std::ranges::sort(order, [](const TensorInfo* a, const TensorInfo* b) {
    return std::tie(a->begin, a->end, a->name) < std::tie(b->begin, b->end, b->name);
  });
  std::uint64_t covered = 0;
  const TensorInfo* previous = nullptr;
  for (const TensorInfo* t : order) {
    if (t->begin < covered)
      fail(path, Message(QT_TRANSLATE_NOOP(
                             "ll::engine",
                             "tensors \"%1\" and \"%2\" overlap in the data section (bytes %3 to %4)"),
                         previous->name, t->name, t->begin, covered));
    if (t->begin > covered)
      fail(path,
           Message(QT_TRANSLATE_NOOP("ll::engine",
                                     "bytes %1 to %2 of the data section belong to no tensor (a gap before "
                                     "tensor \"%3\")"),
                   covered, t->begin, t->name));
    covered = t->end;
    previous = t;
  }
  if (covered != dataSize)
    fail(path, Message(QT_TRANSLATE_NOOP(
                           "ll::engine",
                           "the last %1 bytes of the data section belong to no tensor (trailing bytes)"),
                       dataSize - covered));
}

// Reads a small text file whole (index json); messages through failIndex.
std::string readIndexText(const std::string& path) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec)
    failIndex(path, ec == std::errc::no_such_file_or_directory
                        ? Message(QT_TRANSLATE_NOOP("ll::engine", "the file does not exist"))
                        : Message::untranslated(ec.message()));
  if (size > kMaxIndexSize)
    failIndex(path,
              Message(QT_TRANSLATE_NOOP("ll::engine", "the file is %1 bytes, too large for an index"), size));
  std::ifstream in(path, std::ios::binary);
  std::string text(static_cast<std::size_t>(size), '\0');
  if (!in || !in.read(text.data(), static_cast<std::streamsize>(size)))
    failIndex(path, Message(QT_TRANSLATE_NOOP("ll::engine", "the file cannot be read")));
  return text;
}

// Shard names are taken relative to the index's folder; an absolute path or ".." would let an
// index point anywhere on the machine, which no real checkpoint needs.
bool isSafeShardName(const std::string& name) {
  if (name.empty()) return false;
  const fs::path p(name);
  if (p.is_absolute() || p.has_root_name()) return false;
  return std::ranges::none_of(p, [](const fs::path& part) { return part == ".."; });
}

}  // namespace

const char* dtypeName(DType dtype) {
  switch (dtype) {
    case DType::F32:
      return "F32";
    case DType::F16:
      return "F16";
    case DType::BF16:
      return "BF16";
    case DType::F64:
      return "F64";
    case DType::I64:
      return "I64";
    case DType::I32:
      return "I32";
    case DType::I16:
      return "I16";
    case DType::I8:
      return "I8";
    case DType::U8:
      return "U8";
    case DType::Bool:
      return "BOOL";
  }
  return "?";
}

std::size_t dtypeSize(DType dtype) {
  switch (dtype) {
    case DType::F64:
    case DType::I64:
      return 8;
    case DType::F32:
    case DType::I32:
      return 4;
    case DType::F16:
    case DType::BF16:
    case DType::I16:
      return 2;
    case DType::I8:
    case DType::U8:
    case DType::Bool:
      return 1;
  }
  return 0;
}

// Plain product: a TensorInfo from File::open has been checked not to overflow; one built by
// hand is the caller's responsibility.
std::int64_t TensorInfo::numel() const {
  std::int64_t n = 1;
  for (std::int64_t d : shape) n *= d;
  return n;
}

// ---------------------------------------------------------------------------------------------
// File

std::unique_ptr<File> File::open(const std::string& path) {
  std::unique_ptr<File> file(new File());
  file->m_path = path;

  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    const int err = errno;
    fail(path, err == ENOENT ? Message(QT_TRANSLATE_NOOP("ll::engine", "the file does not exist"))
                             : Message(QT_TRANSLATE_NOOP("ll::engine", "the file cannot be opened (%1)"),
                                       errnoText(err)));
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0)
    fail(path,
         Message(QT_TRANSLATE_NOOP("ll::engine", "the file cannot be examined (%1)"), errnoText(errno)));
  if (!S_ISREG(st.st_mode))
    fail(path, Message(QT_TRANSLATE_NOOP("ll::engine", "the path is not a regular file")));
  const auto fileSize = static_cast<std::uint64_t>(st.st_size);
  if (fileSize < 8)
    fail(path,
         Message(QT_TRANSLATE_NOOP("ll::engine",
                                   "the file is %1 bytes long, shorter than the 8-byte header length that "
                                   "starts every safetensors file"),
                 fileSize));
  if (fileSize > std::numeric_limits<std::size_t>::max())
    fail(path, Message(QT_TRANSLATE_NOOP("ll::engine", "the file is too large to map")));
  const auto size = static_cast<std::size_t>(fileSize);

  // Read-only private mapping: tensors are handed out as views without copying. If the file
  // cannot be mapped (some FUSE or network file systems), read it into memory instead. (A file
  // truncated by another process while mapped can still fault on access; that cannot be checked
  // up front.)
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd.get(), 0);
  if (map != MAP_FAILED) {
    file->m_map = static_cast<const std::byte*>(map);
  } else {
    file->m_buffer = std::make_unique_for_overwrite<std::byte[]>(size);
    std::size_t done = 0;
    while (done < size) {
      const ssize_t n = ::pread(fd.get(), file->m_buffer.get() + done, size - done, static_cast<off_t>(done));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0)
        fail(path,
             Message(QT_TRANSLATE_NOOP("ll::engine", "the file cannot be read (%1)"), errnoText(errno)));
      if (n == 0) fail(path, Message(QT_TRANSLATE_NOOP("ll::engine", "the file shrank while being read")));
      done += static_cast<std::size_t>(n);
    }
    file->m_map = file->m_buffer.get();
  }
  file->m_mapSize = size;

  const std::uint64_t headerSize = readLe64(file->m_map);
  if (headerSize > kMaxHeaderSize)
    fail(path,
         Message(QT_TRANSLATE_NOOP("ll::engine",
                                   "the header length field says %1 bytes, more than the %2-byte limit: this "
                                   "is not a valid safetensors file"),
                 headerSize, kMaxHeaderSize));
  if (headerSize > fileSize - 8)
    fail(path,
         Message(QT_TRANSLATE_NOOP("ll::engine",
                                   "the header length field says %1 bytes, but only %2 bytes follow it: the "
                                   "file is truncated"),
                 headerSize, fileSize - 8));
  file->m_dataOffset = 8 + headerSize;
  const std::string_view header(reinterpret_cast<const char*>(file->m_map + 8),
                                static_cast<std::size_t>(headerSize));

  if (const auto bad = firstInvalidUtf8(header))
    fail(path, Message(QT_TRANSLATE_NOOP("ll::engine",
                                         "the header is not valid UTF-8 (bad byte at header offset %1)"),
                       *bad));
  std::optional<Duplicate> duplicate;
  const Json json = parseStrictJson(
      header, JsonSubject::Header, [&](Message reason) { fail(path, std::move(reason)); }, duplicate);
  if (!json.is_object())
    fail(path, Message(QT_TRANSLATE_NOOP("ll::engine", "the header is not a JSON object")));
  if (duplicate && duplicate->outerKey.empty())
    fail(path, duplicate->key == kMetadataKey
                   ? Message(QT_TRANSLATE_NOOP("ll::engine", "the header lists \"__metadata__\" twice"))
                   : Message(QT_TRANSLATE_NOOP("ll::engine", "the header lists tensor \"%1\" twice"),
                             duplicate->key));
  if (duplicate)
    fail(path, Message(QT_TRANSLATE_NOOP("ll::engine", "the header entry \"%1\" has the key \"%2\" twice"),
                       duplicate->outerKey, duplicate->key));
  // Writers pad only at the end; a leading space or byte-order mark (which the JSON parser would
  // skip) is refused like Hugging Face's reader does.
  if (header.front() != '{')
    fail(path, Message(QT_TRANSLATE_NOOP("ll::engine", "the header does not start with '{'")));

  for (const auto& [name, value] : json.items()) {
    if (name == kMetadataKey) {
      if (!value.is_object())
        fail(path,
             Message(QT_TRANSLATE_NOOP("ll::engine", "the \"__metadata__\" entry is not a JSON object")));
      for (const auto& [key, v] : value.items()) {
        if (!v.is_string())
          fail(path, Message(QT_TRANSLATE_NOOP("ll::engine",
                                               "the \"__metadata__\" value of \"%1\" is not a string but %2"),
                             key, v.dump()));
        file->m_metadata.emplace(key, v.get<std::string>());
      }
      continue;
    }
    file->m_tensors.push_back(parseTensor(path, name, value));
  }
  // nlohmann objects iterate in key order, so m_tensors is sorted by name (find() relies on it).
  checkCoverage(path, file->m_tensors, fileSize - file->m_dataOffset);
  return file;
}

File::~File() {
  if (m_map && !m_buffer) ::munmap(const_cast<std::byte*>(m_map), m_mapSize);
}

const TensorInfo* File::find(const std::string& name) const {
  const auto it = std::ranges::lower_bound(m_tensors, name, {}, &TensorInfo::name);
  return it != m_tensors.end() && it->name == name ? &*it : nullptr;
}

std::span<const std::byte> File::data(const TensorInfo& tensor) const {
  // Guards against a TensorInfo from another file (or edited by hand) reading past the map.
  const std::uint64_t dataSize = m_mapSize - m_dataOffset;
  if (tensor.begin > tensor.end || tensor.end > dataSize)
    throw std::out_of_range("Tensor " + inQuotes(tensor.name) +
                            " lies outside the data of safetensors file " + inQuotes(m_path) + ".");
  return {m_map + m_dataOffset + tensor.begin, static_cast<std::size_t>(tensor.end - tensor.begin)};
}

// ---------------------------------------------------------------------------------------------
// Checkpoint

Checkpoint Checkpoint::open(const std::string& path) {
  Checkpoint cp;
  cp.m_path = path;
  std::error_code ec;
  fs::path indexPath;
  fs::path singlePath;
  if (fs::is_directory(path, ec)) {
    const fs::path dir(path);
    if (fs::exists(dir / "model.safetensors.index.json", ec)) {
      indexPath = dir / "model.safetensors.index.json";
    } else if (fs::exists(dir / "model.safetensors", ec)) {
      singlePath = dir / "model.safetensors";
    } else {
      throw FormatError(Message(QT_TRANSLATE_NOOP("ll::engine",
                                                  "The folder \"%1\" holds neither model.safetensors nor "
                                                  "model.safetensors.index.json."),
                                path));
    }
  } else if (fs::path(path).extension() == ".json") {
    indexPath = path;
  } else {
    singlePath = path;
  }

  if (!singlePath.empty()) {
    std::shared_ptr<File> file = File::open(singlePath.string());
    for (const TensorInfo& t : file->tensors()) cp.m_index.emplace(t.name, std::pair{file.get(), &t});
    cp.m_files.push_back(std::move(file));
    return cp;
  }

  const std::string index = indexPath.string();
  std::optional<Duplicate> duplicate;
  const Json json = parseStrictJson(
      readIndexText(index), JsonSubject::Index, [&](Message reason) { failIndex(index, std::move(reason)); },
      duplicate);
  if (!json.is_object())
    failIndex(index, Message(QT_TRANSLATE_NOOP("ll::engine", "the index is not a JSON object")));
  if (duplicate && duplicate->outerKey == "weight_map")
    failIndex(index, Message(QT_TRANSLATE_NOOP("ll::engine", "its \"weight_map\" lists tensor \"%1\" twice"),
                             duplicate->key));
  if (duplicate)
    failIndex(
        index,
        duplicate->outerKey.empty()
            ? Message(QT_TRANSLATE_NOOP("ll::engine", "the index has the key \"%1\" twice"), duplicate->key)
            : Message(QT_TRANSLATE_NOOP("ll::engine", "the index has the key \"%1\" twice in \"%2\""),
                      duplicate->key, duplicate->outerKey));
  if (const auto it = json.find("metadata"); it != json.end() && !it->is_object())
    failIndex(index, Message(QT_TRANSLATE_NOOP("ll::engine", "its \"metadata\" is not a JSON object")));
  const auto wm = json.find("weight_map");
  if (wm == json.end())
    failIndex(index, Message(QT_TRANSLATE_NOOP("ll::engine", "it has no \"weight_map\"")));
  if (!wm->is_object())
    failIndex(index, Message(QT_TRANSLATE_NOOP("ll::engine", "its \"weight_map\" is not a JSON object")));
  if (wm->empty())
    failIndex(index, Message(QT_TRANSLATE_NOOP("ll::engine", "its \"weight_map\" lists no tensors")));

  // Each shard once, in name order; then every missing shard is reported together so a partial
  // download is diagnosed in one go.
  std::map<std::string, std::shared_ptr<File>> shards;
  for (const auto& [tensor, shard] : wm->items()) {
    if (!shard.is_string())
      failIndex(index,
                Message(QT_TRANSLATE_NOOP("ll::engine",
                                          "the \"weight_map\" entry of tensor \"%1\" is not a file name"),
                        tensor));
    const auto& name = shard.get_ref<const std::string&>();
    if (!isSafeShardName(name))
      failIndex(index,
                Message(QT_TRANSLATE_NOOP("ll::engine",
                                          "tensor \"%1\" is mapped to \"%2\", which is not a file name "
                                          "inside the index's folder"),
                        tensor, name));
    shards.emplace(name, nullptr);
  }
  const fs::path dir = indexPath.parent_path();
  std::string missing;
  for (const auto& [name, file] : shards) {
    if (!fs::is_regular_file(dir / name, ec)) missing += (missing.empty() ? "" : ", ") + name;
  }
  if (!missing.empty())
    failIndex(index, Message(QT_TRANSLATE_NOOP("ll::engine", "these shard files are missing: %1"), missing));
  for (auto& [name, file] : shards) file = File::open((dir / name).string());

  std::map<std::string, std::string> shardOf;  // tensor -> shard name, to name both in a clash
  for (const auto& [name, file] : shards) {
    // Tensors a shard holds but the index does not list are still indexed: the shard is the
    // authority on what it stores, and a clash with another shard is caught either way.
    for (const TensorInfo& t : file->tensors()) {
      const auto [it, fresh] = shardOf.emplace(t.name, name);
      if (!fresh)
        failIndex(index,
                  Message(QT_TRANSLATE_NOOP("ll::engine",
                                            "tensor \"%1\" is stored in two shards, \"%2\" and \"%3\""),
                          t.name, it->second, name));
      cp.m_index.emplace(t.name, std::pair{file.get(), &t});
    }
  }
  for (const auto& [tensor, shard] : wm->items()) {
    const auto& name = shard.get_ref<const std::string&>();
    const auto it = shardOf.find(tensor);
    if (it == shardOf.end())
      failIndex(index,
                Message(QT_TRANSLATE_NOOP("ll::engine",
                                          "it maps tensor \"%1\" to shard \"%2\", which does not hold it"),
                        tensor, name));
    if (it->second != name)
      failIndex(index, Message(QT_TRANSLATE_NOOP(
                                   "ll::engine",
                                   "it maps tensor \"%1\" to shard \"%2\", but the tensor is stored in "
                                   "shard \"%3\""),
                               tensor, name, it->second));
  }
  for (auto& [name, file] : shards) cp.m_files.push_back(std::move(file));
  return cp;
}

std::vector<std::string> Checkpoint::names() const {
  std::vector<std::string> out;
  out.reserve(m_index.size());
  for (const auto& [name, entry] : m_index) out.push_back(name);
  return out;
}

const TensorInfo* Checkpoint::find(const std::string& name) const {
  const auto it = m_index.find(name);
  return it == m_index.end() ? nullptr : it->second.second;
}

std::span<const std::byte> Checkpoint::data(const std::string& name) const {
  const auto it = m_index.find(name);
  if (it == m_index.end())
    throw FormatError(Message(QT_TRANSLATE_NOOP("ll::engine", "The checkpoint \"%1\" has no tensor \"%2\"."),
                              m_path, name));
  return it->second.first->data(*it->second.second);
}

// ---------------------------------------------------------------------------------------------
// write

void write(const std::string& path, const std::map<std::string, TensorData>& tensors,
           const std::map<std::string, std::string>& metadata) {
  const auto invalid = [&](const std::string& reason) {
    throw std::invalid_argument("Cannot write safetensors file " + inQuotes(path) + ": " + reason + ".");
  };
  // Data layout: largest element size first, then name, so each tensor is aligned to its own
  // element size (sizes are powers of two and the data section starts 8-byte aligned).
  std::vector<std::pair<const std::string*, const TensorData*>> layout;
  for (const auto& [name, t] : tensors) {
    if (name == kMetadataKey) invalid("\"__metadata__\" is reserved and cannot name a tensor");
    for (std::int64_t d : t.shape)
      if (d < 0) invalid("tensor " + inQuotes(name) + " has the negative dimension " + std::to_string(d));
    const auto numel = checkedNumel(t.shape);
    std::uint64_t need = 0;
    if (!numel || __builtin_mul_overflow(static_cast<std::uint64_t>(*numel), dtypeSize(t.dtype), &need))
      invalid("tensor " + inQuotes(name) + " has the shape " + shapeText(t.shape) + ", whose size overflows");
    if (need != t.bytes.size())
      invalid("tensor " + inQuotes(name) + " has " + std::to_string(t.bytes.size()) + " bytes but dtype " +
              dtypeName(t.dtype) + " and shape " + shapeText(t.shape) + " need " + std::to_string(need));
    layout.emplace_back(&name, &t);
  }
  std::ranges::stable_sort(layout, [](const auto& a, const auto& b) {
    return dtypeSize(a.second->dtype) > dtypeSize(b.second->dtype);
  });  // stable: ties keep name order from the map
  std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> offsets;
  std::uint64_t offset = 0;
  for (const auto& [name, t] : layout) {
    offsets.emplace(*name, std::pair{offset, offset + t->bytes.size()});
    offset += t->bytes.size();
  }

  // The header is assembled by hand so its bytes are fixed (key order dtype, shape,
  // data_offsets, as Hugging Face writes them); nlohmann only escapes the strings, and refuses
  // invalid UTF-8 while doing so.
  std::string header = "{";
  try {
    if (!metadata.empty()) header += "\"__metadata__\":" + Json(metadata).dump();
    for (const auto& [name, t] : tensors) {
      if (header.size() > 1) header += ',';
      const auto& [begin, end] = offsets.at(name);
      header += Json(name).dump() + ":{\"dtype\":\"" + dtypeName(t.dtype) + "\",\"shape\":[";
      for (std::size_t i = 0; i < t.shape.size(); ++i) header += (i ? "," : "") + std::to_string(t.shape[i]);
      header += "],\"data_offsets\":[" + std::to_string(begin) + "," + std::to_string(end) + "]}";
    }
  } catch (const Json::type_error&) {
    invalid("a tensor name or metadata string is not valid UTF-8");
  }
  header += '}';
  header.append((8 - header.size() % 8) % 8, ' ');

  std::array<char, 8> lengthField{};
  for (std::size_t i = 0; i < 8; ++i)
    lengthField[i] = static_cast<char>((static_cast<std::uint64_t>(header.size()) >> (8 * i)) & 0xFFu);

  const std::string tmp = path + ".tmp";
  const auto ioFail = [&](const std::string& what, int err) {
    ::unlink(tmp.c_str());
    throw std::runtime_error("Cannot write safetensors file " + inQuotes(path) + ": " + what + " failed (" +
                             errnoText(err) + ").");
  };
  Fd fd(::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (fd.get() < 0) {
    const int err = errno;
    throw std::runtime_error("Cannot write safetensors file " + inQuotes(path) + ": creating " +
                             inQuotes(tmp) + " failed (" + errnoText(err) + ").");
  }
  const auto writeAll = [&](const void* data, std::size_t size) {
    const auto* p = static_cast<const char*>(data);
    while (size > 0) {
      const ssize_t n = ::write(fd.get(), p, size);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) ioFail("writing", errno);
      p += n;
      size -= static_cast<std::size_t>(n);
    }
  };
  writeAll(lengthField.data(), lengthField.size());
  writeAll(header.data(), header.size());
  for (const auto& [name, t] : layout) writeAll(t->bytes.data(), t->bytes.size());
  // fsync before rename: otherwise a crash could leave the new name pointing at empty data.
  if (::fsync(fd.get()) != 0) ioFail("fsync", errno);
  if (::close(fd.release()) != 0) ioFail("closing", errno);
  if (::rename(tmp.c_str(), path.c_str()) != 0) ioFail("renaming " + inQuotes(tmp), errno);
}

}  // namespace ll::safetensors
