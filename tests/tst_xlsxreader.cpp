// Tests for the streaming .xlsx reader. Real workbooks come from libxlsxwriter (shared strings
// and, in constant-memory mode, inline strings); the odd and hostile ones are crafted part by
// part with minizip's zip writer. Everything is written into a temporary directory.

#include "crm/xlsxreader.h"

#include <xlsxwriter.h>

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <type_traits>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using ll::ErrorCode;
using ll::crm::Row;
using ll::crm::TableSource;
using ll::crm::XlsxLimits;
using ll::crm::XlsxWorkbook;

namespace {

struct Table {
  QStringList header;
  QList<qint64> numbers;
  QList<QStringList> rows;
  std::optional<ll::Error> error;
};

QString fromView(std::string_view v) {
  return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

Table readAll(TableSource& source) {
  Table table;
  for (const std::string& h : source.header()) table.header << QString::fromStdString(h);
  Row row;
  while (source.next(row)) {
    QStringList cells;
    for (const std::string_view cell : row.cells) cells << fromView(cell);
    table.numbers << row.number;
    table.rows << cells;
  }
  table.error = source.error();
  return table;
}

template <class T>
QString why(const ll::Result<T>& result) {
  return result ? QString() : result.error().toString();
}

using Parts = QList<std::pair<QString, QByteArray>>;

bool writeZip(const QString& path, const Parts& parts) {
  zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
  if (!zip) return false;
  bool ok = true;
  for (const auto& [name, data] : parts) {
    zip_fileinfo info{};
    ok = ok && zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                     Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK;
    ok = ok && zipWriteInFileInZip(zip, data.constData(), static_cast<unsigned>(data.size())) == ZIP_OK;
    ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
  }
  return zipClose(zip, nullptr) == ZIP_OK && ok;
}

const QByteArray kMainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const QByteArray kPackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

QByteArray sheetXml(const QByteArray& sheetData) {
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
         "\n<worksheet xmlns=\"" +
         kMainNs + "\" xmlns:r=\"" + kRelNs + "\"><sheetData>" + sheetData + "</sheetData></worksheet>";
}

// A hand-made workbook: one sheet 'Leads' (absolute relationship targets, as some writers do),
// optional shared strings and styles.
struct Crafted {
  QByteArray sheetData;
  QByteArray sharedStrings;  // the <sst> children; empty = no part
  QByteArray styles;         // the <styleSheet> children; empty = no part
  bool date1904 = false;
  QByteArray workbookPrologue;  // inserted after the XML declaration of workbook.xml
  QByteArray sharedStringsPrologue;
  QString sheetTarget = u"/xl/worksheets/sheet1.xml"_s;
  bool withWorkbook = true;
  bool withSheet = true;
  QByteArray rawSheet;  // replaces the whole sheet part when set

  [[nodiscard]] Parts parts() const {
    const QByteArray declaration = R"(<?xml version="1.0" encoding="UTF-8"?>)";
    const QByteArray relsStart = declaration + "<Relationships xmlns=\"" + kPackageRelNs + "\">";
    Parts parts;
    parts.append(
        {u"[Content_Types].xml"_s,
         declaration + R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"});
    parts.append({u"_rels/.rels"_s, relsStart + relationship("rId1", "officeDocument", "xl/workbook.xml") +
                                        "</Relationships>"});
    if (withWorkbook) {
      parts.append({u"xl/workbook.xml"_s,
                    declaration + workbookPrologue + "<workbook xmlns=\"" + kMainNs + "\" xmlns:r=\"" +
                        kRelNs + "\"><workbookPr" + (date1904 ? " date1904=\"1\"" : "") +
                        "/><sheets><sheet name=\"Leads\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"});
    }
    QByteArray rels = relsStart + relationship("rId1", "worksheet", sheetTarget.toUtf8());
    if (!sharedStrings.isEmpty()) {
      rels += relationship("rId2", "sharedStrings", "/xl/sharedStrings.xml");
      parts.append({u"xl/sharedStrings.xml"_s, declaration + sharedStringsPrologue + "<sst xmlns=\"" +
                                                   kMainNs + "\">" + sharedStrings + "</sst>"});
    }
    if (!styles.isEmpty()) {
      rels += relationship("rId3", "styles", "styles.xml");
      parts.append({u"xl/styles.xml"_s,
                    declaration + "<styleSheet xmlns=\"" + kMainNs + "\">" + styles + "</styleSheet>"});
    }
    rels += "</Relationships>";
    parts.append({u"xl/_rels/workbook.xml.rels"_s, rels});
    if (withSheet)
      parts.append({u"xl/worksheets/sheet1.xml"_s, rawSheet.isEmpty() ? sheetXml(sheetData) : rawSheet});
    return parts;
  }

  static QByteArray relationship(const QByteArray& id, const QByteArray& type, const QByteArray& target) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + kRelNs + "/" + type + "\" Target=\"" + target + "\"/>";
  }
};

Parts readZip(const QString& path) {
  Parts parts;
  unzFile zip = unzOpen64(QFile::encodeName(path).constData());
  if (!zip) return parts;
  for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
    unz_file_info64 info{};
    char name[1024];
    if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(zip) != UNZ_OK) {
      unzClose(zip);
      return {};
    }
    QByteArray data;
    char buf[65536];
    for (int n; (n = unzReadCurrentFile(zip, buf, sizeof buf)) > 0;) data.append(buf, n);
    unzCloseCurrentFile(zip);
    parts.append({QString::fromUtf8(name), data});
  }
  unzClose(zip);
  return parts;
}

// Patches the declared uncompressed size of one entry in both its local and central headers.
bool patchDeclaredSize(QByteArray& zip, const QByteArray& entryName, quint32 size) {
  const auto put32 = [&zip](qsizetype at, quint32 v) {
    for (int i = 0; i < 4; ++i) zip[at + i] = char((v >> (8 * i)) & 0xFF);
  };
  int patched = 0;
  for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 4)) {
    if (zip.mid(at + 30, entryName.size()) == entryName) {
      put32(at + 22, size);
      ++patched;
    }
  }
  for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
    if (zip.mid(at + 46, entryName.size()) == entryName) {
      put32(at + 24, size);
      ++patched;
    }
  }
  return patched == 2;
}

}  // namespace

