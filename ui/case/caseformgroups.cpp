#include "caseform.h"
#include "caseformparts.h"

#include "colors.h"
#include "format.h"
#include "tablemodel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace pension::gui {

using namespace caseform;

namespace {

QLineEdit *lineEdit(const char *name, const QString &placeholder = {}, int maxLength = 64)
{
    auto *e = new QLineEdit;
    e->setObjectName(QString::fromLatin1(name));
    e->setPlaceholderText(placeholder);
    e->setMaxLength(maxLength);
    e->setClearButtonEnabled(false);
    return e;
}

void setupTable(QTableView *view, int rows)
{
    view->setSelectionMode(QAbstractItemView::ContiguousSelection);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->horizontalHeader()->setMinimumSectionSize(40);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->setTabKeyNavigation(false);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setWordWrap(false);
    sizeTable(view, rows);
}

} // namespace

CaseForm::CaseForm(const ParameterLibrary &library, QWidget *parent) : QWidget(parent), m_library(library)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);

    m_formError = new QLabel;
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    colors::setText(m_formError, colors::error);
    m_formError->hide();
    outer->addWidget(m_formError);

    outer->addWidget(buildPersonGroup());
    outer->addWidget(buildRecordGroup());
    outer->addWidget(buildPlanGroup());
    outer->addStretch();

    onRetireModeChanged();
    retranslate();
    connectEdits();
    setTabOrders();
    setUpClerkKeys();
}

// --- the person ---

QGroupBox *CaseForm::buildPersonGroup()
{
    m_personBox = new QGroupBox;
    auto *personForm = new QFormLayout(m_personBox);
    personForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = lineEdit("nameEdit", {}, 60);
    m_idNumber = lineEdit("idNumberEdit", {}, 40);
    m_sex = new QComboBox;
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->addItem(QString(), QStringLiteral("male"));
    m_sex->addItem(QString(), QStringLiteral("female"));
    m_birth = lineEdit("birthEdit", {}, 20);
    m_track = new QComboBox;
    m_track->setObjectName(QStringLiteral("trackCombo"));
    for (const char *t : {"male-60", "female-55", "female-50"})
        m_track->addItem(QString(), QString::fromLatin1(t));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(QString(), QStringLiteral("flexible"));
    m_kind->addItem(QString(), QStringLiteral("employee"));
    addRow(personForm, QStringLiteral("person.name"), m_name);
    addRow(personForm, QStringLiteral("person.idNumber"), m_idNumber);
    addRow(personForm, QStringLiteral("person.sex"), m_sex);
    addRow(personForm, QStringLiteral("person.birth"), m_birth);
    addRow(personForm, QStringLiteral("person.track"), m_track);
    addRow(personForm, QStringLiteral("insurance.kind"), m_kind);
    return m_personBox;
}

// --- the record: region, statement month, the statement or the history ---

QGroupBox *CaseForm::buildRecordGroup()
{
    m_recordBox = new QGroupBox;
    auto *recordLayout = new QVBoxLayout(m_recordBox);
    auto *recordForm = new QFormLayout;
    recordForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QWidget *regionRow = buildRegionSearch();
    m_asOf = lineEdit("asOfEdit", {}, 20);
    addRow(recordForm, QStringLiteral("region"), regionRow);
    addRow(recordForm, QStringLiteral("asOf"), m_asOf);
    recordLayout->addLayout(recordForm);

    auto *modeRow = new QHBoxLayout;
    m_statementRadio = new QRadioButton;
    m_statementRadio->setObjectName(QStringLiteral("statementRadio"));
    m_historyRadio = new QRadioButton;
    m_historyRadio->setObjectName(QStringLiteral("historyRadio"));
    m_recordMode = new QButtonGroup(this);
    m_recordMode->addButton(m_statementRadio, 0);
    m_recordMode->addButton(m_historyRadio, 1);
    m_statementRadio->setChecked(true);
    modeRow->addWidget(m_statementRadio);
    modeRow->addWidget(m_historyRadio);
    modeRow->addStretch();
    recordLayout->addLayout(modeRow);

    // The two ways in, one shown at a time (hidden pages take no room, unlike a QStackedWidget's).
    recordLayout->addWidget(buildStatementPage());
    recordLayout->addWidget(buildHistoryPage());
    m_historyPage->hide();
    return m_recordBox;
}

