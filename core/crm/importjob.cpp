#include "importjob.h"

#include "common/hash.h"
#include "common/logging.h"
#include "crm/csvreader.h"
#include "crm/importpreview.h"
#include "crm/queuequery.h"
#include "crm/sqlite.h"
#include "crm/values.h"
#include "crm/xlsxreader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <array>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>
#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace ll::crm {
namespace {

constexpr int kDateScanRows = 2000;
constexpr qint64 kBulkJournalThreshold = 8 << 20;  // bytes; below this WAL costs nothing noticeable
constexpr std::size_t kLeadCacheLimit = 1 << 20;

QString qs(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

std::string_view sv(const QByteArray& b) { return {b.constData(), static_cast<std::size_t>(b.size())}; }

// How a report names an export shape and where its mapping came from; the JSON report keeps the
// stable keys.
QString shapeText(ExportShape shape) {
  switch (shape) {
    case ExportShape::Auto:
      return QCoreApplication::translate("ll::crm::Import", "auto");
    case ExportShape::PerLead:
      return QCoreApplication::translate("ll::crm::Import", "per-lead");
    case ExportShape::PerInteraction:
      return QCoreApplication::translate("ll::crm::Import", "per-interaction");
  }
  return QString::fromLatin1(exportShapeName(shape));
}

QString profileOriginText(const QString& origin) {
  if (origin == u"explicit"_s) return QCoreApplication::translate("ll::crm::Import", "explicit");
  if (origin == u"remembered"_s) return QCoreApplication::translate("ll::crm::Import", "remembered");
  if (origin == u"suggested"_s) return QCoreApplication::translate("ll::crm::Import", "suggested");
  return origin;
}

// A rejected row as the text report lists it: "file [sheet], row 4, column 'Created': reason".
QString rejectLine(const QString& file, const RejectedRow& r) {
  QString where = r.sheet.isEmpty() ? file : u"%1 [%2]"_s.arg(file, r.sheet);
  if (r.row > 0) {
    if (!where.isEmpty()) where += u", "_s;
    where += QCoreApplication::translate("ll::crm::Import", "row %1").arg(r.row);
  }
  if (!r.column.isEmpty()) {
    if (!where.isEmpty()) where += u", "_s;
    where += QCoreApplication::translate("ll::crm::Import", "column '%1'").arg(r.column);
  }
  return where.isEmpty() ? r.reason
                         : QCoreApplication::translate("ll::crm::Import", "%1: %2").arg(where, r.reason);
}

constexpr std::array kProfileFields{Field::CreatedAt,      Field::Channel,       Field::City,
                                    Field::CityTier,       Field::StoreId,       Field::SpecialistId,
                                    Field::SpecialistTier, Field::ModelInterest, Field::BudgetBand,
                                    Field::CurrentVehicle, Field::FinancingInterest, Field::CustomerName,
                                    Field::Phone};

// One table source of the file (the CSV, or one sheet), with a way to open it afresh for the
// date-order scan.
struct SourceHandle {
  QString sheet;
  std::unique_ptr<TableSource> source;
  std::function<Result<std::unique_ptr<TableSource>>()> reopen;
};

enum class FileFormat { Csv, Xlsx };

struct OpenedFile {
  FileFormat format = FileFormat::Csv;
  std::vector<SourceHandle> sources;
  std::vector<QString> skippedSheets;
  std::vector<QString> sheetNames;
  std::shared_ptr<XlsxWorkbook> workbook;
};

CsvOptions csvOptionsFor(const std::optional<MappingProfile>& profile) {
  CsvOptions o;
  if (profile) {
    o.encoding = profile->encoding;
    if (profile->delimiter == u"\\t"_s || profile->delimiter == u"\t"_s)
      o.delimiter = '\t';
    else if (profile->delimiter.size() == 1 && profile->delimiter.at(0).unicode() < 128)
      o.delimiter = static_cast<char>(profile->delimiter.at(0).unicode());
  }
  return o;
}

// `headerRow` (when given) overrides the profile's, for every sheet read.
Result<OpenedFile> openFile(const QString& path, const std::optional<MappingProfile>& profile, const QString& sheet,
                            std::optional<qint64> headerRow) {
  const qint64 header = std::max<qint64>(1, headerRow.value_or(profile ? profile->headerRow : 1));
  if (auto problem = checkImportableFile(path)) return std::unexpected(std::move(*problem));
  const QFileInfo info(path);
  const QString suffix = info.suffix().toLower();
  OpenedFile opened;
  if (suffix == u"xlsx"_s || suffix == u"xlsm"_s || looksLikeZip(path)) {
    opened.format = FileFormat::Xlsx;
    auto wb = XlsxWorkbook::open(path);
    if (!wb) return std::unexpected(wb.error());
    opened.workbook = std::shared_ptr<XlsxWorkbook>(std::move(*wb));
    for (const auto& s : opened.workbook->sheets()) opened.sheetNames.push_back(s.name);
    std::vector<int> indexes;
    const QString wanted = !sheet.isEmpty() ? sheet : (profile ? profile->sheet : QString());
    if (!wanted.isEmpty()) {
      const int index = opened.workbook->sheetIndex(wanted);
      if (index < 0) {
        QStringList names(opened.sheetNames.begin(), opened.sheetNames.end());
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("ll::crm::Import",
                                                "The workbook has no sheet named '%1'. Its sheets are: %2.")
                        .arg(wanted, names.join(u", "_s)),
                    info.fileName());
      }
      indexes.push_back(index);
    } else {
      for (int i = 0; i < static_cast<int>(opened.workbook->sheets().size()); ++i) indexes.push_back(i);
    }
    for (int index : indexes) {
      auto src = opened.workbook->openSheet(index, header);
      if (!src) return std::unexpected(src.error());
      auto wb2 = opened.workbook;
      opened.sources.push_back(SourceHandle{opened.workbook->sheets()[static_cast<std::size_t>(index)].name,
                                            std::move(*src),
                                            [wb2, index, header] { return wb2->openSheet(index, header); }});
    }
  } else {
    CsvOptions options = csvOptionsFor(profile);
    options.headerRow = header;
    auto csv = CsvReader::open(path, options);
    if (!csv) return std::unexpected(csv.error());
    opened.sources.push_back(SourceHandle{
        {}, std::move(*csv), [path, options]() -> Result<std::unique_ptr<TableSource>> {
          auto again = CsvReader::open(path, options);
          if (!again) return std::unexpected(again.error());
          return std::unique_ptr<TableSource>(std::move(*again));
        }});
  }
  return opened;
}

// Picks the profile for a header: explicit, else remembered for this header, else suggested.
Result<std::pair<MappingProfile, QString>> chooseProfile(const Workspace& ws, const std::optional<MappingProfile>& explicitProfile,
                                                         const std::vector<std::string>& header, const QString& baseName) {
  if (explicitProfile) return std::pair{*explicitProfile, u"explicit"_s};
  const QString key = headerSignature(header);
  auto remembered = ws.rememberedProfile(key);
  if (!remembered) return std::unexpected(remembered.error());
  if (*remembered) return std::pair{**remembered, u"remembered"_s};
  MappingProfile p = MappingProfile::suggest(header);
  p.name = baseName;
  p.sourceKey = key;
  return std::pair{p, u"suggested"_s};
}

DateOrder localeDateOrder() {
  const QString format = QLocale::system().dateFormat(QLocale::ShortFormat);
  const auto d = format.indexOf(u'd');
  const auto m = format.indexOf(u'M');
  return (m >= 0 && (d < 0 || m < d)) ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

// The funnel stage an interaction shows a lead has reached (closing kinds and notes show none).
Stage stageOf(InteractionKind kind) {
  switch (kind) {
    case InteractionKind::Quote: return Stage::Quote;
    case InteractionKind::TestDrive: return Stage::TestDrive;
    case InteractionKind::StoreVisit: return Stage::StoreVisit;
    case InteractionKind::Call:
    case InteractionKind::Message: return Stage::Engaged;
    case InteractionKind::OrderLock:
    case InteractionKind::Defeat:
    case InteractionKind::Note: return Stage::New;
  }
  return Stage::New;
}

struct PendingInteraction {
  InteractionKind kind = InteractionKind::Note;
  std::optional<std::int64_t> at;
  bool atExplicit = false;
  std::optional<double> duration;
  std::string_view text;
  std::string_view outcome;
};

constexpr std::size_t kBatchRows = 2048;
constexpr std::size_t kMultiRows = 32;
constexpr const char* kInsertInteraction =
    "INSERT INTO interactions (lead_id, kind, at, duration_s, text, outcome, extra_json, fingerprint, import_id) VALUES ";
constexpr const char* kInteractionValues = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";

// Validated interaction rows on their way from the reading thread to the writing one; the text
// they carry is copied into one arena per batch.
struct Batch {
  struct Span {
    std::size_t offset = 0;
    std::size_t size = 0;
  };
  struct Record {
    Span lead, text, outcome, extra;
    PendingInteraction in;  // text and outcome views are rebuilt from the spans
  };
  std::string arena;
  std::vector<Record> records;

  Span keep(std::string_view v) {
    const Span span{arena.size(), v.size()};
    arena.append(v);
    return span;
  }
  void add(std::string_view leadId, const PendingInteraction& in, std::string_view extra) {
    Record r{keep(leadId), keep(in.text), keep(in.outcome), keep(extra), in};
    r.in.text = {};
    r.in.outcome = {};
    records.push_back(r);
  }
  [[nodiscard]] std::string_view view(Span s) const { return std::string_view(arena).substr(s.offset, s.size); }
};

// A small bounded queue: the reader runs at most a few batches ahead of the writer, so memory
// stays bounded whatever the file's size.
class BatchQueue {
 public:
  // False when the consumer gave up (then the producer stops).
  bool push(Batch&& batch) {
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [&] { return m_items.size() < kCapacity || m_aborted; });
    if (m_aborted) return false;
    m_items.push_back(std::move(batch));
    m_cv.notify_all();
    return true;
  }
  // False once the producer closed the queue and everything was taken.
  bool pop(Batch& out) {
    std::unique_lock lock(m_mutex);
    m_cv.wait(lock, [&] { return !m_items.empty() || m_closed; });
    if (m_items.empty()) return false;
    out = std::move(m_items.front());
    m_items.pop_front();
    m_cv.notify_all();
    return true;
  }
  void close() {
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_cv.notify_all();
  }
  void abort() {
    std::lock_guard lock(m_mutex);
    m_aborted = true;
    m_cv.notify_all();
  }

 private:
  static constexpr std::size_t kCapacity = 4;
  std::mutex m_mutex;
  std::condition_variable m_cv;
  std::deque<Batch> m_items;
  bool m_closed = false;
  bool m_aborted = false;
};

class Importer {
 public:
  Importer(const Workspace& ws, const ImportOptions& options, ImportReport& report, sql::Database& db,
           const ImportProgressFn& progress, const std::atomic<bool>* cancel)
      : m_ws(ws), m_options(options), m_report(report), m_db(db), m_progress(progress), m_cancel(cancel) {}

