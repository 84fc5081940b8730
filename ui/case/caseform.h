#pragma once
// The case form: who the person is, the record (statement summary or year-by-year history) and the plan. It only
// collects text as typed (FormValues) and shows, next to each field, what is wrong with it; the conversion to an
// engine Case is caseconvert's job.

#include "caseconvert.h"
#include "historyimport.h"
#include "params.h"
#include "result.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QCompleter;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStandardItemModel;

namespace pension::gui {

class TextTableModel;
class PasteTableView;

class CaseForm : public QWidget {
    Q_OBJECT
public:
    explicit CaseForm(const ParameterLibrary &library, QWidget *parent = nullptr);

    FormValues values() const;
    void setValues(const FormValues &values);
    // Clears the form for the next resident, keeping the region.
    void clearForNewCase(YearMonth asOf);

    // Shows each error next to its field; required fields still empty get a quiet hint instead.
    // Errors in red next to their fields; the plausibility warnings of the result (texts::warningField) next to
    // theirs in the warning colour, where the field has no error.
    void showErrors(const FieldErrors &errors, const std::vector<Warning> &warnings = {});
    // The labels of required fields that are still empty (for the result pane's "still needed" line).
    QStringList missingFields(const FieldErrors &errors) const;
    void setRetirementHint(const QString &hint);

    // Reads history rows from a CSV file (the import button's work, without the file dialog). Returns false and
    // shows the reason when nothing could be read. Append keeps the rows in the table and adds the file's years
    // that are not in it yet (a year already there keeps its row), in year order.
    enum class ImportMode { Replace, Append };
    bool importHistoryFile(const QString &path, ImportMode mode = ImportMode::Replace);

    // Pastes spreadsheet cells (tab-separated) into the history table at the current cell.
    void pasteHistory(const QString &text);

    // Puts the cursor into the field at `path` ("person.name").
    void focusField(const QString &path);

    QString regionName(const QString &regionId) const;
    // Lists the regions again after the parameter library changed (an imported pack), keeping the choice.
    void refreshRegions() { fillRegions(); }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FieldSlot {
        QLabel *label = nullptr;
        QLabel *error = nullptr;
    };

    // The groups, built once by the constructor (caseformgroups.cpp).
    QGroupBox *buildPersonGroup();
    QGroupBox *buildRecordGroup();
    QWidget *buildRegionSearch();
    QWidget *buildStatementPage();
    QWidget *buildHistoryPage();
    QGroupBox *buildPlanGroup();
    void connectEdits();
    void setTabOrders();
    void addRow(QFormLayout *form, const QString &path, QWidget *editor);
    QWidget *field(QWidget *editor, const QString &path, QLabel *label);
    void retranslate();
    void fillRegions();
    void fillGrades();
    void onIdEdited();
    void selectRegion(const QString &regionId);
    void onRegionSearch();
    void onSexChanged();
    void onRecordModeChanged();
    void onRetireModeChanged();
    void onPasteRequested();
    void onImportClicked();
    void addPeriod();
    void removeSelectedRows(PasteTableView *view, TextTableModel *model);
    void emitChanged();
    void setUpClerkKeys();
    void fillClaims(); // the region's on-claim local items, in the user's language, keeping what is checked
    void fillItemMonths(const std::variant<ParameterSet, PackError> &set);
    QList<QLineEdit *> textEdits() const; // every one-line field of the form, top to bottom
    void showConvertedId();
    std::optional<ImportMode> askImportMode();

    const ParameterLibrary &m_library;
    QHash<QString, FieldSlot> m_fields; // by field path
    bool m_loading = false;

    QLabel *m_formError = nullptr;
    QGroupBox *m_personBox = nullptr, *m_recordBox = nullptr, *m_planBox = nullptr;
    QLineEdit *m_name = nullptr, *m_idNumber = nullptr, *m_birth = nullptr;
    QComboBox *m_sex = nullptr, *m_track = nullptr, *m_kind = nullptr, *m_region = nullptr;
    QLineEdit *m_asOf = nullptr;
    QLineEdit *m_regionSearch = nullptr; // filters the regions by name (zh, en) or id
    QCompleter *m_regionCompleter = nullptr;
    QStandardItemModel *m_regionModel = nullptr; // the completer's list: both names and the id, the id as UserRole
    QPushButton *m_regionSuggest = nullptr;      // "use the region of the ID number's area code"
    QRadioButton *m_statementRadio = nullptr, *m_historyRadio = nullptr;
    QButtonGroup *m_recordMode = nullptr;
    QWidget *m_statementPage = nullptr, *m_historyPage = nullptr;
    QLineEdit *m_deemed = nullptr, *m_preAccount = nullptr, *m_accountMonths = nullptr, *m_averageIndex = nullptr,
              *m_accountBalance = nullptr;
    QLineEdit *m_transitionIndex = nullptr, *m_transitionMonths = nullptr, *m_transitionPaidMonths = nullptr,
              *m_localPensionBase = nullptr;      // statement figures some provinces' rules need
    QLineEdit *m_indexedWage = nullptr;           // record.indexedWage (新疆 sheets print W, no index)
    QLineEdit *m_oldMethodTransitional = nullptr; // record.oldMethodTransitional (江苏 原办法)
    QLineEdit *m_oldMethodIndex = nullptr;        // record.oldMethodIndex (重庆 原办法 Q)
    QLineEdit *m_notionalCredits = nullptr;       // record.notionalCredits (上海 虚账实记)
    QListWidget *m_claims = nullptr; // record.localItemClaims: the region's on-claim items, checkable; its row is
                                     // shown only for a region that has such items
    QLabel *m_claimsLabel = nullptr;
    // record.localItemMonths: a months field for each of the region's items that count months (西藏 years in Tibet,
    // 深圳 index years, 重庆 back-paid years), rebuilt with the region; the row is shown only where there are any.
    QWidget *m_itemMonthsBox = nullptr;
    QFormLayout *m_itemMonthsForm = nullptr;
    QLabel *m_itemMonthsLabel = nullptr;
    QHash<QString, QLineEdit *> m_itemMonths; // by item id
    QFormLayout *m_statementForm = nullptr;
    QLineEdit *m_historyDeemed = nullptr, *m_accountStart = nullptr;
    TextTableModel *m_historyModel = nullptr;
    PasteTableView *m_historyView = nullptr;
    QPushButton *m_addRow = nullptr, *m_removeRow = nullptr, *m_paste = nullptr, *m_import = nullptr;
    QLabel *m_historyError = nullptr, *m_importStatus = nullptr, *m_historyHint = nullptr;
    QComboBox *m_grade = nullptr;
    QCheckBox *m_stopCheck = nullptr;
    QSpinBox *m_stopYears = nullptr;
    TextTableModel *m_periodsModel = nullptr;
    PasteTableView *m_periodsView = nullptr;
    QPushButton *m_addPeriod = nullptr, *m_removePeriod = nullptr;
    QLabel *m_periodsError = nullptr, *m_periodsHint = nullptr;
    QComboBox *m_retireMode = nullptr;
    QSpinBox *m_retireMonths = nullptr;
    QLineEdit *m_retireMonth = nullptr;
    QLabel *m_retireHint = nullptr;
    QHash<QString, QLabel *> m_labels; // row labels by field path, for retranslation
    QLabel *m_idNote = nullptr;        // a 15-digit number converted to 18 characters
};

} // namespace pension::gui
