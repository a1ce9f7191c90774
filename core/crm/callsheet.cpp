#include "crm/callsheet.h"

#include "common/logging.h"
#include "crm/queuequery.h"
#include "crm/sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

using namespace Qt::StringLiterals;

namespace ll::crm {
namespace {

QString text(std::string_view v) { return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())); }

std::optional<std::int64_t> optInt(const sql::Statement& s, int c) {
  return s.isNull(c) ? std::nullopt : std::optional<std::int64_t>(s.columnInt(c));
}
std::optional<double> optDouble(const sql::Statement& s, int c) {
  return s.isNull(c) ? std::nullopt : std::optional<double>(s.columnDouble(c));
}

// Keywords per cue, lower case; a note matches when it contains one (Chinese has no word
// boundaries, so plain substrings for both languages).
struct CueWords {
  Cue cue;
  std::vector<QString> words;
};

const std::vector<CueWords>& cueWords() {
  static const std::vector<CueWords> words{
      {Cue::Deadline,
       {u"lease"_s, u"inspection"_s, u"plate quota"_s, u"company car"_s, u"baby due"_s, u"moving house"_s,
        u"new job"_s, u"needs a car by"_s, u"租约"_s, u"租的车"_s, u"年检"_s, u"指标"_s, u"搬家"_s, u"宝宝"_s,
        u"公司车"_s, u"新单位"_s}},
      {Cue::Family,
       {u"spouse"_s, u"wife"_s, u"husband"_s, u"family"_s, u"parents"_s, u"爱人"_s, u"老婆"_s, u"老公"_s,
        u"家里人"_s, u"父母"_s, u"全家"_s}},
      {Cue::Competitor,
       {u"also looking at"_s, u"comparing"_s, u"torn between"_s, u"better deal"_s, u"shopping around"_s,
        u"competitor"_s, u"同时在看"_s, u"在比"_s, u"对比"_s, u"犹豫"_s, u"比价"_s, u"在比较"_s}},
      {Cue::PriceCut,
       {u"price cut"_s, u"prices will drop"_s, u"discount"_s, u"end-of-month offers"_s, u"降价"_s, u"优惠"_s,
        u"折扣"_s}},
      {Cue::TradeIn,
       {u"trade-in"_s, u"trade in"_s, u"valuation"_s, u"appraisal"_s, u"my old car"_s, u"置换"_s, u"评估"_s,
        u"旧车"_s}},
      {Cue::Delivery,
       {u"delivery"_s, u"delivered"_s, u"in stock"_s, u"lead time"_s, u"when do i get it"_s, u"交车"_s,
        u"提车"_s, u"现车"_s, u"提车周期"_s}},
      {Cue::Deposit,
       {u"deposit"_s, u"locking the order"_s, u"documents are needed"_s, u"financing plan"_s,
        u"monthly payment"_s, u"定金"_s, u"锁单"_s, u"签合同"_s, u"月供"_s, u"金融方案"_s}},
      {Cue::SecondDrive,
       {u"second test drive"_s, u"another drive"_s, u"longer test drive"_s, u"第二次试驾"_s, u"再试"_s,
        u"长距离试驾"_s}},
  };
  return words;
}

constexpr const char* kQueueOrder = "l.stage_rank DESC, l.last_contact_at DESC NULLS LAST, l.created_at DESC, l.id";

Error sqlError(const std::exception& e) {
  return Error{ErrorCode::Workspace,
               QCoreApplication::translate("ll::crm::CallSheet", "The workspace could not be read (%1).")
                   .arg(QString::fromUtf8(e.what())),
               {},
               0,
               {}};
}

QString cannotWrite(const QString& why) {
  return QCoreApplication::translate("ll::crm::CallSheet", "Cannot write the call sheet: %1.").arg(why);
}

