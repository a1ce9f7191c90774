// Tests for the streaming CSV reader. Every fixture is generated into a temporary directory, so
// the exact bytes (BOMs, line ends, encodings, broken sequences) are visible in the test itself.

#include "common/logging.h"
#include "crm/csvreader.h"

#include <spdlog/sinks/ostream_sink.h>

#include <QCryptographicHash>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace Qt::Literals::StringLiterals;
using ll::Error;
using ll::ErrorCode;
using ll::crm::CsvOptions;
using ll::crm::CsvReader;
using ll::crm::Row;

namespace {

// One row as text, "N: a|b|c", so that QCOMPARE shows differences readably.
QString rowText(const Row& row) {
  QStringList cells;
  for (const auto cell : row.cells) cells << QString::fromUtf8(cell.data(), qsizetype(cell.size()));
  return u"%1: %2"_s.arg(row.number).arg(cells.join(u'|'));
}

QStringList headerText(const CsvReader& reader) {
  QStringList cells;
  for (const auto& cell : reader.header()) cells << QString::fromStdString(cell);
  return cells;
}

struct Parsed {
  bool opened = false;
  QStringList header;
  QStringList rows;
  std::optional<Error> error;  // from open() or from next()
  QByteArray sha256;
  QString description;
  QString encoding;
  char delimiter = 0;
  bool bom = false;
  qint64 headerRow = 0;
};

Parsed parse(const QString& path, const CsvOptions& options = {}) {
  Parsed parsed;
  auto opened = CsvReader::open(path, options);
  if (!opened) {
    parsed.error = opened.error();
    return parsed;
  }
  CsvReader& reader = **opened;
  parsed.opened = true;
  parsed.header = headerText(reader);
  parsed.description = reader.description();
  parsed.encoding = reader.encoding();
  parsed.delimiter = reader.delimiter();
  parsed.bom = reader.hadBom();
  parsed.headerRow = reader.headerRow();
  Row row;
  while (reader.next(row)) parsed.rows << rowText(row);
  parsed.error = reader.error();
  parsed.sha256 = reader.sha256();
  return parsed;
}

QByteArray utf16(const QString& text, QStringEncoder::Encoding encoding) {
  QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
  return encoder.encode(text);
}

QByteArray gb18030(const QString& text) {
  QStringEncoder encoder("GB18030");
  return encoder.encode(text);
}

QByteArray sha256Of(const QByteArray& bytes) {
  return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

}  // namespace

class TestCsvReader : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_dir;
  int m_files = 0;

  QString write(const QByteArray& bytes, const QString& name = {}) {
    const QString path = m_dir.filePath(name.isEmpty() ? u"file%1.csv"_s.arg(++m_files) : name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) qFatal("cannot write a test file");
    file.write(bytes);
    return path;
  }

 private slots:
  void initTestCase() { QVERIFY(m_dir.isValid()); }

  // ---- RFC 4180 ----------------------------------------------------------------------------

  void quotedFieldsKeepDelimiters() {
    const Parsed p = parse(write("id,name,city\n1,\"Smith, John\",\"Berlin, DE\"\n"));
    QVERIFY(!p.error);
    QCOMPARE(p.header, (QStringList{u"id"_s, u"name"_s, u"city"_s}));
    QCOMPARE(p.rows, QStringList{u"2: 1|Smith, John|Berlin, DE"_s});
  }

  void doubledQuotesAreUnescaped() {
    const Parsed p =
        parse(write("id,note\n1,\"She said \"\"call me\"\"\"\n2,\"\"\"\"\n3,\"\"\n4,\"a\"\"\"\"b\"\n"));
    QVERIFY(!p.error);
    // Row 4 ("") is a single empty cell next to a non-empty one, so it is returned.
    QCOMPARE(p.rows,
             (QStringList{u"2: 1|She said \"call me\""_s, u"3: 2|\""_s, u"4: 3|"_s, u"5: 4|a\"\"b"_s}));
  }

  void lineBreaksInsideQuotesAreKeptExactly() {
    const Parsed p = parse(write("id,note\r\n1,\"first\r\nsecond\nthird\rfourth\"\r\n2,after\r\n"));
    QVERIFY(!p.error);
    // One record, one row, with its line breaks exactly as in the file.
    QCOMPARE(p.rows, (QStringList{u"2: 1|first\r\nsecond\nthird\rfourth"_s, u"3: 2|after"_s}));
  }

