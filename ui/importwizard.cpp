#include "importwizard.h"

#include "common/logging.h"
#include "crm/workspace.h"
#include "importtask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace ll::ui {

// A page whose behaviour the wizard supplies, so that every text stays in the wizard's
// translation context.
class ImportWizard::Page final : public QWizardPage {
 public:
  using QWizardPage::QWizardPage;
  std::function<void()> onInitialize;
  std::function<void()> onCleanup;
  std::function<bool()> complete;
  std::function<bool()> validate;

  void initializePage() override {
    if (onInitialize) onInitialize();
  }
  void cleanupPage() override {
    if (onCleanup) onCleanup();
  }
  bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
  bool validatePage() override { return validate ? validate() : true; }
  void notifyComplete() { emit completeChanged(); }
};

namespace {

QString fieldLabel(crm::Field field) {
  using crm::Field;
  switch (field) {
    case Field::LeadId: return ImportWizard::tr("Lead ID");
    case Field::CreatedAt: return ImportWizard::tr("Created at");
    case Field::Channel: return ImportWizard::tr("Channel");
    case Field::City: return ImportWizard::tr("City");
    case Field::CityTier: return ImportWizard::tr("City tier");
    case Field::StoreId: return ImportWizard::tr("Store");
    case Field::SpecialistId: return ImportWizard::tr("Specialist");
    case Field::SpecialistTier: return ImportWizard::tr("Specialist tier");
    case Field::ModelInterest: return ImportWizard::tr("Model of interest");
    case Field::BudgetBand: return ImportWizard::tr("Budget band");
    case Field::CurrentVehicle: return ImportWizard::tr("Current vehicle");
    case Field::FinancingInterest: return ImportWizard::tr("Financing interest");
    case Field::CustomerName: return ImportWizard::tr("Customer name");
    case Field::Phone: return ImportWizard::tr("Phone");
    case Field::LastCallAt: return ImportWizard::tr("Last call at");
    case Field::LastCallDuration: return ImportWizard::tr("Last call duration (s)");
    case Field::StoreVisitAt: return ImportWizard::tr("Store visit at");
    case Field::TestDriveAt: return ImportWizard::tr("Test drive at");
    case Field::QuoteAt: return ImportWizard::tr("Quote at");
    case Field::OrderAt: return ImportWizard::tr("Order at");
    case Field::DefeatAt: return ImportWizard::tr("Defeat at");
    case Field::DefeatReason: return ImportWizard::tr("Defeat reason");
    case Field::Converted: return ImportWizard::tr("Converted");
    case Field::OutcomeAt: return ImportWizard::tr("Outcome at");
    case Field::Notes: return ImportWizard::tr("Notes");
    case Field::NotesAt: return ImportWizard::tr("Notes at");
    case Field::Kind: return ImportWizard::tr("Interaction kind");
    case Field::At: return ImportWizard::tr("Interaction time");
    case Field::Duration: return ImportWizard::tr("Duration (s)");
    case Field::Text: return ImportWizard::tr("Interaction text");
    case Field::Outcome: return ImportWizard::tr("Interaction outcome");
  }
  return QString::fromLatin1(crm::fieldInfo(field).key);
}

QString confidenceText(crm::MatchConfidence confidence) {
  using crm::MatchConfidence;
  switch (confidence) {
    case MatchConfidence::None: return ImportWizard::tr("No match: kept as an attribute");
    case MatchConfidence::Low: return ImportWizard::tr("Field already taken: kept as an attribute");
    case MatchConfidence::Medium: return ImportWizard::tr("Likely");
    case MatchConfidence::High: return ImportWizard::tr("Sure");
    case MatchConfidence::Profile: return ImportWizard::tr("From the profile");
  }
  return {};
}

QString delimiterText(char delimiter) {
  switch (delimiter) {
    case ',': return ImportWizard::tr("Comma (,)");
    case ';': return ImportWizard::tr("Semicolon (;)");
    case '\t': return ImportWizard::tr("Tab");
    case '|': return ImportWizard::tr("Pipe (|)");
    default: return QString(QChar::fromLatin1(delimiter));
  }
}

constexpr char kDelimiters[] = {',', ';', '\t', '|'};
const char* const kEncodings[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"};

// A few values of the column, for recognising it in the mapping table.
QString samplesOf(const crm::FilePreview& preview, int column) {
  QStringList samples;
  for (const auto& row : preview.rows) {
    if (column >= static_cast<int>(row.size())) continue;
    const QString value = row[static_cast<std::size_t>(column)].trimmed();
    if (value.isEmpty() || samples.contains(value)) continue;
    samples << (value.size() > 24 ? value.left(23) + u'…' : value);
    if (samples.size() == 3) break;
  }
  return samples.join(u" · "_s);
}

}  // namespace

// ---- PreviewModel ------------------------------------------------------------------------------

void PreviewModel::setPreview(const crm::FilePreview* preview) {
  beginResetModel();
  m_preview = preview;
  endResetModel();
}

int PreviewModel::indexOfRow(qint64 spreadsheetRow) const {
  if (!m_preview) return -1;
  const auto& numbers = m_preview->rowNumbers;
  const auto it = std::lower_bound(numbers.begin(), numbers.end(), spreadsheetRow);
  return it != numbers.end() && *it == spreadsheetRow ? static_cast<int>(it - numbers.begin()) : -1;
}

qint64 PreviewModel::rowNumber(int row) const {
  return m_preview && row >= 0 && row < rowCount() ? m_preview->rowNumbers[static_cast<std::size_t>(row)] : 0;
}

int PreviewModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() || !m_preview ? 0 : static_cast<int>(m_preview->rows.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const {
  return parent.isValid() || !m_preview ? 0 : static_cast<int>(m_preview->header.size());
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
    return {};
  const auto& row = m_preview->rows[static_cast<std::size_t>(index.row())];
  if (index.column() >= static_cast<int>(row.size())) return {};
  return row[static_cast<std::size_t>(index.column())];
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (role != Qt::DisplayRole || !m_preview) return {};
  if (orientation == Qt::Vertical) return QString::number(rowNumber(section));
  if (section < 0 || section >= static_cast<int>(m_preview->header.size())) return {};
  const std::string& cell = m_preview->header[static_cast<std::size_t>(section)];
  return QString::fromUtf8(cell.data(), static_cast<qsizetype>(cell.size()));
}

// ---- construction ------------------------------------------------------------------------------

ImportWizard::ImportWizard(const crm::Workspace& workspace, QWidget* parent)
    : QWizard(parent), m_workspace(workspace), m_previewModel(new PreviewModel(this)) {
  setObjectName(u"importWizard"_s);
  setWizardStyle(QWizard::ClassicStyle);
  setOption(QWizard::NoBackButtonOnStartPage);
  setOption(QWizard::HaveHelpButton, false);
  createFilePage();
  createPreviewPage();
  createMappingPage();
  createValidationPage();
  createReportPage();
  retranslateUi();
  resize(920, 640);
}

ImportWizard::~ImportWizard() {
  if (m_task) {
    m_task->cancel();
    m_task->waitForFinished();
    delete m_task;
    m_task = nullptr;
    emit workspaceBusyChanged(false);
  }
  // The views outlive this body (they are children) and must not read the preview after it.
  m_previewModel->setPreview(nullptr);
}

void ImportWizard::createFilePage() {
  m_filePage = new Page(this);
  m_filePage->setObjectName(u"filePage"_s);
  auto* layout = new QVBoxLayout(m_filePage);
  m_fileIntro = new QLabel(m_filePage);
  m_fileIntro->setWordWrap(true);
  layout->addWidget(m_fileIntro);
  auto* row = new QHBoxLayout;
  m_fileLabel = new QLabel(m_filePage);
  m_fileEdit = new QLineEdit(m_filePage);
  m_fileEdit->setObjectName(u"fileEdit"_s);
  m_fileEdit->setClearButtonEnabled(true);
  m_fileLabel->setBuddy(m_fileEdit);
  m_browseButton = new QPushButton(m_filePage);
  row->addWidget(m_fileLabel);
  row->addWidget(m_fileEdit, 1);
  row->addWidget(m_browseButton);
  layout->addLayout(row);
  m_fileError = new QLabel(m_filePage);
  m_fileError->setWordWrap(true);
  m_fileError->setObjectName(u"fileError"_s);
  layout->addWidget(m_fileError);
  layout->addStretch(1);

  connect(m_browseButton, &QPushButton::clicked, this, &ImportWizard::chooseFile);
  connect(m_fileEdit, &QLineEdit::textChanged, this, [this] {
    m_fileError->clear();
    m_filePage->notifyComplete();
  });
  m_filePage->complete = [this] { return !m_fileEdit->text().trimmed().isEmpty(); };
  m_filePage->validate = [this] {
    const QFileInfo info(filePath());
    if (!info.isFile()) {
      m_fileError->setText(tr("There is no file at %1.").arg(QDir::toNativeSeparators(filePath())));
      return false;
    }
    QSettings().setValue(u"lastImportFolder"_s, info.absolutePath());
    return true;
  };
  setPage(FilePageId, m_filePage);
}

void ImportWizard::createPreviewPage() {
  m_previewPage = new Page(this);
  m_previewPage->setObjectName(u"previewPage"_s);
  auto* layout = new QVBoxLayout(m_previewPage);
  auto* grid = new QGridLayout;
  m_encodingLabel = new QLabel(m_previewPage);
  m_encodingCombo = new QComboBox(m_previewPage);
  m_encodingCombo->setObjectName(u"encodingCombo"_s);
  m_encodingCombo->addItem(QString(), QString());
  for (const char* encoding : kEncodings) m_encodingCombo->addItem(QString::fromLatin1(encoding), QString::fromLatin1(encoding));
  m_encodingLabel->setBuddy(m_encodingCombo);
  m_delimiterLabel = new QLabel(m_previewPage);
  m_delimiterCombo = new QComboBox(m_previewPage);
  m_delimiterCombo->setObjectName(u"delimiterCombo"_s);
  m_delimiterCombo->addItem(QString(), QString());
  for (const char delimiter : kDelimiters) m_delimiterCombo->addItem(QString(), QString(QChar::fromLatin1(delimiter)));
  m_delimiterLabel->setBuddy(m_delimiterCombo);
  m_sheetLabel = new QLabel(m_previewPage);
  m_sheetCombo = new QComboBox(m_previewPage);
  m_sheetCombo->setObjectName(u"sheetCombo"_s);
  m_sheetLabel->setBuddy(m_sheetCombo);
  // 0 = found from the file (title lines above the header are recognised); else the row.
  m_headerRowLabel = new QLabel(m_previewPage);
  m_headerRowSpin = new QSpinBox(m_previewPage);
  m_headerRowSpin->setObjectName(u"headerRowSpin"_s);
  m_headerRowSpin->setRange(0, 9999);
  m_headerRowSpin->setValue(0);
  m_headerRowLabel->setBuddy(m_headerRowSpin);
  grid->addWidget(m_encodingLabel, 0, 0);
  grid->addWidget(m_encodingCombo, 0, 1);
  grid->addWidget(m_delimiterLabel, 0, 2);
  grid->addWidget(m_delimiterCombo, 0, 3);
  grid->addWidget(m_headerRowLabel, 0, 4);
  grid->addWidget(m_headerRowSpin, 0, 5);
  grid->addWidget(m_sheetLabel, 0, 6);
  grid->addWidget(m_sheetCombo, 0, 7);
  grid->setColumnStretch(8, 1);
  layout->addLayout(grid);
  m_detectionLabel = new QLabel(m_previewPage);
  m_detectionLabel->setObjectName(u"detectionLabel"_s);
  m_detectionLabel->setWordWrap(true);
  layout->addWidget(m_detectionLabel);
  m_previewView = new QTableView(m_previewPage);
  m_previewView->setObjectName(u"previewView"_s);
  m_previewView->setModel(m_previewModel);
  m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_previewView->setSelectionBehavior(QAbstractItemView::SelectItems);
  m_previewView->setWordWrap(false);
  m_previewView->setAlternatingRowColors(true);
  m_previewView->horizontalHeader()->setDefaultSectionSize(130);
  m_previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
  layout->addWidget(m_previewView, 1);
  m_headerNote = new QLabel(m_previewPage);
  m_headerNote->setWordWrap(true);
  layout->addWidget(m_headerNote);

  const auto reread = [this] {
    reloadPreview();
    m_previewPage->notifyComplete();
  };
  connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, reread);
  connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, reread);
  connect(m_sheetCombo, &QComboBox::currentIndexChanged, this, reread);
  connect(m_headerRowSpin, &QSpinBox::valueChanged, this, reread);
  m_previewPage->onInitialize = [this] {
    // A new file starts from detection again; coming back to the same file keeps the choices.
    if (m_previewPath != filePath()) {
      const QSignalBlocker b1(m_encodingCombo), b2(m_delimiterCombo), b3(m_sheetCombo), b4(m_headerRowSpin);
      m_encodingCombo->setCurrentIndex(0);
      m_delimiterCombo->setCurrentIndex(0);
      m_sheetCombo->clear();
      m_headerRowSpin->setValue(0);
    }
    reloadPreview();
  };
  m_previewPage->complete = [this] { return m_previewError.isEmpty() && !m_preview.header.empty(); };
  setPage(PreviewPageId, m_previewPage);
}