// The region: the list, the search beside it and the offer of the ID number's region under them.
QWidget *CaseForm::buildRegionSearch()
{
    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("regionCombo"));
    // Search: typing part of a province or city name (中文 or English) or its id lists the matches.
    m_regionSearch = lineEdit("regionSearchEdit", {}, 16);
    m_regionModel = new QStandardItemModel(this);
    m_regionCompleter = new QCompleter(m_regionModel, this);
    m_regionCompleter->setObjectName(QStringLiteral("regionCompleter"));
    m_regionCompleter->setFilterMode(Qt::MatchContains);
    m_regionCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_regionCompleter->setCompletionMode(QCompleter::PopupCompletion);
    m_regionSearch->setCompleter(m_regionCompleter);
    m_regionSuggest = new QPushButton;
    m_regionSuggest->setObjectName(QStringLiteral("regionSuggestButton"));
    m_regionSuggest->setVisible(false);
    fillRegions();
    auto *regionRow = new QWidget;
    auto *regionLayout = new QVBoxLayout(regionRow);
    regionLayout->setContentsMargins(0, 0, 0, 0);
    auto *regionLine = new QHBoxLayout;
    regionLine->addWidget(m_region, 2);
    regionLine->addWidget(m_regionSearch, 1);
    regionLayout->addLayout(regionLine);
    regionLayout->addWidget(m_regionSuggest, 0, Qt::AlignLeft);
    return regionRow;
}

