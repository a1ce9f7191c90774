#include "logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <mutex>
#include <vector>

namespace ll::log {
namespace {

struct Registry {
  std::mutex mutex;
  std::vector<std::shared_ptr<spdlog::sinks::sink>> sinks;
  std::shared_ptr<spdlog::sinks::sink> fileSink;
  std::shared_ptr<spdlog::sinks::sink> consoleSink;
  std::vector<std::shared_ptr<spdlog::logger>> loggers;
  spdlog::level::level_enum level = spdlog::level::debug;

  void refreshLocked() {
    for (auto& logger : loggers) logger->sinks() = sinks;
  }
};

Registry& registry() {
  static Registry r;
  return r;
}

void replaceSink(Registry& r, std::shared_ptr<spdlog::sinks::sink>& slot,
                 std::shared_ptr<spdlog::sinks::sink> next) {
  if (slot) std::erase(r.sinks, slot);
  slot = std::move(next);
  if (slot) r.sinks.push_back(slot);
  r.refreshLocked();
}

}  // namespace

std::shared_ptr<spdlog::logger> get(const std::string& name) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  for (auto& logger : r.loggers)
    if (logger->name() == name) return logger;
  auto logger = std::make_shared<spdlog::logger>(name, r.sinks.begin(), r.sinks.end());
  logger->set_level(r.level);
  logger->flush_on(spdlog::level::warn);
  r.loggers.push_back(logger);
  return logger;
}

bool setFile(const std::string& path) {
  std::shared_ptr<spdlog::sinks::sink> sink;
  try {
    sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, 5 * 1024 * 1024, 3);
    sink->set_pattern("%Y-%m-%dT%H:%M:%S.%e %-5l [%n] %v");
  } catch (const spdlog::spdlog_ex&) {
    return false;
  }
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  replaceSink(r, r.fileSink, std::move(sink));
  return true;
}

void setConsole(bool enabled, spdlog::level::level_enum level) {
  std::shared_ptr<spdlog::sinks::sink> sink;
  if (enabled) {
    sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    sink->set_level(level);
    sink->set_pattern("%-5l [%n] %v");
  }
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  replaceSink(r, r.consoleSink, std::move(sink));
}

void setLevel(spdlog::level::level_enum level) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.level = level;
  for (auto& logger : r.loggers) logger->set_level(level);
}

spdlog::level::level_enum level() {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  return r.level;
}

void addSink(std::shared_ptr<spdlog::sinks::sink> sink) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  r.sinks.push_back(std::move(sink));
  r.refreshLocked();
}

void removeSink(const std::shared_ptr<spdlog::sinks::sink>& sink) {
  auto& r = registry();
  std::lock_guard lock(r.mutex);
  std::erase(r.sinks, sink);
  r.refreshLocked();
}

void installQtMessageHandler() {
  qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
    static const auto logger = get("qt");
    const auto text = message.toStdString();
    switch (type) {
      case QtDebugMsg: logger->debug(text); break;
      case QtInfoMsg: logger->info(text); break;
      case QtWarningMsg: logger->warn(text); break;
      case QtCriticalMsg: logger->error(text); break;
      case QtFatalMsg: logger->critical(text); logger->flush(); break;
    }
  });
}

}  // namespace ll::log
