#include "importpreview.h"

#include "crm/csvreader.h"
#include "crm/values.h"
#include "crm/workspace.h"
#include "crm/xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace ll::crm {
namespace {

QString fromUtf8(std::string_view text) {
  return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void readRows(TableSource& source, const PreviewOptions& options, FilePreview& preview) {
  Row row;
  bool more = false;
  while (source.next(row)) {
    if (row.number < options.firstRow) continue;
    if (static_cast<int>(preview.rows.size()) >= options.maxRows) {
      more = true;
      break;
    }
    std::vector<QString> cells;
    cells.reserve(row.cells.size());
    for (const auto cell : row.cells) cells.push_back(fromUtf8(cell));
    preview.rowNumbers.push_back(row.number);
    preview.rows.push_back(std::move(cells));
  }
  preview.atEnd = !more;
}

}  // namespace

std::optional<Error> checkImportableFile(const QString& path) {
  const QFileInfo info(path);
  if (!info.exists())
    return Error{ErrorCode::FileNotFound, QCoreApplication::translate("ll::crm::Import", "The file does not exist."),
                 path, 0, {}};
  if (!info.isFile())
    return Error{ErrorCode::FileUnreadable,
                 QCoreApplication::translate("ll::crm::Import", "This is a folder, not a file."), path, 0, {}};
  if (info.suffix().toLower() == u"xls"_s)
    return Error{ErrorCode::BadFormat,
                 QCoreApplication::translate("ll::crm::Import",
                                             "The old binary Excel format (.xls) is not supported. Open it in Excel "
                                             "or LibreOffice and save it as .xlsx or CSV."),
                 info.fileName(), 0, {}};
  return std::nullopt;
}

namespace {

// Title lines name one or two cells; a header names the export's columns.
qsizetype namedCells(const std::vector<std::string>& header) {
  return std::ranges::count_if(header, [](const std::string& cell) { return !cell.empty(); });
}

// Rows above the header that are looked at when finding it.
constexpr qint64 kTitleRowsLooked = 10;

// The first row, of the headers read from rows 1..kTitleRowsLooked, that names at least two
// cells and nearly as many as the fullest one (a fifth fewer, at least one fewer: a header may
// leave a column unnamed; a title line with a date beside it names two cells of many).
template <class Open>
qint64 detectHeaderRow(Open open) {
  std::vector<std::pair<qint64, qsizetype>> found;  // (row read, named cells)
  qsizetype most = 0;
  for (qint64 from = 1; from <= kTitleRowsLooked; ++from) {
    if (!found.empty() && found.back().first >= from) continue;  // blank rows were skipped to it
    auto source = open(from);
    if (!source) break;
    const qsizetype named = namedCells((*source)->header());
    found.emplace_back((*source)->headerRow(), named);
    most = std::max(most, named);
  }
  const qsizetype enough = most - std::max<qsizetype>(1, most / 5);
  for (const auto& [row, named] : found)
    if (named >= 2 && named >= enough) return row;
  return 1;
}

}  // namespace

Result<FilePreview> readPreview(const PreviewOptions& options) {
  if (auto problem = checkImportableFile(options.path)) return std::unexpected(std::move(*problem));
  const QFileInfo info(options.path);
  const QString suffix = info.suffix().toLower();

  FilePreview preview;
  preview.fileName = info.fileName();
  if (suffix == u"xlsx"_s || suffix == u"xlsm"_s || looksLikeZip(options.path)) {
    preview.format = u"xlsx"_s;
    auto workbook = XlsxWorkbook::open(options.path);
    if (!workbook) return std::unexpected(workbook.error());
    for (const auto& sheet : (*workbook)->sheets()) preview.sheets.push_back(sheet.name);
    if (preview.sheets.empty()) {
      return fail(ErrorCode::BadFormat,
                  QCoreApplication::translate("ll::crm::Import", "The workbook has no sheets."),
                  info.fileName());
    }
    int index = 0;
    if (!options.sheet.isEmpty()) {
      index = (*workbook)->sheetIndex(options.sheet);
      if (index < 0)
        return fail(ErrorCode::InvalidArgument,
                    QCoreApplication::translate("ll::crm::Import", "The workbook has no sheet named '%1'.")
                        .arg(options.sheet),
                    info.fileName());
    }
    preview.sheet = preview.sheets[static_cast<std::size_t>(index)];
    if (!options.headerRow)
      preview.detectedHeaderRow = detectHeaderRow([&](qint64 row) { return (*workbook)->openSheet(index, row); });
    auto source = (*workbook)->openSheet(index, options.headerRow.value_or(preview.detectedHeaderRow.value_or(1)));
    if (!source) return std::unexpected(source.error());
    preview.description = (*source)->description();
    preview.header = (*source)->header();
    preview.headerRow = (*source)->headerRow();
    readRows(**source, options, preview);
    if (auto error = (*source)->error()) return std::unexpected(*error);
    return preview;
  }

  preview.format = u"csv"_s;
  CsvOptions csvOptions;
  csvOptions.encoding = options.encoding;
  csvOptions.delimiter = options.delimiter;
  if (!options.headerRow) {
    preview.detectedHeaderRow = detectHeaderRow([&](qint64 row) {
      CsvOptions o = csvOptions;
      o.headerRow = row;
      return CsvReader::open(options.path, o);
    });
  }
  csvOptions.headerRow = std::max<qint64>(1, options.headerRow.value_or(preview.detectedHeaderRow.value_or(1)));
  auto csv = CsvReader::open(options.path, csvOptions);
  if (!csv) return std::unexpected(csv.error());
  preview.description = (*csv)->description();
  preview.encoding = (*csv)->encoding();
  preview.hadBom = (*csv)->hadBom();
  preview.delimiter = (*csv)->delimiter();
  preview.header = (*csv)->header();
  preview.headerRow = (*csv)->headerRow();
  readRows(**csv, options, preview);
  if (auto error = (*csv)->error()) return std::unexpected(*error);
  return preview;
}

const char* matchConfidenceName(MatchConfidence confidence) {
  switch (confidence) {
    case MatchConfidence::None: return "none";
    case MatchConfidence::Low: return "low";
    case MatchConfidence::Medium: return "medium";
    case MatchConfidence::High: return "high";
    case MatchConfidence::Profile: return "profile";
  }
  return "none";
}

MappingSuggestion suggestMapping(const std::vector<std::string>& header, ExportShape shape) {
  MappingSuggestion result;
  result.shape = shape == ExportShape::Auto ? MappingProfile::suggest(header).shape : shape;
  std::array<bool, kFieldCount> taken{};
  result.columns.reserve(header.size());
  for (const std::string& cell : header) {
    ColumnSuggestion column;
    column.header = fromUtf8(trimCell(cell));
    const std::optional<Field> field = suggestField(cell, result.shape);
    if (field) {
      const auto slot = static_cast<std::size_t>(*field);
      if (taken[slot]) {
        column.confidence = MatchConfidence::Low;
      } else {
        taken[slot] = true;
        column.field = field;
        // A header read the same way in both shapes is unambiguous.
        const bool sameReading = suggestField(cell, ExportShape::PerLead) == suggestField(cell, ExportShape::PerInteraction);
        column.confidence = sameReading ? MatchConfidence::High : MatchConfidence::Medium;
      }
    }
    result.columns.push_back(std::move(column));
  }
  return result;
}

std::vector<SavedProfile> listProfiles(const Workspace& workspace) {
  std::vector<SavedProfile> profiles;
  const QDir dir(workspace.profilesDirectory());
  const auto files = dir.entryInfoList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
  for (const QFileInfo& file : files) {
    auto loaded = MappingProfile::load(file.absoluteFilePath());
    if (!loaded) continue;
    profiles.push_back(SavedProfile{file.absoluteFilePath(), std::move(*loaded)});
  }
  std::stable_sort(profiles.begin(), profiles.end(), [](const SavedProfile& a, const SavedProfile& b) {
    return QString::localeAwareCompare(a.profile.name, b.profile.name) < 0;
  });
  return profiles;
}

Result<std::optional<MappingProfile>> matchingProfile(const Workspace& workspace,
                                                      const std::vector<std::string>& header) {
  const QString key = headerSignature(header);
  auto remembered = workspace.rememberedProfile(key);
  if (!remembered) return std::unexpected(remembered.error());
  if (*remembered) return remembered;
  for (auto& saved : listProfiles(workspace))
    if (saved.profile.sourceKey == key) return std::optional<MappingProfile>(std::move(saved.profile));
  return std::optional<MappingProfile>();
}

Result<QString> saveProfile(const Workspace& workspace, const MappingProfile& profile) {
  if (profile.sourceKey.isEmpty())
    return fail(ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "ll::crm::Import", "The profile has no header signature; read a file's header first."));
  const QString path = workspace.profilesDirectory() + u"/"_s + profile.sourceKey + u".json"_s;
  if (auto saved = profile.save(path); !saved) return std::unexpected(saved.error());
  return path;
}

}  // namespace ll::crm
