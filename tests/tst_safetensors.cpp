// The safetensors reader and writer. Every fixture is built as bytes here (no files under
// tests/data), so each malformed case shows exactly which byte is wrong. Compatibility with the
// Hugging Face format is asserted on exact bytes written by hand from the format specification,
// and the written header is parsed again with an independent JSON parser (QJsonDocument).

#include "engine/safetensors.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

using namespace ll::safetensors;

// Fixtures memcpy host values as the file's little-endian bytes.
static_assert(std::endian::native == std::endian::little);

namespace {

QByteArray le64(std::uint64_t v) {
  QByteArray out(8, '\0');
  for (int i = 0; i < 8; ++i) out[i] = static_cast<char>((v >> (8 * i)) & 0xFFu);
  return out;
}

// A safetensors file: length field, header as given (no padding added), data.
QByteArray stFile(const QByteArray& header, const QByteArray& data = {}) {
  return le64(static_cast<std::uint64_t>(header.size())) + header + data;
}

template <typename T>
std::vector<std::byte> bytesOf(std::initializer_list<T> values) {
  std::vector<std::byte> out(values.size() * sizeof(T));
  if (!out.empty()) std::memcpy(out.data(), std::data(values), out.size());
  return out;
}

QByteArray toQByteArray(std::span<const std::byte> s) {
  return {reinterpret_cast<const char*>(s.data()), static_cast<qsizetype>(s.size())};
}

QByteArray readAll(const std::string& path) {
  QFile f(QString::fromStdString(path));
  if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", path.c_str());
  return f.readAll();
}

void writeBytes(const std::string& path, const QByteArray& bytes) {
  QFile f(QString::fromStdString(path));
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) qFatal("cannot write %s", path.c_str());
  f.write(bytes);
}

// The FormatError message of `f`, or "" when it throws nothing (other exceptions propagate and
// fail the test).
std::string formatError(const std::function<void()>& f) {
  try {
    f();
  } catch (const FormatError& e) {
    return e.what();
  }
  return {};
}

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

bool exists(const std::string& path) {
  return std::filesystem::exists(path);
}
void mkdir(const std::string& path) {
  std::filesystem::create_directories(path);
}

// One row of a data-driven test: fixture bytes and the reason the message must contain.
void row(const char* tag, const QByteArray& bytes, const char* reason) {
  QTest::newRow(tag) << bytes << QByteArray(reason);
}

// An entry of a tensor header, for fixtures that need one valid tensor around the fault.
QByteArray entry(const char* name, const char* dtype, const char* shape, const char* offsets) {
  return QByteArray("\"") + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape +
         ",\"data_offsets\":" + offsets + "}";
}

}  // namespace