  void prepare(qint64 importId) {
    m_importId = importId;
    // Into an empty table (a workspace's first import), rows are appended without the dedupe
    // index, which is then built once from sorted keys: much cheaper than keeping it up to date
    // row by row. DDL is transactional, so a rollback brings the index back.
    m_bulk = !m_db.queryInt("SELECT 1 FROM interactions LIMIT 1").has_value();
    if (m_bulk) {
      m_db.exec("DROP INDEX interactions_lead");
      m_insPlain = m_db.prepare(std::string(kInsertInteraction) + kInteractionValues);
      std::string multi(kInsertInteraction);
      for (std::size_t i = 0; i < kMultiRows; ++i) multi += (i ? ", " : "") + std::string(kInteractionValues);
      m_insMulti = m_db.prepare(multi);
    }
    m_selLead = m_db.prepare(
        "SELECT id, created_at, channel, city, city_tier, store_id, specialist_id, specialist_tier, model_interest,"
        " budget_band, current_vehicle, financing_interest, customer_name, phone FROM leads WHERE lead_id = ?1");
    m_insLead = m_db.prepare(
        "INSERT INTO leads (lead_id, created_at, channel, city, city_tier, store_id, specialist_id, specialist_tier,"
        " model_interest, budget_band, current_vehicle, financing_interest, customer_name, phone, first_import_id,"
        " last_import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)");
    m_updLead = m_db.prepare(
        "UPDATE leads SET created_at = coalesce(?2, created_at), channel = coalesce(?3, channel),"
        " city = coalesce(?4, city), city_tier = coalesce(?5, city_tier), store_id = coalesce(?6, store_id),"
        " specialist_id = coalesce(?7, specialist_id), specialist_tier = coalesce(?8, specialist_tier),"
        " model_interest = coalesce(?9, model_interest), budget_band = coalesce(?10, budget_band),"
        " current_vehicle = coalesce(?11, current_vehicle), financing_interest = coalesce(?12, financing_interest),"
        " customer_name = coalesce(?13, customer_name), phone = coalesce(?14, phone), last_import_id = ?15"
        " WHERE id = ?1");
    m_touchLead = m_db.prepare("UPDATE leads SET last_import_id = ?2 WHERE id = ?1");
    m_selLeadId = m_db.prepare("SELECT id FROM leads WHERE lead_id = ?1");
    m_insStub = m_db.prepare("INSERT INTO leads (lead_id, first_import_id, last_import_id) VALUES (?1, ?2, ?2)");
    m_upsAttr = m_db.prepare(
        "INSERT INTO lead_attributes (lead_id, key, value) VALUES (?1, ?2, ?3)"
        " ON CONFLICT (lead_id, key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value");
    if (!m_bulk)
      m_insInteraction = m_db.prepare(std::string(kInsertInteraction) + kInteractionValues +
                                      " ON CONFLICT (lead_id, fingerprint) DO NOTHING");
  }

  // Reads one source to the end. Returns an error for file-level problems or cancellation.
  Result<void> importSource(SourceHandle& handle, const MappingProfile& profile,
                            const std::vector<ColumnMapping>& mapping, SheetReport& sheetReport) {
    TableSource& src = *handle.source;
    m_sheet = handle.sheet;
    m_header.clear();
    for (const auto& h : src.header()) m_header.push_back(qs(h));
    m_col.fill(-1);
    m_attributes.clear();
    for (std::size_t i = 0; i < mapping.size(); ++i) {
      const auto& m = mapping[i];
      if (m.ignore) continue;
      if (m.field)
        m_col[static_cast<std::size_t>(*m.field)] = static_cast<int>(i);
      else
        m_attributes.push_back({static_cast<int>(i), m.header.toUtf8()});
    }
    m_shape = profile.resolvedShape();
    m_dates = DateParseOptions{};
    m_dates.order = profile.dateOrder;
    if (m_dates.order == DateOrder::Auto) {
      auto resolved = resolveDateOrder(handle);
      if (!resolved) return std::unexpected(resolved.error());
      m_dates.order = *resolved;
    }
    m_hasLeadFields = false;
    for (Field f : kProfileFields)
      if (col(f) >= 0) m_hasLeadFields = true;
    m_deriveIds = (m_shape == ExportShape::PerLead && col(Field::LeadId) < 0);
    if (m_deriveIds) {
      const bool identity = col(Field::Phone) >= 0 || col(Field::CustomerName) >= 0 || col(Field::CreatedAt) >= 0;
      m_report.notes.push_back(
          (identity
               ? QCoreApplication::translate("ll::crm::Import",
                                             "%1has no lead id column: each lead's id is derived from its "
                                             "creation time, name and phone, so a newer export of the same "
                                             "leads maps onto the same ids.")
               : QCoreApplication::translate(
                     "ll::crm::Import",
                     "%1has no lead id column: each lead's id is derived from the whole "
                     "row's content (a row that changes in a later export becomes a new "
                     "lead; map an id column if the CRM has one)."))
              .arg(sheetPrefix()));
    }

    qint64 rows = 0;
    if (m_shape == ExportShape::PerInteraction && !m_hasLeadFields) {
      if (auto done = pipelineInteractions(src, rows); !done) return done;
      sheetReport.rowsRead = rows;
      if (m_progress) m_progress(ImportProgress{src.bytesTotal(), src.bytesTotal(), m_report.rowsRead, u"reading"_s});
      return {};
    }
    Row row;
    while (src.next(row)) {
      ++rows;
      ++m_report.rowsRead;
      m_row = row.number;
      processRow(row);
      if ((rows & 4095) == 0) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
          return fail(ErrorCode::Cancelled, cancelledText());
        if (m_progress) m_progress(ImportProgress{src.bytesDone(), src.bytesTotal(), m_report.rowsRead, u"reading"_s});
      }
    }
    if (auto e = src.error()) return std::unexpected(*e);
    sheetReport.rowsRead = rows;
    if (m_progress) m_progress(ImportProgress{src.bytesTotal(), src.bytesTotal(), m_report.rowsRead, u"reading"_s});
    return {};
  }