// Formula-looking text cells get an apostrophe so spreadsheet programs show them as text.
QString safeText(const QString& s) {
  if (s.isEmpty()) return s;
  const QChar c = s.front();
  if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r') return u"'"_s + s;
  return s;
}

QString csvField(const QString& s) {
  if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
    QString q = s;
    q.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + q + u"\""_s;
  }
  return s;
}

QString formatNumber(const std::optional<double>& v, int decimals) {
  return v && std::isfinite(*v) ? QString::number(*v, 'f', decimals) : QString();
}

QString formatTime(const std::optional<std::int64_t>& t) {
  if (!t) return {};
  const QDateTime dt = QDateTime::fromSecsSinceEpoch(*t, Qt::UTC);
  // Times are stored as the CRM's wall clock read as UTC; midnight means a date-only value.
  if (dt.time() == QTime(0, 0)) return dt.toString(u"yyyy-MM-dd"_s);
  return dt.toString(u"yyyy-MM-dd HH:mm"_s);
}

enum Column { ColSpecialist, ColPosition, ColRank, ColLeadId, ColName, ColPhone, ColTier, ColProbability, ColScore,
              ColLastContact, ColLastNote, ColTalkingPoints, ColCount };

}  // namespace

const char* cueKey(Cue cue) {
  switch (cue) {
    case Cue::Deadline: return "deadline";
    case Cue::Family: return "family";
    case Cue::Competitor: return "competitor";
    case Cue::PriceCut: return "price_cut";
    case Cue::TradeIn: return "trade_in";
    case Cue::Delivery: return "delivery";
    case Cue::Deposit: return "deposit";
    case Cue::SecondDrive: return "second_drive";
  }
  return "";
}

std::vector<Cue> detectCues(const QStringList& notes) {
  std::array<bool, kCueCount> found{};
  for (const QString& note : notes) {
    const QString lower = note.toLower();
    for (const CueWords& cw : cueWords()) {
      auto& hit = found[static_cast<std::size_t>(cw.cue)];
      if (hit) continue;
      hit = std::any_of(cw.words.begin(), cw.words.end(), [&](const QString& w) { return lower.contains(w); });
    }
  }
  std::vector<Cue> out;
  for (int i = 0; i < kCueCount; ++i)
    if (found[static_cast<std::size_t>(i)]) out.push_back(static_cast<Cue>(i));
  return out;
}

QString maskPhone(const QString& phone) {
  std::vector<qsizetype> digits;
  for (qsizetype i = 0; i < phone.size(); ++i)
    if (phone[i].isDigit()) digits.push_back(i);
  const auto n = static_cast<qsizetype>(digits.size());
  if (n == 0) return phone;
  // A "+86 " style country group stays visible in front of the national number.
  qsizetype country = 0;
  const QString trimmed = phone.trimmed();
  if (trimmed.startsWith(u'+')) {
    const qsizetype start = phone.indexOf(u'+') + 1;
    qsizetype i = start;
    while (i < phone.size() && phone[i].isDigit()) ++i;
    if (i < phone.size() && i - start <= 3) country = i - start;
  }
  qsizetype keepHead = country + 3;
  constexpr qsizetype kTail = 4;
  constexpr qsizetype kMinMasked = 3;
  if (n - keepHead - kTail < kMinMasked) keepHead = std::max<qsizetype>(0, n - kTail - kMinMasked);
  const qsizetype keepTail = std::min(kTail, std::max<qsizetype>(0, n - kMinMasked));
  QString out = phone;
  for (qsizetype k = keepHead; k < n - keepTail; ++k) out[digits[static_cast<std::size_t>(k)]] = u'*';
  return out;
}

QString shortenNote(const QString& s, int maxChars) {
  QString t = s.simplified();
  if (maxChars > 1 && t.size() > maxChars) {
    t.truncate(maxChars - 1);
    t = t.trimmed() + QChar(0x2026);
  }
  return t;
}