class TstSafetensors : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  // Paths inside the temporary folder, as the library takes them.
  std::string path(std::string_view name) const {
    return m_dir.path().toStdString() + "/" + std::string(name);
  }

 private slots:
  void initTestCase() { QVERIFY(m_dir.isValid()); }

  void dtypes() {
    QCOMPARE(dtypeName(DType::Bool), "BOOL");
    QCOMPARE(dtypeName(DType::BF16), "BF16");
    QCOMPARE(dtypeSize(DType::F64), std::size_t{8});
    QCOMPARE(dtypeSize(DType::I64), std::size_t{8});
    QCOMPARE(dtypeSize(DType::F32), std::size_t{4});
    QCOMPARE(dtypeSize(DType::BF16), std::size_t{2});
    QCOMPARE(dtypeSize(DType::F16), std::size_t{2});
    QCOMPARE(dtypeSize(DType::Bool), std::size_t{1});
    TensorInfo t;
    t.shape = {2, 3, 4};
    QCOMPARE(t.numel(), std::int64_t{24});
    t.shape = {};
    QCOMPARE(t.numel(), std::int64_t{1});  // a scalar
    t.shape = {0, 3};
    QCOMPARE(t.numel(), std::int64_t{0});
  }

  void roundTrip() {
    std::map<std::string, TensorData> tensors;
    // BF16 1, -2 and F16 1, 0.5 as raw bit patterns: the library never converts values.
    tensors["bf16"] = {DType::BF16, {2}, bytesOf<std::uint16_t>({0x3F80, 0xC000})};
    tensors["f16"] = {DType::F16, {1, 2}, bytesOf<std::uint16_t>({0x3C00, 0x3800})};
    tensors["f32"] = {DType::F32, {2, 2}, bytesOf<float>({1.5f, -2.25f, 0.0f, 3e38f})};
    tensors["f64"] = {DType::F64, {1}, bytesOf<double>({-1e300})};
    tensors["i64"] = {DType::I64, {2}, bytesOf<std::int64_t>({INT64_MIN, INT64_MAX})};
    tensors["i32"] = {DType::I32, {3}, bytesOf<std::int32_t>({-1, 0, 7})};
    tensors["i16"] = {DType::I16, {1}, bytesOf<std::int16_t>({-300})};
    tensors["i8"] = {DType::I8, {2}, bytesOf<std::int8_t>({-128, 127})};
    tensors["u8"] = {DType::U8, {3}, bytesOf<std::uint8_t>({0, 128, 255})};
    tensors["bool"] = {DType::Bool, {2}, bytesOf<std::uint8_t>({1, 0})};
    tensors["scalar"] = {DType::F32, {}, bytesOf<float>({42.0f})};
    tensors["empty"] = {DType::F32, {0, 3}, {}};
    tensors["model.layers.0.self_attn.q_proj.weight"] = {
        DType::BF16, {1, 1}, bytesOf<std::uint16_t>({0x4049})};
    tensors["naïve/ü"] = {DType::U8, {1}, bytesOf<std::uint8_t>({9})};
    const std::map<std::string, std::string> metadata = {
        {"format", "pt"}, {"quote\"back\\slash", "line\nbreak"}, {"ünï", "cödé"}, {"", ""}};
    const std::string file = path("roundtrip.safetensors");
    write(file, tensors, metadata);
    QVERIFY(!exists(path("roundtrip.safetensors.tmp")));

    const auto f = File::open(file);
    QCOMPARE(f->path(), file);
    QCOMPARE(f->metadata(), metadata);
    QCOMPARE(f->tensors().size(), tensors.size());
    for (const auto& [name, t] : tensors) {
      const TensorInfo* info = f->find(name);
      QVERIFY2(info, name.c_str());
      QCOMPARE(info->name, name);
      QCOMPARE(info->dtype, t.dtype);
      QCOMPARE(info->shape, t.shape);
      QCOMPARE(info->end - info->begin, static_cast<std::uint64_t>(t.bytes.size()));
      const auto data = f->data(*info);
      QVERIFY(std::ranges::equal(data, t.bytes));
      // Largest element size first: every tensor is aligned to its element size in memory.
      if (!data.empty())
        QCOMPARE(reinterpret_cast<std::uintptr_t>(data.data()) % dtypeSize(t.dtype), std::uintptr_t{0});
    }
    QVERIFY(f->find("missing") == nullptr);
    QVERIFY(f->find("") == nullptr);
    // tensors() is in name order.
    QVERIFY(std::ranges::is_sorted(f->tensors(), {}, &TensorInfo::name));

    // Overwriting an existing file replaces it whole.
    write(file, {{"only", {DType::I8, {1}, bytesOf<std::int8_t>({5})}}});
    const auto g = File::open(file);
    QCOMPARE(g->tensors().size(), std::size_t{1});
    QVERIFY(g->metadata().empty());
  }

  // The exact bytes Hugging Face's format prescribes, written out by hand: length field, header
  // padded with spaces to a multiple of 8, data with no gaps.
  void exactBytes() {
    const std::string file = path("exact.safetensors");
    write(file,
          {{"b", {DType::F32, {2}, bytesOf<float>({1.0f, -2.0f})}},
           {"a", {DType::U8, {3}, bytesOf<std::uint8_t>({1, 2, 3})}}},
          {{"format", "pt"}});
    const QByteArray header =
        R"({"__metadata__":{"format":"pt"},"a":{"dtype":"U8","shape":[3],"data_offsets":[8,11]},)"
        R"("b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})"
        "      ";  // 138 bytes of JSON + 6 spaces = 144
    QCOMPARE(header.size(), qsizetype{144});
    const QByteArray expected = QByteArray("\x90\0\0\0\0\0\0\0", 8) + header +
                                QByteArray("\x00\x00\x80\x3F\x00\x00\x00\xC0\x01\x02\x03", 11);
    QCOMPARE(readAll(path("exact.safetensors")), expected);

    // An independent parser reads the header as HF tooling would.
    const QByteArray written = readAll(path("exact.safetensors"));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(written.mid(8, 144), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QLatin1String("__metadata__")).toObject().value(QLatin1String("format")).toString(),
             QStringLiteral("pt"));
    QCOMPARE(root.value(QLatin1String("b")).toObject().value(QLatin1String("data_offsets")).toArray(),
             (QJsonArray{0, 8}));
    QCOMPARE(root.value(QLatin1String("a")).toObject().value(QLatin1String("shape")).toArray(),
             (QJsonArray{3}));

    // Scalars and empty tensors: shape [] holds one element, [0,3] none (begin == end).
    write(path("exact2.safetensors"),
          {{"s", {DType::F64, {}, bytesOf<double>({1.5})}}, {"e", {DType::F32, {0, 3}, {}}}});
    const QByteArray header2 = R"({"e":{"dtype":"F32","shape":[0,3],"data_offsets":[8,8]},)"
                               R"("s":{"dtype":"F64","shape":[],"data_offsets":[0,8]}})"
                               "    ";
    QCOMPARE(readAll(path("exact2.safetensors")),
             QByteArray("\x70\0\0\0\0\0\0\0", 8) + header2 + QByteArray("\0\0\0\0\0\0\xF8\x3F", 8));

    // No tensors at all: "{}" padded to 8.
    write(path("exact3.safetensors"), {});
    QCOMPARE(readAll(path("exact3.safetensors")), QByteArray("\x08\0\0\0\0\0\0\0{}      ", 16));
    QVERIFY(File::open(path("exact3.safetensors"))->tensors().empty());
  }

  // A file laid out as safetensors.torch.save_file writes it (BF16 [[1,2],[3,4]], metadata
  // format=pt), bytes from the format specification.
  void readsReferenceFile() {
    const QByteArray header =
        R"({"__metadata__":{"format":"pt"},"weight":{"dtype":"BF16","shape":[2,2],"data_offsets":[0,8]}})"
        "   ";
    writeBytes(path("reference.safetensors"),
               stFile(header, QByteArray("\x80\x3F\x00\x40\x40\x40\x80\x40", 8)));
    const auto f = File::open(path("reference.safetensors"));
    QCOMPARE(f->metadata().at("format"), std::string("pt"));
    const TensorInfo* w = f->find("weight");
    QVERIFY(w);
    QCOMPARE(w->dtype, DType::BF16);
    QCOMPARE(w->shape, (std::vector<std::int64_t>{2, 2}));
    QCOMPARE(w->numel(), std::int64_t{4});
    QCOMPARE(toQByteArray(f->data(*w)), QByteArray("\x80\x3F\x00\x40\x40\x40\x80\x40", 8));

    // Accepted too: padding with other JSON whitespace, fields in another order, unknown fields,
    // zero-length tensors at the end and in the middle, data laid out in any order.
    const QByteArray loose =
        "{\"z\":{\"data_offsets\":[0,4],\"shape\":[1],\"dtype\":\"I32\",\"x\":[1]},"
        "\"y\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[4,4]},"
        "\"a\":{\"dtype\":\"I16\",\"shape\":[1],\"data_offsets\":[4,6]},"
        "\"end\":{\"dtype\":\"BOOL\",\"shape\":[0,5],\"data_offsets\":[6,6]}}\n\t ";
    writeBytes(path("loose.safetensors"), stFile(loose, QByteArray("\x01\0\0\0\x02\0", 6)));
    const auto l = File::open(path("loose.safetensors"));
    QCOMPARE(l->tensors().size(), std::size_t{4});
    QCOMPARE(toQByteArray(l->data(*l->find("a"))), QByteArray("\x02\0", 2));
    QVERIFY(l->data(*l->find("end")).empty());

    // A TensorInfo that does not belong to the file is refused, not read out of bounds.
    TensorInfo foreign;
    foreign.name = "foreign";
    foreign.begin = 0;
    foreign.end = 1000;
    QVERIFY_THROWS_EXCEPTION(std::out_of_range, (void)l->data(foreign));
  }

  void malformed_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("reason");
    const QByteArray w4 = entry("w", "F32", "[1]", "[0,4]");
    const QByteArray four("\x01\x02\x03\x04", 4);

    row("zero-bytes", QByteArray(), "the file is 0 bytes long, shorter than the 8-byte header");
    row("five-bytes", QByteArray("\x01\x02\x03\x04\x05"), "is 5 bytes long");
    row("length-2^63", le64(std::uint64_t{1} << 63) + "{}",
        "9223372036854775808 bytes, more than the 100000000-byte limit");
    row("length-2^64-1", le64(~std::uint64_t{0}) + "{}", "100000000-byte limit");
    row("length-absurd", le64(100'000'001) + "{}", "100000000-byte limit");
    row("length-past-end", le64(100) + "{}",
        "says 100 bytes, but only 2 bytes follow it: the file is truncated");
    row("header-empty", stFile(""), "the header is not valid JSON");
    row("header-bad-utf8", stFile("{\"w\xff\":1}"),
        "the header is not valid UTF-8 (bad byte at header offset 3)");
    row("header-overlong-utf8", stFile("{\"\xc0\xaf\":1}"), "not valid UTF-8");
    row("header-surrogate-utf8", stFile("{\"\xed\xa0\x80\":1}"), "not valid UTF-8");
    row("header-cut-utf8", stFile("{\"\xe2\x82"), "not valid UTF-8");
    row("header-not-json", stFile("{\"w\":"), "the header is not valid JSON");
    row("header-trailing-garbage", stFile("{}x"), "the header is not valid JSON");
    row("header-nul-padding", stFile(QByteArray("{}\0\0", 4)), "the header is not valid JSON");
    row("header-nul-then-garbage", stFile(QByteArray("{}\0{\"x\"", 6)), "it contains a NUL byte at offset 2");
    row("header-lone-surrogate-escape", stFile("{\"\\ud800\":1}"), "the header is not valid JSON");
    row("header-array", stFile("[1,2]"), "the header is not a JSON object");
    row("header-string", stFile("\"w\""), "the header is not a JSON object");
    row("header-leading-space", stFile(" {}"), "the header does not start with '{'");
    row("header-bom", stFile("\xef\xbb\xbf{}"), "the header does not start with '{'");
    row("header-too-deep", stFile("{\"w\":[[[[[[[[[[[[1]]]]]]]]]]]]}"),
        "nests JSON values more than 8 levels deep");
    row("entry-not-object", stFile("{\"w\":5}"), "the header entry of tensor \"w\" is not a JSON object");
    row("missing-dtype", stFile(R"({"w":{"shape":[1],"data_offsets":[0,4]}})", four),
        "tensor \"w\" has no \"dtype\" field");
    row("missing-shape", stFile(R"({"w":{"dtype":"F32","data_offsets":[0,4]}})", four),
        "tensor \"w\" has no \"shape\" field");
    row("missing-offsets", stFile(R"({"w":{"dtype":"F32","shape":[1]}})", four),
        "tensor \"w\" has no \"data_offsets\" field");
    row("dtype-number", stFile("{" + entry("w", "F32", "[1]", "[0,4]").replace("\"F32\"", "32") + "}", four),
        "tensor \"w\" has a \"dtype\" that is not a string");
    row("dtype-unknown", stFile("{" + entry("w", "Q7", "[1]", "[0,4]") + "}", four),
        "tensor \"w\" has the unknown or unsupported dtype \"Q7\"");
    row("dtype-lowercase", stFile("{" + entry("w", "f32", "[1]", "[0,4]") + "}", four),
        "unsupported dtype \"f32\"");
    row("dtype-fp8", stFile("{" + entry("w", "F8_E4M3", "[4]", "[0,4]") + "}", four),
        "unsupported dtype \"F8_E4M3\"");
    row("shape-number", stFile("{" + entry("w", "F32", "1", "[0,4]") + "}", four),
        "tensor \"w\" has a \"shape\" that is not an array");
    row("shape-float", stFile("{" + entry("w", "F32", "[1.0]", "[0,4]") + "}", four),
        "tensor \"w\" has a shape entry that is not an integer: 1.0");
    row("shape-string", stFile("{" + entry("w", "F32", "[\"1\"]", "[0,4]") + "}", four),
        "shape entry that is not an integer");
    row("shape-negative", stFile("{" + entry("w", "F32", "[-1]", "[0,4]") + "}", four),
        "tensor \"w\" has the negative dimension -1");
    row("shape-negative-product-positive", stFile("{" + entry("w", "F32", "[-1,-1]", "[0,4]") + "}", four),
        "negative dimension -1");
    row("shape-huge-dim", stFile("{" + entry("w", "U8", "[18446744073709551615]", "[0,4]") + "}", four),
        "tensor \"w\" has the dimension 18446744073709551615, too large");
    row("shape-beyond-u64", stFile("{" + entry("w", "U8", "[18446744073709551616]", "[0,4]") + "}", four),
        "not an integer");
    row("shape-overflow", stFile("{" + entry("w", "F32", "[4294967296,4294967296,4]", "[0,0]") + "}"),
        "tensor \"w\" has the shape [4294967296, 4294967296, 4], whose size overflows 64 bits");
    row("shape-bytes-overflow", stFile("{" + entry("w", "F64", "[2305843009213693952]", "[0,0]") + "}"),
        "whose size overflows 64 bits");
    row("offsets-number", stFile("{" + entry("w", "F32", "[1]", "4") + "}", four),
        "tensor \"w\" has \"data_offsets\" 4, not two non-negative integers");
    row("offsets-one", stFile("{" + entry("w", "F32", "[1]", "[4]") + "}", four),
        "not two non-negative integers");
    row("offsets-three", stFile("{" + entry("w", "F32", "[1]", "[0,4,4]") + "}", four),
        "not two non-negative integers");
    row("offsets-negative", stFile("{" + entry("w", "F32", "[1]", "[-4,0]") + "}", four),
        "[-4,0], not two non-negative integers");
    row("offsets-float", stFile("{" + entry("w", "F32", "[1]", "[0,4.0]") + "}", four),
        "not two non-negative integers");
    row("offsets-string", stFile("{" + entry("w", "F32", "[1]", "[\"0\",\"4\"]") + "}", four),
        "not two non-negative integers");
    row("offsets-decreasing", stFile("{" + entry("w", "F32", "[1]", "[4,0]") + "}", four),
        "tensor \"w\" has \"data_offsets\" [4,0] whose end lies before its begin");
    row("byte-length", stFile("{" + entry("w", "F32", "[2]", "[0,4]") + "}", four),
        "tensor \"w\" has 4 bytes of data but dtype F32 and shape [2] need 8");
    row("byte-length-scalar", stFile("{" + entry("w", "F64", "[]", "[0,4]") + "}", four),
        "dtype F64 and shape [] need 8");
    row("truncated", stFile("{" + entry("w", "F32", "[2]", "[0,8]") + "}", four),
        "tensor \"w\" ends at byte 8 of the data section, but the file holds only 4 data bytes: the file is "
        "truncated");
    row("truncated-far",
        stFile("{" + entry("w", "U8", "[16]", "[18446744073709551599,18446744073709551615]") + "}", four),
        "the file is truncated");
    row("overlap",
        stFile("{" + entry("a", "F32", "[2]", "[0,8]") + "," + entry("b", "F32", "[1]", "[4,8]") + "}",
               four + four),
        "tensors \"a\" and \"b\" overlap in the data section (bytes 4 to 8)");
    row("overlap-same-range",
        stFile("{" + entry("a", "F32", "[1]", "[0,4]") + "," + entry("b", "I32", "[1]", "[0,4]") + "}", four),
        "tensors \"a\" and \"b\" overlap");
    row("overlap-empty-inside",
        stFile("{" + entry("a", "F32", "[2]", "[0,8]") + "," + entry("e", "F32", "[0]", "[4,4]") + "}",
               four + four),
        "tensors \"a\" and \"e\" overlap");
    row("gap",
        stFile("{" + entry("a", "F32", "[1]", "[0,4]") + "," + entry("b", "F32", "[1]", "[8,12]") + "}",
               four + four + four),
        "bytes 4 to 8 of the data section belong to no tensor (a gap before tensor \"b\")");
    row("gap-at-start", stFile("{" + entry("b", "F32", "[1]", "[4,8]") + "}", four + four),
        "bytes 0 to 4 of the data section belong to no tensor");
    row("trailing", stFile("{" + w4 + "}", four + "xy"),
        "the last 2 bytes of the data section belong to no tensor (trailing bytes)");
    row("trailing-no-tensors", stFile("{}", four),
        "the last 4 bytes of the data section belong to no tensor");
    row("duplicate-tensor", stFile("{" + w4 + "," + w4 + "}", four), "the header lists tensor \"w\" twice");
    row("duplicate-metadata", stFile(R"({"__metadata__":{},"__metadata__":{}})"),
        "the header lists \"__metadata__\" twice");
    row("duplicate-field",
        stFile(R"({"w":{"dtype":"F32","dtype":"I32","shape":[1],"data_offsets":[0,4]}})", four),
        "the header entry \"w\" has the key \"dtype\" twice");
    row("duplicate-metadata-key", stFile(R"({"__metadata__":{"k":"a","k":"b"}})"),
        "the header entry \"__metadata__\" has the key \"k\" twice");
    row("metadata-array", stFile(R"({"__metadata__":["a"]})"),
        "the \"__metadata__\" entry is not a JSON object");
    row("metadata-number", stFile(R"({"__metadata__":{"k":1}})"),
        "the \"__metadata__\" value of \"k\" is not a string but 1");
    row("metadata-null", stFile(R"({"__metadata__":{"k":null}})"), "value of \"k\" is not a string");
    row("metadata-nested", stFile(R"({"__metadata__":{"k":{"x":"y"}}})"), "value of \"k\" is not a string");
  }

  void malformed() {
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, reason);
    const std::string name = std::string(QTest::currentDataTag()) + ".safetensors";
    writeBytes(path(name), bytes);
    const std::string message = formatError([&] { (void)File::open(path(name)); });
    QVERIFY2(!message.empty(), "no FormatError");
    QVERIFY2(message.starts_with("Cannot load safetensors file \"" + path(name) + "\": "), message.c_str());
    QVERIFY2(contains(message, reason.toStdString()), message.c_str());
    QVERIFY2(message.ends_with('.'), message.c_str());
    // The same fixture through Checkpoint fails the same way.
    QCOMPARE(formatError([&] { (void)Checkpoint::open(path(name)); }), message);
  }

  void unreadable() {
    std::string message = formatError([&] { (void)File::open(path("no-such.safetensors")); });
    QVERIFY2(contains(message, path("no-such.safetensors")) && contains(message, "the file does not exist"),
             message.c_str());
    mkdir(path("a-folder.safetensors"));
    message = formatError([&] { (void)File::open(path("a-folder.safetensors")); });
    QVERIFY2(contains(message, "a-folder.safetensors\": the path is not a regular file"), message.c_str());
  }

  void writeRejects() {
    const std::string file = path("rejected.safetensors");
    const auto rejects = [&](const std::map<std::string, TensorData>& tensors, const char* reason,
                             const std::map<std::string, std::string>& metadata = {}) {
      try {
        write(file, tensors, metadata);
      } catch (const std::invalid_argument& e) {
        const std::string message = e.what();
        return contains(message, file) && contains(message, reason);
      }
      return false;
    };
    QVERIFY(rejects({{"w", {DType::F32, {2}, bytesOf<float>({1.0f})}}},
                    "tensor \"w\" has 4 bytes but dtype F32 and shape [2] need 8"));
    QVERIFY(
        rejects({{"w", {DType::F32, {}, {}}}}, "tensor \"w\" has 0 bytes but dtype F32 and shape [] need 4"));
    QVERIFY(rejects({{"w", {DType::U8, {-1}, {}}}}, "tensor \"w\" has the negative dimension -1"));
    QVERIFY(rejects({{"w", {DType::U8, {INT64_MAX, 4}, {}}}}, "tensor \"w\" has the shape"));
    QVERIFY(rejects({{"__metadata__", {DType::U8, {0}, {}}}}, "\"__metadata__\" is reserved"));
    QVERIFY(rejects({{"bad\xff", {DType::U8, {0}, {}}}}, "not valid UTF-8"));
    QVERIFY(rejects({}, "not valid UTF-8", {{"k", "\xc0"}}));
    QVERIFY(!exists(path("rejected.safetensors")));
    QVERIFY(!exists(path("rejected.safetensors.tmp")));

    // An I/O failure is a runtime_error naming the file, and leaves nothing behind.
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, write(path("no-such-dir/x.safetensors"), {}));
  }

  void checkpoint() {
    mkdir(path("single"));
    write(path("single/model.safetensors"), {{"w", {DType::I32, {1}, bytesOf<std::int32_t>({7})}}});
    for (const std::string& p : {path("single"), path("single/model.safetensors")}) {
      const Checkpoint cp = Checkpoint::open(p);
      QCOMPARE(cp.names(), std::vector<std::string>{"w"});
      QCOMPARE(toQByteArray(cp.data("w")), QByteArray("\x07\0\0\0", 4));
      QVERIFY(cp.find("w") && cp.find("w")->dtype == DType::I32);
      QVERIFY(!cp.find("x"));
      const std::string message = formatError([&] { (void)cp.data("x"); });
      QVERIFY2(message == "The checkpoint \"" + p + "\" has no tensor \"x\".", message.c_str());
    }

    // Two shards listed by an index, found through the folder or the index path; the index is
    // preferred over a stray model.safetensors in the same folder.
    mkdir(path("sharded"));
    write(path("sharded/model-00001-of-00002.safetensors"),
          {{"a", {DType::U8, {1}, bytesOf<std::uint8_t>({1})}},
           {"b", {DType::U8, {1}, bytesOf<std::uint8_t>({2})}}});
    write(path("sharded/model-00002-of-00002.safetensors"),
          {{"c", {DType::U8, {1}, bytesOf<std::uint8_t>({3})}}});
    write(path("sharded/model.safetensors"), {{"stray", {DType::U8, {0}, {}}}});
    writeBytes(path("sharded/model.safetensors.index.json"),
               R"({"metadata":{"total_size":3},"weight_map":{"a":"model-00001-of-00002.safetensors",)"
               R"("b":"model-00001-of-00002.safetensors","c":"model-00002-of-00002.safetensors"}})");
    for (const std::string& p : {path("sharded"), path("sharded/model.safetensors.index.json")}) {
      const Checkpoint cp = Checkpoint::open(p);
      QCOMPARE(cp.names(), (std::vector<std::string>{"a", "b", "c"}));
      QCOMPARE(toQByteArray(cp.data("a")), QByteArray("\x01"));
      QCOMPARE(toQByteArray(cp.data("c")), QByteArray("\x03"));
    }
    // Moving a Checkpoint keeps its views valid (the index points into shared Files).
    Checkpoint moved = Checkpoint::open(path("sharded"));
    const Checkpoint other = std::move(moved);
    QCOMPARE(toQByteArray(other.data("b")), QByteArray("\x02"));
  }

  void checkpointErrors_data() {
    QTest::addColumn<QByteArray>("index");
    QTest::addColumn<QByteArray>("reason");
    const QByteArray s1 = "\"s1.safetensors\"";
    const QByteArray s2 = "\"s2.safetensors\"";
    const QByteArray s3 = "\"s3.safetensors\"";
    row("missing-shards",
        QByteArray(
            R"({"weight_map":{"a":"gone1.safetensors","b":"s1.safetensors","c":"gone2.safetensors"}})"),
        "these shard files are missing: gone1.safetensors, gone2.safetensors");
    row("tensor-in-two-shards", R"({"weight_map":{"a":)" + s1 + R"(,"b":)" + s1 + R"(,"dup":)" + s3 + "}}",
        "tensor \"dup\" is stored in two shards, \"s1.safetensors\" and \"s3.safetensors\"");
    row("tensor-not-in-shard", R"({"weight_map":{"a":)" + s1 + R"(,"ghost":)" + s1 + "}}",
        "it maps tensor \"ghost\" to shard \"s1.safetensors\", which does not hold it");
    row("tensor-in-other-shard", R"({"weight_map":{"a":)" + s2 + R"(,"b":)" + s1 + "}}",
        "it maps tensor \"a\" to shard \"s2.safetensors\", but the tensor is stored in shard "
        "\"s1.safetensors\"");
    row("not-json", QByteArray("{\"weight_map\":"), "the index is not valid JSON");
    row("not-object", QByteArray("[]"), "the index is not a JSON object");
    row("no-weight-map", QByteArray(R"({"metadata":{}})"), "it has no \"weight_map\"");
    row("weight-map-array", QByteArray(R"({"weight_map":[]})"), "its \"weight_map\" is not a JSON object");
    row("weight-map-empty", QByteArray(R"({"weight_map":{}})"), "its \"weight_map\" lists no tensors");
    row("metadata-array", R"({"metadata":[],"weight_map":{"a":)" + s1 + "}}",
        "its \"metadata\" is not a JSON object");
    row("shard-not-string", QByteArray(R"({"weight_map":{"a":1}})"),
        "the \"weight_map\" entry of tensor \"a\" is not a file name");
    row("shard-escapes-folder", QByteArray(R"({"weight_map":{"a":"../s1.safetensors"}})"),
        "tensor \"a\" is mapped to \"../s1.safetensors\", which is not a file name inside");
    row("shard-absolute", QByteArray(R"({"weight_map":{"a":"/etc/passwd"}})"),
        "which is not a file name inside");
    row("duplicate-in-weight-map", R"({"weight_map":{"a":)" + s1 + R"(,"a":)" + s1 + "}}",
        "its \"weight_map\" lists tensor \"a\" twice");
  }

  // Each case: a folder with shards s1 {a, b, dup}, s2 {c}, s3 {dup}, and the index under test
  // (which names the shards it uses: only listed shards are opened).
  void checkpointErrors() {
    QFETCH(QByteArray, index);
    QFETCH(QByteArray, reason);
    const std::string dir = "ckpt-" + std::string(QTest::currentDataTag());
    mkdir(path(dir));
    const auto u8 = [](std::uint8_t v) { return TensorData{DType::U8, {1}, bytesOf<std::uint8_t>({v})}; };
    write(path(dir + "/s1.safetensors"), {{"a", u8(1)}, {"b", u8(2)}, {"dup", u8(3)}});
    write(path(dir + "/s2.safetensors"), {{"c", u8(4)}});
    write(path(dir + "/s3.safetensors"), {{"dup", u8(5)}});
    const std::string indexPath = path(dir + "/model.safetensors.index.json");
    writeBytes(indexPath, index);
    const std::string message = formatError([&] { (void)Checkpoint::open(path(dir)); });
    QVERIFY2(message.starts_with("Cannot load safetensors index \"" + indexPath + "\": "), message.c_str());
    QVERIFY2(contains(message, reason.toStdString()), message.c_str());
  }

  void checkpointOtherErrors() {
    mkdir(path("empty-folder"));
    std::string message = formatError([&] { (void)Checkpoint::open(path("empty-folder")); });
    QVERIFY2(message == "The folder \"" + path("empty-folder") +
                            "\" holds neither model.safetensors nor model.safetensors.index.json.",
             message.c_str());

    message = formatError([&] { (void)Checkpoint::open(path("no-such-index.json")); });
    QVERIFY2(contains(message, "no-such-index.json\": the file does not exist"), message.c_str());

    // A damaged shard is reported with the shard's own name.
    mkdir(path("bad-shard"));
    writeBytes(path("bad-shard/s1.safetensors"), QByteArray("\x01\x02", 2));
    writeBytes(path("bad-shard/idx.json"), R"({"weight_map":{"a":"s1.safetensors"}})");
    message = formatError([&] { (void)Checkpoint::open(path("bad-shard/idx.json")); });
    QVERIFY2(contains(message, "bad-shard/s1.safetensors\": the file is 2 bytes long"), message.c_str());
  }
};

QTEST_APPLESS_MAIN(TstSafetensors)
#include "tst_safetensors.moc"