  bool writing() const { return m_write; }

  // Builds the dedupe index after a bulk load. Rows that repeat one another (the same
  // interaction twice in the file) are removed first, keeping the first of each.
  void finishBulk() {
    if (!m_bulk) return;
    constexpr const char* kIndex = "CREATE UNIQUE INDEX interactions_lead ON interactions(lead_id, fingerprint)";
    try {
      m_db.exec(kIndex);
      return;
    } catch (const sql::SqlError& e) {
      if ((e.code() & 0xff) != 19 /* SQLITE_CONSTRAINT */) throw;
    }
    m_db.exec("DELETE FROM interactions WHERE id NOT IN (SELECT min(id) FROM interactions GROUP BY lead_id, fingerprint)");
    const int duplicates = m_db.changes();
    m_report.interactionsInserted -= duplicates;
    m_report.interactionsAlreadyPresent += duplicates;
    m_db.exec(kIndex);
    // The tracked changes counted the repeats; the table held nothing before this import, so
    // each lead's state is simply what its interactions now say.
    m_leadDeltas.clear();
    dropLeadQueueIndexes(m_db);
    m_db.exec(R"sql(
      UPDATE leads SET stage_rank = agg.stage,
                       outcome = CASE WHEN agg.won THEN 'won' WHEN agg.lost THEN 'lost' END,
                       last_contact_at = agg.last_contact, interaction_count = agg.n,
                       created_at = coalesce(leads.created_at, agg.first_at)
      FROM (SELECT lead_id AS id,
                   max(CASE kind WHEN 'quote' THEN 4 WHEN 'test_drive' THEN 3 WHEN 'store_visit' THEN 2
                                 WHEN 'call' THEN 1 WHEN 'message' THEN 1 ELSE 0 END) AS stage,
                   max(kind = 'order_lock') AS won, max(kind = 'defeat') AS lost,
                   max(CASE WHEN kind IN ('call','message','store_visit','test_drive','quote') THEN at END) AS last_contact,
                   count(*) AS n, min(at) AS first_at
            FROM interactions GROUP BY lead_id) AS agg
      WHERE agg.id = leads.id)sql");
    createLeadQueueIndexes(m_db);
  }

  // Writes each touched lead's funnel state. A lead's stage, outcome, last contact and count
  // only grow as interactions are added, so the changes gathered while inserting are merged
  // into what the lead had, without re-reading its history.
  void applyLeadState() {
    auto update = m_db.prepare(
        "UPDATE leads SET stage_rank = max(stage_rank, ?2),"
        " outcome = CASE WHEN ?3 OR outcome = 'won' THEN 'won' WHEN ?4 OR outcome = 'lost' THEN 'lost' END,"
        " last_contact_at = CASE WHEN ?5 IS NULL THEN last_contact_at"
        "   WHEN last_contact_at IS NULL OR ?5 > last_contact_at THEN ?5 ELSE last_contact_at END,"
        " interaction_count = interaction_count + ?6, created_at = coalesce(created_at, ?7) WHERE id = ?1");
    for (const auto& [id, d] : m_leadDeltas) {
      update.reset();
      update.bind(1, id).bind(2, d.stage).bind(3, int(d.won)).bind(4, int(d.lost));
      update.bindOptional(5, d.lastContact).bind(6, d.added).bindOptional(7, d.firstAt);
      update.run();
    }
    m_leadDeltas.clear();
  }

 private:
  [[nodiscard]] int col(Field f) const { return m_col[static_cast<std::size_t>(f)]; }

  QString sheetPrefix() const {
    return m_sheet.isEmpty() ? QCoreApplication::translate("ll::crm::Import", "The file ")
                             : QCoreApplication::translate("ll::crm::Import", "Sheet '%1' ").arg(m_sheet);
  }

  static QString cancelledText() {
    return QCoreApplication::translate("ll::crm::Import",
                                       "The import was cancelled; the workspace is unchanged.");
  }

  std::string_view cell(const Row& row, Field f) const {
    const int c = col(f);
    if (c < 0 || c >= static_cast<int>(row.cells.size())) return {};
    return trimCell(row.cells[static_cast<std::size_t>(c)]);
  }

  void reject(int column, const QString& reason, const QString& category) {
    ++m_rowRejects;
    m_report.rejectsByCategory[category] += 1;
    if (static_cast<int>(m_report.rejects.size()) < m_options.maxRejectDetails)
      m_report.rejects.push_back(RejectedRow{m_sheet, m_row,
                                             column >= 0 ? m_header[static_cast<std::size_t>(column)] : QString(),
                                             reason, category});
  }

  std::optional<std::int64_t> date(const Row& row, Field f, bool* bad) {
    const auto text = cell(row, f);
    if (text.empty()) return std::nullopt;
    auto parsed = parseDateTime(text, m_dates);
    if (!parsed) {
      // The reason is translated: a date that parses once the year limits are lifted is out of range.
      DateParseOptions unlimited = m_dates;
      unlimited.minYear = std::numeric_limits<int>::min();
      unlimited.maxYear = std::numeric_limits<int>::max();
      const bool range = parseDateTime(text, unlimited).has_value();
      reject(col(f), parsed.error(), range ? u"date_out_of_range"_s : u"bad_date"_s);
      *bad = true;
      return std::nullopt;
    }
    return *parsed;
  }

  std::optional<double> duration(const Row& row, Field f, bool* bad) {
    const auto text = cell(row, f);
    if (text.empty()) return std::nullopt;
    auto parsed = parseDurationSeconds(text);
    if (!parsed) {
      reject(col(f), parsed.error(), u"bad_duration"_s);
      *bad = true;
      return std::nullopt;
    }
    return *parsed;
  }

  bool checkShape(const Row& row) {
    const std::size_t expected = m_header.size();
    if (row.cells.size() > expected) {
      for (std::size_t i = expected; i < row.cells.size(); ++i) {
        if (!trimCell(row.cells[i]).empty()) {
          reject(-1,
                 QCoreApplication::translate(
                     "ll::crm::Import",
                     "The row has %1 cells but the header has %2 columns; the extra cells "
                     "would be lost. Check for an unquoted delimiter in a text cell.")
                     .arg(row.cells.size())
                     .arg(expected),
                 u"ragged_row"_s);
          return false;
        }
      }
    } else if (row.cells.size() < expected) {
      reject(
          -1,
          QCoreApplication::translate("ll::crm::Import",
                                      "The row has %1 cells but the header has %2 columns. Check for a line "
                                      "break inside an unquoted cell or a missing delimiter.")
              .arg(row.cells.size())
              .arg(expected),
          u"ragged_row"_s);
      return false;
    }
    return true;
  }

  void processRow(const Row& row) {
    m_rowRejects = 0;
    if (!checkShape(row)) return afterRejects();
    if (m_shape == ExportShape::PerInteraction)
      processInteractionRow(row);
    else
      processLeadRow(row);
    afterRejects();
  }

  void afterRejects() {
    if (m_rowRejects > 0) {
      ++m_report.rowsRejected;
      if (!m_options.skipInvalidRows && m_write) {
        m_write = false;  // keep validating to list every problem, but nothing will land
        log::get("import")->info("first rejected row at {}; validating the rest without writing", m_row);
      }
    }
  }

  std::string derivedLeadId(const Row& row) const {
    StableHasher h;
    const bool identity = col(Field::Phone) >= 0 || col(Field::CustomerName) >= 0 || col(Field::CreatedAt) >= 0;
    if (identity) {
      for (Field f : {Field::CreatedAt, Field::CustomerName, Field::Phone}) h.add(cell(row, f)).separator();
    } else {
      for (const auto c : row.cells) h.add(trimCell(c)).separator();
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "row-%012llx",
                  static_cast<unsigned long long>(h.value() & 0xffffffffffffULL));
    return buf;
  }

