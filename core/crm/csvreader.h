#pragma once
// Streaming CSV reader (RFC 4180 plus what real CRM exports do): quoted fields with commas,
// doubled quotes and line breaks; CRLF, LF (and lone CR) line ends; delimiter sniffed from
// comma, semicolon, tab and pipe; encoding sniffed from the BOM (UTF-8, UTF-16 LE/BE) or the
// bytes (UTF-8, else GB18030, which covers GBK and GB2312). Memory stays bounded by the chunk
// size and the longest record, never by the file size.

#include "crm/tablesource.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace ll::crm {

struct CsvOptions {
  // Field separator; sniffed from the first lines when not set.
  std::optional<char> delimiter;
  // "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030" (aliases "GBK", "GB2312" accepted); empty = sniff.
  // A BOM always wins over a guess but not over an explicit choice that contradicts it
  // (that is an error naming both).
  QString encoding;
  // Spreadsheet row (1-based) of the header: the rows above it (a report's title, the export's
  // date) are skipped, and are left out when the separator is sniffed. Blank rows at and after
  // it are skipped as well; data rows keep their numbers in the file.
  qint64 headerRow = 1;
  // Bytes read per chunk.
  qint64 chunkBytes = 1 << 20;
  // A single record longer than this is refused (guards against a missing closing quote
  // swallowing a whole multi-gigabyte file into memory).
  qint64 maxRecordBytes = 16 << 20;
};

class CsvReader final : public TableSource {
 public:
  // Opens the file, sniffs encoding and delimiter, reads the header. Fails with a clear message
  // for: missing/unreadable file, empty file, binary data, undecodable bytes, no header.
  static Result<std::unique_ptr<CsvReader>> open(const QString& path, const CsvOptions& options = {});
  ~CsvReader() override;

  [[nodiscard]] const std::vector<std::string>& header() const override;
  [[nodiscard]] qint64 headerRow() const override;
  bool next(Row& row) override;
  [[nodiscard]] std::optional<Error> error() const override;
  [[nodiscard]] qint64 bytesDone() const override;
  [[nodiscard]] qint64 bytesTotal() const override;
  [[nodiscard]] QString description() const override;
  [[nodiscard]] QString fileName() const override;

  [[nodiscard]] QString encoding() const;  // canonical name, as accepted by CsvOptions::encoding
  [[nodiscard]] bool hadBom() const;
  [[nodiscard]] char delimiter() const;
  // SHA-256 of the raw file bytes; complete once next() has returned false without error.
  [[nodiscard]] QByteArray sha256() const;

  struct Impl;

 private:
  explicit CsvReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ll::crm
