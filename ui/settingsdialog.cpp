#include "settingsdialog.h"

#include "palette.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {

QString logLevelKey(LogLevel level) {
  switch (level) {
    case LogLevel::Trace:
    case LogLevel::Debug: return u"debug"_s;
    case LogLevel::Info: return u"info"_s;
    case LogLevel::Warning: return u"warning"_s;
    case LogLevel::Error:
    case LogLevel::Critical: return u"error"_s;
  }
  return u"info"_s;
}

LogLevel storedLogLevel() {
  const QString key = QSettings().value(kLogLevelKey, u"info"_s).toString();
  if (key == u"debug"_s) return LogLevel::Debug;
  if (key == u"warning"_s) return LogLevel::Warning;
  if (key == u"error"_s) return LogLevel::Error;
  return LogLevel::Info;
}

SettingsDialog::SettingsDialog(LogPanel* logPanel, QWidget* parent) : QDialog(parent), m_logPanel(logPanel) {
  setObjectName(u"settingsDialog"_s);
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout;
  form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

  m_language = new QComboBox(this);
  m_language->setObjectName(u"languageCombo"_s);
  m_language->addItem(QString(), QString());
  for (const QString& code : availableLanguages()) m_language->addItem(nativeLanguageName(code), code);
  m_languageLabel = new QLabel(this);
  m_languageLabel->setBuddy(m_language);
  form->addRow(m_languageLabel, m_language);

  m_palette = new QComboBox(this);
  m_palette->setObjectName(u"paletteCombo"_s);
  for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark}) m_palette->addItem(QString(), themeKey(theme));
  m_paletteLabel = new QLabel(this);
  m_paletteLabel->setBuddy(m_palette);
  form->addRow(m_paletteLabel, m_palette);

  m_hotList = new QSpinBox(this);
  m_hotList->setObjectName(u"hotListSpin"_s);
  m_hotList->setRange(10, 100000);
  m_hotList->setSingleStep(10);
  m_hotList->setAccelerated(true);
  m_hotListLabel = new QLabel(this);
  m_hotListLabel->setBuddy(m_hotList);
  form->addRow(m_hotListLabel, m_hotList);

  m_maskPhones = new QCheckBox(this);
  m_maskPhones->setObjectName(u"maskPhonesCheck"_s);
  form->addRow(QString(), m_maskPhones);
  m_maskNote = new QLabel(this);
  m_maskNote->setWordWrap(true);
  m_maskNote->setForegroundRole(QPalette::PlaceholderText);
  form->addRow(QString(), m_maskNote);

  m_logLevel = new QComboBox(this);
  m_logLevel->setObjectName(u"logLevelCombo"_s);
  for (const LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error})
    m_logLevel->addItem(QString(), static_cast<int>(level));
  m_logLevelLabel = new QLabel(this);
  m_logLevelLabel->setBuddy(m_logLevel);
  form->addRow(m_logLevelLabel, m_logLevel);

  layout->addLayout(form);
  layout->addStretch(1);
  m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(m_buttons);

  retranslateUi();
  loadValues();

  connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
    const QString code = m_language->currentData().toString();
    QSettings().setValue(kLanguageSettingsKey, code);
    // Switching sends LanguageChange to this dialog too, which retranslates its combos: leave
    // the slot first.
    QMetaObject::invokeMethod(qApp, [code] { applyLanguage(code); }, Qt::QueuedConnection);
  });
  connect(m_palette, &QComboBox::currentIndexChanged, this, [this] {
    const Theme theme = themeFromKey(m_palette->currentData().toString());
    QSettings().setValue(kThemeSettingsKey, themeKey(theme));
    applyTheme(theme);
  });
  connect(m_hotList, &QSpinBox::valueChanged, this, [this](int value) {
    QSettings().setValue(kHotListSizeKey, value);
    emit hotListSizeChanged(value);
  });
  connect(m_maskPhones, &QCheckBox::toggled, this,
          [](bool checked) { QSettings().setValue(kMaskPhonesKey, checked); });
  connect(m_logLevel, &QComboBox::currentIndexChanged, this, [this] {
    const auto level = static_cast<LogLevel>(m_logLevel->currentData().toInt());
    QSettings().setValue(kLogLevelKey, logLevelKey(level));
    if (m_logPanel) m_logPanel->model()->setRecordLevel(level);
  });
}

void SettingsDialog::loadValues() {
  const QSettings settings;
  const QSignalBlocker b1(m_language), b2(m_palette), b3(m_hotList), b4(m_maskPhones), b5(m_logLevel);
  m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value(kLanguageSettingsKey).toString())));
  m_palette->setCurrentIndex(std::max(0, m_palette->findData(themeKey(currentTheme()))));
  m_hotList->setValue(settings.value(kHotListSizeKey, kDefaultHotListSize).toInt());
  m_maskPhones->setChecked(settings.value(kMaskPhonesKey, kDefaultMaskPhones).toBool());
  m_logLevel->setCurrentIndex(std::max(0, m_logLevel->findData(static_cast<int>(storedLogLevel()))));
}

void SettingsDialog::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi() {
  setWindowTitle(tr("Settings"));
  m_languageLabel->setText(tr("&Language:"));
  m_paletteLabel->setText(tr("&Palette:"));
  m_hotListLabel->setText(tr("&Hot list size:"));
  m_hotList->setSuffix(tr(" leads"));
  m_hotList->setToolTip(tr("How many leads the hot list shows, ranked across all tiers"));
  m_maskPhones->setText(tr("&Mask phone numbers in exported call sheets"));
  m_maskNote->setText(
      tr("Sheets that leave the office then show only the last digits (for example 138****5678). It can "
         "still be changed for each export."));
  m_logLevelLabel->setText(tr("Log &level:"));
  m_logLevel->setToolTip(tr("The least important records the log panel keeps"));

  const QSignalBlocker b1(m_language), b2(m_palette), b3(m_logLevel);
  m_language->setItemText(0, tr("System default"));
  for (int i = 0; i < m_palette->count(); ++i)
    m_palette->setItemText(i, themeDisplayName(themeFromKey(m_palette->itemData(i).toString())));
  const QString levels[] = {tr("Debug"), tr("Info"), tr("Warnings"), tr("Errors")};
  for (int i = 0; i < m_logLevel->count(); ++i) m_logLevel->setItemText(i, levels[i]);
}

}  // namespace ll::ui