  // Inserts or updates the lead from the row's profile columns. Returns the internal id.
  std::int64_t upsertLead(const Row& row, std::string_view leadId, const std::optional<std::int64_t>& createdAt) {
    m_selLead.reset();
    m_selLead.bindText(1, leadId);
    if (!m_selLead.step()) {
      m_selLead.reset();
      m_insLead.reset();
      m_insLead.bindText(1, leadId);
      m_insLead.bindOptional(2, createdAt);
      for (std::size_t i = 1; i < kProfileFields.size(); ++i)
        m_insLead.bindTextOrNull(static_cast<int>(i) + 2, cell(row, kProfileFields[i]));
      m_insLead.bind(15, m_importId);
      m_insLead.run();
      ++m_report.leadsInserted;
      m_leadState = LeadState::Inserted;
      return m_db.lastInsertRowId();
    }
    const std::int64_t id = m_selLead.columnInt(0);
    bool changed = createdAt && (m_selLead.isNull(1) || m_selLead.columnInt(1) != *createdAt);
    for (std::size_t i = 1; i < kProfileFields.size() && !changed; ++i) {
      const auto value = cell(row, kProfileFields[i]);
      if (!value.empty() && (m_selLead.isNull(static_cast<int>(i) + 1) ||
                             m_selLead.columnText(static_cast<int>(i) + 1) != value))
        changed = true;
    }
    m_selLead.reset();
    if (changed) {
      m_updLead.reset();
      m_updLead.bind(1, id);
      m_updLead.bindOptional(2, createdAt);
      for (std::size_t i = 1; i < kProfileFields.size(); ++i)
        m_updLead.bindTextOrNull(static_cast<int>(i) + 2, cell(row, kProfileFields[i]));
      m_updLead.bind(15, m_importId);
      m_updLead.run();
      m_leadState = LeadState::Updated;
    } else {
      m_leadState = LeadState::Unchanged;
    }
    return id;
  }

  void countLeadState(bool attributesChanged) {
    if (m_leadState == LeadState::Unchanged && attributesChanged) m_leadState = LeadState::Updated;
    if (m_leadState == LeadState::Updated) ++m_report.leadsUpdated;
    if (m_leadState == LeadState::Unchanged) ++m_report.leadsUnchanged;
  }

  bool writeAttributes(std::int64_t id, const Row& row) {
    bool changed = false;
    for (const auto& [c, key] : m_attributes) {
      const auto value = trimCell(row.cells[static_cast<std::size_t>(c)]);
      if (value.empty()) continue;
      m_upsAttr.reset();
      m_upsAttr.bind(1, id).bindText(2, sv(key)).bindText(3, value);
      m_upsAttr.run();
      if (m_db.changes() > 0) {
        changed = true;
        ++m_report.attributesWritten;
      }
    }
    return changed;
  }

  static std::int64_t fingerprintOf(std::string_view leadId, const PendingInteraction& in) {
    StableHasher h;
    h.add(leadId).separator().add(std::string_view(interactionKindName(in.kind))).separator();
    if (in.atExplicit && in.at) h.add(*in.at); else h.add(std::string_view("-"));
    h.separator();
    if (in.duration) h.add(*in.duration); else h.add(std::string_view("-"));
    h.separator().add(in.text).separator().add(in.outcome);
    return toSqlInt(h.value());
  }

  void bindInteraction(sql::Statement& st, int base, std::int64_t leadRowId, std::string_view leadId,
                       const PendingInteraction& in, std::string_view extraJson) {
    st.bind(base + 1, leadRowId)
        .bindText(base + 2, interactionKindName(in.kind))
        .bindOptional(base + 3, in.at)
        .bindOptional(base + 4, in.duration)
        .bindTextOrNull(base + 5, in.text)
        .bindTextOrNull(base + 6, in.outcome)
        .bindTextOrNull(base + 7, extraJson)
        .bind(base + 8, fingerprintOf(leadId, in))
        .bind(base + 9, m_importId);
  }

  bool insertInteraction(std::int64_t leadRowId, std::string_view leadId, const PendingInteraction& in,
                         std::string_view extraJson) {
    sql::Statement& st = m_bulk ? m_insPlain : m_insInteraction;
    st.reset();
    bindInteraction(st, 0, leadRowId, leadId, in, extraJson);
    st.run();
    if (m_bulk || m_db.changes() > 0) {
      ++m_report.interactionsInserted;
      trackLeadState(leadRowId, in);
      return true;
    }
    ++m_report.interactionsAlreadyPresent;
    return false;
  }

  void processLeadRow(const Row& row) {
    std::string derived;
    std::string_view leadId = cell(row, Field::LeadId);
    if (m_deriveIds) {
      derived = derivedLeadId(row);
      leadId = derived;
    } else if (leadId.empty()) {
      reject(col(Field::LeadId), QCoreApplication::translate("ll::crm::Import", "The lead id is empty."),
             u"missing_lead_id"_s);
      return;
    }
    bool bad = false;
    const auto createdAt = date(row, Field::CreatedAt, &bad);
    const auto lastCallAt = date(row, Field::LastCallAt, &bad);
    const auto callSeconds = duration(row, Field::LastCallDuration, &bad);
    const auto visitAt = date(row, Field::StoreVisitAt, &bad);
    const auto driveAt = date(row, Field::TestDriveAt, &bad);
    const auto quoteAt = date(row, Field::QuoteAt, &bad);
    const auto orderAt = date(row, Field::OrderAt, &bad);
    const auto defeatAt = date(row, Field::DefeatAt, &bad);
    const auto outcomeAt = date(row, Field::OutcomeAt, &bad);
    const auto notesAt = date(row, Field::NotesAt, &bad);
    std::optional<bool> converted;
    if (const auto flag = cell(row, Field::Converted); !flag.empty()) {
      auto parsed = parseOutcomeFlag(flag);
      if (!parsed) {
        reject(col(Field::Converted), parsed.error(), u"bad_outcome"_s);
        bad = true;
      } else {
        converted = *parsed;
      }
    }
    const std::uint64_t idHash = StableHasher().add(leadId).value();
    const auto [it, fresh] = m_seenLeads.try_emplace(idHash, m_row);
    if (!fresh) {
      reject(col(Field::LeadId),
             QCoreApplication::translate(
                 "ll::crm::Import",
                 "Lead id '%1' appears again (first at row %2). A per-lead export must have "
                 "one row per lead.")
                 .arg(qs(leadId))
                 .arg(it->second),
             u"duplicate_lead_id"_s);
      bad = true;
    }
    if (bad || !m_write) return;

    const std::int64_t id = upsertLead(row, leadId, createdAt);
    const bool attributesChanged = writeAttributes(id, row);

    std::vector<PendingInteraction> pending;
    const auto add = [&](InteractionKind kind, std::optional<std::int64_t> at, std::optional<double> seconds = {},
                         std::string_view text = {}, std::string_view outcome = {}) {
      pending.push_back(PendingInteraction{kind, at, at.has_value(), seconds, text, outcome});
    };
    if (lastCallAt || callSeconds) add(InteractionKind::Call, lastCallAt, callSeconds);
    if (visitAt) add(InteractionKind::StoreVisit, visitAt);
    if (driveAt) add(InteractionKind::TestDrive, driveAt);
    if (quoteAt) add(InteractionKind::Quote, quoteAt);
    if (orderAt) add(InteractionKind::OrderLock, orderAt);
    const auto defeatReason = cell(row, Field::DefeatReason);
    if (defeatAt || !defeatReason.empty()) add(InteractionKind::Defeat, defeatAt ? defeatAt : outcomeAt, {}, {}, defeatReason);
    if (converted == true && !orderAt) add(InteractionKind::OrderLock, outcomeAt);
    if (converted == false && !defeatAt && defeatReason.empty()) add(InteractionKind::Defeat, outcomeAt);
    if (const auto notes = cell(row, Field::Notes); !notes.empty()) {
      PendingInteraction note{InteractionKind::Note, notesAt, notesAt.has_value(), {}, notes, {}};
      if (!note.at) {
        // The note's time is the row's latest known event: what the notes describe so far.
        for (const auto& p : pending)
          if (p.at && (!note.at || *p.at > *note.at)) note.at = p.at;
        if (!note.at) note.at = createdAt;
      }
      pending.push_back(note);
    }
    bool added = false;
    for (const auto& p : pending) added |= insertInteraction(id, leadId, p, {});
    if (m_leadState == LeadState::Unchanged && added) {
      m_touchLead.reset();
      m_touchLead.bind(1, id).bind(2, m_importId);
      m_touchLead.run();
    }
    countLeadState(attributesChanged || added);
  }