void ImportWizard::createMappingPage() {
  m_mappingPage = new Page(this);
  m_mappingPage->setObjectName(u"mappingPage"_s);
  auto* layout = new QVBoxLayout(m_mappingPage);
  auto* top = new QHBoxLayout;
  m_profileChoiceLabel = new QLabel(m_mappingPage);
  m_profileCombo = new QComboBox(m_mappingPage);
  m_profileCombo->setObjectName(u"profileCombo"_s);
  m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_profileChoiceLabel->setBuddy(m_profileCombo);
  m_saveProfileButton = new QPushButton(m_mappingPage);
  m_saveProfileButton->setObjectName(u"saveProfileButton"_s);
  m_shapeLabel = new QLabel(m_mappingPage);
  m_shapeCombo = new QComboBox(m_mappingPage);
  m_shapeCombo->setObjectName(u"shapeCombo"_s);
  m_shapeCombo->addItem(QString(), static_cast<int>(crm::ExportShape::PerLead));
  m_shapeCombo->addItem(QString(), static_cast<int>(crm::ExportShape::PerInteraction));
  m_shapeLabel->setBuddy(m_shapeCombo);
  top->addWidget(m_profileChoiceLabel);
  top->addWidget(m_profileCombo);
  top->addWidget(m_saveProfileButton);
  top->addSpacing(16);
  top->addWidget(m_shapeLabel);
  top->addWidget(m_shapeCombo);
  top->addStretch(1);
  layout->addLayout(top);
  m_profileLabel = new QLabel(m_mappingPage);
  m_profileLabel->setObjectName(u"profileLabel"_s);
  m_profileLabel->setWordWrap(true);
  layout->addWidget(m_profileLabel);
  m_mappingTable = new QTableWidget(0, 4, m_mappingPage);
  m_mappingTable->setObjectName(u"mappingTable"_s);
  m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
  m_mappingTable->verticalHeader()->hide();
  m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
  m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
  m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
  m_mappingTable->horizontalHeader()->setStretchLastSection(true);
  m_mappingTable->setColumnWidth(0, 180);
  m_mappingTable->setColumnWidth(1, 220);
  m_mappingTable->setColumnWidth(2, 230);
  layout->addWidget(m_mappingTable, 1);
  m_mappingError = new QLabel(m_mappingPage);
  m_mappingError->setObjectName(u"mappingError"_s);
  m_mappingError->setWordWrap(true);
  layout->addWidget(m_mappingError);

  connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &ImportWizard::applyProfileChoice);
  connect(m_shapeCombo, &QComboBox::currentIndexChanged, this, &ImportWizard::applyShapeChoice);
  connect(m_saveProfileButton, &QPushButton::clicked, this, &ImportWizard::askProfileName);
  m_mappingPage->onInitialize = [this] { initMapping(); };
  m_mappingPage->validate = [this] { return checkMapping(); };
  setPage(MappingPageId, m_mappingPage);
}