  void lineEndings_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4\n");
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
    QTest::newRow("CR") << QByteArray("a,b\r1,2\r3,4\r");
    QTest::newRow("mixed") << QByteArray("a,b\r\n1,2\n3,4\r");
    QTest::newRow("LF, no final newline") << QByteArray("a,b\n1,2\n3,4");
    QTest::newRow("CRLF, no final newline") << QByteArray("a,b\r\n1,2\r\n3,4");
    QTest::newRow("CR, no final newline") << QByteArray("a,b\r1,2\r3,4");
  }
  void lineEndings() {
    QFETCH(QByteArray, bytes);
    const Parsed p = parse(write(bytes));
    QVERIFY(!p.error);
    QCOMPARE(p.header, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(p.rows, (QStringList{u"2: 1|2"_s, u"3: 3|4"_s}));
  }

  void quoteInsideUnquotedFieldIsKept() {
    const Parsed p = parse(write("id,size,note\n1,5\" screen,ab\"c\"d\n"));
    QVERIFY(!p.error);
    QCOMPARE(p.rows, QStringList{u"2: 1|5\" screen|ab\"c\"d"_s});
  }

  void textAfterClosingQuoteIsKept() {
    const Parsed p = parse(write("id,note\n1,\"abc\"def\n2,\"x\" \"y\"\n"));
    QVERIFY(!p.error);
    QCOMPARE(p.rows, (QStringList{u"2: 1|abcdef"_s, u"3: 2|x \"y\""_s}));
  }

  void dataCellsAreReturnedExactly() {
    // No trimming of data cells, ragged rows as they are, trailing empty cells kept.
    const Parsed p = parse(write("a,b,c\n 1 ,\tx\t,\n1,2\n1,2,3,4\n,,x\n"));
    QVERIFY(!p.error);
    QCOMPARE(p.rows, (QStringList{u"2:  1 |\tx\t|"_s, u"3: 1|2"_s, u"4: 1|2|3|4"_s, u"5: ||x"_s}));
  }

  void headerCellsAreTrimmed() {
    const Parsed p = parse(write(" id \t,\t name ,\xEF\xBB\xBFnote,\" quoted \"\n1,2,3,4\n"));
    QVERIFY(!p.error);
    QCOMPARE(p.header, (QStringList{u"id"_s, u"name"_s, u"note"_s, u"quoted"_s}));
  }

  // ---- Row numbering -----------------------------------------------------------------------

  void blankLinesCountTowardRowNumbers() {
    const Parsed p = parse(write("id,name\n\n1,a\n\n\n2,b\r\n\r\n3,c\n,\n4,d\n\n"));
    QVERIFY(!p.error);
    QCOMPARE(p.rows, (QStringList{u"3: 1|a"_s, u"6: 2|b"_s, u"8: 3|c"_s, u"10: 4|d"_s}));
  }

  void multiLineRecordIsOneRow() {
    const Parsed p = parse(write("id,note\n1,\"a\nb\nc\"\n2,x\n"));
    QVERIFY(!p.error);
    QCOMPARE(p.rows, (QStringList{u"2: 1|a\nb\nc"_s, u"3: 2|x"_s}));
  }

  void blankLinesAboveHeaderAreCounted() {
    // A spreadsheet shows the header on row 3 here; the numbers must match what it shows.
    const Parsed p = parse(write("\n \t\nid,name\n1,a\n"));
    QVERIFY(!p.error);
    QCOMPARE(p.header, (QStringList{u"id"_s, u"name"_s}));
    QCOMPARE(p.rows, QStringList{u"4: 1|a"_s});
  }

  void titleLinesAboveAChosenHeaderRowAreSkipped() {
    // A report's title and date above a ';'-separated header (CRLF): the separator is sniffed
    // from the header down, and the data rows keep their numbers in the file.
    const QByteArray bytes =
        "Lead export, all stores\r\nExported 2026-11-20, 08:00\r\n\r\nid;name;city\r\n1;a;Berlin, DE\r\n2;b;Paris\r\n";
    CsvOptions options;
    options.headerRow = 4;
    const Parsed p = parse(write(bytes), options);
    QVERIFY(!p.error);
    QCOMPARE(p.delimiter, ';');
    QCOMPARE(p.header, (QStringList{u"id"_s, u"name"_s, u"city"_s}));
    QCOMPARE(p.headerRow, 4);
    QCOMPARE(p.rows, (QStringList{u"5: 1|a|Berlin, DE"_s, u"6: 2|b|Paris"_s}));
    // Naming the blank row above the header finds the header below it.
    options.headerRow = 3;
    const Parsed blank = parse(write(bytes), options);
    QVERIFY(!blank.error);
    QCOMPARE(blank.headerRow, 4);
    QCOMPARE(blank.header, p.header);
    // Without the option the title is read as the header.
    const Parsed first = parse(write(bytes));
    QVERIFY(!first.error);
    QCOMPARE(first.headerRow, 1);
    QVERIFY(first.header != p.header);
    // A quoted line break in a title row does not shift the rows.
    options.headerRow = 2;
    const Parsed quoted = parse(write("\"Report\nof leads\"\nid|name\n1|a\n"), options);
    QVERIFY(!quoted.error);
    QCOMPARE(quoted.delimiter, '|');
    QCOMPARE(quoted.rows, QStringList{u"3: 1|a"_s});
  }

  void headerRowPastTheEndIsAnError() {
    CsvOptions options;
    options.headerRow = 40;
    const Parsed p = parse(write("Title\nid,name\n1,a\n"), options);
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::BadData);
    QVERIFY2(p.error->message.contains(u"40"_s), qPrintable(p.error->message));
  }

  // ---- Delimiters --------------------------------------------------------------------------

  void sniffDelimiter_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("expected");
    QTest::addColumn<QStringList>("header");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ','
                           << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("Name;Betrag\nA;12,50\nB;3,00\n") << ';' << QStringList{u"Name"_s, u"Betrag"_s};
    QTest::newRow("tab") << QByteArray("a\tb, c\td\n1\t2, 3\t4\n") << '\t'
                         << QStringList{u"a"_s, u"b, c"_s, u"d"_s};
    // A comma and a tab both split every line in two: the tie goes to the comma.
    QTest::newRow("tab and comma tie")
        << QByteArray("a\tb, c\n1\t2, 3\n") << ',' << QStringList{u"a\tb"_s, u"c"_s};
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << '|' << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("commas inside quotes are ignored")
        << QByteArray("\"x,y\";z\n\"1,2\";3\n") << ';' << QStringList{u"x,y"_s, u"z"_s};
    QTest::newRow("tie goes to comma")
        << QByteArray("a,b;c\n1,2;3\n") << ',' << QStringList{u"a"_s, u"b;c"_s};
    QTest::newRow("more cells win") << QByteArray("a;b;c,d\n1;2;3,4\n") << ';'
                                    << QStringList{u"a"_s, u"b"_s, u"c,d"_s};
    QTest::newRow("one column") << QByteArray("email\na@example.com\nb@example.com\n") << ','
                                << QStringList{u"email"_s};
    QTest::newRow("ragged rows") << QByteArray("a;b;c\n1;2\n1;2;3\n1;2;3\n") << ';'
                                 << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("multi-line quoted cell")
        << QByteArray("a;b\n\"1\n2,3\";4\n5;6\n") << ';' << QStringList{u"a"_s, u"b"_s};
  }
  void sniffDelimiter() {
    QFETCH(QByteArray, bytes);
    QFETCH(char, expected);
    QFETCH(QStringList, header);
    const Parsed p = parse(write(bytes));
    QVERIFY(!p.error);
    QCOMPARE(p.delimiter, expected);
    QCOMPARE(p.header, header);
  }

  void explicitDelimiterOverridesSniffing() {
    CsvOptions options;
    options.delimiter = ',';
    const Parsed p = parse(write("a;b;c\n1;2;3\n"), options);
    QVERIFY(!p.error);
    QCOMPARE(p.header, QStringList{u"a;b;c"_s});
    QCOMPARE(p.rows, QStringList{u"2: 1;2;3"_s});
  }

  void invalidDelimiterIsRefused() {
    CsvOptions options;
    options.delimiter = '"';
    const Parsed p = parse(write("a,b\n"), options);
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::InvalidArgument);
  }

  // ---- Encodings ---------------------------------------------------------------------------

  void utf8WithoutBom() {
    const Parsed p = parse(write("线索ID,创建时间,备注\n1001,2024-03-01,Café ☕ 🚀\n"));
    QVERIFY(!p.error);
    QCOMPARE(p.encoding, u"UTF-8"_s);
    QVERIFY(!p.bom);
    QCOMPARE(p.header, (QStringList{u"线索ID"_s, u"创建时间"_s, u"备注"_s}));
    QCOMPARE(p.rows, QStringList{u"2: 1001|2024-03-01|Café ☕ 🚀"_s});
    QCOMPARE(p.description, u"UTF-8, ','-separated"_s);
  }

  void utf8WithBom() {
    const Parsed p = parse(write("\xEF\xBB\xBFid;name\n1;Zoë\n"));
    QVERIFY(!p.error);
    QCOMPARE(p.encoding, u"UTF-8"_s);
    QVERIFY(p.bom);
    QCOMPARE(p.header, (QStringList{u"id"_s, u"name"_s}));  // no BOM left in "id"
    QCOMPARE(p.rows, QStringList{u"2: 1|Zoë"_s});
    QCOMPARE(p.description, u"UTF-8 with BOM, ';'-separated"_s);
  }

  void utf16WithBom_data() {
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("name");
    QTest::newRow("LE") << int(QStringEncoder::Utf16LE) << u"UTF-16LE"_s;
    QTest::newRow("BE") << int(QStringEncoder::Utf16BE) << u"UTF-16BE"_s;
  }
  void utf16WithBom() {
    QFETCH(int, encoding);
    QFETCH(QString, name);
    const QString text = u"线索ID\t创建时间\t备注\r\n1001\t2024-03-01\t\"客户 🚀, \"\"很好\"\"\"\r\n"_s;
    const QByteArray bytes = utf16(text, QStringEncoder::Encoding(encoding));
    const Parsed p = parse(write(bytes));
    QVERIFY(!p.error);
    QCOMPARE(p.encoding, name);
    QVERIFY(p.bom);
    QCOMPARE(p.delimiter, '\t');
    QCOMPARE(p.header, (QStringList{u"线索ID"_s, u"创建时间"_s, u"备注"_s}));
    QCOMPARE(p.rows, QStringList{u"2: 1001|2024-03-01|客户 🚀, \"很好\""_s});
    QCOMPARE(p.description, u"%1 with BOM, tab-separated"_s.arg(name));
    QCOMPARE(p.sha256, sha256Of(bytes));
  }

  void gb18030IsSniffed() {
    const QByteArray bytes =
        gb18030(u"线索ID,创建时间,备注\r\n1001,2024-03-01 09:30,首次联系，客户很感兴趣\r\n"_s);
    const Parsed p = parse(write(bytes));
    QVERIFY(!p.error);
    QCOMPARE(p.encoding, u"GB18030"_s);
    QVERIFY(!p.bom);
    QCOMPARE(p.header, (QStringList{u"线索ID"_s, u"创建时间"_s, u"备注"_s}));
    QCOMPARE(p.rows, QStringList{u"2: 1001|2024-03-01 09:30|首次联系，客户很感兴趣"_s});
    QCOMPARE(p.description, u"GB18030, ','-separated"_s);
  }

  void encodingNamesAndAliases_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("GBK") << u"GBK"_s << u"GB18030"_s;
    QTest::newRow("gb2312") << u"gb2312"_s << u"GB18030"_s;
    QTest::newRow("gb18030") << u"gb18030"_s << u"GB18030"_s;
    QTest::newRow("utf8") << u"utf8"_s << u"UTF-8"_s;
    QTest::newRow("Utf-8") << u"Utf-8"_s << u"UTF-8"_s;
  }
  void encodingNamesAndAliases() {
    QFETCH(QString, name);
    QFETCH(QString, canonical);
    // Plain ASCII reads the same in all of these.
    CsvOptions options;
    options.encoding = name;
    const Parsed p = parse(write("id,name\n1,Ann\n"), options);
    QVERIFY(!p.error);
    QCOMPARE(p.encoding, canonical);
    QCOMPARE(p.rows, QStringList{u"2: 1|Ann"_s});
  }

  void explicitGbkReadsChinese() {
    CsvOptions options;
    options.encoding = u"GBK"_s;
    const Parsed p = parse(write(gb18030(u"名称,备注\n张三,你好\n"_s)), options);
    QVERIFY(!p.error);
    QCOMPARE(p.rows, QStringList{u"2: 张三|你好"_s});
  }

  void unknownEncodingNameIsRefused() {
    CsvOptions options;
    options.encoding = u"latin-9"_s;
    const Parsed p = parse(write("id\n1\n"), options);
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::InvalidArgument);
    QVERIFY(p.error->message.contains(u"latin-9"_s));
  }

  void bomContradictingExplicitEncodingIsAnError() {
    CsvOptions options;
    options.encoding = u"GB18030"_s;
    const Parsed p = parse(write("\xEF\xBB\xBFid,name\n1,a\n"), options);
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::BadEncoding);
    QVERIFY(p.error->message.contains(u"UTF-8"_s));
    QVERIFY(p.error->message.contains(u"GB18030"_s));

    options.encoding = u"UTF-8"_s;
    const Parsed q = parse(write(utf16(u"id,name\n"_s, QStringEncoder::Utf16LE)), options);
    QVERIFY(q.error);
    QCOMPARE(q.error->code, ErrorCode::BadEncoding);
    QVERIFY(q.error->message.contains(u"UTF-16LE"_s));
    QVERIFY(q.error->message.contains(u"UTF-8"_s));
  }

  void forcedUtf8OnGbFileNamesRowAndColumn() {
    CsvOptions options;
    options.encoding = u"UTF-8"_s;
    const QString path =
        write(gb18030(u"id,created,note\n1,2024-01-01,ok\n2,2024-01-02,备注内容\n"_s), u"gbk.csv"_s);
    const Parsed p = parse(path, options);
    QVERIFY(p.opened);
    QCOMPARE(p.rows, QStringList{u"2: 1|2024-01-01|ok"_s});
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::BadEncoding);
    QCOMPARE(p.error->file, u"gbk.csv"_s);
    QCOMPARE(p.error->row, 3);
    QCOMPARE(p.error->column, u"note"_s);
    QVERIFY(p.error->message.contains(u"not valid UTF-8"_s));
    QVERIFY(p.error->message.contains(u"GB18030"_s));
    QVERIFY(p.sha256.isEmpty());  // no fingerprint for a file that was not read to its end

    // A Chinese header fails already when the file is opened, on row 1.
    const Parsed q = parse(write(gb18030(u"线索ID,创建时间\n1,2\n"_s)), options);
    QVERIFY(!q.opened);
    QCOMPARE(q.error->code, ErrorCode::BadEncoding);
    QCOMPARE(q.error->row, 1);
    QVERIFY(q.error->message.contains(u"cell 1 of this row"_s));
  }

  void invalidUtf8LateInFileNamesRowAndColumn() {
    // The first 64 KiB are plain UTF-8, so the file is taken as UTF-8; row 70000 has GBK bytes.
    QByteArray bytes = "id,name,note\n";
    for (int row = 2; row <= 80000; ++row) {
      bytes += QByteArray::number(row) + ",name" + QByteArray::number(row) + ",";
      bytes += row == 70000 ? QByteArray("\xB1\xB8\xD7\xA2") : QByteArray("ok");
      bytes += '\n';
    }
    const Parsed p = parse(write(bytes, u"late.csv"_s));
    QVERIFY(p.opened);
    QCOMPARE(p.encoding, u"UTF-8"_s);
    QCOMPARE(p.rows.size(), 69998);
    QCOMPARE(p.rows.last(), u"69999: 69999|name69999|ok"_s);
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::BadEncoding);
    QCOMPARE(p.error->file, u"late.csv"_s);
    QCOMPARE(p.error->row, 70000);
    QCOMPARE(p.error->column, u"note"_s);
    QVERIFY(p.error->message.contains(
        u"bytes in this cell are not valid UTF-8; the file may be in another encoding (GB18030 is common"_s));
    QVERIFY(p.error->toString().startsWith(u"late.csv, row 70000, column 'note': "_s));
  }

  void damagedUtf8IsNotMistakenForGb18030() {
    // Much Chinese UTF-8 and one damaged byte: GB18030 would decode it all without complaint,
    // into the wrong characters. The damaged cell must be reported instead.
    QByteArray bytes = "id,note\n";
    for (int row = 2; row <= 50; ++row) bytes += QByteArray::number(row) + ",客户很感兴趣\n";
    bytes += "51,\xFF\n";
    const Parsed p = parse(write(bytes));
    QVERIFY(p.opened);
    QCOMPARE(p.encoding, u"UTF-8"_s);
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::BadEncoding);
    QCOMPARE(p.error->row, 51);
    QCOMPARE(p.error->column, u"note"_s);
  }

  void unrecognisedEncodingIsAnError() {
    const Parsed p = parse(write("id,name\n1,\xFF\xFF\x80\xFF\n"));
    QVERIFY(!p.opened);
    QCOMPARE(p.error->code, ErrorCode::BadEncoding);
    QVERIFY(p.error->message.contains(u"could not be recognised"_s));
    QVERIFY(p.error->message.contains(u"choose the encoding"_s));
  }

  void truncatedUtf8AtEndOfFile() {
    // Sniffed: enough UTF-8 before the cut-off character to tell the encoding.
    const Parsed p = parse(write("id,备注\n1,客户很感兴趣\n2,\xE4\xB8"));
    QVERIFY(p.opened);
    QCOMPARE(p.encoding, u"UTF-8"_s);
    QCOMPARE(p.rows, QStringList{u"2: 1|客户很感兴趣"_s});
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::BadEncoding);
    QCOMPARE(p.error->row, 3);
    QCOMPARE(p.error->column, u"备注"_s);

    // Chosen.
    CsvOptions options;
    options.encoding = u"UTF-8"_s;
    const Parsed q = parse(write("id,note\n1,ok\n2,\xE4\xB8"), options);
    QCOMPARE(q.rows, QStringList{u"2: 1|ok"_s});
    QVERIFY(q.error);
    QCOMPARE(q.error->code, ErrorCode::BadEncoding);
    QCOMPARE(q.error->row, 3);
    QCOMPARE(q.error->column, u"note"_s);
  }

  void invalidGb18030IsAnError() {
    CsvOptions options;
    options.encoding = u"GB18030"_s;
    QByteArray bytes = gb18030(u"名称,备注\n张三,你好\n"_s) + "李四,\xFF\xFF\n";
    const Parsed p = parse(write(bytes), options);
    QVERIFY(p.opened);
    QCOMPARE(p.rows, QStringList{u"2: 张三|你好"_s});
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::BadEncoding);
    QCOMPARE(p.error->row, 3);
    QCOMPARE(p.error->column, u"备注"_s);
    QVERIFY(p.error->message.contains(u"not valid GB18030"_s));

    // A character cut off by the end of the file.
    const Parsed q = parse(write(gb18030(u"名称,备注\n张三,你好\n"_s) + "x,\xC4"), options);
    QVERIFY(q.error);
    QCOMPARE(q.error->code, ErrorCode::BadEncoding);
    QCOMPARE(q.error->row, 3);
  }

  void brokenUtf16IsAnError() {
    // An unpaired surrogate in row 3.
    QByteArray bytes = utf16(u"id,note\n1,ok\n2,"_s, QStringEncoder::Utf16LE);
    bytes += QByteArray("\x00\xD8", 2) + QByteArray("x\0\n\0", 4);
    const Parsed p = parse(write(bytes));
    QVERIFY(p.opened);
    QCOMPARE(p.rows, QStringList{u"2: 1|ok"_s});
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::BadEncoding);
    QCOMPARE(p.error->row, 3);
    QCOMPARE(p.error->column, u"note"_s);

    // An odd number of bytes: the last character is cut off.
    const Parsed q =
        parse(write(utf16(u"id,note\n1,ok\n2,x"_s, QStringEncoder::Utf16BE) + QByteArray(1, '\0')));
    QVERIFY(q.error);
    QCOMPARE(q.error->code, ErrorCode::BadEncoding);
    QCOMPARE(q.error->row, 3);
  }

  void utf16WithoutBom() {
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    const QByteArray bytes = encoder.encode(u"id,name,note\n1,Ann,first contact\n2,Bob,second call\n"_s);
    const Parsed p = parse(write(bytes));
    QVERIFY(!p.opened);
    QCOMPARE(p.error->code, ErrorCode::BadEncoding);
    QVERIFY(p.error->message.contains(u"UTF-16LE"_s));

    CsvOptions options;
    options.encoding = u"UTF-16LE"_s;
    const Parsed q = parse(write(bytes), options);
    QVERIFY(!q.error);
    QVERIFY(!q.bom);
    QCOMPARE(q.rows, (QStringList{u"2: 1|Ann|first contact"_s, u"3: 2|Bob|second call"_s}));
  }

  // ---- Binary and empty files --------------------------------------------------------------

  void binaryGarbageIsRefused() {
    QByteArray bytes;
    for (int i = 0; i < 8192; ++i) bytes += char((i * 7919) % 256);
    const Parsed p = parse(write(bytes, u"photo.csv"_s));
    QVERIFY(!p.opened);
    QCOMPARE(p.error->code, ErrorCode::BadFormat);
    QCOMPARE(p.error->file, u"photo.csv"_s);
    QVERIFY(p.error->message.contains(u"this is not a CSV text file (binary data at row 1)"_s));

    // Control bytes without NULs.
    const Parsed q = parse(write(QByteArray(5000, '\x01')));
    QVERIFY(!q.opened);
    QCOMPARE(q.error->code, ErrorCode::BadFormat);
  }

  void nulBytesInTextFileAreBinary() {
    QByteArray bytes = "id,name\n1,a\n2,b\n3,c";
    bytes += QByteArray(3, '\0');
    bytes += "x\n4,d\n";
    const Parsed p = parse(write(bytes));
    QVERIFY(p.opened);
    QCOMPARE(p.rows, (QStringList{u"2: 1|a"_s, u"3: 2|b"_s}));
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::BadFormat);
    QCOMPARE(p.error->row, 4);
    QVERIFY(p.error->message.contains(u"this is not a CSV text file (binary data at row 4)"_s));

    CsvOptions options;
    options.encoding = u"GB18030"_s;
    const Parsed q = parse(write(gb18030(u"名称,备注\n张三,你好\n"_s) + QByteArray("x,\0y\n", 5)), options);
    QVERIFY(q.error);
    QCOMPARE(q.error->code, ErrorCode::BadFormat);
    QCOMPARE(q.error->row, 3);
  }

  void sparseTwoGigabyteFileFailsFast() {
    const QString path = m_dir.filePath(u"sparse.csv"_s);
    {
      QFile file(path);
      QVERIFY(file.open(QIODevice::WriteOnly));
      file.write("id,name,note\n");
      file.close();
      QVERIFY(file.resize(qint64(2) << 30));  // sparse: costs no disk space
    }
    // Refused from the first chunk: far less than the file is ever read (no timing: tests
    // must not fail on a slow machine).
    auto reader = CsvReader::open(path);
    std::optional<Error> error;
    qint64 bytesDone = 0;
    if (!reader) {
      error = reader.error();
    } else {
      Row row;
      while ((*reader)->next(row)) {
      }
      error = (*reader)->error();
      bytesDone = (*reader)->bytesDone();
    }
    QVERIFY(error);
    QCOMPARE(error->code, ErrorCode::BadFormat);
    QCOMPARE(error->row, 2);
    QVERIFY(error->message.contains(u"binary data at row 2"_s));
    QVERIFY2(bytesDone < (qint64(64) << 20), qPrintable(u"read %1 bytes"_s.arg(bytesDone)));
    QFile::remove(path);
  }

  void emptyFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("0 bytes") << QByteArray();
    QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("UTF-16LE BOM only") << QByteArray("\xFF\xFE");
    QTest::newRow("whitespace only") << QByteArray(" \r\n\t\n\n  ");
    QTest::newRow("BOM and line breaks") << QByteArray("\xEF\xBB\xBF\r\n\r\n");
    QTest::newRow("UTF-16 BOM and whitespace") << utf16(u"  \r\n"_s, QStringEncoder::Utf16BE);
  }
  void emptyFiles() {
    QFETCH(QByteArray, bytes);
    const Parsed p = parse(write(bytes));
    QVERIFY(!p.opened);
    QCOMPARE(p.error->code, ErrorCode::BadFormat);
    QVERIFY(p.error->message.contains(u"the file is empty"_s));
  }

  void headerOnly() {
    for (const QByteArray& bytes :
         {QByteArray("id,name\n"), QByteArray("id,name"), QByteArray("id,name\r\n\r\n")}) {
      auto opened = CsvReader::open(write(bytes));
      QVERIFY(opened);
      CsvReader& reader = **opened;
      QCOMPARE(headerText(reader), (QStringList{u"id"_s, u"name"_s}));
      Row row;
      QVERIFY(!reader.next(row));
      QVERIFY(!reader.error());
      QCOMPARE(reader.sha256(), sha256Of(bytes));
    }
  }

  void missingFile() {
    const Parsed p = parse(m_dir.filePath(u"nowhere.csv"_s));
    QVERIFY(!p.opened);
    QCOMPARE(p.error->code, ErrorCode::FileNotFound);
    QCOMPARE(p.error->file, u"nowhere.csv"_s);
  }

  // ---- Broken structure --------------------------------------------------------------------

  void unterminatedQuote() {
    const Parsed p = parse(write("id,name,note\n1,Ann,\"fine\nstill fine\"\n2,Bob,\"never closed\n3,Cy,x\n"));
    QVERIFY(p.opened);
    QCOMPARE(p.rows, QStringList{u"2: 1|Ann|fine\nstill fine"_s});
    QVERIFY(p.error);
    QCOMPARE(p.error->code, ErrorCode::BadFormat);
    QCOMPARE(p.error->row, 3);
    QCOMPARE(p.error->column, u"note"_s);
    // Row 3 starts on line 4 of the file, because row 2 spans two lines.
    QVERIFY2(p.error->message.contains(u"starts on line 4"_s), qPrintable(p.error->message));
    QVERIFY(p.error->message.contains(u"missing closing quote"_s));
  }

  void unterminatedQuoteInHeader() {
    const Parsed p = parse(write("id,\"name\n1,2\n"));
    QVERIFY(!p.opened);
    QCOMPARE(p.error->code, ErrorCode::BadFormat);
    QCOMPARE(p.error->row, 1);
    QVERIFY(p.error->message.contains(u"missing closing quote"_s));
  }

  void maxRecordBytes() {
    CsvOptions options;
    options.maxRecordBytes = 32;
    const QByteArray exactly32 = "2," + QByteArray(30, 'x');
    const Parsed ok = parse(write("id,note\n" + exactly32 + "\n"), options);
    QVERIFY(!ok.error);
    QCOMPARE(ok.rows.size(), 1);

    const QByteArray bytes = "id,note\n1,short\n2," + QByteArray(31, 'x') + "\n3,short\n";
    for (const qint64 chunk : {qint64(1), qint64(5), qint64(1) << 20}) {
      options.chunkBytes = chunk;
      const Parsed p = parse(write(bytes), options);
      QVERIFY(p.opened);
      QCOMPARE(p.rows, QStringList{u"2: 1|short"_s});
      QVERIFY(p.error);
      QCOMPARE(p.error->code, ErrorCode::BadFormat);
      QCOMPARE(p.error->row, 3);
      QCOMPARE(p.error->column, u"note"_s);
      QVERIFY(p.error->message.contains(u"longer than the limit of 32 bytes"_s));
    }

    // A missing closing quote runs into the limit long before the end of a big file.
    options.chunkBytes = 1 << 20;
    const Parsed q = parse(write("id,note\n1,\"open\n" + QByteArray(100, 'x') + "\n"), options);
    QVERIFY(q.error);
    QCOMPARE(q.error->code, ErrorCode::BadFormat);
    QCOMPARE(q.error->row, 2);
    QVERIFY(q.error->message.contains(u"missing closing quote"_s));
    QVERIFY(q.error->message.contains(u"line 2"_s));
  }

  // ---- Streaming ---------------------------------------------------------------------------

  void chunkBoundariesDoNotMatter_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text =
        u"\uFEFF\"线索ID\";名称;备注;金额\r\n"
        "1001;\"Smith; John\";\"first line\r\nsecond \"\"quoted\"\" line\";12,50\r\n"
        "\r\n"
        "1002;Zoë;\"🚀 launch\nplan\";3,00\r"
        "1003;;\"\";\n"
        "1004;\"a\"\"b\";ab\"c;\"\"\"\"\n"
        "1005;客户很感兴趣;\"ends with quote\"\"\";0"_s;
    QTest::newRow("UTF-8 with BOM") << text.toUtf8() << QString();
    QTest::newRow("UTF-8") << text.mid(1).toUtf8() << QString();
    QTest::newRow("UTF-16LE") << utf16(text.mid(1), QStringEncoder::Utf16LE) << QString();
    QTest::newRow("UTF-16BE") << utf16(text.mid(1), QStringEncoder::Utf16BE) << QString();
    QTest::newRow("GB18030 sniffed") << gb18030(text.mid(1)) << QString();
    QTest::newRow("GB18030 forced") << gb18030(text.mid(1)) << u"GB18030"_s;
  }
  void chunkBoundariesDoNotMatter() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const QString path = write(bytes);
    CsvOptions options;
    options.encoding = encoding;
    const Parsed reference = parse(path, options);
    QVERIFY(!reference.error);
    QCOMPARE(reference.header, (QStringList{u"线索ID"_s, u"名称"_s, u"备注"_s, u"金额"_s}));
    QCOMPARE(reference.rows,
             (QStringList{u"2: 1001|Smith; John|first line\r\nsecond \"quoted\" line|12,50"_s,
                          u"4: 1002|Zoë|🚀 launch\nplan|3,00"_s, u"5: 1003|||"_s, u"6: 1004|a\"b|ab\"c|\""_s,
                          u"7: 1005|客户很感兴趣|ends with quote\"|0"_s}));
    QCOMPARE(reference.sha256, sha256Of(bytes));
    for (qint64 chunk = 1; chunk <= 7; ++chunk) {
      options.chunkBytes = chunk;
      const Parsed p = parse(path, options);
      QVERIFY2(!p.error, qPrintable(p.error ? p.error->toString() : QString()));
      QCOMPARE(p.header, reference.header);
      QCOMPARE(p.rows, reference.rows);
      QCOMPARE(p.description, reference.description);
      QCOMPARE(p.sha256, reference.sha256);
    }
  }

  void errorsDoNotDependOnChunkSize() {
    const QByteArray bytes = "id,note\n1,\"a\nb\"\n2,ok\n3,\xE4\xB8\xAD\xE4\xB8\n4,x\n";
    CsvOptions options;
    options.encoding = u"UTF-8"_s;
    for (qint64 chunk : {qint64(1), qint64(2), qint64(3), qint64(7), qint64(1) << 20}) {
      options.chunkBytes = chunk;
      const Parsed p = parse(write(bytes), options);
      QCOMPARE(p.rows, (QStringList{u"2: 1|a\nb"_s, u"3: 2|ok"_s}));
      QVERIFY(p.error);
      QCOMPARE(p.error->code, ErrorCode::BadEncoding);
      QCOMPARE(p.error->row, 4);
      QCOMPARE(p.error->column, u"note"_s);
    }
  }

  void sha256AndProgress() {
    QByteArray bytes = "\xEF\xBB\xBFid,name\r\n";
    for (int i = 0; i < 5000; ++i)
      bytes += QByteArray::number(i) + ",\"name, " + QByteArray::number(i) + "\"\r\n";
    const QString path = write(bytes);
    for (const qint64 chunk : {qint64(3), qint64(4096), qint64(1) << 20}) {
      CsvOptions options;
      options.chunkBytes = chunk;
      auto opened = CsvReader::open(path, options);
      QVERIFY(opened);
      CsvReader& reader = **opened;
      QCOMPARE(reader.bytesTotal(), bytes.size());
      QVERIFY(reader.sha256().isEmpty());  // not complete before the end
      Row row;
      qint64 rows = 0;
      qint64 lastDone = 0;
      while (reader.next(row)) {
        ++rows;
        QVERIFY(reader.bytesDone() >= lastDone);
        lastDone = reader.bytesDone();
      }
      QVERIFY(!reader.error());
      QCOMPARE(rows, 5000);
      QCOMPARE(reader.bytesDone(), bytes.size());
      QCOMPARE(reader.sha256(), sha256Of(bytes));
      QCOMPARE(reader.fileName(), QFileInfo(path).fileName());
    }
  }

  void cellsAreNeverLogged() {
    std::ostringstream captured;
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(captured);
    ll::log::addSink(sink);
    parse(write("id,phone\n1,+49 170 5550123\n2,\"+49 170 5550199\n"));
    parse(write("id,phone\n1,+49 170 5550123\n2,\xFF+49 170 5550199\n"));
    ll::log::removeSink(sink);
    const std::string log = captured.str();
    QVERIFY(!log.empty());
    QVERIFY(log.find("5550123") == std::string::npos);
    QVERIFY(log.find("5550199") == std::string::npos);
  }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