  std::int64_t leadRowIdFor(std::string_view leadId, const Row& row) {
    if (m_hasLeadFields) {
      // Profile columns in an interaction export: the first row of each lead carries them.
      auto it = m_leadIds.find(leadId);
      if (it != m_leadIds.end()) return it->second;
      bool bad = false;
      const auto createdAt = date(row, Field::CreatedAt, &bad);
      const std::int64_t id = upsertLead(row, leadId, bad ? std::nullopt : createdAt);
      if (m_leadState != LeadState::Inserted) countLeadState(false);
      cacheLead(leadId, id);
      return id;
    }
    if (m_lastLeadId == leadId) return m_lastLeadRowId;
    std::int64_t id = 0;
    if (auto it = m_leadIds.find(leadId); it != m_leadIds.end()) {
      id = it->second;
    } else {
      m_selLeadId.reset();
      m_selLeadId.bindText(1, leadId);
      if (m_selLeadId.step()) {
        id = m_selLeadId.columnInt(0);
        m_selLeadId.reset();
      } else {
        m_selLeadId.reset();
        m_insStub.reset();
        m_insStub.bindText(1, leadId).bind(2, m_importId);
        m_insStub.run();
        id = m_db.lastInsertRowId();
        ++m_report.leadsCreatedFromInteractions;
      }
      cacheLead(leadId, id);
    }
    m_lastLeadId.assign(leadId);
    m_lastLeadRowId = id;
    return id;
  }

  void trackLeadState(std::int64_t leadRowId, const PendingInteraction& in) {
    LeadDelta& d = m_leadDeltas[leadRowId];
    d.stage = std::max(d.stage, static_cast<int>(stageOf(in.kind)));
    d.won |= in.kind == InteractionKind::OrderLock;
    d.lost |= in.kind == InteractionKind::Defeat;
    ++d.added;
    if (in.at) {
      if (stageOf(in.kind) != Stage::New && (!d.lastContact || *in.at > *d.lastContact)) d.lastContact = in.at;
      if (!d.firstAt || *in.at < *d.firstAt) d.firstAt = in.at;
    }
  }

  void cacheLead(std::string_view leadId, std::int64_t id) {
    if (m_leadIds.size() >= kLeadCacheLimit) m_leadIds.clear();  // bounded memory on huge exports
    m_leadIds.emplace(std::string(leadId), id);
  }

  void processInteractionRow(const Row& row) {
    std::string_view leadId;
    PendingInteraction in;
    if (!validateInteraction(row, leadId, in) || !m_write) return;
    const std::int64_t id = leadRowIdFor(leadId, row);
    buildExtra(row);
    insertInteraction(id, leadId, in, sv(m_extra));
  }

  // Checks one row of a per-interaction export; rejects what is wrong. True when it can land.
  bool validateInteraction(const Row& row, std::string_view& leadId, PendingInteraction& in) {
    leadId = cell(row, Field::LeadId);
    if (leadId.empty()) {
      reject(col(Field::LeadId), QCoreApplication::translate("ll::crm::Import", "The lead id is empty."),
             u"missing_lead_id"_s);
    }
    bool bad = leadId.empty();
    if (const auto kindText = cell(row, Field::Kind); kindText.empty()) {
      reject(col(Field::Kind),
             QCoreApplication::translate("ll::crm::Import", "The interaction type is empty."), u"bad_kind"_s);
      bad = true;
    } else if (auto kind = parseInteractionKind(kindText); !kind) {
      reject(col(Field::Kind), kind.error(), u"bad_kind"_s);
      bad = true;
    } else {
      in.kind = *kind;
    }
    if (cell(row, Field::At).empty()) {
      reject(col(Field::At),
             QCoreApplication::translate("ll::crm::Import", "The time of the interaction is empty."),
             u"bad_date"_s);
      bad = true;
    } else {
      in.at = date(row, Field::At, &bad);
      in.atExplicit = true;
    }
    in.duration = duration(row, Field::Duration, &bad);
    in.text = cell(row, Field::Text);
    in.outcome = cell(row, Field::Outcome);
    if (m_hasLeadFields && col(Field::CreatedAt) >= 0 && !cell(row, Field::CreatedAt).empty()) {
      bool badCreated = false;
      (void)date(row, Field::CreatedAt, &badCreated);
      bad |= badCreated;
    }
    return !bad;
  }

  // Unmapped columns of an interaction row, as a JSON object in m_extra (empty when none).
  void buildExtra(const Row& row) {
    m_extra.clear();
    if (!m_attributes.empty()) {
      QJsonObject extra;
      for (const auto& [c, key] : m_attributes) {
        const auto value = trimCell(row.cells[static_cast<std::size_t>(c)]);
        if (!value.empty()) extra.insert(QString::fromUtf8(key), qs(value));
      }
      if (!extra.isEmpty()) m_extra = QJsonDocument(extra).toJson(QJsonDocument::Compact);
    }
  }

  // The bulk path: a per-interaction export whose rows carry no lead profile. One thread reads
  // and validates while the calling thread writes, so the two cores share the work.
  Result<void> pipelineInteractions(TableSource& src, qint64& rows) {
    BatchQueue queue;
    std::optional<Error> readError;
    std::thread producer([&] {
      Batch batch;
      Row row;
      while (src.next(row)) {
        ++rows;
        ++m_report.rowsRead;
        m_row = row.number;
        m_rowRejects = 0;
        std::string_view leadId;
        PendingInteraction in;
        if (checkShape(row) && validateInteraction(row, leadId, in) && m_write) {
          buildExtra(row);
          batch.add(leadId, in, sv(m_extra));
        }
        afterRejects();
        if (batch.records.size() >= kBatchRows) {
          if (!queue.push(std::move(batch))) return;
          batch = Batch{};
        }
        if ((rows & 4095) == 0) {
          if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            readError = Error{ErrorCode::Cancelled, cancelledText(), {}, 0, {}};
            queue.close();
            return;
          }
          if (m_progress) m_progress(ImportProgress{src.bytesDone(), src.bytesTotal(), m_report.rowsRead, u"reading"_s});
        }
      }
      readError = src.error();
      if (!batch.records.empty()) queue.push(std::move(batch));
      queue.close();
    });
    try {
      Batch batch;
      const Row none;
      while (queue.pop(batch)) {
        const auto& records = batch.records;
        const auto unpack = [&](const Batch::Record& r, std::string_view& leadId, PendingInteraction& in) {
          leadId = batch.view(r.lead);
          in = r.in;
          in.text = batch.view(r.text);
          in.outcome = batch.view(r.outcome);
        };
        std::size_t i = 0;
        if (m_bulk) {
          // Many rows per statement: the per-statement cost is paid once per kMultiRows rows.
          for (; i + kMultiRows <= records.size(); i += kMultiRows) {
            m_insMulti.reset();
            for (std::size_t k = 0; k < kMultiRows; ++k) {
              std::string_view leadId;
              PendingInteraction in;
              unpack(records[i + k], leadId, in);
              const std::int64_t id = leadRowIdFor(leadId, none);
              bindInteraction(m_insMulti, static_cast<int>(9 * k), id, leadId, in, batch.view(records[i + k].extra));
              trackLeadState(id, in);
            }
            m_insMulti.run();
            m_report.interactionsInserted += static_cast<qint64>(kMultiRows);
          }
        }
        for (; i < records.size(); ++i) {
          std::string_view leadId;
          PendingInteraction in;
          unpack(records[i], leadId, in);
          insertInteraction(leadRowIdFor(leadId, none), leadId, in, batch.view(records[i].extra));
        }
      }
    } catch (...) {
      queue.abort();
      producer.join();
      throw;
    }
    producer.join();
    if (readError) return std::unexpected(*readError);
    return {};
  }

  Result<DateOrder> resolveDateOrder(SourceHandle& handle) {
    std::vector<int> dateColumns;
    for (const auto& info : allFields())
      if (info.type == FieldType::DateTime && col(info.field) >= 0) dateColumns.push_back(col(info.field));
    if (dateColumns.empty()) return DateOrder::Auto;
    auto again = handle.reopen();
    if (!again) return std::unexpected(again.error());
    int dayFirst = 0;
    int monthFirst = 0;
    bool ambiguous = false;
    Row row;
    for (int n = 0; n < kDateScanRows && (*again)->next(row); ++n) {
      for (int c : dateColumns) {
        if (c >= static_cast<int>(row.cells.size())) continue;
        const auto text = trimCell(row.cells[static_cast<std::size_t>(c)]);
        switch (slashDateOrderHint(text)) {
          case DateOrder::DayFirst: ++dayFirst; break;
          case DateOrder::MonthFirst: ++monthFirst; break;
          case DateOrder::Auto:
            if (text.find('/') != std::string_view::npos && text.size() >= 6 && text[2] == '/') ambiguous = true;
            if (text.size() >= 5 && (text[1] == '/' || text[2] == '/')) ambiguous = true;
            break;
        }
      }
    }
    if (dayFirst > 0 && monthFirst > 0)
      return fail(
          ErrorCode::BadData,
          QCoreApplication::translate("ll::crm::Import",
                                      "Slash dates in this file are written both day-first (e.g. 25/03/2026) "
                                      "and month-first (e.g. 03/25/2026). Fix the export or set the date "
                                      "order in the mapping profile."),
          handle.source->fileName());
    if (dayFirst > 0) {
      m_report.notes.push_back(QCoreApplication::translate(
                                   "ll::crm::Import", "%1writes dates day-first (detected from the dates).")
                                   .arg(sheetPrefix()));
      return DateOrder::DayFirst;
    }
    if (monthFirst > 0) {
      m_report.notes.push_back(QCoreApplication::translate(
                                   "ll::crm::Import", "%1writes dates month-first (detected from the dates).")
                                   .arg(sheetPrefix()));
      return DateOrder::MonthFirst;
    }
    if (!ambiguous) return DateOrder::Auto;
    const DateOrder assumed = localeDateOrder();
    m_report.notes.push_back(
        QCoreApplication::translate(
            "ll::crm::Import",
            "%1has dates like 03/04/2026 that could be day-first or month-first; they were "
            "read %2 (this computer's date format). If that is wrong, set the date order in "
            "the mapping profile and import again.")
            .arg(sheetPrefix(), assumed == DateOrder::DayFirst
                                    ? QCoreApplication::translate("ll::crm::Import", "day-first")
                                    : QCoreApplication::translate("ll::crm::Import", "month-first")));
    return assumed;
  }

  enum class LeadState { Inserted, Updated, Unchanged };

  struct LeadDelta {
    int stage = 0;
    bool won = false;
    bool lost = false;
    std::int64_t added = 0;
    std::optional<std::int64_t> lastContact;
    std::optional<std::int64_t> firstAt;
  };

  const Workspace& m_ws;
  const ImportOptions& m_options;
  ImportReport& m_report;
  sql::Database& m_db;
  const ImportProgressFn& m_progress;
  const std::atomic<bool>* m_cancel;

  qint64 m_importId = 0;
  bool m_write = true;
  QString m_sheet;
  std::vector<QString> m_header;
  std::array<int, kFieldCount> m_col{};
  std::vector<std::pair<int, QByteArray>> m_attributes;
  ExportShape m_shape = ExportShape::PerLead;
  DateParseOptions m_dates;
  bool m_hasLeadFields = false;
  bool m_deriveIds = false;
  qint64 m_row = 0;
  int m_rowRejects = 0;
  LeadState m_leadState = LeadState::Unchanged;
  std::unordered_map<std::uint64_t, qint64> m_seenLeads;
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
  };
  std::unordered_map<std::string, std::int64_t, StringHash, std::equal_to<>> m_leadIds;
  std::string m_lastLeadId;
  std::int64_t m_lastLeadRowId = 0;
  QByteArray m_extra;
  std::unordered_map<std::int64_t, LeadDelta> m_leadDeltas;

  bool m_bulk = false;
  sql::Statement m_selLead, m_insLead, m_updLead, m_touchLead, m_selLeadId, m_insStub, m_upsAttr, m_insInteraction;
  sql::Statement m_insPlain, m_insMulti;
};

