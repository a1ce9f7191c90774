#include "jobs/enginetext.h"

#include "engine/message.h"

#include <QCoreApplication>

namespace ll::jobs {

QString substitutePlaceholders(const QString& pattern, const QStringList& args) {
  QString out;
  out.reserve(pattern.size());
  for (qsizetype i = 0; i < pattern.size(); ++i) {
    const QChar c = pattern[i];
    if (c == u'%' && i + 1 < pattern.size() && pattern[i + 1] >= u'1' && pattern[i + 1] <= u'9') {
      const auto n = static_cast<qsizetype>(pattern[i + 1].unicode() - u'1');
      if (n < args.size()) {
        out += args[n];
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
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