class TestXlsxReader : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  int m_counter = 0;

  QString newPath(const QString& stem) { return m_dir.filePath(u"%1-%2.xlsx"_s.arg(stem).arg(++m_counter)); }

  // Writes a workbook with libxlsxwriter; `fill` adds sheets and cells.
  QString writeXlsx(const QString& stem, bool constantMemory,
                    const std::function<void(lxw_workbook*)>& fill) {
    const QString path = newPath(stem);
    const QByteArray encoded = QFile::encodeName(path);
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* workbook = workbook_new_opt(encoded.constData(), &options);
    if (!workbook) return {};
    fill(workbook);
    return workbook_close(workbook) == LXW_NO_ERROR ? path : QString();
  }

  QString writeCrafted(const QString& stem, const Crafted& crafted) {
    const QString path = newPath(stem);
    return writeZip(path, crafted.parts()) ? path : QString();
  }

  QString writeFile(const QString& name, const QByteArray& data) {
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) return {};
    return path;
  }

  // Opens the workbook and its first sheet, and reads it whole.
  static std::optional<Table> readFirstSheet(const QString& path, QString* error = nullptr) {
    auto workbook = XlsxWorkbook::open(path);
    if (!workbook) {
      if (error) *error = workbook.error().toString();
      return std::nullopt;
    }
    auto source = (*workbook)->openSheet(0);
    if (!source) {
      if (error) *error = source.error().toString();
      return std::nullopt;
    }
    return readAll(**source);
  }

  // The first error from opening the workbook or its first sheet.
  static std::optional<ll::Error> openError(const QString& path, const XlsxLimits& limits = {}) {
    auto workbook = XlsxWorkbook::open(path, limits);
    if (!workbook) return workbook.error();
    auto source = (*workbook)->openSheet(0);
    if (!source) return source.error();
    return std::nullopt;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
  }

  void basicTypes_data() {
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("shared strings") << false;
    QTest::newRow("inline strings") << true;
  }

  void basicTypes() {
    QFETCH(bool, constantMemory);
    const QString path = writeXlsx(u"basic"_s, constantMemory, [](lxw_workbook* wb) {
      lxw_worksheet* ws = workbook_add_worksheet(wb, "Leads");
      const char* header[] = {" Name ", "城市", "Amount", "Active", "Count"};
      for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_string(ws, 0, c, header[c], nullptr);
      worksheet_write_string(ws, 1, 0, "Alice", nullptr);
      worksheet_write_string(ws, 1, 1, "北京", nullptr);
      worksheet_write_number(ws, 1, 2, 1234.5, nullptr);
      worksheet_write_boolean(ws, 1, 3, 1, nullptr);
      worksheet_write_number(ws, 1, 4, 42, nullptr);
      worksheet_write_string(ws, 2, 0, "王小明 & <Co>", nullptr);
      worksheet_write_string(ws, 2, 1, "  spaced  ", nullptr);
      worksheet_write_number(ws, 2, 2, -0.25, nullptr);
      worksheet_write_boolean(ws, 2, 3, 0, nullptr);
      worksheet_write_number(ws, 2, 4, 0, nullptr);
      worksheet_write_string(ws, 3, 0, "Line\nbreak\x01", nullptr);
      worksheet_write_number(ws, 3, 2, 1e15, nullptr);
      worksheet_write_formula_str(ws, 3, 3, "=\"x\"&\"y\"", nullptr, "xy");
    });
    QVERIFY(!path.isEmpty());
    QString error;
    const auto table = readFirstSheet(path, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, (QStringList{u"Name"_s, u"城市"_s, u"Amount"_s, u"Active"_s, u"Count"_s}));
    QCOMPARE(table->numbers, (QList<qint64>{2, 3, 4}));
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(table->rows[0], (QStringList{u"Alice"_s, u"北京"_s, u"1234.5"_s, u"TRUE"_s, u"42"_s}));
    // Data cells are not trimmed: that is the importer's business.
    QCOMPARE(table->rows[1],
             (QStringList{u"王小明 & <Co>"_s, u"  spaced  "_s, u"-0.25"_s, u"FALSE"_s, u"0"_s}));
    QCOMPARE(table->rows[2],
             (QStringList{u"Line\nbreak\x01"_s, QString(), u"1000000000000000"_s, u"xy"_s, QString()}));
    QVERIFY(!table->error);
  }

  void dates_data() {
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("shared strings") << false;
    QTest::newRow("inline strings") << true;
  }

  void dates() {
    QFETCH(bool, constantMemory);
    const QString path = writeXlsx(u"dates"_s, constantMemory, [](lxw_workbook* wb) {
      lxw_format* builtinDate = workbook_add_format(wb);
      format_set_num_format_index(builtinDate, 14);
      lxw_format* isoDateTime = workbook_add_format(wb);
      format_set_num_format(isoDateTime, "yyyy-mm-dd hh:mm:ss");
      lxw_format* localeDate = workbook_add_format(wb);
      format_set_num_format(localeDate, "[$-409]mmmm d, yyyy;@");
      lxw_format* timeOnly = workbook_add_format(wb);
      format_set_num_format(timeOnly, "hh:mm");
      lxw_format* decimals = workbook_add_format(wb);
      format_set_num_format(decimals, "0.00");
      lxw_format* quotedDays = workbook_add_format(wb);
      format_set_num_format(quotedDays, "#,##0 \"days\"");
      lxw_format* coloured = workbook_add_format(wb);
      format_set_num_format(coloured, "[Red]0.00");

      lxw_worksheet* ws = workbook_add_worksheet(wb, "Dates");
      worksheet_write_string(ws, 0, 0, "What", nullptr);
      worksheet_write_string(ws, 0, 1, "Value", nullptr);
      lxw_row_t r = 1;
      const auto date = [&](const char* what, lxw_datetime dt, lxw_format* f) {
        worksheet_write_string(ws, r, 0, what, nullptr);
        worksheet_write_datetime(ws, r++, 1, &dt, f);
      };
      const auto number = [&](const char* what, double v, lxw_format* f) {
        worksheet_write_string(ws, r, 0, what, nullptr);
        worksheet_write_number(ws, r++, 1, v, f);
      };
      date("builtin", {2024, 3, 15, 0, 0, 0}, builtinDate);
      date("datetime", {2024, 3, 15, 14, 30, 5}, isoDateTime);
      date("locale", {1999, 12, 31, 0, 0, 0}, localeDate);
      date("day1", {1900, 1, 1, 0, 0, 0}, builtinDate);
      date("feb28", {1900, 2, 28, 0, 0, 0}, builtinDate);
      date("mar1", {1900, 3, 1, 0, 0, 0}, builtinDate);
      number("serial", 45000, builtinDate);
      number("serial time", 45000.75, isoDateTime);
      number("time", 0.5, timeOnly);
      number("decimals", 45000, decimals);
      number("quoted", 45000, quotedDays);
      number("coloured", 45000, coloured);
      number("plain", 45000.5, nullptr);
    });
    QVERIFY(!path.isEmpty());
    QString error;
    const auto table = readFirstSheet(path, &error);
    QVERIFY2(table, qPrintable(error));
    const QList<std::pair<QString, QString>> expected{
        {u"builtin"_s, u"2024-03-15"_s}, {u"datetime"_s, u"2024-03-15T14:30:05"_s},
        {u"locale"_s, u"1999-12-31"_s},  {u"day1"_s, u"1900-01-01"_s},
        {u"feb28"_s, u"1900-02-28"_s},   {u"mar1"_s, u"1900-03-01"_s},
        {u"serial"_s, u"2023-03-15"_s},  {u"serial time"_s, u"2023-03-15T18:00:00"_s},
        {u"time"_s, u"12:00:00"_s},      {u"decimals"_s, u"45000"_s},
        {u"quoted"_s, u"45000"_s},       {u"coloured"_s, u"45000"_s},
        {u"plain"_s, u"45000.5"_s},
    };
    QCOMPARE(table->rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
      QCOMPARE(table->rows[i], (QStringList{expected[i].first, expected[i].second}));
  }

  void date1904System() {
    Crafted crafted;
    crafted.date1904 = true;
    crafted.styles =
        R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yy\ h:mm"/></numFmts>)"
        R"(<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>)";
    crafted.sheetData = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>When</t></is></c></row>)"
                        R"(<row r="2"><c r="A2" s="1"><v>0</v></c></row>)"
                        R"(<row r="3"><c r="A3" s="1"><v>1</v></c></row>)"
                        R"(<row r="4"><c r="A4" s="2"><v>43538.25</v></c></row>)"
                        R"(<row r="5"><c r="A5" s="0"><v>43538.25</v></c></row>)";
    const QString path = writeCrafted(u"date1904"_s, crafted);
    QVERIFY(!path.isEmpty());
    QString error;
    const auto table = readFirstSheet(path, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->rows,
             (QList<QStringList>{
                 {u"1904-01-01"_s}, {u"1904-01-02"_s}, {u"2023-03-15T06:00:00"_s}, {u"43538.25"_s}}));
  }

  void emptyCellsAndSkippedColumns_data() {
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("shared strings") << false;
    QTest::newRow("inline strings") << true;
  }

  void emptyCellsAndSkippedColumns() {
    QFETCH(bool, constantMemory);
    const QString path = writeXlsx(u"gaps"_s, constantMemory, [](lxw_workbook* wb) {
      lxw_format* bold = workbook_add_format(wb);
      format_set_bold(bold);
      lxw_worksheet* ws = workbook_add_worksheet(wb, "Leads");
      for (lxw_col_t c = 0; c < 4; ++c)
        worksheet_write_string(ws, 0, c, std::string(1, char('A' + c)).c_str(), nullptr);
      worksheet_write_string(ws, 1, 0, "a2", nullptr);
      worksheet_write_string(ws, 1, 3, "d2", nullptr);
      // A row of formatted blanks is a row with no values: skipped.
      worksheet_write_blank(ws, 2, 0, bold);
      worksheet_write_blank(ws, 2, 1, bold);
      worksheet_write_string(ws, 3, 0, "a4", nullptr);
      worksheet_write_string(ws, 3, 5, "f4", nullptr);  // beyond the header: still returned
      worksheet_write_string(ws, 4, 1, "b5", nullptr);
      worksheet_write_blank(ws, 4, 6, bold);  // trailing blank beyond the header: not returned
    });
    QVERIFY(!path.isEmpty());
    QString error;
    const auto table = readFirstSheet(path, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, (QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s}));
    QCOMPARE(table->numbers, (QList<qint64>{2, 4, 5}));
    QCOMPARE(table->rows[0], (QStringList{u"a2"_s, {}, {}, u"d2"_s}));
    QCOMPARE(table->rows[1], (QStringList{u"a4"_s, {}, {}, {}, {}, u"f4"_s}));
    QCOMPARE(table->rows[2], (QStringList{{}, u"b5"_s, {}, {}}));
  }

  void headerBelowEmptyRows() {
    const QString path = writeXlsx(u"lowheader"_s, false, [](lxw_workbook* wb) {
      lxw_format* bold = workbook_add_format(wb);
      format_set_bold(bold);
      lxw_worksheet* ws = workbook_add_worksheet(wb, "Leads");
      worksheet_write_blank(ws, 1, 2, bold);  // row 2: formatted but empty
      worksheet_write_string(ws, 3, 1, "Name", nullptr);
      worksheet_write_string(ws, 3, 2, "Phone", nullptr);
      worksheet_write_string(ws, 4, 1, "Ann", nullptr);
      worksheet_write_string(ws, 4, 2, "555-0100", nullptr);
      worksheet_write_string(ws, 6, 2, "555-0101", nullptr);
    });
    QVERIFY(!path.isEmpty());
    QString error;
    const auto table = readFirstSheet(path, &error);
    QVERIFY2(table, qPrintable(error));
    // Column A is empty on every row, so it stays an empty first column.
    QCOMPARE(table->header, (QStringList{QString(), u"Name"_s, u"Phone"_s}));
    QCOMPARE(table->numbers, (QList<qint64>{5, 7}));
    QCOMPARE(table->rows[0], (QStringList{{}, u"Ann"_s, u"555-0100"_s}));
    QCOMPARE(table->rows[1], (QStringList{{}, {}, u"555-0101"_s}));
  }

  void titleRowsAboveAChosenHeaderRow() {
    const QString path = writeXlsx(u"titled"_s, false, [](lxw_workbook* wb) {
      lxw_worksheet* ws = workbook_add_worksheet(wb, "Report");
      worksheet_write_string(ws, 0, 0, "Lead report, all stores", nullptr);
      worksheet_write_string(ws, 1, 0, "Exported", nullptr);
      worksheet_write_string(ws, 1, 1, "2026-11-20", nullptr);
      worksheet_write_string(ws, 3, 0, "Lead ID", nullptr);
      worksheet_write_string(ws, 3, 1, "Name", nullptr);
      worksheet_write_string(ws, 3, 2, "Phone", nullptr);
      worksheet_write_string(ws, 4, 0, "L1", nullptr);
      worksheet_write_string(ws, 4, 1, "Ann", nullptr);
      worksheet_write_string(ws, 4, 2, "555-0100", nullptr);
    });
    QVERIFY(!path.isEmpty());
    auto workbook = XlsxWorkbook::open(path);
    QVERIFY(workbook);
    // Row 3 is blank: naming it finds the header on row 4.
    auto source = (*workbook)->openSheet(0, 3);
    QVERIFY2(source, qPrintable(source ? QString() : source.error().toString()));
    QCOMPARE((*source)->headerRow(), 4);
    const Table table = readAll(**source);
    QCOMPARE(table.header, (QStringList{u"Lead ID"_s, u"Name"_s, u"Phone"_s}));
    QCOMPARE(table.numbers, QList<qint64>{5});
    QCOMPARE(table.rows[0], (QStringList{u"L1"_s, u"Ann"_s, u"555-0100"_s}));
    // By default the title is the header.
    auto plain = (*workbook)->openSheet(0);
    QVERIFY(plain);
    QCOMPARE((*plain)->headerRow(), 1);
    // Past the last row: an error naming the row.
    auto past = (*workbook)->openSheet(0, 12);
    QVERIFY(!past);
    QCOMPARE(past.error().code, ErrorCode::BadData);
    QVERIFY2(past.error().message.contains(u"12"_s), qPrintable(past.error().message));
  }

  void severalSheets() {
    const QString path = writeXlsx(u"sheets"_s, false, [](lxw_workbook* wb) {
      lxw_worksheet* leads = workbook_add_worksheet(wb, "Leads");
      worksheet_write_string(leads, 0, 0, "Lead", nullptr);
      worksheet_write_string(leads, 1, 0, "L1", nullptr);
      lxw_worksheet* deals = workbook_add_worksheet(wb, "Deals");
      worksheet_write_string(deals, 0, 0, "Deal", nullptr);
      worksheet_write_string(deals, 0, 1, "Value", nullptr);
      worksheet_write_string(deals, 1, 0, "D1", nullptr);
      worksheet_write_number(deals, 1, 1, 99.5, nullptr);
      lxw_worksheet* chinese = workbook_add_worksheet(wb, "客户");
      worksheet_write_string(chinese, 0, 0, "姓名", nullptr);
      worksheet_write_string(chinese, 1, 0, "张三", nullptr);
      workbook_add_worksheet(wb, "Empty");
    });
    QVERIFY(!path.isEmpty());
    auto workbook = XlsxWorkbook::open(path);
    QVERIFY2(workbook, qPrintable(why(workbook)));
    const auto& sheets = (*workbook)->sheets();
    QCOMPARE(sheets.size(), size_t(4));
    QCOMPARE(sheets[0].name, u"Leads"_s);
    QCOMPARE(sheets[1].name, u"Deals"_s);
    QCOMPARE(sheets[1].part, u"xl/worksheets/sheet2.xml"_s);
    QCOMPARE(sheets[2].name, u"客户"_s);
    QCOMPARE((*workbook)->sheetIndex(u"deals"_s), 1);
    QCOMPARE((*workbook)->sheetIndex(u"LEADS"_s), 0);
    QCOMPARE((*workbook)->sheetIndex(u"客户"_s), 2);
    QCOMPARE((*workbook)->sheetIndex(u"Nope"_s), -1);
    QCOMPARE((*workbook)->fileName(), QFileInfo(path).fileName());

    auto deals = (*workbook)->openSheet((*workbook)->sheetIndex(u"deals"_s));
    QVERIFY2(deals, qPrintable(why(deals)));
    QCOMPARE((*deals)->description(), u"Excel workbook, sheet 'Deals'"_s);
    const Table dealTable = readAll(**deals);
    QCOMPARE(dealTable.header, (QStringList{u"Deal"_s, u"Value"_s}));
    QCOMPARE(dealTable.rows, (QList<QStringList>{{u"D1"_s, u"99.5"_s}}));

    auto chinese = (*workbook)->openSheet(2);
    QVERIFY2(chinese, qPrintable(why(chinese)));
    const Table chineseTable = readAll(**chinese);
    QCOMPARE(chineseTable.header, (QStringList{u"姓名"_s}));
    QCOMPARE(chineseTable.rows, (QList<QStringList>{{u"张三"_s}}));

    // Two sources on the same workbook read independently.
    auto leads1 = (*workbook)->openSheet(0);
    auto leads2 = (*workbook)->openSheet(0);
    QVERIFY(leads1 && leads2);
    QCOMPARE(readAll(**leads1).rows, readAll(**leads2).rows);

    auto empty = (*workbook)->openSheet(3);
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::BadFormat);
    QVERIFY2(empty.error().message.contains(u"'Empty'"_s), qPrintable(empty.error().message));

    for (const int bad : {-1, 4}) {
      auto missing = (*workbook)->openSheet(bad);
      QVERIFY(!missing);
      QCOMPARE(missing.error().code, ErrorCode::InvalidArgument);
    }
  }

  void craftedCellKinds() {
    Crafted crafted;
    crafted.sharedStrings =
        R"(<si><t>Name</t></si>)"
        R"(<si><r><rPr><b/></rPr><t xml:space="preserve">Rich </t></r><r><t>text</t></r></si>)"
        R"(<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>)"
        R"(<si><t>Carriage_x000D_return _x005F_x0041_</t></si>)"
        R"(<si><t/></si>)"
        R"(<si><t>Note</t></si>)";
    crafted.sheetData =
        R"(<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>5</v></c>)"
        R"(<c r="C1" t="s"><v>4</v></c></row>)"
        // cells without references are sequential, also after a reference
        R"(<row r="2"><c t="s"><v>1</v></c><c t="s"><v>2</v></c><c r="E2"><v>5</v></c><c><v>6</v></c></row>)"
        R"(<row><c t="e"><v>#DIV/0!</v></c><c t="str"><f>A1&amp;"x"</f><v>Namex</v></c>)"
        R"(<c t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r><rPh><t>no</t></rPh></is></c></row>)"
        R"(<row r="9"><c r="A9" t="s"><v>3</v></c><c r="B9" t="b"><v>1</v></c>)"
        R"(<c r="C9" t="s"><v>4</v></c></row>)"
        // a row whose only cell is an empty shared string counts as empty
        R"(<row r="10"><c r="A10" t="s"><v>4</v></c></row>)"
        R"(<row r="11"><c r="a11"><v>7</v></c><c r="C11" t="d"><v>2024-01-02T03:04:05</v></c></row>)";
    const QString path = writeCrafted(u"kinds"_s, crafted);
    QVERIFY(!path.isEmpty());
    QString error;
    const auto table = readFirstSheet(path, &error);
    QVERIFY2(table, qPrintable(error));
    // The header's trailing empty cell (shared string 4) is dropped.
    QCOMPARE(table->header, (QStringList{u"Name"_s, u"Note"_s}));
    QCOMPARE(table->numbers, (QList<qint64>{2, 3, 9, 11}));
    QCOMPARE(table->rows[0], (QStringList{u"Rich text"_s, u"東京"_s, {}, {}, u"5"_s, u"6"_s}));
    QCOMPARE(table->rows[1], (QStringList{u"#DIV/0!"_s, u"Namex"_s, u"inline"_s}));
    QCOMPARE(table->rows[2], (QStringList{u"Carriage\rreturn _x0041_"_s, u"TRUE"_s}));
    QCOMPARE(table->rows[3], (QStringList{u"7"_s, {}, u"2024-01-02T03:04:05"_s}));
  }

  void largeSheetStreams() {
    constexpr int kRows = 20000;
    const QString path = writeXlsx(u"large"_s, true, [](lxw_workbook* wb) {
      lxw_worksheet* ws = workbook_add_worksheet(wb, "Leads");
      for (lxw_col_t c = 0; c < 4; ++c)
        worksheet_write_string(ws, 0, c, ("Col" + std::to_string(c)).c_str(), nullptr);
      for (lxw_row_t r = 1; r <= kRows; ++r) {
        worksheet_write_string(ws, r, 0, ("lead " + std::to_string(r)).c_str(), nullptr);
        worksheet_write_number(ws, r, 1, r, nullptr);
        worksheet_write_string(ws, r, 2, "客户", nullptr);
        worksheet_write_number(ws, r, 3, r * 0.5, nullptr);
      }
    });
    QVERIFY(!path.isEmpty());
    auto workbook = XlsxWorkbook::open(path);
    QVERIFY2(workbook, qPrintable(why(workbook)));
    auto source = (*workbook)->openSheet(0);
    QVERIFY2(source, qPrintable(why(source)));
    const qint64 total = (*source)->bytesTotal();
    QVERIFY(total > 1 << 20);  // several read chunks
    Row row;
    int count = 0;
    qint64 lastDone = 0;
    bool allMatch = true;
    while ((*source)->next(row)) {
      ++count;
      const qint64 done = (*source)->bytesDone();
      QVERIFY(done >= lastDone && done <= total);
      lastDone = done;
      allMatch = allMatch && row.number == count + 1 && row.cells.size() == 4 &&
                 row.cells[0] == "lead " + std::to_string(count) && row.cells[1] == std::to_string(count) &&
                 row.cells[2] == "客户";
    }
    QVERIFY2(!(*source)->error(),
             qPrintable((*source)->error() ? (*source)->error()->toString() : QString()));
    QCOMPARE(count, kRows);
    QVERIFY(allMatch);
    QCOMPARE((*source)->bytesDone(), total);
  }

  void sourceOutlivesWorkbook() {
    const QString path = writeXlsx(u"outlive"_s, false, [](lxw_workbook* wb) {
      lxw_worksheet* ws = workbook_add_worksheet(wb, "Leads");
      worksheet_write_string(ws, 0, 0, "Name", nullptr);
      for (lxw_row_t r = 1; r <= 3; ++r)
        worksheet_write_string(ws, r, 0, ("n" + std::to_string(r)).c_str(), nullptr);
    });
    QVERIFY(!path.isEmpty());
    std::unique_ptr<TableSource> source;
    {
      auto workbook = XlsxWorkbook::open(path);
      QVERIFY2(workbook, qPrintable(why(workbook)));
      auto opened = (*workbook)->openSheet(0);
      QVERIFY2(opened, qPrintable(why(opened)));
      source = std::move(*opened);
    }
    const Table table = readAll(*source);
    QCOMPARE(table.rows, (QList<QStringList>{{u"n1"_s}, {u"n2"_s}, {u"n3"_s}}));
    QCOMPARE(source->fileName(), QFileInfo(path).fileName());
  }

  void looksLikeZip() {
    const QString xlsx = writeXlsx(
        u"zip"_s, false, [](lxw_workbook* wb) { workbook_add_worksheet(wb, nullptr); });
    QVERIFY(ll::crm::looksLikeZip(xlsx));
    QVERIFY(!ll::crm::looksLikeZip(writeFile(u"text.csv"_s, "Name,Phone\nAnn,555\n")));
    QVERIFY(!ll::crm::looksLikeZip(writeFile(u"tiny.csv"_s, "P")));
    QVERIFY(!ll::crm::looksLikeZip(m_dir.filePath(u"absent.xlsx"_s)));
  }

  void notAZip() {
    const QString csv = writeFile(u"renamed.xlsx"_s, "Name,Phone\nAnn,555-0100\n");
    auto workbook = XlsxWorkbook::open(csv);
    QVERIFY(!workbook);
    QCOMPARE(workbook.error().code, ErrorCode::BadFormat);
    QVERIFY2(workbook.error().message.contains(u"not a zip archive"_s), qPrintable(workbook.error().message));
    QVERIFY(workbook.error().message.contains(u"renamed.xlsx"_s));
    QCOMPARE(workbook.error().file, u"renamed.xlsx"_s);

    auto empty = XlsxWorkbook::open(writeFile(u"empty.xlsx"_s, {}));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::BadFormat);

    auto ole = XlsxWorkbook::open(
        writeFile(u"old.xlsx"_s, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0')));
    QVERIFY(!ole);
    QCOMPARE(ole.error().code, ErrorCode::BadFormat);

    auto absent = XlsxWorkbook::open(m_dir.filePath(u"absent.xlsx"_s));
    QVERIFY(!absent);
    QCOMPARE(absent.error().code, ErrorCode::FileNotFound);
  }

  void truncatedZip() {
    const QString path = writeXlsx(u"whole"_s, false, [](lxw_workbook* wb) {
      lxw_worksheet* ws = workbook_add_worksheet(wb, "Leads");
      worksheet_write_string(ws, 0, 0, "Name", nullptr);
      worksheet_write_string(ws, 1, 0, "Ann", nullptr);
    });
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray whole = file.readAll();
    const QString half = writeFile(u"half.xlsx"_s, whole.left(whole.size() / 2));
    QVERIFY(ll::crm::looksLikeZip(half));
    const auto error = openError(half);
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::BadFormat);
    QVERIFY2(error->message.contains(u"truncated"_s), qPrintable(error->message));
  }

  void missingWorkbookXml() {
    Crafted crafted;
    crafted.withWorkbook = false;
    crafted.sheetData = R"(<row r="1"><c r="A1"><v>1</v></c></row>)";
    const auto error = openError(writeCrafted(u"noworkbook"_s, crafted));
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::BadFormat);
    QVERIFY2(error->message.contains(u"xl/workbook.xml"_s), qPrintable(error->message));
  }

  void missingSheetPart() {
    Crafted crafted;
    crafted.withSheet = false;
    const QString path = writeCrafted(u"nosheet"_s, crafted);
    auto workbook = XlsxWorkbook::open(path);
    QVERIFY2(workbook, qPrintable(why(workbook)));
    QCOMPARE((*workbook)->sheets().size(), size_t(1));
    auto source = (*workbook)->openSheet(0);
    QVERIFY(!source);
    QCOMPARE(source.error().code, ErrorCode::BadFormat);
    QVERIFY2(source.error().message.contains(u"xl/worksheets/sheet1.xml"_s),
             qPrintable(source.error().message));
  }

  void malformedSheetXml() {
    // Broken before the header: openSheet fails.
    Crafted early;
    early.rawSheet = sheetXml(R"(<row r="1"><c r="A1"><v>1</v></row>)");
    const auto error = openError(writeCrafted(u"badxml"_s, early));
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::BadFormat);
    QVERIFY2(error->message.contains(u"xl/worksheets/sheet1.xml"_s), qPrintable(error->message));
    QVERIFY2(error->message.contains(u"well-formed"_s), qPrintable(error->message));

    // Broken after a few rows: next() stops with an error naming the row.
    Crafted late;
    late.sheetData = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>)"
                     R"(<row r="2"><c r="A2"><v>1</v></c></row>)"
                     R"(<row r="3"><c r="A3"><v>2</v></c><oops></row>)";
    QString openErrorText;
    const auto table = readFirstSheet(writeCrafted(u"latexml"_s, late), &openErrorText);
    QVERIFY2(table, qPrintable(openErrorText));
    QCOMPARE(table->rows, (QList<QStringList>{{u"1"_s}}));
    QVERIFY(table->error);
    QCOMPARE(table->error->code, ErrorCode::BadFormat);
    QCOMPARE(table->error->row, qint64(3));

    // Cut off in the middle of the sheet data (the XML just ends).
    Crafted cut;
    cut.rawSheet =
        sheetXml(R"(<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>)")
            .chopped(40);
    const auto cutTable = readFirstSheet(writeCrafted(u"cutxml"_s, cut), &openErrorText);
    QVERIFY2(cutTable, qPrintable(openErrorText));
    QVERIFY(cutTable->rows.isEmpty());
    QVERIFY(cutTable->error);
    QCOMPARE(cutTable->error->code, ErrorCode::BadFormat);
    QVERIFY2(cutTable->error->message.contains(u"ends too early"_s), qPrintable(cutTable->error->message));
  }

  void badSharedStringIndex() {
    Crafted crafted;
    crafted.sharedStrings = R"(<si><t>Name</t></si>)";
    crafted.sheetData =
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>7</v></c></row>)";
    QString error;
    const auto table = readFirstSheet(writeCrafted(u"badindex"_s, crafted), &error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY(table->rows.isEmpty());
    QVERIFY(table->error);
    QCOMPARE(table->error->code, ErrorCode::BadFormat);
    QCOMPARE(table->error->row, qint64(2));
  }

  void hugeColumnReferenceRefused() {
    Crafted crafted;
    crafted.sheetData = R"(<row r="1"><c r="A1"><v>1</v></c><c r="ZZZZZZZZZZ1"><v>2</v></c></row>)";
    const auto error = openError(writeCrafted(u"hugecol"_s, crafted));
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::BadFormat);
  }

  void entityDeclarationsRefused() {
    const QByteArray dtd = R"(<!DOCTYPE x [<!ENTITY a "aaaa">]>)";
    Crafted inStrings;
    inStrings.sharedStringsPrologue = dtd;
    inStrings.sharedStrings = R"(<si><t>Name</t></si>)";
    inStrings.sheetData = R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)";
    const QString path = writeCrafted(u"dtd"_s, inStrings);
    auto workbook = XlsxWorkbook::open(path);
    QVERIFY2(workbook, qPrintable(why(workbook)));  // listing sheets does not read the strings
    auto source = (*workbook)->openSheet(0);
    QVERIFY(!source);
    QCOMPARE(source.error().code, ErrorCode::Unsafe);
    QVERIFY2(source.error().message.contains(u"entity declarations"_s), qPrintable(source.error().message));
    QVERIFY(source.error().message.contains(u"xl/sharedStrings.xml"_s));

    Crafted inWorkbook;
    inWorkbook.workbookPrologue = dtd;
    inWorkbook.sheetData = R"(<row r="1"><c r="A1"><v>1</v></c></row>)";
    const auto error = openError(writeCrafted(u"dtdworkbook"_s, inWorkbook));
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::Unsafe);

    Crafted inSheet;
    inSheet.rawSheet = "<?xml version=\"1.0\"?>" + dtd + "<worksheet xmlns=\"" + kMainNs + "\">" +
                       R"(<sheetData><row r="1"><c r="A1"><v>&a;</v></c></row></sheetData></worksheet>)";
    const auto sheetError = openError(writeCrafted(u"dtdsheet"_s, inSheet));
    QVERIFY(sheetError);
    QVERIFY2(sheetError->code == ErrorCode::Unsafe || sheetError->code == ErrorCode::BadFormat,
             qPrintable(sheetError->toString()));
  }

  void declaredSizeOverLimit() {
    const QString path = writeXlsx(u"limits"_s, false, [](lxw_workbook* wb) {
      lxw_worksheet* ws = workbook_add_worksheet(wb, "Leads");
      worksheet_write_string(ws, 0, 0, "Name", nullptr);
    });
    XlsxLimits entryLimit;
    entryLimit.maxEntryBytes = 200;
    const auto error = openError(path, entryLimit);
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::Unsafe);
    QVERIFY2(error->message.contains(u"part '"_s), qPrintable(error->message));
    QVERIFY(error->message.contains(QFileInfo(path).fileName()));

    XlsxLimits totalLimit;
    totalLimit.maxTotalBytes = 1000;
    const auto totalError = openError(path, totalLimit);
    QVERIFY(totalError);
    QCOMPARE(totalError->code, ErrorCode::Unsafe);

    QVERIFY(!openError(path));
  }

  void compressionRatioOverLimit() {
    Crafted crafted;
    crafted.sheetData =
        R"(<row r="1"><c r="A1" t="inlineStr"><is><t>)" + QByteArray(4 << 20, 'A') + "</t></is></c></row>";
    const QString path = writeCrafted(u"bomb"_s, crafted);
    const auto error = openError(path);
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::Unsafe);
    QVERIFY2(error->message.contains(u"xl/worksheets/sheet1.xml"_s), qPrintable(error->message));

    // Limits are limits, not a ban on large cells.
    XlsxLimits generous;
    generous.maxCompressionRatio = 1e9;
    auto workbook = XlsxWorkbook::open(path, generous);
    QVERIFY2(workbook, qPrintable(why(workbook)));
    auto source = (*workbook)->openSheet(0);
    QVERIFY2(source, qPrintable(why(source)));
    QCOMPARE((*source)->header().size(), size_t(1));
    QCOMPARE((*source)->header()[0].size(), size_t(4 << 20));
  }

  void lyingDeclaredSize() {
    Crafted crafted;
    QByteArray rows = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row>)";
    for (int r = 2; r < 200; ++r)
      rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r) + "</v></c></row>";
    crafted.sheetData = rows;
    const QString path = writeCrafted(u"liar"_s, crafted);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray zip = file.readAll();
    file.close();
    QVERIFY(patchDeclaredSize(zip, "xl/worksheets/sheet1.xml", 300));
    const QString patched = writeFile(u"liar-patched.xlsx"_s, zip);
    QString error;
    const auto table = readFirstSheet(patched, &error);
    // Only the declared 300 bytes are unpacked: the sheet ends early, which must be reported.
    if (table) {
      QVERIFY(table->error);
      QVERIFY(table->rows.size() < 198);
    } else {
      QVERIFY(!error.isEmpty());
    }
  }

  // Randomly damaged workbooks (fixed seed): every outcome is either rows or a proper error,
  // never a crash, a hang or an Internal error.
  void damagedWorkbooksFailCleanly() {
    const QString basePath = writeXlsx(u"fuzzbase"_s, false, [](lxw_workbook* wb) {
      lxw_format* date = workbook_add_format(wb);
      format_set_num_format(date, "yyyy-mm-dd hh:mm");
      for (const char* name : {"Leads", "Other"}) {
        lxw_worksheet* ws = workbook_add_worksheet(wb, name);
        for (lxw_col_t c = 0; c < 4; ++c) worksheet_write_string(ws, 0, c, "Head", nullptr);
        for (lxw_row_t r = 1; r < 10; ++r) {
          worksheet_write_string(ws, r, 0, "名字 text", nullptr);
          worksheet_write_number(ws, r, 1, r * 1.25, nullptr);
          worksheet_write_boolean(ws, r, 2, int(r % 2), nullptr);
          lxw_datetime dt{2024, 2, 3, 4, 5, 6};
          worksheet_write_datetime(ws, r, 3, &dt, date);
        }
      }
    });
    const Parts parts = readZip(basePath);
    QVERIFY(parts.size() > 5);
    const QByteArray snippets[] = {"<",          ">",       "</row>",       "<row>",
                                   "<c>",        "</c>",    "<v>",          "&amp;",
                                   "&#0;",       "\xff",    "_xD800_",      "r=\"A0\"",
                                   "r=\"XFE1\"", "t=\"s\"", "<!DOCTYPE a>", "99999999999999999999"};
    std::mt19937 rng(20240607);
    int opened = 0;
    for (int i = 0; i < 200; ++i) {
      Parts mutated = parts;
      for (int k = 0; k < 3; ++k) {
        QByteArray& data = mutated[qsizetype(rng() % quint32(mutated.size()))].second;
        if (data.isEmpty()) continue;
        const auto at = qsizetype(rng() % quint32(data.size()));
        switch (rng() % 4) {
          case 0:
            data[at] = char(rng());
            break;
          case 1:
            data.remove(at, qsizetype(1 + rng() % 20));
            break;
          case 2:
            data.insert(at, snippets[rng() % std::size(snippets)]);
            break;
          default:
            data.truncate(at);
            break;
        }
      }
      const QString path = m_dir.filePath(u"damaged.xlsx"_s);
      QFile::remove(path);
      QVERIFY(writeZip(path, mutated));
      const auto check = [](const ll::Error& error) {
        return error.code != ErrorCode::Internal && !error.message.isEmpty();
      };
      auto workbook = XlsxWorkbook::open(path);
      if (!workbook) {
        QVERIFY2(check(workbook.error()), qPrintable(workbook.error().toString()));
        continue;
      }
      for (int s = 0; s < int((*workbook)->sheets().size()); ++s) {
        auto source = (*workbook)->openSheet(s);
        if (!source) {
          QVERIFY2(check(source.error()), qPrintable(source.error().toString()));
          continue;
        }
        ++opened;
        Row row;
        while ((*source)->next(row)) QVERIFY(row.cells.size() >= (*source)->header().size());
        if ((*source)->error())
          QVERIFY2(check(*(*source)->error()), qPrintable((*source)->error()->toString()));
      }
    }
    QVERIFY(opened > 0);
  }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