QByteArray fileSha256(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  QCryptographicHash hash(QCryptographicHash::Sha256);
  hash.addData(&f);
  return hash.result().toHex();
}

}  // namespace

const char* ImportReport::statusName(Status status) {
  switch (status) {
    case Status::Imported: return "imported";
    case Status::ImportedWithRejects: return "imported_with_rejects";
    case Status::Unchanged: return "unchanged";
    case Status::Rejected: return "rejected";
    case Status::DryRun: return "dry_run";
  }
  return "imported";
}

QJsonObject ImportReport::toJson() const {
  QJsonObject byCategory;
  for (const auto& [k, v] : rejectsByCategory) byCategory.insert(k, v);
  QJsonArray rejectList;
  for (const auto& r : rejects) {
    QJsonObject o{{u"row"_s, r.row}, {u"reason"_s, r.reason}, {u"category"_s, r.category}};
    if (!r.sheet.isEmpty()) o.insert(u"sheet"_s, r.sheet);
    o.insert(u"column"_s, r.column.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.column));
    rejectList.append(o);
  }
  QJsonArray sheetList;
  for (const auto& s : sheets) {
    QJsonObject o{{u"description"_s, s.description},
                  {u"shape"_s, QString::fromLatin1(exportShapeName(s.shape))},
                  {u"profile_origin"_s, s.profileOrigin},
                  {u"rows_read"_s, s.rowsRead},
                  {u"profile"_s, s.profile.toJson()}};
    if (!s.name.isEmpty()) o.insert(u"name"_s, s.name);
    sheetList.append(o);
  }
  QJsonArray noteList;
  for (const auto& n : notes) noteList.append(n);
  return QJsonObject{{u"status"_s, QString::fromLatin1(statusName(status))},
                     {u"file"_s, file},
                     {u"path"_s, path},
                     {u"format"_s, format},
                     {u"sha256"_s, sha256},
                     {u"import_id"_s, importId},
                     {u"rows_read"_s, rowsRead},
                     {u"rows_rejected"_s, rowsRejected},
                     {u"leads_inserted"_s, leadsInserted},
                     {u"leads_updated"_s, leadsUpdated},
                     {u"leads_unchanged"_s, leadsUnchanged},
                     {u"leads_created_from_interactions"_s, leadsCreatedFromInteractions},
                     {u"interactions_inserted"_s, interactionsInserted},
                     {u"interactions_already_present"_s, interactionsAlreadyPresent},
                     {u"attributes_written"_s, attributesWritten},
                     {u"rejects_by_category"_s, byCategory},
                     {u"rejects"_s, rejectList},
                     {u"rejects_listed"_s, static_cast<qint64>(rejects.size())},
                     {u"notes"_s, noteList},
                     {u"sheets"_s, sheetList},
                     {u"seconds"_s, seconds}};
}

QString ImportReport::toText() const {
  QString out;
  const QLocale loc = QLocale::c();
  const auto n = [&](qint64 v) { return QLocale(QLocale::English).toString(v); };
  Q_UNUSED(loc);
  switch (status) {
    case Status::Imported:
      out += QCoreApplication::translate("ll::crm::Import", "Imported %1.").arg(file);
      break;
    case Status::ImportedWithRejects:
      out +=
          (rowsRejected == 1
               ? QCoreApplication::translate("ll::crm::Import", "Imported %1 without its %2 rejected row.")
               : QCoreApplication::translate("ll::crm::Import", "Imported %1 without its %2 rejected rows."))
              .arg(file, n(rowsRejected));
      break;
    case Status::Unchanged:
      out += QCoreApplication::translate("ll::crm::Import",
                                         "Nothing new in %1: the workspace already holds all of it.")
                 .arg(file);
      break;
    case Status::Rejected:
      out += (rowsRejected == 1 ? QCoreApplication::translate(
                                      "ll::crm::Import",
                                      "Nothing was imported from %1: %2 row was rejected (fix it, or "
                                      "import with the option to skip rejected rows).")
                                : QCoreApplication::translate(
                                      "ll::crm::Import",
                                      "Nothing was imported from %1: %2 rows were rejected (fix them, or "
                                      "import with the option to skip rejected rows)."))
                 .arg(file, n(rowsRejected));
      break;
    case Status::DryRun:
      out += QCoreApplication::translate("ll::crm::Import", "Checked %1 (dry run; nothing was written).")
                 .arg(file);
      break;
  }
  out += u"\n"_s;
  for (const auto& s : sheets) {
    out += u"  "_s +
           QCoreApplication::translate("ll::crm::Import", "%1%2, %3, mapping %4")
               .arg(s.name.isEmpty()
                        ? QString()
                        : QCoreApplication::translate("ll::crm::Import", "sheet '%1': ").arg(s.name),
                    s.description, shapeText(s.shape), profileOriginText(s.profileOrigin)) +
           u"\n"_s;
  }
  out += u"  "_s +
         QCoreApplication::translate("ll::crm::Import", "rows read: %1, rejected: %2")
             .arg(n(rowsRead), n(rowsRejected)) +
         u"\n"_s;
  out += u"  "_s +
         QCoreApplication::translate("ll::crm::Import",
                                     "leads: %1 new, %2 updated, %3 unchanged, %4 created from interactions")
             .arg(n(leadsInserted), n(leadsUpdated), n(leadsUnchanged), n(leadsCreatedFromInteractions)) +
         u"\n"_s;
  out += u"  "_s +
         QCoreApplication::translate("ll::crm::Import", "interactions: %1 new, %2 already present")
             .arg(n(interactionsInserted), n(interactionsAlreadyPresent)) +
         u"\n"_s;
  for (const auto& note : notes)
    out += u"  "_s + QCoreApplication::translate("ll::crm::Import", "note: %1").arg(note) + u"\n"_s;
  if (!rejectsByCategory.empty()) {
    out += u"  "_s + QCoreApplication::translate("ll::crm::Import", "rejected rows by reason:");
    for (const auto& [k, v] : rejectsByCategory) out += u" %1 %2;"_s.arg(k, n(v));
    out += u"\n"_s;
    const std::size_t shown = std::min<std::size_t>(rejects.size(), 20);
    for (std::size_t i = 0; i < shown; ++i) out += u"    %1\n"_s.arg(rejectLine(file, rejects[i]));
    if (rowsRejected > static_cast<qint64>(shown)) {
      out += u"    "_s + QCoreApplication::translate("ll::crm::Import", "... (all of them with --json)") +
             u"\n"_s;
    }
  }
  return out;
}

