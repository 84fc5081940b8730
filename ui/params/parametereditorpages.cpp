#include "parametereditor.h"
#include "parametereditorparts.h"

#include "colors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pension::gui {

using namespace parametereditor;

ParameterEditor::ParameterEditor(QString packsDir, storage::CaseLibrary *library, Seams seams, QWidget *parent)
    : QDialog(parent), m_dir(std::move(packsDir)), m_library(library), m_seams(std::move(seams))
{
    setObjectName(QStringLiteral("parameterEditor"));
    setAttribute(Qt::WA_WindowPropagation);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("parameterTabs"));
    layout->addWidget(m_tabs, 1);

    m_tabs->addTab(buildFiguresPage(), QString());
    m_tabs->addTab(buildAuditPage(), QString());
    layout->addLayout(buildButtons());
    connectSignals();

    retranslate();
    resize(1100, 720);
    reload();
}

// --- figures: packs and series on the left, the dated values and the entry of a new one on the right ---

QWidget *ParameterEditor::buildFiguresPage()
{
    auto *figures = new QSplitter(Qt::Horizontal);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("seriesTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumWidth(280);
    figures->addWidget(m_tree);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    m_packInfo = new QLabel;
    m_packInfo->setObjectName(QStringLiteral("packInfoLabel"));
    m_packInfo->setWordWrap(true);
    colors::setText(m_packInfo, colors::hint);
    rightLayout->addWidget(m_packInfo);
    m_seriesTitle = new QLabel;
    m_seriesTitle->setObjectName(QStringLiteral("seriesTitle"));
    QFont bold = m_seriesTitle->font();
    bold.setBold(true);
    m_seriesTitle->setFont(bold);
    rightLayout->addWidget(m_seriesTitle);
    m_values = new QTableWidget(0, VColumns);
    m_values->setObjectName(QStringLiteral("valuesTable"));
    m_values->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_values->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_values->setAlternatingRowColors(true);
    m_values->setWordWrap(true);
    m_values->setTabKeyNavigation(false);
    m_values->verticalHeader()->hide();
    for (int c : {VFrom, VValue, VUnit, VStatus, VConfidence, VPublished})
        m_values->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_values->horizontalHeader()->setSectionResizeMode(VSource, QHeaderView::Stretch);
    m_values->horizontalHeader()->setSectionResizeMode(VNote, QHeaderView::Stretch);
    rightLayout->addWidget(m_values, 1);

    rightLayout->addWidget(buildEditBox());
    figures->addWidget(right);
    figures->setStretchFactor(0, 0);
    figures->setStretchFactor(1, 1);
    figures->setSizes({300, 800});
    return figures;
}

// The entry of a new value: its fields, each with its error line, and the apply button.
QGroupBox *ParameterEditor::buildEditBox()
{
    m_editBox = new QGroupBox;
    m_editBox->setObjectName(QStringLiteral("editBox"));
    auto *editLayout = new QFormLayout(m_editBox);
    editLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto field = [&](QLabel *&label, QWidget *editor, QLabel **error, const char *errorName) {
        label = new QLabel;
        label->setBuddy(editor);
        auto *box = new QWidget;
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        v->addWidget(editor);
        if (error) {
            *error = new QLabel;
            (*error)->setObjectName(QString::fromLatin1(errorName));
            (*error)->setWordWrap(true);
            colors::setText(*error, colors::error);
            (*error)->hide();
            v->addWidget(*error);
        }
        editLayout->addRow(label, box);
    };
    auto lineEdit = [](const char *name) {
        auto *e = new QLineEdit;
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_from = lineEdit("editFromEdit");
    m_value = lineEdit("editValueEdit");
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("editStatusCombo"));
    for (const char *k : {"published", "provisional", "assumed"})
        m_status->addItem(QString(), QString::fromLatin1(k));
    m_confidence = new QComboBox;
    m_confidence->setObjectName(QStringLiteral("editConfidenceCombo"));
    for (const char *k : {"official", "secondary", "inferred", "recall"})
        m_confidence->addItem(QString(), QString::fromLatin1(k));
    m_source = lineEdit("editSourceEdit");
    m_published = lineEdit("editPublishedOnEdit");
    m_note = lineEdit("editNoteEdit");
    field(m_fromLabel, m_from, &m_fromError, "editFromError");
    field(m_valueLabel, m_value, &m_valueError, "editValueError");
    field(m_statusLabel, m_status, &m_statusError, "editStatusError");
    field(m_confidenceLabel, m_confidence, nullptr, nullptr);
    field(m_sourceLabel, m_source, &m_sourceError, "editSourceError");
    field(m_publishedLabel, m_published, &m_publishedError, "editPublishedOnError");
    field(m_noteLabel, m_note, nullptr, nullptr);
    m_editError = new QLabel;
    m_editError->setObjectName(QStringLiteral("editError"));
    m_editError->setWordWrap(true);
    m_editError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    colors::setText(m_editError, colors::error);
    m_editError->hide();
    editLayout->addRow(m_editError);
    auto *applyRow = new QHBoxLayout;
    m_apply = new QPushButton;
    m_apply->setObjectName(QStringLiteral("applyEditButton"));
    m_apply->setAutoDefault(false);
    m_clerkNote = new QLabel;
    m_clerkNote->setObjectName(QStringLiteral("clerkNote"));
    colors::setText(m_clerkNote, colors::hint);
    applyRow->addWidget(m_apply);
    applyRow->addWidget(m_clerkNote, 1);
    editLayout->addRow(applyRow);
    m_editResult = new QLabel;
    m_editResult->setObjectName(QStringLiteral("editResult"));
    m_editResult->setWordWrap(true);
    colors::setText(m_editResult, colors::good);
    editLayout->addRow(m_editResult);
    return m_editBox;
}

// --- the change log ---

QWidget *ParameterEditor::buildAuditPage()
{
    auto *auditPage = new QWidget;
    auto *auditLayout = new QVBoxLayout(auditPage);
    m_auditIntro = new QLabel;
    m_auditIntro->setWordWrap(true);
    auditLayout->addWidget(m_auditIntro);
    m_audit = new QTableWidget(0, AColumns);
    m_audit->setObjectName(QStringLiteral("auditTable"));
    m_audit->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_audit->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_audit->setAlternatingRowColors(true);
    m_audit->setWordWrap(false); // one line per change; the full text in each cell's tooltip
    m_audit->setTabKeyNavigation(false);
    m_audit->verticalHeader()->hide();
    for (int c : {AWhen, AWho, APack, AKey, AOld, ANew})
        m_audit->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_audit->horizontalHeader()->setSectionResizeMode(ASource, QHeaderView::Stretch);
    auditLayout->addWidget(m_audit, 1);
    return auditPage;
}

// --- import, export, revert, close ---

QHBoxLayout *ParameterEditor::buildButtons()
{
    auto *buttons = new QHBoxLayout;
    m_import = new QPushButton;
    m_import->setObjectName(QStringLiteral("importPackButton"));
    m_export = new QPushButton;
    m_export->setObjectName(QStringLiteral("exportPackButton"));
    m_revert = new QPushButton;
    m_revert->setObjectName(QStringLiteral("revertPackButton"));
    m_close = new QPushButton;
    m_close->setObjectName(QStringLiteral("parameterCloseButton"));
    for (QPushButton *b : {m_import, m_export, m_revert, m_close})
        b->setAutoDefault(false);
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    buttons->addWidget(m_close);
    return buttons;
}

void ParameterEditor::connectSignals()
{
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ParameterEditor::onSelectionChanged);
    connect(m_values, &QTableWidget::cellActivated, this, [this](int row, int) {
        // A listed value into the entry fields, to correct it.
        m_from->setText(m_values->item(row, VFrom)->text());
        m_value->setText(m_values->item(row, VValue)->text());
        m_status->setCurrentIndex(std::max(0, m_status->findData(m_values->item(row, VStatus)->data(Qt::UserRole))));
        m_confidence->setCurrentIndex(
            std::max(0, m_confidence->findData(m_values->item(row, VConfidence)->data(Qt::UserRole))));
        m_published->setText(m_values->item(row, VPublished)->text());
        m_source->clear(); // the correction needs its own source
        m_note->setText(m_values->item(row, VNote)->text());
        m_value->setFocus();
        m_value->selectAll();
    });
    connect(m_apply, &QPushButton::clicked, this, &ParameterEditor::applyEdit);
    for (QLineEdit *e : {m_from, m_value, m_source, m_published, m_note})
        connect(e, &QLineEdit::returnPressed, this, &ParameterEditor::applyEdit);
    connect(m_import, &QPushButton::clicked, this, &ParameterEditor::onImportClicked);
    connect(m_export, &QPushButton::clicked, this, &ParameterEditor::onExportClicked);
    connect(m_revert, &QPushButton::clicked, this, &ParameterEditor::onRevertClicked);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
}

} // namespace pension::gui
