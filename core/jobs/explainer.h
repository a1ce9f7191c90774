#pragma once
// "Why this rank": occlusion over the serialized lead. Each profile line and each interaction
// line is removed in turn and the lead is scored again; a segment's effect is the score with it
// minus the score without it (positive: it raises the lead). One batch per lead, so a lead with
// a dozen lines costs about as much as scoring a dozen leads.

#include "common/error.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace ll::jobs {

struct SegmentEffect {
  QString text;                 // the line as the model read it (no trailing newline)
  QString display;              // the same line in the display language's template (setDisplayLanguage)
  QString kind;                 // "field" or "interaction"
  QString key;                  // field key ("channel", "activity", ...) for fields
  std::int64_t interaction = -1;  // index into the lead's interactions (time order) for interactions
  double pairDelta = 0;         // pair score with the segment minus without it
  double probabilityDelta = 0;  // likewise for the calibrated probability
};

struct Explanation {
  QString leadId;
  double pairScore = 0;
  double probability = 0;
  QString text;                          // the whole input text
  std::vector<SegmentEffect> segments;   // in text order
  // Indices into `segments`, largest |pairDelta| first.
  [[nodiscard]] std::vector<std::size_t> byEffect() const;
};

class RankExplainer {
 public:
  // Loads the checkpoint once (errors name the file that is wrong). threads: intra-op threads,
  // 0 = leave the current setting.
  static Result<std::unique_ptr<RankExplainer>> open(const QString& modelDirectory, int threads = 0);
  ~RankExplainer();
  RankExplainer(const RankExplainer&) = delete;
  RankExplainer& operator=(const RankExplainer&) = delete;

  // Segments also come written with the built-in template of `language` ("en" or "zh"; empty:
  // the model's own), for a screen in another language than the model reads.
  void setDisplayLanguage(const QString& language);

  // Explains the lead with internal row id `leadRowId` as known at `snapshotAt` (default: the
  // latest interaction time in the workspace, as scoring uses).
  Result<Explanation> explain(const QString& databasePath, std::int64_t leadRowId,
                              std::optional<std::int64_t> snapshotAt = std::nullopt);

 private:
  struct Impl;
  explicit RankExplainer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace ll::jobs