void ImportWizard::createValidationPage() {
  m_validationPage = new Page(this);
  m_validationPage->setObjectName(u"validationPage"_s);
  m_validationPage->setCommitPage(true);
  auto* layout = new QVBoxLayout(m_validationPage);
  m_validationIntro = new QLabel(m_validationPage);
  m_validationIntro->setWordWrap(true);
  layout->addWidget(m_validationIntro);
  auto* progressRow = new QHBoxLayout;
  m_dryRunProgress = new QProgressBar(m_validationPage);
  m_dryRunProgress->setObjectName(u"dryRunProgress"_s);
  m_dryRunCancel = new QPushButton(m_validationPage);
  m_dryRunCancel->setObjectName(u"dryRunCancel"_s);
  progressRow->addWidget(m_dryRunProgress, 1);
  progressRow->addWidget(m_dryRunCancel);
  layout->addLayout(progressRow);
  m_summaryLabel = new QLabel(m_validationPage);
  m_summaryLabel->setObjectName(u"summaryLabel"_s);
  m_summaryLabel->setWordWrap(true);
  m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_summaryLabel);

  auto* splitter = new QSplitter(Qt::Vertical, m_validationPage);
  splitter->setObjectName(u"validationSplitter"_s);
  splitter->setChildrenCollapsible(false);
  m_rejectsModel = new QStandardItemModel(0, 3, this);
  m_rejectsView = new QTableView(splitter);
  m_rejectsView->setObjectName(u"rejectsView"_s);
  m_rejectsView->setModel(m_rejectsModel);
  m_rejectsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_rejectsView->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_rejectsView->setSelectionMode(QAbstractItemView::SingleSelection);
  m_rejectsView->verticalHeader()->hide();
  m_rejectsView->horizontalHeader()->setStretchLastSection(true);
  m_rejectsView->setColumnWidth(0, 70);
  m_rejectsView->setColumnWidth(1, 160);
  m_validationView = new QTableView(splitter);
  m_validationView->setObjectName(u"validationPreviewView"_s);
  m_validationView->setModel(m_previewModel);
  m_validationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_validationView->setWordWrap(false);
  m_validationView->horizontalHeader()->setDefaultSectionSize(130);
  m_validationView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  m_validationView->verticalHeader()->setDefaultSectionSize(m_validationView->fontMetrics().height() + 6);
  splitter->addWidget(m_rejectsView);
  splitter->addWidget(m_validationView);
  layout->addWidget(splitter, 1);
  m_rejectsHint = new QLabel(m_validationPage);
  m_rejectsHint->setWordWrap(true);
  layout->addWidget(m_rejectsHint);
  m_skipInvalid = new QCheckBox(m_validationPage);
  m_skipInvalid->setObjectName(u"skipInvalidCheck"_s);
  layout->addWidget(m_skipInvalid);

  const auto jump = [this](const QModelIndex& index) {
    if (!index.isValid()) return;
    const qint64 row = m_rejectsModel->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
    const QString column = m_rejectsModel->item(index.row(), 1)->text();
    showRow(row, column);
  };
  connect(m_rejectsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, jump);
  connect(m_rejectsView, &QTableView::clicked, this, jump);
  connect(m_dryRunCancel, &QPushButton::clicked, this, &ImportWizard::cancelTask);
  connect(m_skipInvalid, &QCheckBox::toggled, m_validationPage, &Page::notifyComplete);

  m_validationPage->onInitialize = [this] { startTask(true); };
  m_validationPage->onCleanup = [this] { stopTaskNow(); };
  m_validationPage->complete = [this] {
    if (m_task || m_dryRunFailed || !m_dryRun) return false;
    if (m_dryRun->rowsRejected == 0) return true;
    // Some rows can land only when the others are left out, and only when asked to.
    return m_skipInvalid->isChecked() && m_dryRun->rowsRejected < m_dryRun->rowsRead;
  };
  setPage(ValidationPageId, m_validationPage);
}

