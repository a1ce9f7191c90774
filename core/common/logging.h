#pragma once
// Named spdlog loggers per subsystem ("import", "store", "model", "train", "ui", "cli").
// The application owns the sinks: a rotating file in the workspace, stderr for the CLI when
// asked. Tests attach a capturing sink. Never log personal data (names, phone numbers, note
// text): log counts, ids, file names and reasons.

#include <spdlog/logger.h>

#include <memory>
#include <string>

namespace ll::log {

// The logger for a subsystem; created on first use with the current sinks.
std::shared_ptr<spdlog::logger> get(const std::string& name);

// Sends every logger (existing and future) to a rotating file (5 MiB x 3) at `path`,
// replacing a previous file sink. Returns false with nothing changed if the file cannot be opened.
bool setFile(const std::string& path);

// Adds or removes a stderr sink at the given level (the CLI's --verbose).
void setConsole(bool enabled, spdlog::level::level_enum level = spdlog::level::info);

// The level below which every logger (existing and future) drops messages: the desktop's
// log-level setting, so the file in the workspace follows it too. Default: debug.
void setLevel(spdlog::level::level_enum level);
[[nodiscard]] spdlog::level::level_enum level();

// Adds a sink (used by tests to capture what was logged).
void addSink(std::shared_ptr<spdlog::sinks::sink> sink);
void removeSink(const std::shared_ptr<spdlog::sinks::sink>& sink);

// Routes qDebug/qWarning/... into the "qt" logger.
void installQtMessageHandler();

}  // namespace ll::log
