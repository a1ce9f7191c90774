#pragma once
// Call sheets: for each chosen specialist, their open leads in queue order with what a call
// needs (name, phone, tier, score, last contact, the last note, talking points from the cues in
// the notes), and the CSV and XLSX writers. The PDF lives in ui/ (it needs QtGui's painter).
//
// Order: the latest finished scoring run's rank; leads the run did not score (new since) follow
// in Funnel+Recency order, which is also the whole order when no run exists.
// Queries run on a read-only connection of their own, so a large sheet can be built and written
// off the GUI thread while the window keeps its connection.

#include "common/error.h"
#include "crm/workspace.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace ll::crm {

// Cues a specialist can open a call with; detected by keywords (English and Chinese) in a
// lead's recent notes.
enum class Cue : int { Deadline, Family, Competitor, PriceCut, TradeIn, Delivery, Deposit, SecondDrive };
inline constexpr int kCueCount = 8;
const char* cueKey(Cue cue);  // "deadline", "family", ...
// The cues found in the texts, each once, in enum order.
std::vector<Cue> detectCues(const QStringList& notes);

// "+86 139 1234 5678" -> "+86 139 **** 5678", "13912345678" -> "139****5678": the last four
// digits and the first three of the national number stay (with a leading "+country" group),
// every other digit becomes '*', separators stay. Short numbers keep at most their last four.
QString maskPhone(const QString& phone);

// "Short note..." at most maxChars characters (whitespace runs collapsed).
QString shortenNote(const QString& text, int maxChars = 140);

struct SpecialistLoad {
  QString id;  // empty: leads with no specialist
  QString tier;
  qint64 openLeads = 0;
};

struct CallSheetLead {
  int position = 0;                 // 1-based place on this specialist's sheet
  std::optional<qint64> runRank;    // rank in the scoring run (global), if scored
  QString leadId;
  QString customerName;
  QString phone;                    // masked when the sheet is
  QString tier;                     // the run's tier, or the funnel stage when unscored
  Stage stage = Stage::New;
  std::optional<double> probability;
  std::optional<double> score;      // the run's pair score
  std::optional<std::int64_t> lastContactAt;
  QString lastNote;                 // shortened
  std::vector<Cue> cues;
};

struct CallSheetSection {
  QString specialistId;
  QString specialistTier;
  std::vector<CallSheetLead> leads;
};

struct CallSheet {
  std::int64_t createdAt = 0;          // seconds since epoch (UTC)
  std::optional<qint64> scoringRunId;  // nullopt: Funnel+Recency order
  QString rankingPolicy;               // the run's policy, or "funnel_recency"
  bool phonesMasked = false;
  std::vector<CallSheetSection> sections;

  [[nodiscard]] qint64 leadCount() const;
};

struct CallSheetRequest {
  std::vector<QString> specialists;  // in the order the sections should appear
  int leadsEach = 20;
  bool maskPhones = false;
  std::int64_t now = 0;  // createdAt; 0 = the current time
};

// Progress: sections done, sections in all. Returns false to cancel.
using CallSheetProgress = std::function<bool(qint64 done, qint64 total)>;

class CallSheetService final {
 public:
  // Opens the workspace database (Workspace::databasePath()) read-only on its own connection.
  static Result<std::unique_ptr<CallSheetService>> open(const QString& databasePath);
  ~CallSheetService();
  CallSheetService(const CallSheetService&) = delete;
  CallSheetService& operator=(const CallSheetService&) = delete;

  // Specialists with open leads, by id, with their open-lead counts.
  Result<std::vector<SpecialistLoad>> specialists();
  // The latest finished scoring run: id and policy; nullopt when none.
  Result<std::optional<std::pair<qint64, QString>>> latestRun();
  // Builds the sheet; ErrorCode::Cancelled when progress returned false.
  Result<CallSheet> build(const CallSheetRequest& request, const CallSheetProgress& progress = {});

 private:
  struct Impl;
  explicit CallSheetService(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

// Column titles and talking points. The defaults are English; the GUI passes translated ones.
struct CallSheetLabels {
  QString specialist = QStringLiteral("Specialist");
  QString position = QStringLiteral("#");
  QString rank = QStringLiteral("Rank");
  QString leadId = QStringLiteral("Lead ID");
  QString name = QStringLiteral("Name");
  QString phone = QStringLiteral("Phone");
  QString tier = QStringLiteral("Tier");
  QString probability = QStringLiteral("Probability");
  QString score = QStringLiteral("Score");
  QString lastContact = QStringLiteral("Last contact");
  QString lastNote = QStringLiteral("Last note");
  QString talkingPoints = QStringLiteral("Talking points");
  QString noCues = QStringLiteral("no cues");
  QString unassigned = QStringLiteral("(unassigned)");
  std::map<Cue, QString> cues = defaultCueTexts();
  // Names of the queue tiers by key ("test_drive" -> "Test drive done"); a key without one is
  // written as it is (a tier of another funnel definition).
  std::map<QString, QString> tiers = defaultTierTexts();

  static std::map<QString, QString> defaultTierTexts();
  [[nodiscard]] QString tierText(const QString& tierKey) const;

  static std::map<Cue, QString> defaultCueTexts();
  [[nodiscard]] QString talkingPointsText(const std::vector<Cue>& found) const;  // "a; b" or noCues
  [[nodiscard]] QStringList header() const;
};

// The cells of one lead's row, in header() order (rank and numbers formatted as text).
QStringList callSheetRow(const CallSheetSection& section, const CallSheetLead& lead, const CallSheetLabels& labels);

// One table, a specialist column, UTF-8 with a BOM and CRLF line ends (what Excel needs to open
// Chinese text directly). Text cells starting with = + - @ get a leading apostrophe so a note
// cannot run as a spreadsheet formula; phone numbers are left as they are.
Result<void> writeCallSheetCsv(const CallSheet& sheet, const QString& path, const CallSheetLabels& labels = {});

// One worksheet per specialist (named by the specialist id), each with the same columns as the
// CSV, a bold frozen header row, set column widths and an autofilter: each specialist's sheet
// prints and forwards on its own.
Result<void> writeCallSheetXlsx(const CallSheet& sheet, const QString& path, const CallSheetLabels& labels = {});

// A worksheet name for an id: at most 31 characters, none of []:*?/\, unique in `taken`
// (which it extends).
QString xlsxSheetName(const QString& id, QStringList& taken, const QString& fallback);

}  // namespace ll::crm
