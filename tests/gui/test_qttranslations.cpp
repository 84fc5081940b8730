// core/language.cpp: Qt's own words (standard buttons, the questions Qt's dialogs ask) follow the interface language,
// from Qt's translations (qt6-translations-l10n), loaded at start and on every switch.
#include "language.h"

#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QtTest>

class TestQtTranslations : public QObject {
    Q_OBJECT

    static bool hasChinese(const QString &s)
    {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        return han.match(s).hasMatch();
    }

private slots:
    void cleanup() { pension::gui::applyLanguage(QStringLiteral("zh")); }

    void qtsOwnTranslationIsInstalled()
    {
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QVERIFY2(QFile::exists(dir + QStringLiteral("/qtbase_zh_CN.qm")),
                 qPrintable(dir + QStringLiteral(": qtbase_zh_CN.qm missing (qt6-translations-l10n)")));
    }

    void standardButtonsSpeakChinese_data()
    {
        QTest::addColumn<int>("button");
        QTest::addColumn<QString>("english");
        QTest::addRow("Yes") << int(QDialogButtonBox::Yes) << QStringLiteral("&Yes");
        QTest::addRow("No") << int(QDialogButtonBox::No) << QStringLiteral("&No");
        QTest::addRow("Save") << int(QDialogButtonBox::Save) << QStringLiteral("Save");
        QTest::addRow("Cancel") << int(QDialogButtonBox::Cancel) << QStringLiteral("Cancel");
    }

    void standardButtonsSpeakChinese()
    {
        QFETCH(int, button);
        QFETCH(QString, english);
        const auto which = static_cast<QDialogButtonBox::StandardButton>(button);
        QVERIFY(pension::gui::applyLanguage(QStringLiteral("zh")));
        {
            QDialogButtonBox box(which);
            const QString text = box.button(which)->text();
            QVERIFY2(hasChinese(text), qPrintable(text));
        }
        // Switching to English takes Qt's words back too.
        pension::gui::applyLanguage(QStringLiteral("en"));
        QDialogButtonBox box(which);
        QCOMPARE(box.button(which)->text(), english);
    }

    void aYesNoQuestionIsChinese()
    {
        QVERIFY(pension::gui::applyLanguage(QStringLiteral("zh")));
        QMessageBox box(QMessageBox::Question, QStringLiteral("养老金测算"), QStringLiteral("清空当前个案？"),
                        QMessageBox::Yes | QMessageBox::No);
        QCOMPARE(box.button(QMessageBox::Yes)->text(), QStringLiteral("是(&Y)"));
        QCOMPARE(box.button(QMessageBox::No)->text(), QStringLiteral("否(&N)"));
    }
};

QTEST_MAIN(TestQtTranslations)
#include "test_qttranslations.moc"
