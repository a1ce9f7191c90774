// Writing a simulation out: the CRM exports (CSV or XLSX, per-lead or per-interaction), the
// open-lead "today" export, truth.csv and README.txt. Rows are assembled as std::string cells
// (no QString per field): 340,000 leads are a few million cells.

#include "demo/generator.h"

#include "common/logging.h"
#include "demo/tables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>

#include <xlsxwriter.h>

#include <cstdio>
#include <functional>
#include <thread>
#include <memory>
#include <string>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace ll::demo {
using namespace detail;

namespace {

struct Cell {
  std::string text;
  bool number = false;
};

class TableWriter {
 public:
  virtual ~TableWriter() = default;
  virtual void row(const std::vector<Cell>& cells) = 0;
  virtual Result<void> close() = 0;
};

// Excel-style CSV: UTF-8 with a BOM (or GB18030 without one), CRLF, quotes only where needed.
class CsvWriter final : public TableWriter {
 public:
  CsvWriter(const QString& path, bool gb18030) : m_path(path), m_gb(gb18030), m_encoder("GB18030") {
    m_file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (m_file && !m_gb) std::fputs("\xEF\xBB\xBF", m_file);
    m_buffer.reserve(kFlushAt + 4096);
  }
  ~CsvWriter() override {
    if (m_file) std::fclose(m_file);
  }
  bool ok() const { return m_file != nullptr; }

  void row(const std::vector<Cell>& cells) override {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) m_buffer += ',';
      const std::string& t = cells[i].text;
      if (t.find_first_of(",\"\r\n") == std::string::npos) {
        m_buffer += t;
      } else {
        m_buffer += '"';
        for (char c : t) {
          if (c == '"') m_buffer += '"';
          m_buffer += c;
        }
        m_buffer += '"';
      }
    }
    m_buffer += "\r\n";
    if (m_buffer.size() >= kFlushAt) flush();
  }

  Result<void> close() override {
    flush();
    const bool bad = !m_file || std::ferror(m_file) != 0;
    if (m_file && std::fclose(m_file) != 0) m_file = nullptr;
    m_file = nullptr;
    if (bad || !m_writeOk)
      return fail(ErrorCode::FileUnreadable, u"Could not write %1 (disk full or no permission?)."_s.arg(m_path));
    return {};
  }

 private:
  static constexpr std::size_t kFlushAt = 1 << 20;
  void flush() {
    if (!m_file || m_buffer.empty()) return;
    if (m_gb) {
      // Whole rows only, so no character is split between chunks.
      const QByteArray bytes = m_encoder(QString::fromUtf8(m_buffer.data(), static_cast<qsizetype>(m_buffer.size())));
      m_writeOk &= std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), m_file) ==
                   static_cast<std::size_t>(bytes.size());
    } else {
      m_writeOk &= std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) == m_buffer.size();
    }
    m_buffer.clear();
  }

  QString m_path;
  bool m_gb;
  QStringEncoder m_encoder;
  std::FILE* m_file = nullptr;
  std::string m_buffer;
  bool m_writeOk = true;
};

