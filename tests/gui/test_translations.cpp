// translations/*.ts: both complete (no unfinished or empty translation), placeholders kept, so the program never
// shows a half-translated screen.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addRow("Chinese") << QStringLiteral(PENSION_SOURCE_DIR "/translations/pension_zh_CN.ts");
        QTest::addRow("English") << QStringLiteral(PENSION_SOURCE_DIR "/translations/pension_en.ts");
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&f);
        QString context, source;
        int messages = 0;
        static const QRegularExpression placeholder(QStringLiteral("%\\d+"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const QString where = context + QStringLiteral(": ") + source;
                QVERIFY2(type != QLatin1String("unfinished"), qPrintable(where));
                QVERIFY2(!text.isEmpty(), qPrintable(where));
                auto it = placeholder.globalMatch(source);
                while (it.hasNext()) {
                    const QString p = it.next().captured();
                    QVERIFY2(text.contains(p), qPrintable(where + QStringLiteral(" loses ") + p));
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "test_translations.moc"
