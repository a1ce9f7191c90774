#include "palette.h"

#include "common/logging.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <iterator>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {
namespace {

// Classes a platform theme may give palettes of their own; those win over the application's
// palette, so a theme must set them too (or an item view stays white in the dark palette).
constexpr const char* kThemedClasses[] = {"QToolButton", "QAbstractButton", "QCheckBox", "QRadioButton",
                                          "QHeaderView", "QAbstractItemView", "QMessageBoxLabel", "QTabBar",
                                          "QLabel",      "QGroupBox",         "QMenu",            "QMenuBar",
                                          "QTextEdit",   "QTextControl",      "QLineEdit"};

struct Original {
  QString styleName;
  QPalette palette;
  std::vector<QPalette> classPalettes;  // in kThemedClasses order
};

void setPaletteEverywhere(const QPalette& palette, const std::vector<QPalette>* perClass = nullptr) {
  QApplication::setPalette(palette);
  for (std::size_t i = 0; i < std::size(kThemedClasses); ++i)
    QApplication::setPalette(perClass ? (*perClass)[i] : palette, kThemedClasses[i]);
}

// What the application looked like before the first theme was applied ("system").
std::optional<Original>& original() {
  static std::optional<Original> state;
  return state;
}

Theme& current() {
  static Theme theme = Theme::System;
  return theme;
}

void setGroupColors(QPalette& p, QPalette::ColorGroup group, const QColor& window, const QColor& text,
                    const QColor& base, const QColor& alternate, const QColor& button, const QColor& highlight,
                    const QColor& highlightedText) {
  p.setColor(group, QPalette::Window, window);
  p.setColor(group, QPalette::WindowText, text);
  p.setColor(group, QPalette::Base, base);
  p.setColor(group, QPalette::AlternateBase, alternate);
  p.setColor(group, QPalette::Text, text);
  p.setColor(group, QPalette::Button, button);
  p.setColor(group, QPalette::ButtonText, text);
  p.setColor(group, QPalette::Highlight, highlight);
  p.setColor(group, QPalette::HighlightedText, highlightedText);
}

}  // namespace

QString themeKey(Theme theme) {
  switch (theme) {
    case Theme::System: return u"system"_s;
    case Theme::Light: return u"light"_s;
    case Theme::Dark: return u"dark"_s;
  }
  return u"system"_s;
}

Theme themeFromKey(const QString& key) {
  if (key == u"light"_s) return Theme::Light;
  if (key == u"dark"_s) return Theme::Dark;
  return Theme::System;
}

QString themeDisplayName(Theme theme) {
  switch (theme) {
    case Theme::System: return QCoreApplication::translate("ll::ui::Palette", "System");
    case Theme::Light: return QCoreApplication::translate("ll::ui::Palette", "Light");
    case Theme::Dark: return QCoreApplication::translate("ll::ui::Palette", "Dark");
  }
  return {};
}

QPalette lightPalette() {
  QPalette p;
  const QColor window(0xEF, 0xEF, 0xEF), text(0x1A, 0x1A, 0x1A), base(Qt::white), alternate(0xF5, 0xF6, 0xF8),
      highlight(0x30, 0x8C, 0xC6);
  for (const auto group : {QPalette::Active, QPalette::Inactive})
    setGroupColors(p, group, window, text, base, alternate, window, highlight, Qt::white);
  setGroupColors(p, QPalette::Disabled, window, QColor(0x9A, 0x9A, 0x9A), window, alternate, window,
                 QColor(0xC8, 0xC8, 0xC8), QColor(0x60, 0x60, 0x60));
  for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
    p.setColor(group, QPalette::Light, Qt::white);
    p.setColor(group, QPalette::Midlight, QColor(0xE3, 0xE3, 0xE3));
    p.setColor(group, QPalette::Mid, QColor(0xB8, 0xB8, 0xB8));
    p.setColor(group, QPalette::Dark, QColor(0x9F, 0x9F, 0x9F));
    p.setColor(group, QPalette::Shadow, QColor(0x76, 0x76, 0x76));
    p.setColor(group, QPalette::BrightText, Qt::white);
    p.setColor(group, QPalette::Link, QColor(0x00, 0x5A, 0xB5));
    p.setColor(group, QPalette::LinkVisited, QColor(0x6A, 0x3D, 0x9A));
    p.setColor(group, QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xDC));
    p.setColor(group, QPalette::ToolTipText, Qt::black);
    p.setColor(group, QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
  }
  return p;
}

QPalette darkPalette() {
  QPalette p;
  // Text on every background stays above a 7:1 contrast ratio; alternate table rows differ
  // from the base just enough to be told apart.
  const QColor window(0x2B, 0x2D, 0x30), text(0xE8, 0xE8, 0xE8), base(0x1E, 0x1F, 0x22), alternate(0x27, 0x29, 0x2D),
      button(0x37, 0x3A, 0x3E), highlight(0x2F, 0x6F, 0xBF);
  for (const auto group : {QPalette::Active, QPalette::Inactive})
    setGroupColors(p, group, window, text, base, alternate, button, highlight, Qt::white);
  setGroupColors(p, QPalette::Disabled, window, QColor(0x80, 0x80, 0x80), window, alternate, button,
                 QColor(0x45, 0x48, 0x4D), QColor(0xA0, 0xA0, 0xA0));
  for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
    p.setColor(group, QPalette::Light, QColor(0x55, 0x58, 0x5D));
    p.setColor(group, QPalette::Midlight, QColor(0x44, 0x47, 0x4B));
    p.setColor(group, QPalette::Mid, QColor(0x30, 0x32, 0x35));
    p.setColor(group, QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(group, QPalette::Shadow, QColor(0x0A, 0x0A, 0x0A));
    p.setColor(group, QPalette::BrightText, QColor(0xFF, 0x80, 0x80));
    p.setColor(group, QPalette::Link, QColor(0x7A, 0xB8, 0xFF));
    p.setColor(group, QPalette::LinkVisited, QColor(0xC0, 0x9C, 0xFF));
    p.setColor(group, QPalette::ToolTipBase, QColor(0x3A, 0x3D, 0x41));
    p.setColor(group, QPalette::ToolTipText, QColor(0xF0, 0xF0, 0xF0));
    p.setColor(group, QPalette::PlaceholderText, QColor(0x8C, 0x8C, 0x8C));
  }
  return p;
}

void applyTheme(Theme theme) {
  auto& saved = original();
  if (!saved) {
    saved = Original{QApplication::style()->name(), QApplication::palette(), {}};
    for (const char* className : kThemedClasses) saved->classPalettes.push_back(QApplication::palette(className));
  }
  if (theme == Theme::System) {
    if (QApplication::style()->name().compare(saved->styleName, Qt::CaseInsensitive) != 0)
      QApplication::setStyle(saved->styleName);
    setPaletteEverywhere(saved->palette, &saved->classPalettes);
  } else {
    if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
      QApplication::setStyle(u"Fusion"_s);
    setPaletteEverywhere(theme == Theme::Dark ? darkPalette() : lightPalette());
  }
  current() = theme;
  log::get("ui")->info("palette {}", themeKey(theme).toStdString());
}

Theme currentTheme() {
  return current();
}

void applyStoredTheme() {
  const Theme theme = themeFromKey(QSettings().value(kThemeSettingsKey).toString());
  // The system look needs no work at start-up; only a chosen one does.
  if (theme != Theme::System || current() != Theme::System) applyTheme(theme);
}

bool isDark(const QPalette& palette) {
  return palette.color(QPalette::Window).lightness() < 128;
}

}  // namespace ll::ui
