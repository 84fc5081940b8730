#include "guitest.h"
#include "language.h"
using namespace guitest; using pension::gui::MainWindow;
void enterWeifangCase(MainWindow &w)
{
    w.setCalculationDate(pension::YearMonth::of(2025, 6));
    type(child<QLineEdit>(&w, "nameEdit"), QStringLiteral("王某"));
    type(child<QLineEdit>(&w, "idNumberEdit"), QStringLiteral("370702197405120024"));
    choose(child<QComboBox>(&w, "trackCombo"), QStringLiteral("female-55"));
    choose(child<QComboBox>(&w, "kindCombo"), QStringLiteral("flexible"));
    choose(child<QComboBox>(&w, "regionCombo"), QStringLiteral("shandong/weifang"));
    type(child<QLineEdit>(&w, "asOfEdit"), QStringLiteral("2025-06"));
    type(child<QLineEdit>(&w, "deemedEdit"), QStringLiteral("0"));
    type(child<QLineEdit>(&w, "preAccountEdit"), QStringLiteral("0"));
    type(child<QLineEdit>(&w, "accountMonthsEdit"), QStringLiteral("156"));
    type(child<QLineEdit>(&w, "averageIndexEdit"), QStringLiteral("0.7215"));
    type(child<QLineEdit>(&w, "balanceEdit"), QStringLiteral("48650.32"));
    child<QComboBox>(&w, "gradeCombo")->setCurrentText(QStringLiteral("100%"));
    w.recalculate();
}


class Dbg : public QObject { Q_OBJECT private slots: void dump() {
    pension::gui::applyLanguage(QStringLiteral("zh"));
    pension::gui::MainWindow w; w.resize(1440, 900); w.show(); QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setLargeFont(false);
    enterWeifangCase(w);
    QTest::qWait(50);
    QTest::qWait(20);
    QWidget *asOf = w.findChild<QWidget*>(QStringLiteral("asOfEdit"));
    QWidget *box = asOf->parentWidget()->parentWidget();
    for (QWidget *c : box->findChildren<QWidget*>()) if (c->isVisible() && c->parentWidget()==box) qDebug() << c << c->objectName() << c->geometry();
    qDebug() << "box" << box->geometry() << box->sizeHint() << box->minimumSizeHint();
    for (QWidget *c : asOf->parentWidget()->findChildren<QWidget*>()) qDebug() << "  in asOf box" << c << c->isVisible() << c->geometry();
}};
QTEST_MAIN(Dbg)
#include "dbg_tmp.moc"
