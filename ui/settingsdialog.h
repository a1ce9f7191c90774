#pragma once
// Preferences that apply at once, without a restart: language, palette, the hot list's size,
// whether exported call sheets mask phone numbers, and the log panel's level. Each choice is
// stored in QSettings as soon as it is made; the dialog only has a Close button.

#include "logpanel.h"

#include <QDialog>
#include <QLatin1StringView>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace ll::ui {

inline constexpr QLatin1StringView kHotListSizeKey{"queues/hotListSize"};
inline constexpr int kDefaultHotListSize = 200;
// The call-sheet export's default for masking phone numbers (its dialog reads and writes it too).
inline constexpr QLatin1StringView kMaskPhonesKey{"export/maskPhones"};
inline constexpr bool kDefaultMaskPhones = false;
// "debug", "info", "warning", "error".
inline constexpr QLatin1StringView kLogLevelKey{"log/level"};

[[nodiscard]] LogLevel storedLogLevel();
[[nodiscard]] QString logLevelKey(LogLevel level);

class SettingsDialog final : public QDialog {
  Q_OBJECT

 public:
  // `logPanel` receives the log level; may be null.
  explicit SettingsDialog(LogPanel* logPanel, QWidget* parent = nullptr);

  [[nodiscard]] QComboBox* languageCombo() const { return m_language; }
  [[nodiscard]] QComboBox* paletteCombo() const { return m_palette; }
  [[nodiscard]] QSpinBox* hotListSpin() const { return m_hotList; }
  [[nodiscard]] QCheckBox* maskPhonesCheck() const { return m_maskPhones; }
  [[nodiscard]] QComboBox* logLevelCombo() const { return m_logLevel; }

 signals:
  void hotListSizeChanged(int size);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void retranslateUi();
  void loadValues();

  LogPanel* m_logPanel;
  QLabel* m_languageLabel = nullptr;
  QLabel* m_paletteLabel = nullptr;
  QLabel* m_hotListLabel = nullptr;
  QLabel* m_logLevelLabel = nullptr;
  QComboBox* m_language = nullptr;
  QComboBox* m_palette = nullptr;
  QSpinBox* m_hotList = nullptr;
  QCheckBox* m_maskPhones = nullptr;
  QComboBox* m_logLevel = nullptr;
  QLabel* m_maskNote = nullptr;
  QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace ll::ui
