// leadladder-cli: the scriptable twin of every GUI action.
// Exit codes: 0 done; 2 usage; 3 the input file cannot be used; 4 rows were rejected and nothing
// was imported; 5 imported, but rejected rows were skipped; 6 workspace problem; 130 cancelled;
// 1 anything else.

#include "app/cli/command.h"
#include "common/logging.h"
#include "crm/importjob.h"
#include "crm/importpreview.h"
#include "crm/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace ll;
using namespace ll::crm;

namespace {

enum Exit : int {
  kOk = 0,
  kFailure = 1,
  kUsage = 2,
  kBadInput = 3,
  kRejected = 4,
  kPartial = 5,
  kWorkspace = 6,
  kCancelled = 130,
};

std::atomic<bool> g_cancel{false};

QTextStream& out() {
  static QTextStream s(stdout);
  return s;
}

QTextStream& err() {
  static QTextStream s(stderr);
  return s;
}

using ll::cli::exitCodeFor;

int report(const Error& e, bool json) {
  if (json) {
    QJsonObject o{{u"error"_s, QString::fromLatin1(errorCodeName(e.code))},
                  {u"message"_s, e.message},
                  {u"text"_s, e.toString()}};
    if (!e.file.isEmpty()) o.insert(u"file"_s, e.file);
    if (e.row > 0) o.insert(u"row"_s, e.row);
    if (!e.column.isEmpty()) o.insert(u"column"_s, e.column);
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    out().flush();
  }
  err() << "error: " << e.toString() << "\n";
  err().flush();
  return exitCodeFor(e);
}

void printJson(const QJsonValue& value) {
  out() << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                 .toJson(QJsonDocument::Indented);
  out().flush();
}

QString when(const std::optional<std::int64_t>& t) {
  if (!t) return u"-"_s;
  QString text = formatDateTime(*t).replace(u'T', u' ');
  if (text.endsWith(u" 00:00:00"_s)) text.chop(9);  // a date without a time of day
  return text;
}

// Parses a subcommand's options; returns false (after printing help or an error) to stop.
bool parse(QCommandLineParser& p, const QStringList& args, const QString& description, int* exitCode) {
  p.setApplicationDescription(description);
  p.addHelpOption();
  p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
  if (!p.parse(args)) {
    err() << "error: " << p.errorText() << "\n" << p.helpText();
    *exitCode = kUsage;
    return false;
  }
  if (p.isSet(u"help"_s)) {
    out() << p.helpText();
    *exitCode = kOk;
    return false;
  }
  return true;
}

const QCommandLineOption kWorkspaceOpt({u"w"_s, u"workspace"_s}, u"Workspace folder (created if missing for import)."_s,
                                       u"W"_s);
const QCommandLineOption kJsonOpt(u"json"_s, u"Machine-readable JSON output on stdout."_s);
const QCommandLineOption kVerboseOpt(u"verbose"_s, u"Log to stderr as well as to the workspace log."_s);

Result<std::unique_ptr<Workspace>> openWorkspace(const QCommandLineParser& p, Workspace::OpenMode mode) {
  if (!p.isSet(kWorkspaceOpt))
    return fail(ErrorCode::InvalidArgument, u"Name the workspace folder with --workspace W."_s);
  return Workspace::open(p.value(kWorkspaceOpt), mode);
}

const QCommandLineOption kHeaderRowOpt(
    u"header-row"_s,
    u"Row of the header when the export has title lines above it (the rows above are skipped), or 'auto' "
    u"to find it. Default: the profile's, else row 1."_s,
    u"N"_s);

// --header-row N or auto (the row the import preview finds); nothing when not given.
Result<std::optional<qint64>> headerRowOption(const QCommandLineParser& p, const QString& path) {
  if (!p.isSet(kHeaderRowOpt)) return std::optional<qint64>();
  const QString value = p.value(kHeaderRowOpt).trimmed();
  if (value == u"auto"_s) {
    PreviewOptions preview;
    preview.path = path;
    preview.maxRows = 0;
    auto read = readPreview(preview);
    if (!read) return std::unexpected(read.error());
    return std::optional<qint64>(read->headerRow);
  }
  bool ok = false;
  const qint64 row = value.toLongLong(&ok);
  if (!ok || row < 1)
    return fail(ErrorCode::InvalidArgument,
                u"--header-row takes a row number from 1 or 'auto', not '%1'."_s.arg(value));
  return std::optional<qint64>(row);
}

int cmdImport(const QStringList& args) {
  QCommandLineParser p;
  const QCommandLineOption profileOpt(u"profile"_s, u"Mapping profile (JSON) to apply instead of the remembered or automatic one."_s, u"P"_s);
  const QCommandLineOption sheetOpt(u"sheet"_s, u"For .xlsx: import only this sheet (default: every sheet that maps)."_s, u"S"_s);
  const QCommandLineOption skipOpt(u"skip-invalid"_s, u"Import the valid rows even if some rows are rejected (they are listed)."_s);
  const QCommandLineOption dryOpt(u"dry-run"_s, u"Check the file and report what would happen; write nothing."_s);
  const QCommandLineOption journalOpt(
      u"journal"_s, u"SQLite journal during the import: auto (default), wal or rollback."_s, u"MODE"_s, u"auto"_s);
  p.addOptions({kWorkspaceOpt, profileOpt, sheetOpt, kHeaderRowOpt, skipOpt, dryOpt, journalOpt, kJsonOpt, kVerboseOpt});
  p.addPositionalArgument(u"FILE"_s, u"CRM export: .csv (any delimiter; UTF-8, UTF-16 or GB18030) or .xlsx"_s);
  int code = kOk;
  if (!parse(p, args, u"Import a CRM export into a workspace. The whole file lands or nothing does."_s, &code))
    return code;
  const bool json = p.isSet(kJsonOpt);
  if (p.positionalArguments().size() != 1) {
    err() << "error: import takes exactly one FILE\n" << p.helpText();
    return kUsage;
  }
  ll::log::setConsole(p.isSet(kVerboseOpt));
  auto ws = openWorkspace(p, Workspace::OpenMode::CreateIfMissing);
  if (!ws) return report(ws.error(), json);
  ImportOptions options;
  options.path = p.positionalArguments().front();
  options.sheet = p.value(sheetOpt);
  auto headerRow = headerRowOption(p, options.path);
  if (!headerRow) return report(headerRow.error(), json);
  options.headerRow = *headerRow;
  options.skipInvalidRows = p.isSet(skipOpt);
  options.dryRun = p.isSet(dryOpt);
  const QString journal = p.value(journalOpt);
  if (journal == u"wal"_s) {
    options.journal = ImportOptions::Journal::Wal;
  } else if (journal == u"rollback"_s) {
    options.journal = ImportOptions::Journal::Rollback;
  } else if (journal != u"auto"_s) {
    err() << "error: --journal takes auto, wal or rollback\n";
    return kUsage;
  }
  if (p.isSet(profileOpt)) {
    auto profile = MappingProfile::load(p.value(profileOpt));
    if (!profile) return report(profile.error(), json);
    options.profile = std::move(*profile);
  }
  const bool tty = !json && isatty(STDERR_FILENO);
  (*ws)->releaseConnection();  // lets the import choose the fastest journal mode
  ImportJob job(**ws, options);
  auto result = job.run(
      [&](const ImportProgress& progress) {
        if (!tty || progress.bytesTotal <= 0) return;
        std::fprintf(stderr, "\r%s: %3d%%  %lld rows", progress.phase.toUtf8().constData(),
                     static_cast<int>(100 * progress.bytesDone / progress.bytesTotal),
                     static_cast<long long>(progress.rowsRead));
        std::fflush(stderr);
      },
      &g_cancel);
  if (tty) std::fprintf(stderr, "\r%60s\r", "");
  if (!result) return report(result.error(), json);
  if (json)
    printJson(result->toJson());
  else
    out() << result->toText();
  out().flush();
  switch (result->status) {
    case ImportReport::Status::Rejected: return kRejected;
    case ImportReport::Status::ImportedWithRejects: return kPartial;
    default: return kOk;
  }
}

int cmdLeads(const QStringList& args) {
  QCommandLineParser p;
  const QCommandLineOption topOpt(u"top"_s, u"How many leads to list (default 20)."_s, u"N"_s, u"20"_s);
  const QCommandLineOption allOpt(u"all"_s, u"Include won and lost leads."_s);
  const QCommandLineOption specialistOpt(u"specialist"_s, u"Only this specialist's leads."_s, u"ID"_s);
  p.addOptions({kWorkspaceOpt, topOpt, allOpt, specialistOpt, kJsonOpt});
  int code = kOk;
  if (!parse(p, args,
             u"List the open leads in queue order. Until a model has scored the workspace the order is the "
             u"Funnel+Recency baseline: deepest funnel stage first, then most recent contact."_s,
             &code))
    return code;
  const bool json = p.isSet(kJsonOpt);
  bool ok = false;
  const qint64 top = p.value(topOpt).toLongLong(&ok);
  if (!ok || top <= 0) {
    err() << "error: --top takes a positive number\n";
    return kUsage;
  }
  auto ws = openWorkspace(p, Workspace::OpenMode::MustExist);
  if (!ws) return report(ws.error(), json);
  LeadQuery q;
  q.limit = top;
  q.openOnly = !p.isSet(allOpt);
  q.specialistId = p.value(specialistOpt);
  auto rows = (*ws)->leads(q);
  if (!rows) return report(rows.error(), json);
  if (json) {
    QJsonArray array;
    qint64 rank = 0;
    for (const auto& r : *rows) {
      QJsonObject o = r.toJson();
      o.insert(u"rank"_s, ++rank);
      o.insert(u"policy"_s, u"funnel_recency"_s);
      array.append(o);
    }
    printJson(array);
    return kOk;
  }
  out() << u"Ranked by Funnel+Recency (no model has scored this workspace yet)\n"_s;
  out() << QString(u"%1  %2  %3  %4  %5  %6  %7\n"_s)
               .arg(u"rank"_s, 5)
               .arg(u"lead"_s, -16)
               .arg(u"stage"_s, -11)
               .arg(u"last contact"_s, -19)
               .arg(u"specialist"_s, -12)
               .arg(u"channel"_s, -16)
               .arg(u"city"_s);
  qint64 rank = 0;
  for (const auto& r : *rows) {
    out() << QString(u"%1  %2  %3  %4  %5  %6  %7\n"_s)
                 .arg(++rank, 5)
                 .arg(r.leadId, -16)
                 .arg(QString::fromLatin1(stageName(r.stage)), -11)
                 .arg(when(r.lastContactAt), -19)
                 .arg(r.specialistId, -12)
                 .arg(r.channel, -16)
                 .arg(r.city);
  }
  if (rows->empty()) out() << u"(no open leads)\n"_s;
  return kOk;
}

int cmdStats(const QStringList& args) {
  QCommandLineParser p;
  p.addOptions({kWorkspaceOpt, kJsonOpt});
  int code = kOk;
  if (!parse(p, args, u"Counts of leads, interactions and imports in a workspace."_s, &code)) return code;
  const bool json = p.isSet(kJsonOpt);
  auto ws = openWorkspace(p, Workspace::OpenMode::MustExist);
  if (!ws) return report(ws.error(), json);
  auto s = (*ws)->stats();
  if (!s) return report(s.error(), json);
  if (json) {
    printJson(s->toJson());
    return kOk;
  }
  const QLocale en(QLocale::English);
  out() << u"Workspace %1 (schema %2)\n"_s.arg((*ws)->directory()).arg(s->schemaVersion);
  out() << u"  leads: %1 (%2 open, %3 won, %4 lost)\n"_s.arg(en.toString(s->leads), en.toString(s->openLeads),
                                                           en.toString(s->wonLeads), en.toString(s->lostLeads));
  out() << u"  created: %1 .. %2\n"_s.arg(when(s->firstLeadAt), when(s->lastLeadAt));
  out() << u"  interactions: %1\n"_s.arg(en.toString(s->interactions));
  for (const auto& [kind, count] : s->interactionsByKind) out() << u"    %1: %2\n"_s.arg(kind, -12).arg(en.toString(count));
  out() << u"  open leads by stage:\n"_s;
  for (const auto& [stage, count] : s->openLeadsByStage) out() << u"    %1: %2\n"_s.arg(stage, -12).arg(en.toString(count));
  out() << u"  imports: %1\n"_s.arg(s->imports);
  return kOk;
}

int cmdProfile(const QStringList& args) {
  QCommandLineParser p;
  const QCommandLineOption outOpt(u"out"_s, u"Write the profile to this JSON file instead of stdout."_s, u"P"_s);
  const QCommandLineOption sheetOpt(u"sheet"_s, u"For .xlsx: the sheet to map."_s, u"S"_s);
  p.addOptions({kWorkspaceOpt, outOpt, sheetOpt, kHeaderRowOpt});
  p.addPositionalArgument(u"FILE"_s, u"CRM export to map"_s);
  int code = kOk;
  if (!parse(p, args,
             u"Print the mapping profile an import of FILE would use (remembered for this export's header in the "
             u"workspace, else automatic), to edit and pass back with import --profile."_s,
             &code))
    return code;
  if (p.positionalArguments().size() != 1) {
    err() << "error: profile takes exactly one FILE\n" << p.helpText();
    return kUsage;
  }
  const QString dir = p.isSet(kWorkspaceOpt) ? p.value(kWorkspaceOpt) : QString();
  std::unique_ptr<Workspace> ws;
  if (!dir.isEmpty()) {
    auto opened = Workspace::open(dir, Workspace::OpenMode::CreateIfMissing);
    if (!opened) return report(opened.error(), false);
    ws = std::move(*opened);
  } else {
    err() << "error: name a workspace with --workspace W (its remembered profiles are consulted)\n";
    return kUsage;
  }
  ImportOptions options;
  options.path = p.positionalArguments().front();
  options.sheet = p.value(sheetOpt);
  auto headerRow = headerRowOption(p, options.path);
  if (!headerRow) return report(headerRow.error(), false);
  options.headerRow = *headerRow;
  auto preview = ImportJob::preview(*ws, options, 0);
  if (!preview) return report(preview.error(), false);
  if (p.isSet(outOpt)) {
    if (auto saved = preview->profile.save(p.value(outOpt)); !saved) return report(saved.error(), false);
    err() << u"Profile (%1) written to %2\n"_s.arg(preview->profileOrigin, p.value(outOpt));
    return kOk;
  }
  printJson(preview->profile.toJson());
  return kOk;
}

void usage(QTextStream& s) {
  s << u"Usage: leadladder-cli COMMAND [options]\n\n"
       u"Commands:\n"
       u"  import FILE --workspace W   import a CRM export (.csv or .xlsx)\n"
       u"  leads --workspace W         list open leads in queue order (--top N)\n"
       u"  stats --workspace W         counts of leads, interactions and imports\n"
       u"  profile FILE --workspace W  print the column mapping an import would use\n"_s;
  for (const auto& c : ll::cli::commandRegistry())
    s << u"  %1  %2\n"_s.arg(QString::fromLatin1(c.name), -26).arg(QString::fromUtf8(c.summary));
  s << u"\nRun 'leadladder-cli COMMAND --help' for a command's options.\n"_s;
}

}  // namespace