// The statement's figures.
QWidget *CaseForm::buildStatementPage()
{
    m_statementPage = new QWidget;
    auto *statementPage = m_statementPage;
    auto *statementForm = new QFormLayout(statementPage);
    statementForm->setContentsMargins(0, 0, 0, 0);
    statementForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_deemed = lineEdit("deemedEdit", {});
    m_preAccount = lineEdit("preAccountEdit", {});
    m_accountMonths = lineEdit("accountMonthsEdit", {});
    m_averageIndex = lineEdit("averageIndexEdit", {});
    m_accountBalance = lineEdit("accountBalanceEdit", {});
    addRow(statementForm, QStringLiteral("record.deemedMonths"), m_deemed);
    addRow(statementForm, QStringLiteral("record.preAccountMonths"), m_preAccount);
    addRow(statementForm, QStringLiteral("record.accountMonths"), m_accountMonths);
    addRow(statementForm, QStringLiteral("record.averageIndex"), m_averageIndex);
    addRow(statementForm, QStringLiteral("record.accountBalance"), m_accountBalance);
    // Figures only some provinces' statements print (their rules say when they are needed).
    m_transitionIndex = lineEdit("transitionIndexEdit", {});
    m_transitionMonths = lineEdit("transitionMonthsEdit", {});
    m_transitionPaidMonths = lineEdit("transitionPaidMonthsEdit", {});
    m_localPensionBase = lineEdit("localPensionBaseEdit", {});
    addRow(statementForm, QStringLiteral("record.transitionIndex"), m_transitionIndex);
    addRow(statementForm, QStringLiteral("record.transitionMonths"), m_transitionMonths);
    addRow(statementForm, QStringLiteral("record.transitionPaidMonths"), m_transitionPaidMonths);
    addRow(statementForm, QStringLiteral("overrides.localPensionBase"), m_localPensionBase);
    m_indexedWage = lineEdit("indexedWageEdit", {});
    addRow(statementForm, QStringLiteral("record.indexedWage"), m_indexedWage);
    m_oldMethodTransitional = lineEdit("oldMethodTransitionalEdit", {});
    addRow(statementForm, QStringLiteral("record.oldMethodTransitional"), m_oldMethodTransitional);
    m_oldMethodIndex = lineEdit("oldMethodIndexEdit", {});
    addRow(statementForm, QStringLiteral("record.oldMethodIndex"), m_oldMethodIndex);
    m_notionalCredits = lineEdit("notionalCreditsEdit", {});
    addRow(statementForm, QStringLiteral("record.notionalCredits"), m_notionalCredits);
    // The on-claim local items (西藏 area allowances, 重庆 one-child increase): one check box each.
    m_claims = new QListWidget;
    m_claims->setObjectName(QStringLiteral("localItemClaimsList"));
    m_claims->setSelectionMode(QAbstractItemView::NoSelection);
    // A long item name is elided (the full name is its tooltip) rather than scrolled under a horizontal bar.
    m_claims->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_claims->setTextElideMode(Qt::ElideMiddle);
    // The names are long ("其他待遇（二类地区：交通费、取暖防寒费、过渡期福利金）"): the list spans the form's width
    // under its label.
    const QString claimsPath = QStringLiteral("record.localItemClaims");
    m_claimsLabel = new QLabel(labelText(claimsPath));
    m_labels.insert(claimsPath, m_claimsLabel);
    QWidget *claimsBox = field(m_claims, claimsPath, m_claimsLabel);
    m_claimsLabel->setBuddy(m_claims);
    statementForm->addRow(m_claimsLabel);
    statementForm->addRow(claimsBox);
    const QString monthsPath = QStringLiteral("record.localItemMonths");
    m_itemMonthsBox = new QWidget;
    m_itemMonthsBox->setObjectName(QStringLiteral("localItemMonthsBox"));
    m_itemMonthsForm = new QFormLayout(m_itemMonthsBox);
    m_itemMonthsForm->setContentsMargins(0, 0, 0, 0);
    m_itemMonthsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_itemMonthsLabel = new QLabel(labelText(monthsPath));
    m_labels.insert(monthsPath, m_itemMonthsLabel);
    QWidget *monthsBox = field(m_itemMonthsBox, monthsPath, m_itemMonthsLabel);
    statementForm->addRow(m_itemMonthsLabel);
    statementForm->addRow(monthsBox);
    m_statementForm = statementForm;
    fillClaims();
    return statementPage;
}

// The year-by-year history: the table, its buttons and hints.
QWidget *CaseForm::buildHistoryPage()
{
    m_historyPage = new QWidget;
    auto *historyPage = m_historyPage;
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto *historyForm = new QFormLayout;
    historyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_historyDeemed = lineEdit("historyDeemedEdit", {});
    m_accountStart = lineEdit("accountStartEdit", {}, 20);
    addRow(historyForm, QStringLiteral("insurance.deemedMonths"), m_historyDeemed);
    addRow(historyForm, QStringLiteral("insurance.accountStart"), m_accountStart);
    historyLayout->addLayout(historyForm);
    m_historyModel = new TextTableModel(HColumns, &historyHeaders, this);
    m_historyView = new PasteTableView;
    m_historyView->setObjectName(QStringLiteral("historyTable"));
    m_historyView->setModel(m_historyModel);
    setupTable(m_historyView, 8);
    m_historyModel->insertRows(0, 3);
    historyLayout->addWidget(m_historyView);
    m_historyError = new QLabel;
    m_historyError->setObjectName(QStringLiteral("historyError"));
    m_historyError->setWordWrap(true);
    colors::setText(m_historyError, colors::error);
    m_historyError->hide();
    m_fields.insert(QStringLiteral("history"), {nullptr, m_historyError});
    historyLayout->addWidget(m_historyError);
    auto *historyButtons = new QHBoxLayout;
    m_addRow = new QPushButton;
    m_addRow->setObjectName(QStringLiteral("addHistoryRowButton"));
    m_removeRow = new QPushButton;
    m_removeRow->setObjectName(QStringLiteral("removeHistoryRowButton"));
    m_paste = new QPushButton;
    m_paste->setObjectName(QStringLiteral("pasteHistoryButton"));
    m_import = new QPushButton;
    m_import->setObjectName(QStringLiteral("importHistoryButton"));
    for (QPushButton *b : {m_addRow, m_removeRow, m_paste, m_import})
        historyButtons->addWidget(b);
    historyButtons->addStretch();
    historyLayout->addLayout(historyButtons);
    m_importStatus = new QLabel;
    m_importStatus->setObjectName(QStringLiteral("importStatus"));
    m_importStatus->setWordWrap(true);
    m_importStatus->hide();
    historyLayout->addWidget(m_importStatus);
    m_historyHint = new QLabel;
    m_historyHint->setWordWrap(true);
    colors::setText(m_historyHint, colors::hint);
    historyLayout->addWidget(m_historyHint);
    return historyPage;
}

