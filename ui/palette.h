#pragma once
// Light, dark and system palettes. Light and dark use the Fusion style, whose every control
// (table headers, alternate rows, disabled text included) takes its colours from the palette;
// "system" returns to the style and palette the application started with.

#include <QLatin1StringView>
#include <QPalette>
#include <QString>

namespace ll::ui {

enum class Theme { System, Light, Dark };

// QSettings key holding "system", "light" or "dark".
inline constexpr QLatin1StringView kThemeSettingsKey{"appearance/palette"};

QString themeKey(Theme theme);              // "system", "light", "dark"
Theme themeFromKey(const QString& key);     // unknown -> System
QString themeDisplayName(Theme theme);      // translated

QPalette lightPalette();
QPalette darkPalette();

// Applies the theme to the whole application at once (every open window repaints).
void applyTheme(Theme theme);
[[nodiscard]] Theme currentTheme();

// The theme stored in QSettings, applied (start-up).
void applyStoredTheme();

// True when the palette's window colour is dark (used by widgets that pick their own colours).
[[nodiscard]] bool isDark(const QPalette& palette);

}  // namespace ll::ui
