#pragma once
// What a checkpoint folder holds, for people: read from its manifest and backbone config only
// (no weights are loaded), so the GUI can show it before scoring without touching tensors.

#include "common/error.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace ll::jobs {

struct ModelSummary {
  QString directory;
  int formatVersion = 0;
  bool embeddedBackbone = true;
  QString backbonePath;       // external backbones only
  qint64 layers = 0, hidden = 0, heads = 0, vocab = 0;
  qint64 parameters = 0;      // backbone parameters (from the config)
  bool hasLora = false;
  QString language;           // serializer template language ("en", "zh")
  qint64 tokenBudget = 0;
  QString funnelName;
  QString calibration;        // "none", "platt"
  QString trainedAt;
  QString dataFingerprint;
  QString command;
  QJsonObject metrics;        // as written by training/evaluation
  QJsonObject training;       // the manifest's training section

  // One paragraph per line, for the scoring screen and `model info`.
  [[nodiscard]] QString toText() const;
};

// Errors: FileNotFound (no manifest), BadFormat (manifest or config invalid; the message names the file).
Result<ModelSummary> describeModel(const QString& directory);

}  // namespace ll::jobs