// --- the plan: grade, stopping, retirement, contribution periods ---

QGroupBox *CaseForm::buildPlanGroup()
{
    m_planBox = new QGroupBox;
    auto *planForm = new QFormLayout(m_planBox);
    planForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_grade = new QComboBox;
    m_grade->setObjectName(QStringLiteral("gradeCombo"));
    m_grade->setEditable(true);
    m_grade->setInsertPolicy(QComboBox::NoInsert);
    m_grade->lineEdit()->setMaxLength(20);
    fillGrades();
    m_grade->setCurrentText(Format::grade(law::kMinGrade));
    addRow(planForm, QStringLiteral("plan.grade"), m_grade);

    auto *stopBox = new QWidget;
    stopBox->setObjectName(QStringLiteral("stopBox"));
    auto *stopRow = new QHBoxLayout(stopBox);
    stopRow->setContentsMargins(0, 0, 0, 0);
    m_stopCheck = new QCheckBox;
    m_stopCheck->setObjectName(QStringLiteral("stopCheck"));
    m_stopYears = new QSpinBox;
    m_stopYears->setObjectName(QStringLiteral("stopYearsSpin"));
    m_stopYears->setRange(1, 50);
    m_stopYears->setValue(15);
    m_stopYears->setEnabled(false);
    stopRow->addWidget(m_stopCheck);
    stopRow->addWidget(m_stopYears);
    stopRow->addStretch();
    addRow(planForm, QStringLiteral("plan.stopYears"), stopBox);

    auto *retireBox = new QWidget;
    auto *retireRow = new QHBoxLayout(retireBox);
    retireRow->setContentsMargins(0, 0, 0, 0);
    m_retireMode = new QComboBox;
    m_retireMode->setObjectName(QStringLiteral("retireCombo"));
    for (int i = 0; i < 4; ++i)
        m_retireMode->addItem(QString(), i);
    m_retireMonths = new QSpinBox;
    m_retireMonths->setObjectName(QStringLiteral("retireMonthsSpin"));
    m_retireMonths->setRange(1, 36);
    m_retireMonths->setValue(12);
    m_retireMonth = lineEdit("retireMonthEdit", {}, 20);
    retireRow->addWidget(m_retireMode, 2);
    retireRow->addWidget(m_retireMonths, 1);
    retireRow->addWidget(m_retireMonth, 1);
    auto *retireColumn = new QWidget;
    retireColumn->setObjectName(QStringLiteral("retireBox"));
    auto *retireColumnLayout = new QVBoxLayout(retireColumn);
    retireColumnLayout->setContentsMargins(0, 0, 0, 0);
    retireColumnLayout->setSpacing(2);
    retireColumnLayout->addWidget(retireBox);
    m_retireHint = new QLabel;
    m_retireHint->setObjectName(QStringLiteral("retireWindowLabel"));
    m_retireHint->setWordWrap(true);
    colors::setText(m_retireHint, colors::hint);
    retireColumnLayout->addWidget(m_retireHint);
    addRow(planForm, QStringLiteral("plan.retire"), retireColumn);

    auto *periodsBox = new QWidget;
    periodsBox->setObjectName(QStringLiteral("periodsBox"));
    auto *periodsLayout = new QVBoxLayout(periodsBox);
    periodsLayout->setContentsMargins(0, 0, 0, 0);
    m_periodsModel = new TextTableModel(PColumns, &periodHeaders, this);
    m_periodsModel->setDisplay(PKind, [](const QString &key) {
        if (key == QStringLiteral("employee"))
            return Format::kind(InsuranceKind::Employee);
        if (key == QStringLiteral("flexible"))
            return Format::kind(InsuranceKind::Flexible);
        return key;
    });
    m_periodsView = new PasteTableView;
    m_periodsView->setObjectName(QStringLiteral("periodsTable"));
    m_periodsView->setModel(m_periodsModel);
    m_periodsView->setItemDelegateForColumn(PKind, new ChoiceDelegate(
                                                       {QStringLiteral("flexible"), QStringLiteral("employee")},
                                                       [](const QString &key) {
                                                           return Format::kind(key == QStringLiteral("employee")
                                                                                   ? InsuranceKind::Employee
                                                                                   : InsuranceKind::Flexible);
                                                       },
                                                       m_periodsView));
    setupTable(m_periodsView, 3);
    periodsLayout->addWidget(m_periodsView);
    auto *periodButtons = new QHBoxLayout;
    m_addPeriod = new QPushButton;
    m_addPeriod->setObjectName(QStringLiteral("addPeriodButton"));
    m_removePeriod = new QPushButton;
    m_removePeriod->setObjectName(QStringLiteral("removePeriodButton"));
    periodButtons->addWidget(m_addPeriod);
    periodButtons->addWidget(m_removePeriod);
    periodButtons->addStretch();
    periodsLayout->addLayout(periodButtons);
    m_periodsHint = new QLabel;
    m_periodsHint->setWordWrap(true);
    colors::setText(m_periodsHint, colors::hint);
    periodsLayout->addWidget(m_periodsHint);
    addRow(planForm, QStringLiteral("plan.contributions"), periodsBox);
    m_periodsError = m_fields[QStringLiteral("plan.contributions")].error;
    return m_planBox;
}