void ImportWizard::createReportPage() {
  m_reportPage = new Page(this);
  m_reportPage->setObjectName(u"reportPage"_s);
  m_reportPage->setFinalPage(true);
  auto* layout = new QVBoxLayout(m_reportPage);
  m_reportHeadline = new QLabel(m_reportPage);
  m_reportHeadline->setObjectName(u"reportHeadline"_s);
  m_reportHeadline->setWordWrap(true);
  layout->addWidget(m_reportHeadline);
  auto* progressRow = new QHBoxLayout;
  m_importProgress = new QProgressBar(m_reportPage);
  m_importProgress->setObjectName(u"importProgress"_s);
  m_importCancel = new QPushButton(m_reportPage);
  m_importCancel->setObjectName(u"importCancel"_s);
  progressRow->addWidget(m_importProgress, 1);
  progressRow->addWidget(m_importCancel);
  layout->addLayout(progressRow);
  m_reportText = new QPlainTextEdit(m_reportPage);
  m_reportText->setObjectName(u"reportText"_s);
  m_reportText->setReadOnly(true);
  m_reportText->setLineWrapMode(QPlainTextEdit::NoWrap);
  m_reportText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  layout->addWidget(m_reportText, 1);
  connect(m_importCancel, &QPushButton::clicked, this, &ImportWizard::cancelTask);
  m_reportPage->onInitialize = [this] { startTask(false); };
  m_reportPage->complete = [this] { return m_importDone; };
  setPage(ReportPageId, m_reportPage);
}

void ImportWizard::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWizard::changeEvent(event);
}

void ImportWizard::retranslateUi() {
  setWindowTitle(tr("Import CRM Export"));
  setButtonText(QWizard::CommitButton, tr("&Import"));

  m_filePage->setTitle(tr("Choose the file"));
  m_filePage->setSubTitle(tr("A CRM export as CSV or Excel workbook (.xlsx)."));
  m_fileIntro->setText(
      tr("Choose the export to import into this workspace. You will see how it is read and how its columns "
         "map before anything is written."));
  m_fileLabel->setText(tr("&File:"));
  m_browseButton->setText(tr("&Browse…"));

  m_previewPage->setTitle(tr("Preview"));
  m_previewPage->setSubTitle(tr("The first rows as they will be read. Change the encoding or the separator if "
                                "the text or the columns look wrong."));
  m_encodingLabel->setText(tr("&Encoding:"));
  m_delimiterLabel->setText(tr("&Separator:"));
  m_sheetLabel->setText(tr("S&heet:"));
  m_headerRowLabel->setText(tr("Header &row:"));
  m_headerRowSpin->setToolTip(tr("The row that names the columns. Exports that start with a title or a date "
                                 "above the header are recognised; choose the row here if the columns look wrong."));
  {
    const QSignalBlocker blocker(m_delimiterCombo);
    for (int i = 1; i < m_delimiterCombo->count(); ++i)
      m_delimiterCombo->setItemText(i, delimiterText(m_delimiterCombo->itemData(i).toString().at(0).toLatin1()));
  }
  m_headerNote->setText(tr("Row numbers are those of the file, so a rejected row can be found in it."));
  updateDetection();

  m_mappingPage->setTitle(tr("Columns"));
  m_mappingPage->setSubTitle(tr("Which field of a lead each column holds. Columns without a field are kept as "
                                "attributes, so nothing is dropped."));
  m_profileChoiceLabel->setText(tr("&Profile:"));
  m_saveProfileButton->setText(tr("Save as Profile…"));
  m_shapeLabel->setText(tr("S&hape:"));
  {
    const QSignalBlocker blocker(m_shapeCombo);
    m_shapeCombo->setItemText(0, tr("One row per lead"));
    m_shapeCombo->setItemText(1, tr("One row per interaction"));
  }
  if (m_profileCombo->count() > 0) {
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->setItemText(0, tr("Automatic (from the column names)"));
  }
  m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Values"), tr("Field"), tr("Match")});

  m_validationPage->setTitle(tr("Check"));
  m_validationPage->setSubTitle(tr("A dry run reads the whole file and reports what would be imported; nothing is "
                                   "written yet."));
  m_validationIntro->setText(tr("Click a rejected row to see it in the file."));
  m_dryRunCancel->setText(tr("Cancel Check"));
  m_rejectsModel->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Reason")});
  m_rejectsHint->setText(
      tr("Fix rejected rows in the file and import it again, or leave them out and import the rest."));
  m_skipInvalid->setText(tr("&Leave out the rejected rows and import the others"));

  m_reportPage->setTitle(tr("Import"));
  m_reportPage->setSubTitle(tr("The file is written in one step: all of it lands, or nothing does."));
  m_importCancel->setText(tr("Cancel Import"));
}

