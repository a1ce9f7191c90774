#pragma once
// The UI language: LeadLadder's own translations (embedded under :/i18n) plus Qt's for its
// standard dialogs. Switching at run time sends QEvent::LanguageChange to every widget.

#include <QString>
#include <QStringList>

namespace ll::ui {

// QSettings key holding "en", "zh_CN" or nothing (follow the system).
inline constexpr QLatin1StringView kLanguageSettingsKey{"language"};

// Languages the UI ships, as locale names.
QStringList availableLanguages();

// The language's own name ("English", "简体中文"): a menu of languages must be readable by
// someone who cannot read the current one.
QString nativeLanguageName(const QString& language);

// Replaces the installed translators with those for `language` ("en", "zh_CN"; empty = the
// system locale) and makes that locale the default for numbers and dates. Returns false when
// no LeadLadder translation matched (the UI then shows its English source texts).
bool applyLanguage(const QString& language);

// The language last passed to applyLanguage ("" = system).
QString currentLanguageSetting();

}  // namespace ll::ui