// --- the signals, the tab order and the rows ---

void CaseForm::connectEdits()
{
    // The region's on-claim items are listed before anything recalculates with the new region.
    connect(m_region, &QComboBox::currentIndexChanged, this, &CaseForm::fillClaims);
    // Every edit asks for a new calculation.
    for (QLineEdit *e : textEdits())
        connect(e, &QLineEdit::textChanged, this, &CaseForm::emitChanged);
    connect(m_claims, &QListWidget::itemChanged, this, &CaseForm::emitChanged);
    connect(m_idNumber, &QLineEdit::textEdited, this, &CaseForm::onIdEdited);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &CaseForm::onSexChanged);
    for (QComboBox *c : {m_track, m_kind, m_region})
        connect(c, &QComboBox::currentIndexChanged, this, &CaseForm::emitChanged);
    connect(m_region, &QComboBox::currentIndexChanged, this, &CaseForm::fillGrades);
    connect(m_regionCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { selectRegion(index.data(Qt::UserRole).toString()); });
    connect(m_regionSearch, &QLineEdit::returnPressed, this, &CaseForm::onRegionSearch);
    connect(m_regionSuggest, &QPushButton::clicked, this,
            [this] { selectRegion(m_regionSuggest->property("region").toString()); });
    // Once the suggested region is chosen (by any means), the offer goes.
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        if (m_region->currentData().toString() == m_regionSuggest->property("region").toString())
            m_regionSuggest->setVisible(false);
    });
    connect(m_grade, &QComboBox::currentTextChanged, this, &CaseForm::emitChanged);
    connect(m_recordMode, &QButtonGroup::idToggled, this, &CaseForm::onRecordModeChanged);
    connect(m_stopCheck, &QCheckBox::toggled, m_stopYears, &QSpinBox::setEnabled);
    connect(m_stopCheck, &QCheckBox::toggled, this, &CaseForm::emitChanged);
    connect(m_stopYears, &QSpinBox::valueChanged, this, &CaseForm::emitChanged);
    connect(m_retireMode, &QComboBox::currentIndexChanged, this, &CaseForm::onRetireModeChanged);
    connect(m_retireMonths, &QSpinBox::valueChanged, this, &CaseForm::emitChanged);
    connect(m_historyModel, &TextTableModel::edited, this, &CaseForm::emitChanged);
    connect(m_periodsModel, &TextTableModel::edited, this, &CaseForm::emitChanged);
    connect(m_historyView, &PasteTableView::pasteRequested, this, &CaseForm::onPasteRequested);
    connect(m_paste, &QPushButton::clicked, this, &CaseForm::onPasteRequested);
    connect(m_import, &QPushButton::clicked, this, &CaseForm::onImportClicked);
    connect(m_addRow, &QPushButton::clicked, this, [this] {
        const int row = m_historyModel->rowCount();
        m_historyModel->insertRows(row, 1);
        m_historyView->setCurrentIndex(m_historyModel->index(row, 0));
        m_historyView->setFocus();
    });
    connect(m_removeRow, &QPushButton::clicked, this, [this] { removeSelectedRows(m_historyView, m_historyModel); });
    connect(m_addPeriod, &QPushButton::clicked, this, &CaseForm::addPeriod);
    connect(m_removePeriod, &QPushButton::clicked, this, [this] { removeSelectedRows(m_periodsView, m_periodsModel); });
}