ImportJob::ImportJob(const Workspace& workspace, ImportOptions options)
    : m_workspace(workspace), m_options(std::move(options)) {}

Result<ImportReport> ImportJob::run(const ImportProgressFn& progress, const std::atomic<bool>* cancel) {
  QElapsedTimer timer;
  timer.start();
  auto logger = log::get("import");
  const QFileInfo info(m_options.path);
  ImportReport report;
  report.file = info.fileName();
  report.path = info.absoluteFilePath();

  auto opened = openFile(m_options.path, m_options.profile, m_options.sheet, m_options.headerRow);
  if (!opened) {
    logger->warn("import refused: {} ({})", report.file.toStdString(), errorCodeName(opened.error().code));
    return std::unexpected(opened.error());
  }
  report.format = opened->format == FileFormat::Csv ? u"csv"_s : u"xlsx"_s;
  logger->info("import of {} ({} bytes, {}) started", report.file.toStdString(), info.size(), report.format.toStdString());

  // Bind every source to its profile before writing anything.
  struct Bound {
    SourceHandle* handle;
    MappingProfile profile;
    std::vector<ColumnMapping> mapping;
    QString origin;
  };
  std::vector<Bound> bound;
  const bool singleSource = opened->sources.size() == 1;
  for (auto& handle : opened->sources) {
    const auto& header = handle.source->header();
    if (header.empty()) {
      if (singleSource)
        return fail(
            ErrorCode::BadFormat,
            QCoreApplication::translate("ll::crm::Import", "The sheet has no header row (it is empty)."),
            report.file);
      report.notes.push_back(
          QCoreApplication::translate("ll::crm::Import", "Sheet '%1' is empty and was skipped.")
              .arg(handle.sheet));
      continue;
    }
    auto chosen = chooseProfile(m_workspace, singleSource ? m_options.profile : std::nullopt, header,
                                info.completeBaseName());
    if (!chosen) return std::unexpected(chosen.error());
    auto& [profile, origin] = *chosen;
    // A remembered profile may name another encoding than the sniffed one. It was found by the
    // header as read, so the separator that read it stays (the same export saved with another
    // separator keeps its profile).
    if (auto* csv = dynamic_cast<CsvReader*>(handle.source.get());
        csv && origin == u"remembered"_s && !profile.encoding.isEmpty() && profile.encoding != csv->encoding()) {
      MappingProfile reading = profile;
      reading.delimiter = csv->delimiter() == '\t' ? u"\\t"_s : QString(QChar::fromLatin1(csv->delimiter()));
      auto reopened = openFile(m_options.path, reading, {}, csv->headerRow());
      if (!reopened) return std::unexpected(reopened.error());
      handle = std::move(reopened->sources.front());
    }
    auto mapping = profile.bind(handle.source->header(), report.file);
    if (!mapping) {
      // The file does not fit the mapping: a problem with the input, not with how we were called.
      if (singleSource) return std::unexpected(Error{ErrorCode::BadData, mapping.error().message, report.file, 0,
                                                     mapping.error().column});
      report.notes.push_back(QCoreApplication::translate("ll::crm::Import", "Sheet '%1' was skipped: %2")
                                 .arg(handle.sheet, mapping.error().message));
      continue;
    }
    bound.push_back(Bound{&handle, profile, std::move(*mapping), origin});
  }
  if (bound.empty())
    return fail(ErrorCode::BadData,
                QCoreApplication::translate(
                    "ll::crm::Import", "No sheet of the workbook looks like a lead or interaction export."),
                report.file);
  // Leads before interactions, so that interaction rows find their leads' profiles.
  std::stable_sort(bound.begin(), bound.end(), [](const Bound& a, const Bound& b) {
    return a.profile.resolvedShape() == ExportShape::PerLead && b.profile.resolvedShape() != ExportShape::PerLead;
  });

  // A CSV reader hashes the file while it parses; a workbook (small, compressed) is hashed here.
  QByteArray sha = opened->format == FileFormat::Xlsx ? fileSha256(m_options.path) : QByteArray();

  try {
    auto db = sql::Database::open(m_workspace.databasePath().toStdString(), false);
    // Every parent row an import refers to is resolved or created by the importer itself in
    // this transaction, so per-row foreign key lookups (two per interaction) buy nothing here.
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("PRAGMA cache_size = -65536");
    // A rollback journal loads bulk data faster than WAL; WAL returns afterwards. Switching
    // needs the only connection to the file: when another one is open, the import stays in WAL.
    bool bulk = m_options.journal == ImportOptions::Journal::Rollback ||
                (m_options.journal == ImportOptions::Journal::Auto && info.size() >= kBulkJournalThreshold);
    bulk = bulk && !m_options.dryRun;
    if (bulk) {
      try {
        bulk = db.queryText("PRAGMA journal_mode = TRUNCATE") == "truncate";
      } catch (const sql::SqlError&) {
        bulk = false;
      }
      if (!bulk) logger->info("journal mode stays WAL (another connection holds the workspace)");
    }
    db.exec("PRAGMA synchronous = NORMAL");

    sql::Transaction tx(db);
    const auto now = QDateTime::currentSecsSinceEpoch();
    auto insImport = db.prepare(
        "INSERT INTO imports (file_name, file_path, file_sha256, file_size, format, shape, source_key, profile_json,"
        " started_at, finished_at, rows_read, leads_inserted, leads_updated, interactions_inserted, rows_rejected,"
        " report_json) VALUES (?1, ?2, '', ?3, ?4, '', '', '{}', ?5, ?5, 0, 0, 0, 0, 0, '{}')");
    const QByteArray fileName = report.file.toUtf8();
    const QByteArray filePath = report.path.toUtf8();
    const QByteArray format = report.format.toUtf8();
    insImport.bindText(1, sv(fileName)).bindText(2, sv(filePath));
    insImport.bind(3, std::int64_t(info.size())).bindText(4, sv(format)).bind(5, std::int64_t(now));
    insImport.run();
    const qint64 importId = db.lastInsertRowId();

    Importer importer(m_workspace, m_options, report, db, progress, cancel);
    importer.prepare(importId);
    QElapsedTimer phase;
    phase.start();
    for (auto& b : bound) {
      SheetReport sheet;
      sheet.name = b.handle->sheet;
      sheet.description = b.handle->source->description();
      sheet.shape = b.profile.resolvedShape();
      sheet.profileOrigin = b.origin;
      sheet.profile = b.profile;
      sheet.profile.columns = b.mapping;
      sheet.profile.headerRow = std::max<qint64>(1, m_options.headerRow.value_or(b.profile.headerRow));
      if (opened->format == FileFormat::Csv) {
        auto* csv = dynamic_cast<CsvReader*>(b.handle->source.get());
        if (csv) {
          sheet.profile.encoding = csv->encoding();
          sheet.profile.delimiter = csv->delimiter() == '\t' ? u"\\t"_s : QString(QChar::fromLatin1(csv->delimiter()));
        }
      }
      if (auto done = importer.importSource(*b.handle, b.profile, b.mapping, sheet); !done) {
        logger->warn("import of {} stopped: {}", report.file.toStdString(), errorCodeName(done.error().code));
        return std::unexpected(done.error());
      }
      report.sheets.push_back(std::move(sheet));
    }
    if (report.rowsRead == 0)
      return fail(ErrorCode::BadData,
                  QCoreApplication::translate("ll::crm::Import", "The file has a header but no data rows."),
                  report.file);
    if (sha.isEmpty()) {
      if (auto* csv = dynamic_cast<CsvReader*>(bound.front().handle->source.get())) sha = csv->sha256().toHex();
      if (sha.isEmpty()) sha = fileSha256(m_options.path);
    }
    report.sha256 = QString::fromLatin1(sha);

    if (progress) progress(ImportProgress{info.size(), info.size(), report.rowsRead, u"finishing"_s});
    const bool anyChange = report.leadsInserted + report.leadsUpdated + report.leadsCreatedFromInteractions +
                               report.interactionsInserted + report.attributesWritten > 0;
    if (report.rowsRejected > 0 && (!m_options.skipInvalidRows || !anyChange)) {
      report.status = ImportReport::Status::Rejected;
      report.leadsInserted = report.leadsUpdated = report.leadsUnchanged = 0;
      report.leadsCreatedFromInteractions = report.interactionsInserted = report.interactionsAlreadyPresent = 0;
      report.attributesWritten = 0;
      tx.rollback();
    } else if (m_options.dryRun) {
      report.status = ImportReport::Status::DryRun;
      tx.rollback();
    } else if (!anyChange) {
      report.status = ImportReport::Status::Unchanged;
      auto previous = db.prepare("SELECT id FROM imports WHERE file_sha256 = ?1 AND id <> ?2 ORDER BY id DESC LIMIT 1");
      previous.bindText(1, sv(sha)).bind(2, std::int64_t(importId));
      if (previous.step())
        report.notes.push_back(
            QCoreApplication::translate("ll::crm::Import", "This file is identical to import #%1.")
                .arg(previous.columnInt(0)));
      previous.reset();
      tx.rollback();
    } else {
      report.status = report.rowsRejected > 0 ? ImportReport::Status::ImportedWithRejects : ImportReport::Status::Imported;
      const qint64 rowsMs = phase.restart();
      importer.finishBulk();
      importer.applyLeadState();
      refreshQueueState(db);  // the baseline's ranks; notes are indexed on the first search
      const qint64 refreshMs = phase.restart();
      report.importId = importId;
      auto rejects = db.prepare("INSERT INTO import_rejects (import_id, sheet, row, column_name, reason) VALUES (?1, ?2, ?3, ?4, ?5)");
      for (const auto& r : report.rejects) {
        const QByteArray s = r.sheet.toUtf8(), c = r.column.toUtf8(), reason = r.reason.toUtf8();
        rejects.reset();
        rejects.bind(1, std::int64_t(importId)).bindTextOrNull(2, sv(s)).bind(3, std::int64_t(r.row));
        rejects.bindTextOrNull(4, sv(c)).bindText(5, sv(reason));
        rejects.run();
      }
      auto saveProfile = db.prepare(
          "INSERT INTO mapping_profiles (source_key, name, profile_json, updated_at) VALUES (?1, ?2, ?3, ?4)"
          " ON CONFLICT (source_key) DO UPDATE SET name = excluded.name, profile_json = excluded.profile_json,"
          " updated_at = excluded.updated_at");
      QStringList shapes;
      for (auto& sheet : report.sheets) {
        if (sheet.profile.sourceKey.isEmpty()) sheet.profile.sourceKey = headerSignature(bound.front().handle->source->header());
        const QByteArray key = sheet.profile.sourceKey.toUtf8(), name = sheet.profile.name.toUtf8();
        const QByteArray json = QJsonDocument(sheet.profile.toJson()).toJson(QJsonDocument::Compact);
        saveProfile.reset();
        saveProfile.bindText(1, sv(key)).bindText(2, sv(name)).bindText(3, sv(json)).bind(4, std::int64_t(now));
        saveProfile.run();
        shapes << QString::fromLatin1(exportShapeName(sheet.shape));
      }
      shapes.removeDuplicates();
      report.seconds = timer.elapsed() / 1000.0;
      auto finish = db.prepare(
          "UPDATE imports SET shape = ?2, source_key = ?3, profile_json = ?4, finished_at = ?5, rows_read = ?6,"
          " leads_inserted = ?7, leads_updated = ?8, interactions_inserted = ?9, rows_rejected = ?10, report_json = ?11,"
          " file_sha256 = ?12 WHERE id = ?1");
      const QByteArray shape = (shapes.size() == 1 ? shapes.front() : u"mixed"_s).toUtf8();
      const QByteArray key = report.sheets.front().profile.sourceKey.toUtf8();
      const QByteArray profileJson = QJsonDocument(report.sheets.front().profile.toJson()).toJson(QJsonDocument::Compact);
      QJsonObject summary = report.toJson();
      summary.remove(u"rejects"_s);
      const QByteArray reportJson = QJsonDocument(summary).toJson(QJsonDocument::Compact);
      finish.bind(1, std::int64_t(importId)).bindText(2, sv(shape)).bindText(3, sv(key)).bindText(4, sv(profileJson));
      finish.bind(5, std::int64_t(QDateTime::currentSecsSinceEpoch())).bind(6, std::int64_t(report.rowsRead));
      finish.bind(7, std::int64_t(report.leadsInserted)).bind(8, std::int64_t(report.leadsUpdated));
      finish.bind(9, std::int64_t(report.interactionsInserted)).bind(10, std::int64_t(report.rowsRejected));
      finish.bindText(11, sv(reportJson)).bindText(12, sv(sha));
      finish.run();
      tx.commit();
      logger->info("import phases: rows {} ms, lead state {} ms, commit {} ms", rowsMs, refreshMs, phase.elapsed());
      // Profiles also go to profiles/ as JSON for people to read, edit and pass back with --profile.
      for (const auto& sheet : report.sheets)
        (void)sheet.profile.save(m_workspace.profilesDirectory() + u"/"_s + sheet.profile.sourceKey + u".json"_s);
    }
    if (bulk) db.queryText("PRAGMA journal_mode = WAL");
    if (m_options.indexNotes && !m_options.dryRun && report.interactionsInserted > 0) {
      QElapsedTimer indexTimer;
      indexTimer.start();
      const qint64 indexed = indexPendingNotes(db);
      logger->info("search index: {} notes indexed in {} ms", indexed, indexTimer.elapsed());
    }
  } catch (const sql::SqlError& e) {
    logger->error("import of {} failed in the store: {}", report.file.toStdString(), e.what());
    return fail(ErrorCode::Workspace,
                QCoreApplication::translate("ll::crm::Import",
                                            "The workspace could not be written (%1). Nothing was imported.")
                    .arg(QString::fromUtf8(e.what())),
                report.file);
  }
  report.seconds = timer.elapsed() / 1000.0;
  logger->info("import of {} finished: {}; {} rows, {} rejected, {} leads new, {} updated, {} interactions new, {:.2f} s",
               report.file.toStdString(), ImportReport::statusName(report.status), report.rowsRead, report.rowsRejected,
               report.leadsInserted, report.leadsUpdated, report.interactionsInserted, report.seconds);
  return report;
}

