#pragma once
// Helpers for the desktop program's tests: find widgets by object name, type into them, enter the published cases.

#include "caseform.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

namespace guitest {

template <typename T> T *child(const QObject *root, const char *name)
{
    T *w = root->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

inline void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->del();
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (latin1)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text); // what an input method commits; QTest::keyClicks types Latin-1 only
}

inline void choose(QComboBox *combo, const QString &data)
{
    const int at = combo->findData(data);
    if (at < 0)
        qFatal("no item %s", qPrintable(data));
    combo->setCurrentIndex(at);
}

// A new, empty data folder (case library, autosave draft, parameter packs) for the windows created from now on
// (PENSION_DATA_DIR); removed when the test program ends.
inline QString freshDataDir()
{
    static std::vector<std::unique_ptr<QTemporaryDir>> dirs;
    dirs.push_back(std::make_unique<QTemporaryDir>());
    const QString path = dirs.back()->path();
    qputenv("PENSION_DATA_DIR", QFile::encodeName(path));
    return path;
}

// Keeps the tests' settings and data apart from a real installation's, and each test program's settings apart
// from the others' (ctest runs them in parallel).
inline void isolateSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PensionPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("pension-planner-tests-") +
                                         QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    QSettings().clear();
    freshDataDir();
}

// SD-3 (shared/reference/domain.md §10; tests/data/cases/sd-3.pension.json): 济南 female cadre born 1969-02, retired
// 2024-02 at 55; 视同 102 months, 314 account months, index 1.6002, balance 233006.44. Published 预发 total 6057.30.
inline void enterSd3(pension::gui::MainWindow &w)
{
    w.setCalculationDate(pension::YearMonth::of(2024, 2));
    choose(child<QComboBox>(&w, "sexCombo"), QStringLiteral("female"));
    type(child<QLineEdit>(&w, "birthEdit"), QStringLiteral("1969-02"));
    choose(child<QComboBox>(&w, "trackCombo"), QStringLiteral("female-55"));
    choose(child<QComboBox>(&w, "kindCombo"), QStringLiteral("employee"));
    choose(child<QComboBox>(&w, "regionCombo"), QStringLiteral("shandong"));
    type(child<QLineEdit>(&w, "asOfEdit"), QStringLiteral("2024-02"));
    child<QRadioButton>(&w, "statementRadio")->setChecked(true);
    type(child<QLineEdit>(&w, "deemedEdit"), QStringLiteral("102"));
    type(child<QLineEdit>(&w, "preAccountEdit"), QStringLiteral("0"));
    type(child<QLineEdit>(&w, "accountMonthsEdit"), QStringLiteral("314"));
    type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("1.6002"));
    type(child<QLineEdit>(&w, "accountBalanceEdit"), QStringLiteral("233006.44"));
    child<QComboBox>(&w, "retireCombo")->setCurrentIndex(0);
}

// A Leting man, flexible worker, with a statement in 2025-06: what every Beyond/grid test types.
struct StatementEntry {
    QString name, birth = QStringLiteral("1975-03"), accountMonths = QStringLiteral("120"),
                  balance = QStringLiteral("20000");
};

inline void enterLetingStatement(pension::gui::MainWindow &w, const StatementEntry &e)
{
    w.setCalculationDate(pension::YearMonth::of(2025, 6));
    if (!e.name.isEmpty())
        type(child<QLineEdit>(&w, "nameEdit"), e.name);
    choose(child<QComboBox>(&w, "sexCombo"), QStringLiteral("male"));
    type(child<QLineEdit>(&w, "birthEdit"), e.birth);
    choose(child<QComboBox>(&w, "trackCombo"), QStringLiteral("male-60"));
    choose(child<QComboBox>(&w, "kindCombo"), QStringLiteral("flexible"));
    choose(child<QComboBox>(&w, "regionCombo"), QStringLiteral("hebei/leting"));
    type(child<QLineEdit>(&w, "asOfEdit"), QStringLiteral("2025-06"));
    child<QRadioButton>(&w, "statementRadio")->setChecked(true);
    type(child<QLineEdit>(&w, "deemedEdit"), QStringLiteral("0"));
    type(child<QLineEdit>(&w, "preAccountEdit"), QStringLiteral("0"));
    type(child<QLineEdit>(&w, "accountMonthsEdit"), e.accountMonths);
    type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("0.6"));
    type(child<QLineEdit>(&w, "accountBalanceEdit"), e.balance);
    child<QComboBox>(&w, "gradeCombo")->setCurrentText(QStringLiteral("60%"));
    child<QComboBox>(&w, "retireCombo")->setCurrentIndex(0);
}

// A flexible worker still paying: a Leting man born 1975-03 with ten years on his statement in 2025-06.
inline void enterYoungFlexibleWorker(pension::gui::MainWindow &w)
{
    enterLetingStatement(w, {QStringLiteral("贾某")});
}

// An ID number with the right ISO 7064 MOD 11-2 check character (GB 11643).
inline QString withCheckDigit(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17[i].digitValue() * weights[i];
    return first17 + QString::fromLatin1("10X98765432").mid(sum % 11, 1);
}

} // namespace guitest
