#pragma once
// Commands of leadladder-cli beyond the workspace ones in main.cpp register themselves here from
// their own source file (every app/cli/*.cpp is part of the executable):
//
//   static const ll::cli::Registration kDemo{"demo", "generate demo CRM exports ...", &runDemo};
//
// A command gets its arguments with the program name first and the command name removed, and
// returns the process exit code (0 done, 2 usage, 3 bad input, 6 workspace, 1 anything else).

#include "common/error.h"

#include <QCommandLineParser>
#include <QStringList>

#include <vector>

namespace ll::cli {

using CommandFn = int (*)(const QStringList& args);

struct CommandInfo {
  const char* name;
  const char* summary;  // one line for the usage text
  CommandFn run;
};

std::vector<CommandInfo>& commandRegistry();

// The common start of a command: parses `args`; on a parse error, a stray positional argument
// or a missing required option prints the error and the help text and sets *exitCode to 2; on
// --help prints the help text and sets *exitCode to 0. Returns true when the command should run.
// Each name in `required` is an option that must be given a non-empty value.
bool parseArguments(QCommandLineParser& parser, const QStringList& args, int* exitCode,
                    const QStringList& required = {});

// The exit code for an error, the same for every command: 2 usage (InvalidArgument), 3 a file or
// input that cannot be used, 6 workspace, 130 cancelled, 1 anything else.
int exitCodeFor(ErrorCode code);
inline int exitCodeFor(const Error& error) { return exitCodeFor(error.code); }

struct Registration {
  Registration(const char* name, const char* summary, CommandFn run) {
    commandRegistry().push_back(CommandInfo{name, summary, run});
  }
};

}  // namespace ll::cli