// ---- file --------------------------------------------------------------------------------------

void ImportWizard::setFilePath(const QString& path) {
  m_fileEdit->setText(QDir::toNativeSeparators(path));
}

QString ImportWizard::filePath() const {
  return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
}

void ImportWizard::chooseFile() {
  const QString start = filePath().isEmpty()
                            ? QSettings().value(u"lastImportFolder"_s, QDir::homePath()).toString()
                            : QFileInfo(filePath()).absolutePath();
  const QString file = QFileDialog::getOpenFileName(
      this, tr("Import CRM Export"), start,
      tr("CRM exports (*.csv *.xlsx *.tsv *.txt);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)"));
  if (!file.isEmpty()) setFilePath(file);
}

// ---- preview -----------------------------------------------------------------------------------

bool ImportWizard::reloadPreview(qint64 firstRow) {
  crm::PreviewOptions options;
  options.path = filePath();
  options.encoding = m_encodingCombo->currentData().toString();
  if (const QString d = m_delimiterCombo->currentData().toString(); !d.isEmpty()) options.delimiter = d.at(0).toLatin1();
  options.sheet = m_sheetCombo->currentText();
  if (m_headerRowSpin->value() > 0) options.headerRow = m_headerRowSpin->value();
  options.firstRow = std::max<qint64>(2, firstRow);
  options.maxRows = kPreviewRows;

  m_previewModel->setPreview(nullptr);
  auto read = crm::readPreview(options);
  m_previewPath = options.path;
  if (!read) {
    m_preview = {};
    Error error = read.error();
    if (error.file.isEmpty()) error.file = QFileInfo(options.path).fileName();
    m_previewError = error.toString();
    log::get("ui")->warn("preview of {} failed: {}", QFileInfo(options.path).fileName().toStdString(),
                         errorCodeName(read.error().code));
  } else {
    m_preview = std::move(*read);
    m_previewError.clear();
  }
  m_previewModel->setPreview(&m_preview);
  {
    const QSignalBlocker blocker(m_sheetCombo);
    if (m_sheetCombo->count() != static_cast<int>(m_preview.sheets.size()) && !m_preview.sheets.empty()) {
      m_sheetCombo->clear();
      for (const QString& sheet : m_preview.sheets) m_sheetCombo->addItem(sheet);
      m_sheetCombo->setCurrentText(m_preview.sheet);
    }
  }
  const bool csv = m_preview.format != u"xlsx"_s;
  m_encodingCombo->setEnabled(csv);
  m_delimiterCombo->setEnabled(csv);
  m_sheetLabel->setVisible(!csv);
  m_sheetCombo->setVisible(!csv);
  updateDetection();
  emit previewReloaded();
  return m_previewError.isEmpty();
}

void ImportWizard::updateDetection() {
  if (!m_encodingCombo) return;
  {
    const QSignalBlocker b1(m_encodingCombo), b2(m_delimiterCombo);
    const bool read = m_previewError.isEmpty() && m_preview.format == u"csv"_s;
    m_encodingCombo->setItemText(0, read && m_encodingCombo->currentIndex() == 0
                                        ? tr("Detected: %1").arg(m_preview.encoding)
                                        : tr("Detect"));
    m_delimiterCombo->setItemText(0, read && m_delimiterCombo->currentIndex() == 0
                                         ? tr("Detected: %1").arg(delimiterText(m_preview.delimiter))
                                         : tr("Detect"));
    const bool found = m_previewError.isEmpty() && !m_preview.header.empty() && m_headerRowSpin->value() == 0;
    m_headerRowSpin->setSpecialValueText(found ? tr("Detected: row %1").arg(m_preview.headerRow) : tr("Detect"));
    m_headerRowSpin->updateGeometry();
  }
  if (!m_previewError.isEmpty()) {
    m_detectionLabel->setText(tr("The file cannot be read this way: %1").arg(m_previewError));
    return;
  }
  if (m_preview.header.empty()) {
    m_detectionLabel->clear();
    return;
  }
  QString how;
  if (m_preview.format == u"xlsx"_s) {
    how = tr("Excel workbook, sheet “%1”.").arg(m_preview.sheet);
  } else {
    const QString encoding = m_preview.hadBom ? tr("%1 with byte order mark").arg(m_preview.encoding) : m_preview.encoding;
    how = tr("Read as %1, separated by %2.").arg(encoding, delimiterText(m_preview.delimiter).toLower());
  }
  const QString count = m_preview.atEnd && m_preview.rowNumbers.size() < static_cast<std::size_t>(kPreviewRows)
                            ? tr("%n row(s) in the file.", nullptr, static_cast<int>(m_preview.rows.size()))
                            : tr("Rows %1 to %2 shown.")
                                  .arg(m_preview.rowNumbers.empty() ? 0 : m_preview.rowNumbers.front())
                                  .arg(m_preview.rowNumbers.empty() ? 0 : m_preview.rowNumbers.back());
  QString header;
  if (m_preview.headerRow > 1)
    header = u' ' + tr("The header is on row %1; the rows above it are skipped.").arg(m_preview.headerRow);
  m_detectionLabel->setText(tr("%1 %n column(s).", nullptr, static_cast<int>(m_preview.header.size())).arg(how) +
                            u' ' + count + header);
}

// ---- mapping -----------------------------------------------------------------------------------

QComboBox* ImportWizard::mappingCombo(int sourceColumn) const {
  return qobject_cast<QComboBox*>(m_mappingTable->cellWidget(sourceColumn, 2));
}

void ImportWizard::initMapping() {
  const QString signature = crm::headerSignature(m_preview.header);
  if (signature == m_mappedSignature && m_mappingTable->rowCount() == static_cast<int>(m_preview.header.size()))
    return;  // the same header as before: keep the person's choices
  m_mappedSignature = signature;

  m_profiles.clear();
  {
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("Automatic (from the column names)"));
    int matchIndex = 0;
    auto matching = crm::matchingProfile(m_workspace, m_preview.header);
    if (matching && *matching) {
      m_profiles.push_back(**matching);
      m_profileCombo->addItem(tr("%1 (matches this file)").arg((*matching)->name));
      matchIndex = 1;
    }
    for (auto& saved : crm::listProfiles(m_workspace)) {
      if (matchIndex == 1 && saved.profile.sourceKey == signature) continue;
      m_profiles.push_back(std::move(saved.profile));
      m_profileCombo->addItem(m_profiles.back().name);
    }
    m_profileCombo->setCurrentIndex(matchIndex);
  }
  applyProfileChoice(m_profileCombo->currentIndex());
}

