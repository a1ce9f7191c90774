// leadladder-cli callsheet: the desktop's "Call Sheets…" as a command: each chosen specialist's
// open leads in rank order (latest scoring run, else Funnel+Recency), written as CSV (UTF-8 with
// BOM) or XLSX, phones masked on request.

#include "app/cli/command.h"
#include "crm/callsheet.h"
#include "crm/workspace.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {

int runCallSheet(const QStringList& args) {
  QCommandLineParser p;
  p.setApplicationDescription(u"Writes call sheets: each specialist's open leads in rank order."_s);
  p.addHelpOption();
  p.addOptions({
      {u"workspace"_s, u"Workspace folder."_s, u"dir"_s},
      {u"out"_s, u"Output file: .csv (UTF-8 with BOM) or .xlsx (one sheet per specialist)."_s, u"file"_s},
      {u"specialist"_s, u"A specialist id (repeat the option; default: every specialist with open leads)."_s, u"id"_s},
      {u"leads"_s, u"Leads per specialist (default 20)."_s, u"n"_s, u"20"_s},
      {u"mask-phones"_s, u"Mask phone numbers (sheets that leave the office)."_s},
  });
  if (int exitCode = 0; !ll::cli::parseArguments(p, args, &exitCode, {u"workspace"_s, u"out"_s})) return exitCode;
  QTextStream err(stderr);
  bool ok = false;
  const int leads = p.value(u"leads"_s).toInt(&ok);
  if (!ok || leads <= 0) {
    err << "error: --leads must be a positive number\n";
    return 2;
  }
  const QString out = p.value(u"out"_s);
  const QString suffix = QFileInfo(out).suffix().toLower();
  if (suffix != u"csv"_s && suffix != u"xlsx"_s) {
    err << "error: --out must end in .csv or .xlsx\n";
    return 2;
  }
  auto workspace = ll::crm::Workspace::open(p.value(u"workspace"_s), ll::crm::Workspace::OpenMode::MustExist);
  if (!workspace) {
    err << "error: " << workspace.error().toString() << "\n";
    return 6;
  }
  auto service = ll::crm::CallSheetService::open((*workspace)->databasePath());
  if (!service) {
    err << "error: " << service.error().toString() << "\n";
    return 6;
  }
  ll::crm::CallSheetRequest request;
  request.leadsEach = leads;
  request.maskPhones = p.isSet(u"mask-phones"_s);
  for (const auto& id : p.values(u"specialist"_s)) request.specialists.push_back(id);
  if (request.specialists.empty()) {
    auto loads = (*service)->specialists();
    if (!loads) {
      err << "error: " << loads.error().toString() << "\n";
      return 6;
    }
    for (const auto& load : *loads)
      if (load.openLeads > 0) request.specialists.push_back(load.id);
  }
  auto sheet = (*service)->build(request);
  if (!sheet) {
    err << "error: " << sheet.error().toString() << "\n";
    return 6;
  }
  const auto written = suffix == u"csv"_s ? ll::crm::writeCallSheetCsv(*sheet, out)
                                          : ll::crm::writeCallSheetXlsx(*sheet, out);
  if (!written) {
    err << "error: " << written.error().toString() << "\n";
    return 3;
  }
  QTextStream(stdout) << "call sheets: " << sheet->sections.size() << " specialists, " << sheet->leadCount()
                      << " leads, ranked by " << sheet->rankingPolicy
                      << (sheet->phonesMasked ? ", phones masked" : "") << " -> " << out << "\n";
  return 0;
}

const ll::cli::Registration kCallSheet{"callsheet", "write call sheets (CSV/XLSX) per specialist", &runCallSheet};

}  // namespace
