#pragma once
// One lead up close: its profile, the timeline of interactions, the dialogue and notes, and
// "why this rank": the parts of its text and profile that move the model's score most, found by
// occlusion (the lead scored again with each part removed), highlighted in the text.
//
// The occlusion itself belongs to the scorer; the dialog only asks a RankExplainer for it, off
// the GUI thread, and says that a scoring model is needed when none is set. It never makes an
// explanation up.

#include "crm/queuequery.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <vector>

class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace ll::ui {

// A sentence of the notes or a profile field, and what removing it does to the lead's score.
struct RankSegment {
  QString text;   // the sentence as it appears in an interaction's text, or the field's value
  QString field;  // schema name of a profile field ("city"); empty for text
  double delta = 0.0;  // score with the segment minus score without it: > 0 lifts the rank
  QString display;  // the line written in the UI's language, when the explainer can (else empty)
};

class RankExplainer {
 public:
  virtual ~RankExplainer() = default;
  // The model whose scores are explained (shown with the explanation).
  [[nodiscard]] virtual QString modelName() const = 0;
  // Called on a worker thread (use a connection of your own, not the window's workspace).
  // Returns the segments with the largest effect first; stops early with an error of code
  // Cancelled when `cancel` becomes true.
  virtual Result<std::vector<RankSegment>> explain(qint64 leadRowId, const std::atomic<bool>& cancel) = 0;
};

class LeadDetailDialog final : public QDialog {
  Q_OBJECT

 public:
  LeadDetailDialog(const crm::LeadDetail& detail, std::shared_ptr<RankExplainer> explainer, QWidget* parent = nullptr);
  ~LeadDetailDialog() override;

  [[nodiscard]] qint64 leadRowId() const { return m_detail.row.id; }
  [[nodiscard]] QString explanationStatus() const;
  [[nodiscard]] QTreeWidget* timeline() const { return m_timeline; }
  [[nodiscard]] QTreeWidget* explanationList() const { return m_why; }
  [[nodiscard]] QTextBrowser* notesView() const { return m_notes; }

  [[nodiscard]] static QString fieldLabel(const QString& field);
  [[nodiscard]] static QString kindLabel(const QString& kind);

 signals:
  void explanationReady();

 private:
  void showNotes(const std::vector<RankSegment>& segments);
  void onExplained();

  crm::LeadDetail m_detail;
  std::shared_ptr<RankExplainer> m_explainer;
  std::shared_ptr<std::atomic<bool>> m_cancel;
  QFutureWatcher<Result<std::vector<RankSegment>>>* m_watcher = nullptr;
  QLabel* m_whyStatus = nullptr;
  QTreeWidget* m_timeline = nullptr;
  QTreeWidget* m_why = nullptr;
  QTextBrowser* m_notes = nullptr;
};

}  // namespace ll::ui