void ImportWizard::applyProfileChoice(int index) {
  m_mappingError->clear();
  const QString fileName = QFileInfo(filePath()).fileName();
  if (index <= 0 || index > static_cast<int>(m_profiles.size())) {
    m_fromProfile = false;
    m_baseProfile = crm::MappingProfile{};
    m_baseProfile.name = QFileInfo(filePath()).completeBaseName();
    const auto suggestion = crm::suggestMapping(m_preview.header);
    {
      const QSignalBlocker blocker(m_shapeCombo);
      m_shapeCombo->setCurrentIndex(std::max(0, m_shapeCombo->findData(static_cast<int>(suggestion.shape))));
    }
    fillMappingTable(suggestion.columns);
    const auto mapped = std::count_if(suggestion.columns.begin(), suggestion.columns.end(),
                                      [](const auto& c) { return c.field.has_value(); });
    m_profileLabel->setText(tr("%1 of %2 columns were matched to fields by their names.")
                                .arg(mapped)
                                .arg(suggestion.columns.size()));
    return;
  }
  const crm::MappingProfile& profile = m_profiles[static_cast<std::size_t>(index - 1)];
  auto bound = profile.bind(m_preview.header, fileName);
  if (!bound) {
    m_mappingError->setText(tr("The profile “%1” does not fit this file: %2").arg(profile.name, bound.error().message));
    return;
  }
  m_fromProfile = true;
  m_baseProfile = profile;
  {
    const QSignalBlocker blocker(m_shapeCombo);
    m_shapeCombo->setCurrentIndex(std::max(0, m_shapeCombo->findData(static_cast<int>(profile.resolvedShape()))));
  }
  std::vector<crm::ColumnSuggestion> columns;
  for (const auto& mapping : *bound) {
    crm::ColumnSuggestion column;
    column.header = mapping.header;
    column.field = mapping.ignore ? std::nullopt : mapping.field;
    column.confidence = crm::MatchConfidence::Profile;
    columns.push_back(std::move(column));
  }
  fillMappingTable(columns);
  for (int row = 0; row < static_cast<int>(bound->size()); ++row)
    if ((*bound)[static_cast<std::size_t>(row)].ignore)
      mappingCombo(row)->setCurrentIndex(mappingCombo(row)->findData(kIgnoreColumn));
  const bool matches = profile.sourceKey == crm::headerSignature(m_preview.header);
  m_profileLabel->setText(matches ? tr("The saved profile “%1” matches this file's columns and was applied.").arg(profile.name)
                                  : tr("The profile “%1” was applied.").arg(profile.name));
}

void ImportWizard::applyShapeChoice() {
  // A different shape reads some headers differently ("Notes", "Duration", "Date"), so an
  // automatic mapping is suggested afresh; a profile's choices stay.
  if (m_fromProfile) return;
  const auto shape = static_cast<crm::ExportShape>(m_shapeCombo->currentData().toInt());
  fillMappingTable(crm::suggestMapping(m_preview.header, shape).columns);
}

void ImportWizard::fillMappingTable(const std::vector<crm::ColumnSuggestion>& columns) {
  m_mappingTable->setRowCount(0);
  m_mappingTable->setRowCount(static_cast<int>(columns.size()));
  for (int row = 0; row < static_cast<int>(columns.size()); ++row) {
    const auto& column = columns[static_cast<std::size_t>(row)];
    auto* header = new QTableWidgetItem(column.header);
    m_mappingTable->setItem(row, 0, header);
    auto* samples = new QTableWidgetItem(samplesOf(m_preview, row));
    samples->setToolTip(samples->text());
    m_mappingTable->setItem(row, 1, samples);
    auto* combo = new QComboBox(m_mappingTable);
    combo->addItem(tr("(keep as attribute)"), kKeepAsAttribute);
    combo->addItem(tr("(leave out)"), kIgnoreColumn);
    combo->insertSeparator(combo->count());
    for (const auto& info : crm::allFields()) combo->addItem(fieldLabel(info.field), static_cast<int>(info.field));
    combo->setCurrentIndex(column.field ? combo->findData(static_cast<int>(*column.field)) : 0);
    m_mappingTable->setCellWidget(row, 2, combo);
    auto* match = new QTableWidgetItem(column.field || column.confidence == crm::MatchConfidence::Low
                                           ? confidenceText(column.confidence)
                                           : confidenceText(crm::MatchConfidence::None));
    match->setData(Qt::UserRole, QString::fromLatin1(crm::matchConfidenceName(column.confidence)));
    m_mappingTable->setItem(row, 3, match);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, match] {
      match->setText(tr("Chosen"));
      match->setData(Qt::UserRole, u"chosen"_s);
      m_mappingError->clear();
    });
  }
}

crm::MappingProfile ImportWizard::currentProfile() const {
  crm::MappingProfile profile = m_baseProfile;
  if (profile.name.isEmpty()) profile.name = QFileInfo(filePath()).completeBaseName();
  profile.sourceKey = crm::headerSignature(m_preview.header);
  profile.shape = static_cast<crm::ExportShape>(m_shapeCombo->currentData().toInt());
  profile.headerRow = m_preview.headerRow;
  if (m_preview.format == u"csv"_s) {
    profile.encoding = m_preview.encoding;
    profile.delimiter = m_preview.delimiter == '\t' ? u"\\t"_s : QString(QChar::fromLatin1(m_preview.delimiter));
    profile.sheet.clear();
  } else {
    profile.encoding.clear();
    profile.delimiter.clear();
    profile.sheet = m_preview.sheet;
  }
  profile.columns.clear();
  for (int row = 0; row < m_mappingTable->rowCount(); ++row) {
    crm::ColumnMapping column;
    column.header = m_mappingTable->item(row, 0)->text();
    const int choice = mappingCombo(row)->currentData().toInt();
    if (choice == kIgnoreColumn)
      column.ignore = true;
    else if (choice >= 0)
      column.field = static_cast<crm::Field>(choice);
    profile.columns.push_back(std::move(column));
  }
  return profile;
}