Result<ImportPreview> ImportJob::preview(const Workspace& workspace, const ImportOptions& options, int maxRows) {
  auto opened = openFile(options.path, options.profile, options.sheet, options.headerRow);
  if (!opened) return std::unexpected(opened.error());
  if (opened->sources.empty()) {
    return fail(ErrorCode::BadFormat,
                QCoreApplication::translate("ll::crm::Import", "The workbook has no sheets."), options.path);
  }
  ImportPreview p;
  p.format = opened->format == FileFormat::Csv ? u"csv"_s : u"xlsx"_s;
  p.sheets = opened->sheetNames;
  auto& handle = opened->sources.front();
  p.sheet = handle.sheet;
  p.description = handle.source->description();
  p.header = handle.source->header();
  Row row;
  while (static_cast<int>(p.rows.size()) < maxRows && handle.source->next(row)) {
    std::vector<QString> cells;
    cells.reserve(row.cells.size());
    for (auto c : row.cells) cells.push_back(qs(c));
    p.rows.push_back(std::move(cells));
  }
  if (auto e = handle.source->error()) return std::unexpected(*e);
  auto chosen = chooseProfile(workspace, options.profile, p.header, QFileInfo(options.path).completeBaseName());
  if (!chosen) return std::unexpected(chosen.error());
  p.profile = chosen->first;
  p.profileOrigin = chosen->second;
  p.profile.headerRow = handle.source->headerRow();
  return p;
}

}  // namespace ll::crm