std::vector<ll::cli::CommandInfo>& ll::cli::commandRegistry() {
  static std::vector<CommandInfo> registry;
  return registry;
}

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName(u"leadladder-cli"_s);
  QCoreApplication::setApplicationVersion(QStringLiteral(LEADLADDER_VERSION));
  ll::log::installQtMessageHandler();
  std::signal(SIGINT, [](int) { g_cancel.store(true); });

  QStringList args = QCoreApplication::arguments();
  if (args.size() < 2 || args[1] == u"--help"_s || args[1] == u"-h"_s || args[1] == u"help"_s) {
    usage(args.size() < 2 ? err() : out());
    return args.size() < 2 ? kUsage : kOk;
  }
  if (args[1] == u"--version"_s) {
    out() << u"leadladder-cli %1\n"_s.arg(QCoreApplication::applicationVersion());
    return kOk;
  }
  const QString command = args[1];
  QStringList rest = args;
  rest.removeAt(1);  // the parser expects the program name first
  try {
    if (command == u"import"_s) return cmdImport(rest);
    if (command == u"leads"_s) return cmdLeads(rest);
    if (command == u"stats"_s) return cmdStats(rest);
    if (command == u"profile"_s) return cmdProfile(rest);
    for (const auto& c : ll::cli::commandRegistry())
      if (command == QLatin1StringView(c.name)) return c.run(rest);
  } catch (const std::exception& e) {
    err() << "error: unexpected failure: " << e.what() << "\n";
    return kFailure;
  }
  err() << u"error: unknown command '%1'\n\n"_s.arg(command);
  usage(err());
  return kUsage;
}
