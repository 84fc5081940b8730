#pragma once
// The parameter editor (参数维护): every series of every parameter pack in force (a province's own and its cities'),
// each dated value with its source, status and confidence. Staff type in a newly published figure (next year's
// 计发基数, say) with its source; the engine checks the edited pack as a whole (applyPackEdit) and a problem is
// shown next to the field it concerns. An accepted figure is written to the user's copy of the pack
// (datadir::packsDir()/<id>.json, a new "-local.N" version), recorded in the audit log (who, when, what, old → new,
// source) and the calculator switches to it at once. Packs are imported (validated first) and exported as files.

#include "userpacks.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace pension::storage {
class CaseLibrary;
}

namespace pension::gui {

class ParameterEditor : public QDialog {
    Q_OBJECT
public:
    // Dialogs the editor needs, as seams (tests answer them without blocking).
    struct Seams {
        std::function<bool(const QString &question)> confirm;
        std::function<QString(const QString &caption, const QString &filter, const QString &suggested)> openFile;
        std::function<QString(const QString &caption, const QString &filter, const QString &suggested)> saveFile;
    };

    // `library` holds the audit log (it must be open for a change to be accepted).
    ParameterEditor(QString packsDir, storage::CaseLibrary *library, Seams seams, QWidget *parent = nullptr);

    // Re-reads the packs and the audit log, keeping the selection.
    void reload();
    // Selects a series ("shandong", "" or a city id, "pensionBase"); false when there is none.
    bool selectSeries(const QString &packId, const QString &city, const QString &series);

    // Import / export without the file dialog (the buttons' work). Return false and show why.
    bool importPack(const QString &path);
    bool exportPack(const QString &packId, const QString &path);

signals:
    // A pack was edited, imported or reverted: the calculator reloads its parameter library.
    void packsChanged(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Selection {
        QString pack, city, series;
    };

    // The pages, built once by the constructor (parametereditorpages.cpp).
    QWidget *buildFiguresPage();
    QGroupBox *buildEditBox();
    QWidget *buildAuditPage();
    QHBoxLayout *buildButtons();
    void connectSignals();

    void retranslate();
    void fillTree();
    void fillValues();
    void fillAudit();
    Selection selection() const;
    const PackSource *currentPack() const;
    void onSelectionChanged();
    void applyEdit();
    void clearErrors();
    void showError(const QString &key, const QString &reason, const QString &message);
    void onImportClicked();
    void onExportClicked();
    void onRevertClicked();
    bool recordAudit(const QString &pack, const QString &key, const QString &oldValue, const QString &newValue,
                     const QString &source);

    QString m_dir;
    storage::CaseLibrary *m_library;
    Seams m_seams;
    QList<PackSource> m_packs;
    QStringList m_problems;

    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_seriesTitle = nullptr, *m_packInfo = nullptr;
    QTableWidget *m_values = nullptr;
    QGroupBox *m_editBox = nullptr;
    QLabel *m_fromLabel = nullptr, *m_valueLabel = nullptr, *m_statusLabel = nullptr, *m_confidenceLabel = nullptr,
           *m_sourceLabel = nullptr, *m_publishedLabel = nullptr, *m_noteLabel = nullptr;
    QLineEdit *m_from = nullptr, *m_value = nullptr, *m_source = nullptr, *m_published = nullptr, *m_note = nullptr;
    QComboBox *m_status = nullptr, *m_confidence = nullptr;
    QLabel *m_fromError = nullptr, *m_valueError = nullptr, *m_sourceError = nullptr, *m_publishedError = nullptr,
           *m_statusError = nullptr, *m_editError = nullptr, *m_editResult = nullptr, *m_clerkNote = nullptr;
    QPushButton *m_apply = nullptr, *m_import = nullptr, *m_export = nullptr, *m_revert = nullptr, *m_close = nullptr;
    QLabel *m_auditIntro = nullptr;
    QTableWidget *m_audit = nullptr;
};

} // namespace pension::gui
