#pragma once
// Engine messages (engine/message.h) in the UI language: the engine stays free of Qt and throws
// English, the jobs translate what they pass on to the GUI and the CLI.

#include <QString>
#include <QStringList>

#include <exception>

namespace ll::engine {
class Message;
}

namespace ll::jobs {

// `message` translated with QCoreApplication::translate(context, source) (English where no
// translator is installed), its arguments substituted: those that are messages translated the
// same way, the others (paths, keys, numbers, third-party texts) as they are.
QString engineText(const engine::Message& message);

// The text of an exception for the user: an engine exception's message translated, any other
// exception's what().
QString engineMessage(const std::exception& e);

// Replaces each %1..%9 in `pattern` by args[N-1], once and left to right, so that an argument
// holding "%1" (a file path) is not substituted again; like engine::substitutePlaceholders.
QString substitutePlaceholders(const QString& pattern, const QStringList& args);

}  // namespace ll::jobs
