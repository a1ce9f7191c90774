#include "callsheetpdf.h"

#include "common/logging.h"
#include "queuemodel.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ll::ui {
namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }

QString timeText(const std::optional<std::int64_t>& t) {
  if (!t) return {};
  const QDateTime dt = QDateTime::fromSecsSinceEpoch(*t, Qt::UTC);
  return dt.time() == QTime(0, 0) ? dt.toString(u"yyyy-MM-dd"_s) : dt.toString(u"yyyy-MM-dd HH:mm"_s);
}

}  // namespace

crm::CallSheetLabels CallSheetPdf::labels() {
  crm::CallSheetLabels l;
  l.specialist = tr("Specialist");
  l.position = tr("#");
  l.rank = tr("Rank");
  l.leadId = tr("Lead ID");
  l.name = tr("Name");
  l.phone = tr("Phone");
  l.tier = tr("Tier");
  l.probability = tr("Probability");
  l.score = tr("Score");
  l.lastContact = tr("Last contact");
  l.lastNote = tr("Last note");
  l.talkingPoints = tr("Talking points");
  l.noCues = tr("no cues");
  l.unassigned = tr("(unassigned)");
  for (auto& [key, text] : l.tiers) text = QueueModel::tierText(key);
  l.cues = {
      {crm::Cue::Deadline, tr("Deadline coming (lease, inspection, move): offer a delivery date that fits")},
      {crm::Cue::Family, tr("Family decides too: invite spouse/family to a visit or test drive")},
      {crm::Cue::Competitor, tr("Comparing a competitor: bring the comparison sheet")},
      {crm::Cue::PriceCut, tr("Waiting for a price cut: explain current offers and their end date")},
      {crm::Cue::TradeIn, tr("Trade-in: confirm the valuation and the subsidy")},
      {crm::Cue::Delivery, tr("Asked about delivery: check stock and lead time before calling")},
      {crm::Cue::Deposit, tr("Asked about deposit/financing: prepare the order and payment plan")},
      {crm::Cue::SecondDrive, tr("Wants another test drive: propose a slot")},
  };
  return l;
}

QString CallSheetPdf::html(const crm::CallSheet& sheet, const crm::CallSheetLabels& labels, const QString& dateText) {
  const QString date = dateText.isEmpty()
                           ? QDateTime::fromSecsSinceEpoch(sheet.createdAt).toString(u"yyyy-MM-dd HH:mm"_s)
                           : dateText;
  const QString ranking = sheet.scoringRunId
                              ? tr("Ranked by scoring run %1 (%2)").arg(*sheet.scoringRunId).arg(sheet.rankingPolicy)
                              : tr("Ranked by Funnel+Recency (no model has scored this workspace yet)");
  QString h;
  h += u"<html><body style=\"font-size:9pt;\">"_s;
  bool first = true;
  for (const crm::CallSheetSection& s : sheet.sections) {
    const QString who = s.specialistId.isEmpty() ? labels.unassigned : s.specialistId;
    h += u"<h2 style=\"%1\">%2</h2>"_s.arg(first ? QString() : u"page-break-before: always;"_s,
                                           esc(tr("Call sheet: %1").arg(who)));
    first = false;
    QString meta = tr("Date: %1").arg(date);
    if (!s.specialistTier.isEmpty()) meta += u" &middot; "_s + esc(tr("Specialist tier %1").arg(s.specialistTier));
    meta += u" &middot; "_s + esc(tr("%n lead(s)", nullptr, static_cast<int>(s.leads.size())));
    meta += u"<br/>"_s + esc(ranking);
    if (sheet.phonesMasked) meta += u"<br/>"_s + esc(tr("Phone numbers are masked."));
    h += u"<p>%1</p>"_s.arg(meta);
    if (s.leads.empty()) {
      h += u"<p><i>%1</i></p>"_s.arg(esc(tr("No open leads.")));
      continue;
    }
    h += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" style=\"border-collapse:collapse;\">"_s;
    h += u"<thead><tr style=\"background-color:#dde6f0;\"><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
         u"<th>%6</th><th>%7</th></tr></thead>"_s.arg(esc(labels.position), esc(labels.rank), esc(labels.name),
                                                    esc(labels.phone), esc(labels.tier),
                                                    esc(labels.probability + u" / "_s + labels.score),
                                                    esc(labels.lastContact));
    for (const crm::CallSheetLead& l : s.leads) {
      QString score;
      if (l.probability) score = QString::number(*l.probability * 100.0, 'f', 1) + u"%"_s;
      if (l.score) score += (score.isEmpty() ? QString() : u" / "_s) + QString::number(*l.score, 'f', 3);
      h += u"<tr><td align=\"right\">%1</td><td align=\"right\">%2</td><td><b>%3</b><br/><small>%4</small></td>"
           u"<td>%5</td><td>%6</td><td align=\"right\">%7</td><td>%8</td></tr>"_s
               .arg(QString::number(l.position), l.runRank ? QString::number(*l.runRank) : QString(),
                    esc(l.customerName), esc(l.leadId), esc(l.phone), esc(labels.tierText(l.tier)), esc(score),
                    esc(timeText(l.lastContactAt)));
      h += u"<tr><td></td><td colspan=\"6\"><i>%1:</i> %2<br/><i>%3:</i> %4</td></tr>"_s.arg(
          esc(labels.lastNote), esc(l.lastNote.isEmpty() ? u"-"_s : l.lastNote), esc(labels.talkingPoints),
          esc(labels.talkingPointsText(l.cues)));
    }
    h += u"</table>"_s;
  }
  if (sheet.sections.empty()) h += u"<p>%1</p>"_s.arg(esc(tr("No specialist was chosen.")));
  h += u"</body></html>"_s;
  return h;
}

std::unique_ptr<QTextDocument> CallSheetPdf::document(const crm::CallSheet& sheet, const crm::CallSheetLabels& labels,
                                                      const QString& dateText) {
  auto doc = std::make_unique<QTextDocument>();
  doc->setDocumentMargin(0);
  doc->setHtml(html(sheet, labels, dateText));
  return doc;
}

void CallSheetPdf::print(QTextDocument& doc, QPagedPaintDevice* device) { doc.print(device); }

Result<void> CallSheetPdf::write(const crm::CallSheet& sheet, const QString& path, const crm::CallSheetLabels& labels) {
  const QString partial = path + u".part"_s;
  {
    QPdfWriter writer(partial);
    writer.setTitle(tr("Call sheets"));
    writer.setCreator(u"LeadLadder"_s);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));
    auto doc = document(sheet, labels);
    print(*doc, &writer);
  }
  QFile part(partial);
  if (!part.exists() || part.size() == 0) {
    QFile::remove(partial);
    return fail(ErrorCode::FileUnreadable, tr("The PDF could not be written; check the folder is writable."), path);
  }
  QFile::remove(path);
  if (!QFile::rename(partial, path)) {
    QFile::remove(partial);
    return fail(ErrorCode::FileUnreadable, tr("Cannot replace the file (is it open in another program?)."), path);
  }
  log::get("export")->info("call sheet PDF written: {} sections, {} leads", sheet.sections.size(), sheet.leadCount());
  return {};
}

}  // namespace ll::ui