// XLSX through libxlsxwriter in constant-memory mode (rows stream to a temp file). A sheet holds
// at most 1,048,576 rows, so long exports continue on "Name 2", "Name 3", ... with the header
// repeated; the importer reads every sheet.
class XlsxWriter final : public TableWriter {
 public:
  XlsxWriter(const QString& path, std::string sheet, std::vector<Cell> header)
      : m_path(path), m_sheetName(std::move(sheet)), m_header(std::move(header)) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    m_book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (m_book) newSheet();
  }
  ~XlsxWriter() override {
    if (m_book) workbook_close(m_book);
  }
  bool ok() const { return m_book != nullptr && m_sheet != nullptr; }

  void row(const std::vector<Cell>& cells) override {
    if (m_row >= kRowsPerSheet) newSheet();
    put(cells);
  }

  Result<void> close() override {
    const lxw_error e = workbook_close(m_book);
    m_book = nullptr;
    if (e != LXW_NO_ERROR)
      return fail(ErrorCode::FileUnreadable, u"Could not write %1: %2"_s.arg(m_path, QString::fromUtf8(lxw_strerror(e))));
    return {};
  }

 private:
  static constexpr lxw_row_t kRowsPerSheet = 1'000'000;
  void newSheet() {
    ++m_sheets;
    const std::string name = m_sheets == 1 ? m_sheetName : m_sheetName + " " + std::to_string(m_sheets);
    m_sheet = workbook_add_worksheet(m_book, name.c_str());
    m_row = 0;
    put(m_header);
  }
  void put(const std::vector<Cell>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const Cell& cell = cells[c];
      if (cell.text.empty()) continue;
      const auto col = static_cast<lxw_col_t>(c);
      if (cell.number) worksheet_write_number(m_sheet, m_row, col, std::strtod(cell.text.c_str(), nullptr), nullptr);
      else worksheet_write_string(m_sheet, m_row, col, cell.text.c_str(), nullptr);
    }
    ++m_row;
  }

  QString m_path;
  std::string m_sheetName;
  std::vector<Cell> m_header;
  lxw_workbook* m_book = nullptr;
  lxw_worksheet* m_sheet = nullptr;
  lxw_row_t m_row = 0;
  int m_sheets = 0;
};

Result<std::unique_ptr<TableWriter>> openTable(const QString& path, const OutputOptions& o, const std::string& sheet,
                                               const std::vector<Cell>& header) {
  if (o.format == Format::Xlsx) {
    auto w = std::make_unique<XlsxWriter>(path, sheet, header);
    if (!w->ok()) return fail(ErrorCode::FileUnreadable, u"Could not create %1."_s.arg(path));
    return std::unique_ptr<TableWriter>(std::move(w));
  }
  auto w = std::make_unique<CsvWriter>(path, o.gb18030 && o.lang == Lang::Zh);
  if (!w->ok()) return fail(ErrorCode::FileUnreadable, u"Could not create %1."_s.arg(path));
  w->row(header);
  return std::unique_ptr<TableWriter>(std::move(w));
}

std::vector<Cell> cells(std::initializer_list<const char*> texts) {
  std::vector<Cell> out;
  for (const char* t : texts) out.push_back(Cell{t, false});
  return out;
}

std::vector<Cell> profileHeader(Lang lang) {
  if (lang == Lang::Zh)
    return cells({"线索ID", "创建时间", "渠道", "城市", "城市级别", "门店", "销售顾问", "顾问等级", "意向车型", "预算",
                  "现有车辆", "金融意向", "家充条件", "客户姓名", "手机号"});
  return cells({"Lead ID", "Created", "Channel", "City", "City tier", "Store", "Specialist", "Specialist tier",
                "Model of interest", "Budget", "Current vehicle", "Financing", "Home charging", "Customer name", "Phone"});
}

std::vector<Cell> stageHeader(Lang lang) {
  if (lang == Lang::Zh)
    return cells({"最近通话时间", "最近通话时长", "到店时间", "试驾时间", "报价时间", "下订时间", "战败时间", "战败原因", "备注"});
  return cells({"Last call", "Last call duration (s)", "Store visit date", "Test drive date", "Quote date", "Order date",
                "Defeat date", "Defeat reason", "Notes"});
}

const std::array<const char*, 16> kFirstEn{{"Alex", "Jamie", "Chris", "Taylor", "Morgan", "Casey", "Jordan", "Riley",
                                            "Sam", "Drew", "Robin", "Avery", "Quinn", "Skyler", "Dana", "Lee"}};
const std::array<const char*, 12> kLastEn{{"Chen", "Wang", "Li", "Zhang", "Liu", "Yang", "Huang", "Zhao", "Wu",
                                           "Zhou", "Xu", "Sun"}};
const std::array<const char*, 12> kSurnameZh{{"陈", "王", "李", "张", "刘", "杨", "黄", "赵", "吴", "周", "徐", "孙"}};
const std::array<const char*, 16> kGivenZh{{"明", "静", "伟", "芳", "磊", "婷", "强", "丽", "军", "敏", "杰", "燕",
                                            "涛", "霞", "斌", "琳"}};

