#include "modelexplainer.h"

#include "jobs/explainer.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ll::ui {

ModelRankExplainer::ModelRankExplainer(QString modelDirectory, QString databasePath)
    : m_modelDirectory(std::move(modelDirectory)), m_databasePath(std::move(databasePath)) {}

ModelRankExplainer::~ModelRankExplainer() = default;

QString ModelRankExplainer::modelName() const { return QFileInfo(m_modelDirectory).fileName(); }

Result<std::vector<RankSegment>> ModelRankExplainer::explain(qint64 leadRowId, const std::atomic<bool>& cancel) {
  std::lock_guard lock(m_mutex);
  if (!m_explainer) {
    auto opened = jobs::RankExplainer::open(m_modelDirectory);
    if (!opened) return std::unexpected(opened.error());
    m_explainer = std::move(*opened);
  }
  if (cancel) return fail(ErrorCode::Cancelled, u"cancelled"_s);
  // The lines in the UI's language, whatever language the model reads.
  m_explainer->setDisplayLanguage(QLocale().language() == QLocale::Chinese ? u"zh"_s : u"en"_s);
  auto explanation = m_explainer->explain(m_databasePath, leadRowId);
  if (!explanation) return std::unexpected(explanation.error());
  std::vector<RankSegment> out;
  for (const auto index : explanation->byEffect()) {
    const auto& segment = explanation->segments[index];
    RankSegment s;
    s.text = segment.text;
    if (segment.kind == u"field"_s) s.field = segment.key;
    s.display = segment.display;
    s.delta = segment.pairDelta;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace ll::ui
