#pragma once
// The lead detail's "why this rank" backed by a checkpoint: jobs::RankExplainer's occlusion,
// loaded once on first use (on the worker thread that asks first).

#include "leaddetail.h"

#include <QString>

#include <memory>
#include <mutex>

namespace ll::jobs {
class RankExplainer;
}

namespace ll::ui {

class ModelRankExplainer final : public RankExplainer {
 public:
  ModelRankExplainer(QString modelDirectory, QString databasePath);
  ~ModelRankExplainer() override;

  [[nodiscard]] QString modelName() const override;
  Result<std::vector<RankSegment>> explain(qint64 leadRowId, const std::atomic<bool>& cancel) override;

 private:
  QString m_modelDirectory;
  QString m_databasePath;
  std::mutex m_mutex;
  std::unique_ptr<jobs::RankExplainer> m_explainer;
};

}  // namespace ll::ui