std::string storeCode(int store) {
  int s = store;
  for (const City& c : kCities) {
    if (s < c.stores) return std::string(c.code) + "-" + (s + 1 < 10 ? "0" : "") + std::to_string(s + 1);
    s -= c.stores;
  }
  return "XX-00";
}

const char* kindLabel(EventKind k, Lang lang) {
  static constexpr std::array<const char*, 7> en{{"Call", "WeChat", "Store visit", "Test drive", "Quote", "Order", "Lost"}};
  static constexpr std::array<const char*, 7> zh{{"电话", "微信", "到店", "试驾", "报价", "锁单", "战败"}};
  return (lang == Lang::Zh ? zh : en)[static_cast<std::size_t>(k)];
}

const char* reasonLabel(DefeatReason r, Lang lang) {
  const bool zh = lang == Lang::Zh;
  switch (r) {
    case DefeatReason::Competitor: return zh ? "战败-选择竞品" : "Lost to competitor";
    case DefeatReason::Budget: return zh ? "预算不足" : "Budget";
    case DefeatReason::NoResponse: return zh ? "联系不上" : "No response";
    case DefeatReason::None: break;
  }
  return "";
}

class Exporter {
 public:
  Exporter(const Dataset& data, const OutputOptions& o) : m_data(data), m_o(o), m_zh(o.lang == Lang::Zh) {}

  void profileCells(std::size_t i, std::vector<Cell>& row) const {
    const Lead& l = m_data.leads[i];
    const Specialist& sp = m_data.roster[l.specialist];
    const City& city = kCities[l.city];
    const Lang lang = m_o.lang;
    const std::uint64_t h = mix(m_data.config.seed, i, 77);
    std::string name;
    if (m_zh) {
      name = std::string(kSurnameZh[h % kSurnameZh.size()]) + kGivenZh[(h >> 8) % kGivenZh.size()];
      if ((h >> 16) & 1) name += kGivenZh[(h >> 20) % kGivenZh.size()];
    } else {
      name = std::string(kFirstEn[h % kFirstEn.size()]) + " " + kLastEn[(h >> 8) % kLastEn.size()];
    }
    char phone[32];
    std::snprintf(phone, sizeof phone, "+86 139 0000 %04zu", i % 10000);  // clearly fake numbers
    const int specialistInStore = l.specialist % kSpecialistsPerStore;
    row.push_back(Cell{leadId(i)});
    row.push_back(Cell{formatTime(l.createdAt)});
    row.push_back(Cell{label(kChannels[l.channel], lang)});
    row.push_back(Cell{m_zh ? city.zh : city.en});
    row.push_back(Cell{m_zh ? city.tierZh : city.tierEn});
    row.push_back(Cell{storeCode(sp.store)});
    row.push_back(Cell{storeCode(sp.store) + "-S" + std::to_string(specialistInStore + 1)});
    row.push_back(Cell{std::string(1, sp.tier)});
    row.push_back(Cell{kModels[l.model].name});
    row.push_back(Cell{label(kBudgets[l.budget], lang)});
    row.push_back(Cell{label(kVehicles[l.vehicle], lang)});
    row.push_back(Cell{label(kFinancing[l.financing], lang)});
    row.push_back(Cell{m_zh ? (l.homeCharging ? "有" : "无") : (l.homeCharging ? "Yes" : "No")});
    row.push_back(Cell{name});
    row.push_back(Cell{phone});
  }