qint64 CallSheet::leadCount() const {
  qint64 n = 0;
  for (const auto& s : sections) n += static_cast<qint64>(s.leads.size());
  return n;
}

// ---------------------------------------------------------------------------------------------

struct CallSheetService::Impl {
  sql::Database db;
};

CallSheetService::CallSheetService(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
CallSheetService::~CallSheetService() = default;

Result<std::unique_ptr<CallSheetService>> CallSheetService::open(const QString& databasePath) {
  if (!QFileInfo::exists(databasePath))
    return fail(
        ErrorCode::Workspace,
        QCoreApplication::translate("ll::crm::CallSheet",
                                    "The workspace database is missing; open or create a workspace first."),
        databasePath);
  try {
    auto impl = std::make_unique<Impl>();
    impl->db = sql::Database::open(QFile::encodeName(databasePath).toStdString(), false);
    impl->db.exec("PRAGMA query_only = ON");
    return std::unique_ptr<CallSheetService>(new CallSheetService(std::move(impl)));
  } catch (const std::exception& e) {
    return std::unexpected(sqlError(e));
  }
}

Result<std::vector<SpecialistLoad>> CallSheetService::specialists() {
  try {
    auto stmt = m_impl->db.prepare(
        "SELECT specialist_id, max(specialist_tier), count(*) FROM leads WHERE outcome IS NULL"
        " GROUP BY specialist_id ORDER BY specialist_id IS NULL, specialist_id");
    std::vector<SpecialistLoad> out;
    while (stmt.step())
      out.push_back(SpecialistLoad{text(stmt.columnText(0)), text(stmt.columnText(1)), stmt.columnInt(2)});
    return out;
  } catch (const std::exception& e) {
    return std::unexpected(sqlError(e));
  }
}

Result<std::optional<std::pair<qint64, QString>>> CallSheetService::latestRun() {
  try {
    auto stmt = m_impl->db.prepare(
        "SELECT id, policy FROM scoring_runs WHERE finished_at IS NOT NULL ORDER BY finished_at DESC, id DESC LIMIT 1");
    if (!stmt.step()) return std::optional<std::pair<qint64, QString>>();
    return std::optional<std::pair<qint64, QString>>(std::pair{stmt.columnInt(0), text(stmt.columnText(1))});
  } catch (const std::exception& e) {
    return std::unexpected(sqlError(e));
  }
}

Result<CallSheet> CallSheetService::build(const CallSheetRequest& request, const CallSheetProgress& progress) {
  if (request.leadsEach < 1)
    return fail(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("ll::crm::CallSheet", "Choose at least one lead per specialist."));
  auto run = latestRun();
  if (!run) return std::unexpected(run.error());
  CallSheet sheet;
  sheet.createdAt = request.now ? request.now : QDateTime::currentSecsSinceEpoch();
  sheet.phonesMasked = request.maskPhones;
  if (*run) {
    sheet.scoringRunId = (*run)->first;
    sheet.rankingPolicy = (*run)->second;
  } else {
    sheet.rankingPolicy = u"funnel_recency"_s;
  }
  try {
    // ?1 run id (NULL: no run, every lead unscored), ?2 specialist (NULL: none assigned), ?3 limit.
    const std::string leadSql =
        std::string("SELECT l.id, l.lead_id, l.customer_name, l.phone, l.specialist_tier, l.stage_rank,"
                    " l.last_contact_at, s.rank, s.tier, s.probability, s.pair_score"
                    " FROM leads l LEFT JOIN scores s ON s.run_id = ?1 AND s.lead_id = l.id"
                    " WHERE l.outcome IS NULL AND l.specialist_id IS ?2"
                    " ORDER BY s.rank IS NULL, s.rank, ") +
        kQueueOrder + " LIMIT ?3";
    auto leadStmt = m_impl->db.prepare(leadSql);
    auto noteStmt = m_impl->db.prepare(
        "SELECT text FROM interactions WHERE lead_id = ?1 AND text IS NOT NULL AND text <> ''"
        " ORDER BY at DESC NULLS LAST, id DESC LIMIT 12");
    const auto total = static_cast<qint64>(request.specialists.size());
    qint64 done = 0;
    for (const QString& specialist : request.specialists) {
      if (progress && !progress(done, total))
        return fail(ErrorCode::Cancelled, QCoreApplication::translate("ll::crm::CallSheet", "Cancelled."));
      CallSheetSection section;
      section.specialistId = specialist;
      const QByteArray spec = specialist.toUtf8();
      leadStmt.reset();
      if (sheet.scoringRunId) leadStmt.bind(1, std::int64_t(*sheet.scoringRunId));
      else leadStmt.bindNull(1);
      if (specialist.isEmpty()) leadStmt.bindNull(2);
      else leadStmt.bindText(2, std::string_view(spec.constData(), static_cast<std::size_t>(spec.size())));
      leadStmt.bind(3, std::int64_t(request.leadsEach));
      std::vector<qint64> rowIds;
      while (leadStmt.step()) {
        CallSheetLead lead;
        lead.position = static_cast<int>(section.leads.size()) + 1;
        rowIds.push_back(leadStmt.columnInt(0));
        lead.leadId = text(leadStmt.columnText(1));
        lead.customerName = text(leadStmt.columnText(2));
        lead.phone = text(leadStmt.columnText(3));
        if (request.maskPhones) lead.phone = maskPhone(lead.phone);
        if (section.specialistTier.isEmpty()) section.specialistTier = text(leadStmt.columnText(4));
        lead.stage = static_cast<Stage>(std::clamp<std::int64_t>(leadStmt.columnInt(5), 0, 4));
        lead.lastContactAt = optInt(leadStmt, 6);
        lead.runRank = optInt(leadStmt, 7);
        lead.tier =
            leadStmt.isNull(8) ? QString::fromLatin1(queueTierOfStage(lead.stage)) : text(leadStmt.columnText(8));
        lead.probability = optDouble(leadStmt, 9);
        lead.score = optDouble(leadStmt, 10);
        section.leads.push_back(std::move(lead));
      }
      for (std::size_t i = 0; i < rowIds.size(); ++i) {
        noteStmt.reset();
        noteStmt.bind(1, std::int64_t(rowIds[i]));
        QStringList notes;
        while (noteStmt.step()) notes.push_back(text(noteStmt.columnText(0)));
        CallSheetLead& lead = section.leads[i];
        if (!notes.isEmpty()) lead.lastNote = shortenNote(notes.front());
        lead.cues = detectCues(notes);
      }
      sheet.sections.push_back(std::move(section));
      ++done;
    }
    if (progress) progress(done, total);
  } catch (const std::exception& e) {
    return std::unexpected(sqlError(e));
  }
  log::get("export")->info("call sheet built: {} specialists, {} leads, ranking {}", sheet.sections.size(),
                           sheet.leadCount(), sheet.scoringRunId ? "scoring run" : "funnel_recency");
  return sheet;
}

// ---------------------------------------------------------------------------------------------

std::map<Cue, QString> CallSheetLabels::defaultCueTexts() {
  return {
      {Cue::Deadline, u"Deadline coming (lease, inspection, move): offer a delivery date that fits"_s},
      {Cue::Family, u"Family decides too: invite spouse/family to a visit or test drive"_s},
      {Cue::Competitor, u"Comparing a competitor: bring the comparison sheet"_s},
      {Cue::PriceCut, u"Waiting for a price cut: explain current offers and their end date"_s},
      {Cue::TradeIn, u"Trade-in: confirm the valuation and the subsidy"_s},
      {Cue::Delivery, u"Asked about delivery: check stock and lead time before calling"_s},
      {Cue::Deposit, u"Asked about deposit/financing: prepare the order and payment plan"_s},
      {Cue::SecondDrive, u"Wants another test drive: propose a slot"_s},
  };
}

std::map<QString, QString> CallSheetLabels::defaultTierTexts() {
  return {{QString::fromLatin1(kTierTestDrive), QStringLiteral("Test drive done")},
          {QString::fromLatin1(kTierStoreVisit), QStringLiteral("Store visited")},
          {QString::fromLatin1(kTierEngaged), QStringLiteral("Engaged by phone")},
          {QString::fromLatin1(kTierNew), QStringLiteral("New / unreached")}};
}

QString CallSheetLabels::tierText(const QString& tierKey) const {
  const auto it = tiers.find(tierKey);
  return it != tiers.end() ? it->second : tierKey;
}

QString CallSheetLabels::talkingPointsText(const std::vector<Cue>& found) const {
  if (found.empty()) return noCues;
  QStringList parts;
  for (Cue c : found) {
    const auto it = cues.find(c);
    parts.push_back(it != cues.end() ? it->second : QString::fromLatin1(cueKey(c)));
  }
  return parts.join(u"; "_s);
}

QStringList CallSheetLabels::header() const {
  return {specialist, position, rank, leadId, name, phone, tier, probability, score, lastContact, lastNote,
          talkingPoints};
}

QStringList callSheetRow(const CallSheetSection& section, const CallSheetLead& lead, const CallSheetLabels& labels) {
  QStringList row;
  row.reserve(ColCount);
  row << (section.specialistId.isEmpty() ? labels.unassigned : section.specialistId)
      << QString::number(lead.position) << (lead.runRank ? QString::number(*lead.runRank) : QString())
      << lead.leadId << lead.customerName << lead.phone << labels.tierText(lead.tier) << formatNumber(lead.probability, 4)
      << formatNumber(lead.score, 4) << formatTime(lead.lastContactAt) << lead.lastNote
      << labels.talkingPointsText(lead.cues);
  return row;
}

Result<void> writeCallSheetCsv(const CallSheet& sheet, const QString& path, const CallSheetLabels& labels) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return fail(ErrorCode::FileUnreadable, cannotWrite(file.errorString()), path);
  QByteArray out("\xEF\xBB\xBF");
  const auto line = [&](const QStringList& cells) {
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString& c : cells) quoted.push_back(csvField(c));
    out += quoted.join(u',').toUtf8();
    out += "\r\n";
  };
  line(labels.header());
  for (const CallSheetSection& s : sheet.sections)
    for (const CallSheetLead& l : s.leads) {
      QStringList row = callSheetRow(s, l, labels);
      for (int c : {ColSpecialist, ColLeadId, ColName, ColTier, ColLastNote, ColTalkingPoints})
        row[c] = safeText(row[c]);
      line(row);
    }
  if (file.write(out) != out.size() || !file.commit())
    return fail(ErrorCode::FileUnreadable, cannotWrite(file.errorString()), path);
  log::get("export")->info("call sheet CSV written: {} leads", sheet.leadCount());
  return {};
}

