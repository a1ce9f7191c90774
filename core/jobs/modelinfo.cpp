#include "jobs/modelinfo.h"

#include "engine/checkpoint.h"
#include "engine/model/config.h"
#include "jobs/enginetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <filesystem>

using namespace Qt::StringLiterals;

namespace ll::jobs {

namespace {

QJsonObject toQt(const nlohmann::json& value) {
  const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(value.dump()));
  return doc.isObject() ? doc.object() : QJsonObject();
}

qint64 backboneParameters(const model::Qwen2Config& c) {
  const qint64 d = c.hiddenSize, kv = c.numKeyValueHeads * c.headDim();
  const qint64 attention = d * d + d + 2 * (d * kv + kv) + d * d;
  const qint64 mlp = 3 * d * c.intermediateSize;
  const qint64 layer = attention + mlp + 2 * d;
  return c.vocabSize * d * (c.tieWordEmbeddings ? 1 : 2) + c.numHiddenLayers * layer + d;
}

}  // namespace

QString ModelSummary::toText() const {
  const QLocale c = QLocale::c();
  QStringList lines;
  lines << QCoreApplication::translate("ll::jobs::ModelInfo", "Model: %1")
               .arg(QDir::toNativeSeparators(directory));
  lines << QCoreApplication::translate(
               "ll::jobs::ModelInfo",
               "Backbone: %1 (%2 layers, width %3, %4 heads, vocabulary %5, %6 parameters)%7")
               .arg(embeddedBackbone
                        ? QCoreApplication::translate("ll::jobs::ModelInfo", "embedded")
                        : QCoreApplication::translate("ll::jobs::ModelInfo", "external %1").arg(backbonePath))
               .arg(layers)
               .arg(hidden)
               .arg(heads)
               .arg(c.toString(vocab))
               .arg(c.toString(parameters))
               .arg(hasLora ? QCoreApplication::translate("ll::jobs::ModelInfo", ", LoRA adapter")
                            : QString());
  lines << QCoreApplication::translate("ll::jobs::ModelInfo",
                                       "Input: %1 template, %2 tokens; funnel: %3; calibration: %4")
               .arg(language)
               .arg(tokenBudget)
               .arg(funnelName.isEmpty() ? QCoreApplication::translate("ll::jobs::ModelInfo", "(none)")
                                         : funnelName,
                    calibration);
  if (!trainedAt.isEmpty() || !dataFingerprint.isEmpty()) {
    lines << QCoreApplication::translate("ll::jobs::ModelInfo", "Trained: %1 on data %2")
                 .arg(trainedAt.isEmpty()
                          ? QCoreApplication::translate("ll::jobs::ModelInfo", "(unknown time)")
                          : trainedAt,
                      dataFingerprint.isEmpty()
                          ? QCoreApplication::translate("ll::jobs::ModelInfo", "(unknown)")
                          : dataFingerprint);
  }
  if (!metrics.isEmpty()) {
    lines << QCoreApplication::translate("ll::jobs::ModelInfo", "Metrics: %1")
                 .arg(QString::fromUtf8(QJsonDocument(metrics).toJson(QJsonDocument::Compact)));
  }
  return lines.join(u'\n');
}

Result<ModelSummary> describeModel(const QString& directory) {
  const QString dir = QFileInfo(directory).absoluteFilePath();
  if (!QFileInfo::exists(dir + u"/manifest.json"_s))
    return fail(
        ErrorCode::FileNotFound,
        QCoreApplication::translate("ll::jobs::ModelInfo",
                                    "'%1' is not a LeadLadder model folder: it has no manifest.json. Choose "
                                    "the folder that `leadladder-cli train` wrote.")
            .arg(QDir::toNativeSeparators(dir)));
  try {
    const auto manifest = engine::readManifest(dir.toStdString());
    ModelSummary s;
    s.directory = dir;
    s.formatVersion = manifest.formatVersion;
    s.embeddedBackbone = manifest.backbone.embedded;
    s.hasLora = manifest.hasLora;
    s.language = QString::fromStdString(manifest.serializer.language);
    s.tokenBudget = static_cast<qint64>(manifest.serializer.tokenBudget);
    s.calibration = QString::fromStdString(manifest.calibration.method);
    if (manifest.funnel.is_object() && manifest.funnel.contains("name") && manifest.funnel["name"].is_string())
      s.funnelName = QString::fromStdString(manifest.funnel["name"].get<std::string>());
    s.trainedAt = QString::fromStdString(manifest.training.createdAt);
    s.dataFingerprint = QString::fromStdString(manifest.training.dataFingerprint);
    s.command = QString::fromStdString(manifest.training.command);
    s.metrics = toQt(manifest.metrics);
    nlohmann::json training = manifest.training.extra;
    s.training = toQt(training);

    std::filesystem::path backbone = std::filesystem::path(dir.toStdString()) / "backbone";
    if (!manifest.backbone.embedded) {
      s.backbonePath = QString::fromStdString(manifest.backbone.path);
      backbone = std::filesystem::path(manifest.backbone.path);
      if (backbone.is_relative()) backbone = std::filesystem::path(dir.toStdString()) / backbone;
    }
    const auto config = model::Qwen2Config::fromFile((backbone / "config.json").string());
    s.layers = config.numHiddenLayers;
    s.hidden = config.hiddenSize;
    s.heads = config.numAttentionHeads;
    s.vocab = config.vocabSize;
    s.parameters = backboneParameters(config);
    return s;
  } catch (const std::exception& e) {
    return fail(ErrorCode::BadFormat, engineMessage(e));
  }
}

}  // namespace ll::jobs