  // Stage columns of a per-lead export from the events up to `asOf`.
  void stageCells(std::size_t i, std::int64_t asOf, std::vector<Cell>& row) const {
    const Lead& l = m_data.leads[i];
    const Event* lastCall = nullptr;
    const Event *visit = nullptr, *drive = nullptr, *quote = nullptr, *order = nullptr, *defeat = nullptr;
    std::vector<std::size_t> notes;
    for (std::size_t k = 0; k < l.events.size(); ++k) {
      const Event& e = l.events[k];
      if (e.at > asOf) break;
      switch (e.kind) {
        case EventKind::Call: lastCall = &e; break;
        case EventKind::StoreVisit: if (!visit) visit = &e; break;
        case EventKind::TestDrive: if (!drive) drive = &e; break;
        case EventKind::Quote: if (!quote) quote = &e; break;
        case EventKind::OrderLock: order = &e; break;
        case EventKind::Defeat: defeat = &e; break;
        case EventKind::Message: break;
      }
      if (e.hasText) notes.push_back(k);
    }
    const auto time = [](const Event* e) { return Cell{e ? formatTime(e->at) : std::string()}; };
    row.push_back(time(lastCall));
    row.push_back(Cell{lastCall ? std::to_string(lastCall->durationS) : std::string(), true});
    row.push_back(time(visit));
    row.push_back(time(drive));
    row.push_back(time(quote));
    row.push_back(time(order));
    row.push_back(time(defeat));
    row.push_back(Cell{defeat ? reasonLabel(defeat->reason, m_o.lang) : ""});
    // Newest first, one dated line per note: how CRMs show a lead's follow-up log.
    std::string text;
    for (auto it = notes.rbegin(); it != notes.rend(); ++it) {
      if (!text.empty()) text += '\n';
      text += '[';
      text += formatTime(l.events[*it].at).substr(0, 16);
      text += "] ";
      text += renderText(m_data, i, *it, m_o.lang);
    }
    row.push_back(Cell{std::move(text)});
  }

  bool openAt(std::size_t i, std::int64_t asOf) const {
    for (const Event& e : m_data.leads[i].events) {
      if (e.at > asOf) break;
      if (e.kind == EventKind::OrderLock || e.kind == EventKind::Defeat) return false;
    }
    return true;
  }

  Result<std::int64_t> writePerLead(const QString& path, bool openOnly, const char* sheet) const {
    auto header = profileHeader(m_o.lang);
    for (Cell& c : stageHeader(m_o.lang)) header.push_back(std::move(c));
    auto table = openTable(path, m_o, sheet, header);
    if (!table) return std::unexpected(table.error());
    std::vector<Cell> row;
    std::int64_t rows = 0;
    for (std::size_t i = 0; i < m_data.leads.size(); ++i) {
      if (openOnly && !openAt(i, m_data.asOf)) continue;
      row.clear();
      profileCells(i, row);
      stageCells(i, m_data.asOf, row);
      (*table)->row(row);
      ++rows;
    }
    if (auto done = (*table)->close(); !done) return std::unexpected(done.error());
    return rows;
  }

  Result<void> writeProfiles(const QString& path) const {
    auto table = openTable(path, m_o, m_zh ? "线索" : "Leads", profileHeader(m_o.lang));
    if (!table) return std::unexpected(table.error());
    std::vector<Cell> row;
    for (std::size_t i = 0; i < m_data.leads.size(); ++i) {
      row.clear();
      profileCells(i, row);
      (*table)->row(row);
    }
    return (*table)->close();
  }

  Result<std::int64_t> writeInteractions(const QString& path) const {
    const auto header = m_zh ? cells({"线索ID", "跟进方式", "跟进时间", "通话时长(秒)", "备注", "跟进结果"})
                             : cells({"Lead ID", "Type", "Date", "Duration (s)", "Notes", "Outcome"});
    auto table = openTable(path, m_o, m_zh ? "跟进记录" : "Interactions", header);
    if (!table) return std::unexpected(table.error());
    std::vector<Cell> row(6);
    std::int64_t rows = 0;
    for (std::size_t i = 0; i < m_data.leads.size(); ++i) {
      const Lead& l = m_data.leads[i];
      const std::string id = leadId(i);
      for (std::size_t k = 0; k < l.events.size(); ++k) {
        const Event& e = l.events[k];
        if (e.at > m_data.asOf) break;  // an export dated D holds nothing after D
        row[0] = Cell{id};
        row[1] = Cell{kindLabel(e.kind, m_o.lang)};
        row[2] = Cell{formatTime(e.at)};
        row[3] = Cell{e.kind == EventKind::Call ? std::to_string(e.durationS) : std::string(), true};
        row[4] = Cell{renderText(m_data, i, k, m_o.lang)};
        const char* outcome = "";
        if (e.kind == EventKind::Call) outcome = e.durationS > 0 ? (m_zh ? "接通" : "Answered") : (m_zh ? "未接通" : "No answer");
        else if (e.kind == EventKind::OrderLock) outcome = m_zh ? "已交定金" : "Deposit paid";
        else if (e.kind == EventKind::Defeat) outcome = reasonLabel(e.reason, m_o.lang);
        row[5] = Cell{outcome};
        (*table)->row(row);
        ++rows;
      }
    }
    if (auto done = (*table)->close(); !done) return std::unexpected(done.error());
    return rows;
  }