QString xlsxSheetName(const QString& id, QStringList& taken, const QString& fallback) {
  QString base = id.isEmpty() ? fallback : id;
  static const QString kForbidden = u"[]:*?/\\"_s;
  for (QChar& c : base)
    if (kForbidden.contains(c)) c = u'_';
  base = base.trimmed();
  if (base.startsWith(u'\'')) base[0] = u'_';
  if (base.isEmpty()) base = u"Sheet"_s;
  base.truncate(31);
  QString name = base;
  for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
    const QString suffix = u" (%1)"_s.arg(n);
    name = base.left(31 - suffix.size()) + suffix;
  }
  taken.push_back(name);
  return name;
}

Result<void> writeCallSheetXlsx(const CallSheet& sheet, const QString& path, const CallSheetLabels& labels) {
  // Written next to the target and renamed, so a failed export never leaves half a file.
  const QString partial = path + u".part"_s;
  QFile::remove(partial);
  lxw_workbook* book = workbook_new(QFile::encodeName(partial).constData());
  if (!book) {
    return fail(ErrorCode::FileUnreadable,
                QCoreApplication::translate("ll::crm::CallSheet", "Cannot create the call sheet file."),
                path);
  }
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  format_set_bg_color(bold, 0xDDE6F0);
  format_set_text_wrap(bold);
  format_set_align(bold, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* wrap = workbook_add_format(book);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* top = workbook_add_format(book);
  format_set_align(top, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* prob = workbook_add_format(book);
  format_set_num_format(prob, "0.0%");
  format_set_align(prob, LXW_ALIGN_VERTICAL_TOP);
  lxw_format* num = workbook_add_format(book);
  format_set_num_format(num, "0.0000");
  format_set_align(num, LXW_ALIGN_VERTICAL_TOP);

  static constexpr std::array<double, ColCount> kWidths{12, 5, 8, 14, 16, 18, 12, 11, 9, 16, 50, 50};
  const QStringList header = labels.header();
  QStringList taken;
  std::vector<CallSheetSection> sections = sheet.sections;
  if (sections.empty()) sections.push_back(CallSheetSection{});  // a workbook needs one sheet
  for (const CallSheetSection& s : sections) {
    const QByteArray name = xlsxSheetName(s.specialistId, taken, labels.unassigned).toUtf8();
    lxw_worksheet* ws = workbook_add_worksheet(book, name.constData());
    if (!ws) {
      workbook_close(book);
      QFile::remove(partial);
      return fail(
          ErrorCode::Internal,
          QCoreApplication::translate("ll::crm::CallSheet", "Cannot add a worksheet for a specialist."),
          path);
    }
    for (int c = 0; c < ColCount; ++c)
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                           kWidths[static_cast<std::size_t>(c)], (c == ColLastNote || c == ColTalkingPoints) ? wrap : top);
    for (int c = 0; c < ColCount; ++c)
      worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), header[c].toUtf8().constData(), bold);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, 0);
    lxw_row_t r = 1;
    for (const CallSheetLead& l : s.leads) {
      const QStringList row = callSheetRow(s, l, labels);
      for (int c = 0; c < ColCount; ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        if (c == ColPosition) {
          worksheet_write_number(ws, r, col, l.position, top);
        } else if (c == ColRank && l.runRank) {
          worksheet_write_number(ws, r, col, static_cast<double>(*l.runRank), top);
        } else if (c == ColProbability && l.probability && std::isfinite(*l.probability)) {
          worksheet_write_number(ws, r, col, *l.probability, prob);
        } else if (c == ColScore && l.score && std::isfinite(*l.score)) {
          worksheet_write_number(ws, r, col, *l.score, num);
        } else if (!row[c].isEmpty()) {
          worksheet_write_string(ws, r, col, row[c].toUtf8().constData(),
                                 (c == ColLastNote || c == ColTalkingPoints) ? wrap : top);
        }
      }
      ++r;
    }
    if (r > 1) worksheet_autofilter(ws, 0, 0, r - 1, ColCount - 1);
  }
  const lxw_error e = workbook_close(book);
  if (e != LXW_NO_ERROR) {
    QFile::remove(partial);
    return fail(ErrorCode::FileUnreadable, cannotWrite(QString::fromUtf8(lxw_strerror(e))), path);
  }
  QFile::remove(path);
  if (!QFile::rename(partial, path)) {
    QFile::remove(partial);
    return fail(ErrorCode::FileUnreadable,
                QCoreApplication::translate("ll::crm::CallSheet",
                                            "Cannot replace the file (is it open in another program?)."),
                path);
  }
  log::get("export")->info("call sheet XLSX written: {} sheets, {} leads", sections.size(), sheet.leadCount());
  return {};
}

}  // namespace ll::crm