bool ImportWizard::checkMapping() {
  const crm::MappingProfile profile = currentProfile();
  // Two columns for one field would make one of them win silently.
  std::map<int, QString> taken;
  for (const auto& column : profile.columns) {
    if (!column.field || column.ignore) continue;
    const auto [it, inserted] = taken.emplace(static_cast<int>(*column.field), column.header);
    if (!inserted) {
      m_mappingError->setText(tr("The columns “%1” and “%2” are both mapped to %3. Choose one.")
                                  .arg(it->second, column.header, fieldLabel(*column.field)));
      return false;
    }
  }
  auto bound = profile.bind(m_preview.header, QFileInfo(filePath()).fileName());
  if (!bound) {
    m_mappingError->setText(bound.error().message);
    return false;
  }
  m_mappingError->clear();
  return true;
}

bool ImportWizard::saveProfileAs(const QString& name) {
  if (name.trimmed().isEmpty()) return false;
  crm::MappingProfile profile = currentProfile();
  profile.name = name.trimmed();
  auto saved = crm::saveProfile(m_workspace, profile);
  if (!saved) {
    m_mappingError->setText(tr("The profile could not be saved: %1").arg(saved.error().toString()));
    return false;
  }
  m_baseProfile.name = profile.name;
  m_profileLabel->setText(tr("Saved as the profile “%1”; the next export with these columns uses it.").arg(profile.name));
  log::get("ui")->info("mapping profile saved ({} columns)", profile.columns.size());
  return true;
}

void ImportWizard::askProfileName() {
  bool ok = false;
  const QString name = QInputDialog::getText(this, tr("Save as Profile"), tr("Profile name:"), QLineEdit::Normal,
                                             currentProfile().name, &ok);
  if (ok) saveProfileAs(name);
}

// ---- dry run and import ------------------------------------------------------------------------

crm::ImportOptions ImportWizard::importOptions(bool dryRun) const {
  crm::ImportOptions options;
  options.path = filePath();
  options.profile = currentProfile();
  options.sheet = m_preview.format == u"xlsx"_s ? m_preview.sheet : QString();
  options.dryRun = dryRun;
  // A dry run always leaves the rejected rows out, so that it counts what the rest would add.
  options.skipInvalidRows = dryRun || m_skipInvalid->isChecked();
  return options;
}

void ImportWizard::startTask(bool dryRun) {
  if (m_task) return;
  if (dryRun) {
    m_dryRun.reset();
    m_dryRunFailed = false;
    m_rejectsModel->removeRows(0, m_rejectsModel->rowCount());
    m_summaryLabel->setText(tr("Checking %1…").arg(QFileInfo(filePath()).fileName()));
    m_dryRunProgress->setRange(0, 100);
    m_dryRunProgress->setValue(0);
    m_dryRunProgress->show();
    m_dryRunCancel->show();
    m_dryRunCancel->setEnabled(true);
  } else {
    m_report.reset();
    m_importDone = false;
    m_reportText->clear();
    m_reportHeadline->setText(tr("Importing %1…").arg(QFileInfo(filePath()).fileName()));
    m_importProgress->setRange(0, 100);
    m_importProgress->setValue(0);
    m_importProgress->show();
    m_importCancel->show();
    m_importCancel->setEnabled(true);
  }
  m_taskIsDryRun = dryRun;
  m_task = new ImportTask(m_workspace, importOptions(dryRun), this);
  connect(m_task, &ImportTask::progressChanged, this, &ImportWizard::onTaskProgress);
  connect(m_task, &ImportTask::finished, this, &ImportWizard::onTaskFinished);
  emit workspaceBusyChanged(true);
  log::get("ui")->info("{} of {} started from the wizard", dryRun ? "dry run" : "import",
                       QFileInfo(filePath()).fileName().toStdString());
  m_task->start();
}

void ImportWizard::cancelTask() {
  if (!m_task) return;
  m_task->cancel();
  (m_taskIsDryRun ? m_dryRunCancel : m_importCancel)->setEnabled(false);
}

void ImportWizard::onTaskProgress(int percent, qint64 rowsRead, bool finishing) {
  QProgressBar* bar = m_taskIsDryRun ? m_dryRunProgress : m_importProgress;
  if (finishing || percent < 0) {
    bar->setRange(0, 0);
  } else {
    bar->setRange(0, 100);
    bar->setValue(percent);
  }
  bar->setFormat(tr("%1 rows read").arg(QLocale().toString(rowsRead)));
  bar->setTextVisible(true);
}

void ImportWizard::onTaskFinished() {
  ImportTask* task = m_task;
  m_task = nullptr;
  const Result<crm::ImportReport> result = task->result();
  task->deleteLater();
  emit workspaceBusyChanged(false);
  if (m_taskIsDryRun)
    showDryRun(result);
  else
    showImportResult(result);
}