  Result<void> writeTruth(const QString& path) const {
    CsvWriter out(path, false);
    if (!out.ok()) return fail(ErrorCode::FileUnreadable, u"Could not create %1."_s.arg(path));
    out.row(cells({"lead_id", "created_at", "snapshot_at", "label_end", "label_complete", "p_true", "locked_in_window",
                   "stage_in_window", "intent", "urgent", "price_sensitivity", "competitor_pull", "household"}));
    std::vector<Cell> row(13);
    char buf[32];
    const auto num = [&buf](const char* fmt, double v) {
      std::snprintf(buf, sizeof buf, fmt, v);
      return Cell{buf};
    };
    for (std::size_t i = 0; i < m_data.leads.size(); ++i) {
      const Lead& l = m_data.leads[i];
      row[0] = Cell{leadId(i)};
      row[1] = Cell{formatTime(l.createdAt)};
      row[2] = Cell{formatTime(l.snapshotAt)};
      row[3] = Cell{formatTime(l.labelEnd)};
      row[4] = Cell{l.labelEnd <= m_data.asOf ? "1" : "0"};
      row[5] = num("%.6g", l.pTrue);
      row[6] = Cell{l.locked ? "1" : "0"};
      row[7] = Cell{stageName(l.stage)};
      row[8] = num("%.3f", l.intent);
      row[9] = Cell{l.urgent ? "1" : "0"};
      row[10] = num("%.3f", l.priceSensitivity);
      row[11] = num("%.3f", l.competitorPull);
      row[12] = Cell{l.household ? "1" : "0"};
      out.row(row);
    }
    return out.close();
  }

 private:
  const Dataset& m_data;
  const OutputOptions& m_o;
  bool m_zh;
};

QString readme(const Dataset& d, const OutputOptions& o, const QString& ext) {
  const Config& c = d.config;
  QString s;
  s += u"LeadLadder demo data: a simulated new-energy-vehicle retailer's lead funnel with known truth.\n\n"_s;
  s += u"Generated with seed %1: %2 leads created over %3 days from %4; exports dated (as of) %5.\n"_s
           .arg(c.seed)
           .arg(c.leads)
           .arg(c.days)
           .arg(QString::fromStdString(formatTime(c.start)), QString::fromStdString(formatTime(d.asOf)));
  s += u"Language: %1. Format: %2. Shape: %3.\n\n"_s.arg(o.lang == Lang::Zh ? u"zh"_s : u"en"_s, ext,
                                                         o.shape == Shape::PerLead ? u"per-lead"_s : u"per-interaction"_s);
  s += u"Files\n"_s;
  if (o.shape == Shape::PerLead) {
    s += u"  leads.%1         one row per lead: profile, stage dates (last call, visit, test drive, quote,\n"
         u"                    order, defeat) and the notes log, everything up to the export date.\n"_s.arg(ext);
  } else {
    s += u"  leads.%1         one row per lead: the profile only.\n"
         u"  interactions.%1  one row per call, message, store visit, test drive, quote, order and loss,\n"
         u"                    with duration, note text and outcome, everything up to the export date.\n"_s.arg(ext);
  }
  s += u"  today.%1         the leads still open on the export date (no order, no loss): the queue to rank.\n"_s.arg(ext);
  s += u"  truth.csv         never import this: per lead the snapshot time (created + %1 days), the end of the\n"
       u"                    label window (snapshot + %2 days), label_complete (1 when the window ends by the\n"
       u"                    export date), p_true (the true probability of an order lock inside the window,\n"
       u"                    given everything up to the snapshot), locked_in_window, stage_in_window\n"
       u"                    (order_lock > test_drive > long_call >= %3 s > short_call > none; a defeat in the\n"
       u"                    window is 'defeat' unless the lead locked) and the hidden factors.\n\n"_s
           .arg(c.observationDays)
           .arg(c.labelDays)
           .arg(kLongCallSeconds);
  s += u"Training: build each lead's features only from events before its snapshot_at; labels come from\n"
       u"(snapshot_at, label_end]. Every order lock happens after its lead's snapshot. Some signals (e.g.\n"
       u"urgency: a lease that ends, a car that failed inspection) exist only in the note text.\n"
       u"Names and phone numbers (+86 139 0000 xxxx) are fake.\n"_s;
  return s;
}

}  // namespace