void CaseForm::setTabOrders()
{
    // Tab order follows the form from top to bottom.
    QWidget *order[] = {m_name,
                        m_idNumber,
                        m_sex,
                        m_birth,
                        m_track,
                        m_kind,
                        m_region,
                        m_regionSearch,
                        m_asOf,
                        m_statementRadio,
                        m_historyRadio,
                        m_deemed,
                        m_preAccount,
                        m_accountMonths,
                        m_averageIndex,
                        m_accountBalance,
                        m_transitionIndex,
                        m_transitionMonths,
                        m_transitionPaidMonths,
                        m_localPensionBase,
                        m_indexedWage,
                        m_oldMethodTransitional,
                        m_oldMethodIndex,
                        m_notionalCredits,
                        m_claims,
                        m_historyDeemed,
                        m_accountStart,
                        m_historyView,
                        m_addRow,
                        m_removeRow,
                        m_paste,
                        m_import,
                        m_grade,
                        m_stopCheck,
                        m_stopYears,
                        m_retireMode,
                        m_retireMonths,
                        m_retireMonth,
                        m_periodsView,
                        m_addPeriod,
                        m_removePeriod};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

// A labelled row: the label (kept for retranslation), the editor and its error line under it.
void CaseForm::addRow(QFormLayout *form, const QString &path, QWidget *editor)
{
    auto *label = new QLabel(labelText(path));
    m_labels.insert(path, label);
    QWidget *box = field(editor, path, label);
    label->setBuddy(editor);
    form->addRow(label, box);
}

QWidget *CaseForm::field(QWidget *editor, const QString &path, QLabel *label)
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(editor);
    auto *error = new QLabel;
    error->setObjectName(editor->objectName() + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->hide();
    v->addWidget(error);
    m_fields.insert(path, {label, error});
    return box;
}

} // namespace pension::gui
