#include "translations.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {
namespace {

struct Installed {
  QPointer<QTranslator> app;
  QPointer<QTranslator> qt;
  QString setting;
};

Installed& installed() {
  static Installed state;
  return state;
}

void removeTranslator(QPointer<QTranslator>& translator) {
  if (!translator) return;
  QCoreApplication::removeTranslator(translator);
  delete translator.data();
  translator.clear();
}

}  // namespace

QStringList availableLanguages() {
  return {u"en"_s, u"zh_CN"_s};
}

QString nativeLanguageName(const QString& language) {
  if (language == u"zh_CN"_s) return u"简体中文"_s;
  if (language == u"en"_s) return u"English"_s;
  return QLocale(language).nativeLanguageName();
}

bool applyLanguage(const QString& language) {
  auto& state = installed();
  removeTranslator(state.app);
  removeTranslator(state.qt);
  state.setting = language;

  const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
  QLocale::setDefault(locale);

  // Parented to the application so that they go with it; the QPointers notice.
  auto* app = new QTranslator(QCoreApplication::instance());
  const bool found = app->load(locale, u"leadladder"_s, u"_"_s, u":/i18n"_s);
  // The English file carries the plural forms ("1 lead", "2 leads"), so it stands in for a
  // language the UI does not speak.
  if (found || app->load(u"leadladder_en"_s, u":/i18n"_s)) {
    QCoreApplication::installTranslator(app);
    state.app = app;
  } else {
    delete app;
  }

  auto* qt = new QTranslator(QCoreApplication::instance());
  if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(qt);
    state.qt = qt;
  } else {
    delete qt;
  }
  log::get("ui")->info("UI language {} ({})", locale.name().toStdString(), found ? "translated" : "English");
  return found;
}

QString currentLanguageSetting() {
  return installed().setting;
}

}  // namespace ll::ui