Result<Summary> writeOutputs(const Dataset& data, const OutputOptions& o) {
  QDir dir(o.dir);
  if (!dir.exists() && !QDir().mkpath(o.dir))
    return fail(ErrorCode::FileUnreadable, u"Could not create the folder %1."_s.arg(o.dir));
  const QString ext = o.format == Format::Xlsx ? u"xlsx"_s : u"csv"_s;
  const auto path = [&](const QString& name) { return QFileInfo(dir.filePath(name)).absoluteFilePath(); };
  Summary s = summarize(data);
  const Exporter ex(data, o);
  const bool zh = o.lang == Lang::Zh;
  // The files are independent, so each is written on its own thread: XLSX time goes mostly into
  // libxlsxwriter's XML formatting and zlib at close, which a single file cannot spread over cores.
  // Rows, and so file contents, do not depend on the scheduling.
  std::int64_t interactions = 0, open = 0;
  std::vector<std::function<Result<void>()>> jobs;
  const auto count = [](std::int64_t& into, Result<std::int64_t> rows) -> Result<void> {
    if (!rows) return std::unexpected(rows.error());
    into = *rows;
    return {};
  };
  if (o.shape == Shape::PerLead) {
    jobs.emplace_back([&] {
      std::int64_t rows = 0;
      return count(rows, ex.writePerLead(path(u"leads."_s + ext), false, zh ? "线索" : "Leads"));
    });
  } else {
    jobs.emplace_back([&] { return ex.writeProfiles(path(u"leads."_s + ext)); });
    jobs.emplace_back([&] { return count(interactions, ex.writeInteractions(path(u"interactions."_s + ext))); });
  }
  jobs.emplace_back([&] { return count(open, ex.writePerLead(path(u"today."_s + ext), true, zh ? "待跟进" : "Open leads")); });
  jobs.emplace_back([&] { return ex.writeTruth(path(u"truth.csv"_s)); });
  std::vector<Result<void>> results(jobs.size());
  {
    std::vector<std::jthread> threads;
    for (std::size_t j = 1; j < jobs.size(); ++j) threads.emplace_back([&, j] { results[j] = jobs[j](); });
    results[0] = jobs[0]();
  }  // the jthreads join here
  for (const Result<void>& r : results)
    if (!r) return std::unexpected(r.error());
  s.files.push_back(path(u"leads."_s + ext));
  if (o.shape == Shape::PerInteraction) s.files.push_back(path(u"interactions."_s + ext));
  s.interactionsExported = interactions;
  s.openLeadsToday = open;
  s.files.push_back(path(u"today."_s + ext));
  s.files.push_back(path(u"truth.csv"_s));
  QFile readmeFile(path(u"README.txt"_s));
  if (!readmeFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || readmeFile.write(readme(data, o, ext).toUtf8()) < 0)
    return fail(ErrorCode::FileUnreadable, u"Could not write README.txt in %1."_s.arg(o.dir));
  s.files.push_back(path(u"README.txt"_s));
  ll::log::get("demo")->info("wrote {} files ({} leads, {} open)", s.files.size(), s.leads, s.openLeadsToday);
  return s;
}

}  // namespace ll::demo
