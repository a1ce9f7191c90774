#include "jobs/explainer.h"

#include "crm/leadrecords.h"
#include "engine/checkpoint.h"
#include "engine/scorer.h"
#include "jobs/enginetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ll::jobs {

std::vector<std::size_t> Explanation::byEffect() const {
  std::vector<std::size_t> order(segments.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::abs(segments[a].pairDelta) > std::abs(segments[b].pairDelta);
  });
  return order;
}

struct RankExplainer::Impl {
  engine::AsLlrCheckpoint checkpoint;
  std::unique_ptr<engine::Scorer> scorer;
  std::unique_ptr<engine::LeadSerializer> display;  // another language's template, when asked for
};

void RankExplainer::setDisplayLanguage(const QString& language) {
  const std::string lang = language.toStdString();
  if (lang.empty() || lang == m_impl->checkpoint.serializer->spec().language || (lang != "en" && lang != "zh")) {
    m_impl->display.reset();
    return;
  }
  // A budget no lead reaches: every line the model read has its counterpart.
  m_impl->display = std::make_unique<engine::LeadSerializer>(m_impl->checkpoint.tokenizer,
                                                             engine::SerializerSpec::defaults(lang, 1u << 20));
}

RankExplainer::RankExplainer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
RankExplainer::~RankExplainer() = default;

Result<std::unique_ptr<RankExplainer>> RankExplainer::open(const QString& modelDirectory, int threads) {
  try {
    auto impl = std::make_unique<Impl>();
    impl->checkpoint = engine::loadCheckpoint(modelDirectory.toStdString());
    engine::ScorerOptions options;
    options.threads = threads;
    impl->scorer = std::make_unique<engine::Scorer>(impl->checkpoint, options);
    return std::unique_ptr<RankExplainer>(new RankExplainer(std::move(impl)));
  } catch (const std::exception& e) {
    return fail(ErrorCode::BadFormat, engineMessage(e));
  }
}

Result<Explanation> RankExplainer::explain(const QString& databasePath, std::int64_t leadRowId,
                                           std::optional<std::int64_t> snapshotAt) {
  auto reader = crm::LeadRecordReader::open(databasePath);
  if (!reader) return std::unexpected(reader.error());
  if (!snapshotAt) {
    auto latest = (*reader)->latestInteractionAt();
    if (!latest) return std::unexpected(latest.error());
    snapshotAt = latest->value_or(0);
  }
  auto leads = (*reader)->load({leadRowId});
  if (!leads) return std::unexpected(leads.error());
  if (leads->empty()) {
    return fail(ErrorCode::InvalidArgument,
                QCoreApplication::translate("ll::jobs::Explainer", "the lead is no longer in the workspace"));
  }
  const auto& lead = leads->front();

  try {
    const auto serialized = m_impl->checkpoint.serializer->serialize(lead, *snapshotAt);
    std::vector<std::vector<tokenizer::TokenId>> inputs{serialized.ids};
    std::vector<std::size_t> occluded;
    for (std::size_t i = 0; i < serialized.segments.size(); ++i) {
      const auto kind = serialized.segments[i].kind;
      if (kind != engine::SegmentKind::Field && kind != engine::SegmentKind::Interaction) continue;
      occluded.push_back(i);
      inputs.push_back(serialized.idsWithout(i));
    }
    auto scores = m_impl->scorer->score(inputs);
    if (!scores)
      return fail(ErrorCode::Cancelled, QCoreApplication::translate("ll::jobs::Explainer", "cancelled"));
    Explanation out;
    out.leadId = QString::fromStdString(lead.leadId);
    out.pairScore = (*scores)[0].pairScore;
    out.probability = (*scores)[0].probability;
    out.text = QString::fromStdString(serialized.text);
    std::optional<engine::SerializedLead> shown;
    if (m_impl->display) shown = m_impl->display->serialize(lead, *snapshotAt);
    const auto displayOf = [&](const engine::Segment& segment) {
      if (shown)
        for (const auto& d : shown->segments)
          if (d.kind == segment.kind && d.key == segment.key && d.interaction == segment.interaction)
            return QString::fromStdString(d.text).trimmed();
      return QString::fromStdString(segment.text).trimmed();
    };
    for (std::size_t j = 0; j < occluded.size(); ++j) {
      const auto& segment = serialized.segments[occluded[j]];
      SegmentEffect effect;
      effect.text = QString::fromStdString(segment.text).trimmed();
      effect.display = displayOf(segment);
      effect.kind = segment.kind == engine::SegmentKind::Field ? u"field"_s : u"interaction"_s;
      effect.key = QString::fromStdString(segment.key);
      effect.interaction = segment.interaction;
      effect.pairDelta = out.pairScore - (*scores)[j + 1].pairScore;
      effect.probabilityDelta = out.probability - (*scores)[j + 1].probability;
      out.segments.push_back(std::move(effect));
    }
    return out;
  } catch (const std::exception& e) {
    return fail(ErrorCode::Internal,
                QCoreApplication::translate("ll::jobs::Explainer", "cannot explain the lead's rank: %1")
                    .arg(engineMessage(e)));
  }
}

}  // namespace ll::jobs
