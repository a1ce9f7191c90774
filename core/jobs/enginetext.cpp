#include "jobs/enginetext.h"

#include "engine/message.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace ll::jobs {

QString substitutePlaceholders(const QString& pattern, const QStringList& args) {
  // The engine's rule on UTF-8 text: "%1".."%9" are ASCII, so byte and character positions agree
  // on them.
  std::vector<std::string> utf8;
  utf8.reserve(static_cast<std::size_t>(args.size()));
  for (const QString& a : args) utf8.push_back(a.toStdString());
  return QString::fromStdString(engine::substitutePlaceholders(pattern.toStdString(), utf8));
}

QString engineText(const engine::Message& message) {
  QStringList args;
  args.reserve(static_cast<qsizetype>(message.args().size()));
  for (const auto& a : message.args())
    args << (a.isMessage() ? engineText(a.message()) : QString::fromStdString(a.text()));
  const QString pattern = message.translatable()
                              ? QCoreApplication::translate(message.context(), message.source())
                              : QString::fromUtf8(message.source());
  return substitutePlaceholders(pattern, args);
}

QString engineMessage(const std::exception& e) {
  if (const auto* m = engine::messageOf(e)) return engineText(*m);
  return QString::fromUtf8(e.what());
}

}  // namespace ll::jobs