void ImportWizard::showDryRun(const Result<crm::ImportReport>& result) {
  m_dryRunProgress->hide();
  m_dryRunCancel->hide();
  auto logger = log::get("ui");
  if (!result) {
    m_dryRunFailed = true;
    Error error = result.error();
    if (error.file.isEmpty()) error.file = QFileInfo(filePath()).fileName();
    m_summaryLabel->setText(error.code == ErrorCode::Cancelled ? tr("The check was cancelled. Go back one page and "
                                                                    "press Next to run it again.")
                                                               : tr("The file cannot be imported: %1").arg(error.toString()));
    if (error.code != ErrorCode::Cancelled)
      logger->warn("dry run of {} failed: {}", error.file.toStdString(), errorCodeName(error.code));
    m_validationPage->notifyComplete();
    emit dryRunFinished(false);
    return;
  }
  m_dryRun = *result;
  const crm::ImportReport& r = *m_dryRun;
  const qint64 leads = r.leadsInserted + r.leadsCreatedFromInteractions;
  QStringList lines;
  lines << tr("%Ln row(s) read.", nullptr, static_cast<int>(r.rowsRead));
  if (r.status != crm::ImportReport::Status::Rejected) {
    lines << tr("New leads: %1. Updated leads: %2. Unchanged leads: %3.")
                 .arg(QLocale().toString(leads), QLocale().toString(r.leadsUpdated),
                      QLocale().toString(r.leadsUnchanged));
    lines << tr("New interactions: %1 (already in the workspace: %2).")
                 .arg(QLocale().toString(r.interactionsInserted), QLocale().toString(r.interactionsAlreadyPresent));
  }
  if (r.rowsRejected > 0)
    lines << u"<b>"_s + tr("%Ln row(s) rejected.", nullptr, static_cast<int>(r.rowsRejected)) + u"</b>"_s;
  else
    lines << tr("No row was rejected.");
  for (const QString& note : r.notes) lines << note.toHtmlEscaped();
  m_summaryLabel->setText(lines.join(u"<br>"_s));

  for (const auto& reject : r.rejects) {
    auto* rowItem = new QStandardItem(QLocale().toString(reject.row));
    rowItem->setData(reject.row, Qt::UserRole);
    auto* columnItem = new QStandardItem(reject.column);
    auto* reasonItem = new QStandardItem(reject.reason);
    reasonItem->setToolTip(reject.reason);
    m_rejectsModel->appendRow({rowItem, columnItem, reasonItem});
  }
  const bool anyRejects = r.rowsRejected > 0;
  m_rejectsView->setVisible(anyRejects);
  m_rejectsHint->setVisible(anyRejects);
  m_skipInvalid->setVisible(anyRejects);
  m_validationIntro->setVisible(anyRejects);
  if (anyRejects) {
    // Issues panel: where and why, never the values (they may be personal data).
    logger->warn("{}: {} of {} rows would be rejected", r.file.toStdString(), r.rowsRejected, r.rowsRead);
    const std::size_t listed = std::min<std::size_t>(r.rejects.size(), 50);
    for (std::size_t i = 0; i < listed; ++i)
      logger->warn("{} row {}{}: {}", r.file.toStdString(), r.rejects[i].row,
                   r.rejects[i].column.isEmpty() ? std::string() : ", column '" + r.rejects[i].column.toStdString() + "'",
                   r.rejects[i].category.toStdString());
  }
  m_validationPage->notifyComplete();
  emit dryRunFinished(true);
}

void ImportWizard::showImportResult(const Result<crm::ImportReport>& result) {
  m_importProgress->hide();
  m_importCancel->hide();
  m_importDone = true;
  const QString file = QFileInfo(filePath()).fileName();
  if (!result) {
    Error error = result.error();
    if (error.file.isEmpty()) error.file = file;
    if (error.code == ErrorCode::Cancelled) {
      m_reportHeadline->setText(tr("The import of %1 was cancelled; the workspace is unchanged.").arg(file));
      log::get("ui")->info("import of {} cancelled in the wizard", file.toStdString());
    } else {
      m_reportHeadline->setText(tr("The import of %1 failed; the workspace is unchanged.").arg(file));
      log::get("ui")->error("import of {} failed: {}", file.toStdString(), errorCodeName(error.code));
    }
    m_reportText->setPlainText(error.toString());
    m_reportPage->notifyComplete();
    emit importFinished(false, error.toString());
    return;
  }
  m_report = *result;
  using Status = crm::ImportReport::Status;
  switch (m_report->status) {
    case Status::Imported: m_reportHeadline->setText(tr("%1 was imported.").arg(file)); break;
    case Status::ImportedWithRejects:
      m_reportHeadline->setText(tr("%1 was imported without its rejected rows.").arg(file));
      break;
    case Status::Unchanged:
      m_reportHeadline->setText(tr("Nothing new in %1: the workspace already holds all of it.").arg(file));
      break;
    case Status::Rejected:
      m_reportHeadline->setText(tr("Nothing was imported from %1: some rows were rejected.").arg(file));
      break;
    case Status::DryRun: m_reportHeadline->setText(tr("%1 was checked; nothing was written.").arg(file)); break;
  }
  m_reportText->setPlainText(m_report->toText());
  const bool landed = m_report->status == Status::Imported || m_report->status == Status::ImportedWithRejects;
  if (m_report->status == Status::Rejected || m_report->status == Status::ImportedWithRejects)
    log::get("ui")->warn("{}: {} rows rejected on import", file.toStdString(), m_report->rowsRejected);
  m_reportPage->notifyComplete();
  emit importFinished(landed, m_report->toText());
}

QString ImportWizard::reportText() const {
  return m_reportText->toPlainText();
}

void ImportWizard::stopTaskNow() {
  if (!m_task) return;
  // Cancellation is checked every few thousand rows: the wait is short, and nothing lands.
  const bool dryRun = m_taskIsDryRun;
  m_task->cancel();
  m_task->waitForFinished();
  delete m_task;
  m_task = nullptr;
  emit workspaceBusyChanged(false);
  if (!dryRun) emit importFinished(false, tr("The import was cancelled; the workspace is unchanged."));
}

void ImportWizard::reject() {
  stopTaskNow();
  QWizard::reject();
}

// ---- jumping to a row --------------------------------------------------------------------------

bool ImportWizard::showRow(qint64 spreadsheetRow, const QString& column) {
  int index = m_previewModel->indexOfRow(spreadsheetRow);
  if (index < 0) {
    // Beyond (or before) the rows read: read a window that puts the row near the top.
    if (!reloadPreview(std::max<qint64>(2, spreadsheetRow - 5))) return false;
    index = m_previewModel->indexOfRow(spreadsheetRow);
    if (index < 0) return false;
  }
  int col = -1;
  for (int c = 0; !column.isEmpty() && c < static_cast<int>(m_preview.header.size()); ++c)
    if (m_previewModel->headerData(c, Qt::Horizontal).toString().trimmed() == column.trimmed()) col = c;
  selectPreviewRow(m_previewView, index, col);
  selectPreviewRow(m_validationView, index, col);
  return true;
}

void ImportWizard::selectPreviewRow(QTableView* view, int row, int column) {
  auto* selection = view->selectionModel();
  const QModelIndex first = m_previewModel->index(row, 0);
  const QModelIndex target = m_previewModel->index(row, std::max(0, column));
  selection->select(QItemSelection(first, m_previewModel->index(row, m_previewModel->columnCount() - 1)),
                    QItemSelectionModel::ClearAndSelect);
  selection->setCurrentIndex(target, QItemSelectionModel::NoUpdate);
  view->scrollTo(target, QAbstractItemView::PositionAtCenter);
}

}  // namespace ll::ui
