#include "caseform.h"
#include "caseformparts.h"

#include "areacodes.h"
#include "colors.h"
#include "format.h"
#include "language.h"
#include "law.h"
#include "tablemodel.h"
#include "texts.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace pension::gui {

using namespace caseform;

namespace {

QString fieldKey(const QString &path)
{
    if (path.startsWith(QStringLiteral("history")))
        return QStringLiteral("history");
    if (path.startsWith(QStringLiteral("plan.contributions")))
        return QStringLiteral("plan.contributions");
    if (path.startsWith(QStringLiteral("plan.retire")))
        return QStringLiteral("plan.retire");
    if (path.startsWith(QStringLiteral("record.localItemMonths")))
        return QStringLiteral("record.localItemMonths");
    return path;
}

// "history[3].monthlyBase" -> (3, "monthlyBase"); (-1, "") when the path has no row.
std::pair<int, QString> rowOf(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("\\[(\\d+)\\](?:\\.(\\w+))?"));
    const auto m = re.match(path);
    if (!m.hasMatch())
        return {-1, {}};
    return {m.captured(1).toInt(), m.captured(2)};
}

QList<int> nonEmptyRows(const QList<QStringList> &rows)
{
    QList<int> out;
    for (int i = 0; i < rows.size(); ++i) {
        bool empty = true;
        for (const QString &c : rows[i])
            empty = empty && c.trimmed().isEmpty();
        if (!empty)
            out << i;
    }
    return out;
}

QString kindKey(InsuranceKind k)
{
    return k == InsuranceKind::Employee ? QStringLiteral("employee") : QStringLiteral("flexible");
}

int historyColumnOf(const QString &name)
{
    if (name == QStringLiteral("year"))
        return HYear;
    if (name == QStringLiteral("months"))
        return HMonths;
    if (name == QStringLiteral("monthlyBase"))
        return HMonthlyBase;
    if (name == QStringLiteral("baseTotal"))
        return HBaseTotal;
    if (name == QStringLiteral("accountCredit"))
        return HAccountCredit;
    return -1;
}

int periodColumnOf(const QString &name)
{
    if (name == QStringLiteral("from"))
        return PFrom;
    if (name == QStringLiteral("until"))
        return PUntil;
    if (name == QStringLiteral("grade"))
        return PGrade;
    if (name == QStringLiteral("kind"))
        return PKind;
    return -1;
}

} // namespace

namespace caseform {

QString labelText(const QString &path)
{
    struct L {
        const char *path;
        const char *text;
    };
    static const L labels[] = {
        {"person.name", QT_TRANSLATE_NOOP("CaseForm", "Name")},
        {"person.idNumber", QT_TRANSLATE_NOOP("CaseForm", "ID number")},
        {"person.sex", QT_TRANSLATE_NOOP("CaseForm", "Sex")},
        {"person.birth", QT_TRANSLATE_NOOP("CaseForm", "Birth month")},
        {"person.track", QT_TRANSLATE_NOOP("CaseForm", "Retirement-age track")},
        {"insurance.kind", QT_TRANSLATE_NOOP("CaseForm", "Insured as")},
        {"region", QT_TRANSLATE_NOOP("CaseForm", "Region")},
        {"asOf", QT_TRANSLATE_NOOP("CaseForm", "Record as of")},
        {"record.deemedMonths", QT_TRANSLATE_NOOP("CaseForm", "Deemed months")},
        {"record.preAccountMonths", QT_TRANSLATE_NOOP("CaseForm", "Months paid before the account")},
        {"record.accountMonths", QT_TRANSLATE_NOOP("CaseForm", "Months paid since the account")},
        {"record.averageIndex", QT_TRANSLATE_NOOP("CaseForm", "Average contribution index")},
        {"record.accountBalance", QT_TRANSLATE_NOOP("CaseForm", "Account balance (yuan)")},
        {"record.transitionIndex", QT_TRANSLATE_NOOP("CaseForm", "Transition index (if printed)")},
        {"record.transitionMonths", QT_TRANSLATE_NOOP("CaseForm", "Transition months (if printed)")},
        {"record.transitionPaidMonths", QT_TRANSLATE_NOOP("CaseForm", "Paid months to 1998-06 (Beijing)")},
        {"overrides.localPensionBase", QT_TRANSLATE_NOOP("CaseForm", "City pension base (if two bases)")},
        {"record.indexedWage", QT_TRANSLATE_NOOP("CaseForm", "Indexed monthly wage (if printed)")},
        {"record.oldMethodTransitional", QT_TRANSLATE_NOOP("CaseForm", "Old-method transitional pension (Jiangsu)")},
        {"record.oldMethodIndex", QT_TRANSLATE_NOOP("CaseForm", "Old-method index (Chongqing)")},
        {"record.notionalCredits", QT_TRANSLATE_NOOP("CaseForm", "1993–1997 notional credits (Shanghai)")},
        {"record.localItemClaims", QT_TRANSLATE_NOOP("CaseForm", "Local items the person qualifies for")},
        {"record.localItemMonths", QT_TRANSLATE_NOOP("CaseForm", "Months the local items count")},
        {"insurance.deemedMonths", QT_TRANSLATE_NOOP("CaseForm", "Deemed months")},
        {"insurance.accountStart", QT_TRANSLATE_NOOP("CaseForm", "Own account began")},
        {"history", QT_TRANSLATE_NOOP("CaseForm", "Years paid")},
        {"plan.grade", QT_TRANSLATE_NOOP("CaseForm", "Contribution grade")},
        {"plan.stopYears", QT_TRANSLATE_NOOP("CaseForm", "Stop paying")},
        {"plan.contributions", QT_TRANSLATE_NOOP("CaseForm", "Contribution periods")},
        {"plan.retire", QT_TRANSLATE_NOOP("CaseForm", "Retirement")},
    };
    for (const L &l : labels)
        if (path == QLatin1String(l.path))
            return QCoreApplication::translate("CaseForm", l.text);
    return path;
}

QStringList historyHeaders()
{
    return {QCoreApplication::translate("CaseForm", "Year"), QCoreApplication::translate("CaseForm", "Months"),
            QCoreApplication::translate("CaseForm", "Monthly base"),
            QCoreApplication::translate("CaseForm", "Year total of bases"),
            QCoreApplication::translate("CaseForm", "Credited to account")};
}

QStringList periodHeaders()
{
    return {QCoreApplication::translate("CaseForm", "From"), QCoreApplication::translate("CaseForm", "Until"),
            QCoreApplication::translate("CaseForm", "Grade"), QCoreApplication::translate("CaseForm", "As")};
}

// Row height and a fixed height for `rows` rows, from the current font (again after a font change).
void sizeTable(QTableView *view, int rows)
{
    const int rowHeight = view->fontMetrics().height() + 8;
    view->verticalHeader()->setDefaultSectionSize(rowHeight);
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * view->frameWidth());
}

} // namespace caseform

void CaseForm::fillRegions()
{
    const QString current = m_region->currentData().toString();
    const QSignalBlocker block(m_region);
    m_region->clear();
    m_regionModel->clear();
    for (const std::string &id : m_library.regionIds()) {
        const QString q = QString::fromStdString(id);
        m_region->addItem(regionName(q), q);
        auto set = m_library.resolve(id);
        const auto *p = std::get_if<ParameterSet>(&set);
        const bool zh = currentLanguage() == QStringLiteral("zh");
        if (p && p->approximate) {
            m_region->setItemData(m_region->count() - 1,
                                  QString::fromStdString(zh ? p->approximate->zh : p->approximate->en),
                                  Qt::ToolTipRole);
        } else if (p && !p->approximateWhen.empty()) {
            // Established rules with known gaps: the tooltip names the cases whose results say approximate.
            QStringList gaps;
            for (const ScopedApproximate &a : p->approximateWhen)
                gaps << QStringLiteral("• ") + QString::fromStdString(zh ? a.text.zh : a.text.en);
            m_region->setItemData(m_region->count() - 1,
                                  QString(tr("Approximate only in these cases (the result says so):") +
                                          QLatin1Char('\n') + gaps.join(QLatin1Char('\n'))),
                                  Qt::ToolTipRole);
        }
        // The search text holds both names and the id, so either language (or pinyin) finds the region.
        QString search = q;
        if (p)
            search = QString::fromStdString(p->nameZh) + QStringLiteral(" · ") + QString::fromStdString(p->nameEn) +
                     QStringLiteral(" (") + q + QLatin1Char(')') + (p->approximate ? QStringLiteral(" ≈") : QString());
        auto *item = new QStandardItem(search);
        item->setData(q, Qt::UserRole);
        m_regionModel->appendRow(item);
    }
    const int at = m_region->findData(current);
    m_region->setCurrentIndex(at < 0 ? 0 : at);
}

void CaseForm::fillClaims()
{
    if (!m_claims)
        return;
    QStringList checked;
    for (int i = 0; i < m_claims->count(); ++i)
        if (m_claims->item(i)->checkState() == Qt::Checked)
            checked << m_claims->item(i)->data(Qt::UserRole).toString();
    const QSignalBlocker block(m_claims);
    m_claims->clear();
    auto set = m_library.resolve(m_region->currentData().toString().toStdString());
    if (const auto *p = std::get_if<ParameterSet>(&set)) {
        const bool zh = currentLanguage() == QStringLiteral("zh");
        for (const LocalItem &item : p->localItems) {
            if (!item.onClaim)
                continue;
            auto *row = new QListWidgetItem(QString::fromStdString(zh ? item.name.zh : item.name.en), m_claims);
            row->setData(Qt::UserRole, QString::fromStdString(item.id));
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            row->setCheckState(checked.contains(QString::fromStdString(item.id)) ? Qt::Checked : Qt::Unchecked);
            row->setToolTip(row->text() + QLatin1Char('\n') + QString::fromStdString(item.provenance.source));
        }
    }
    fillItemMonths(set);
    const int rows = m_claims->count();
    if (rows > 0)
        m_claims->setFixedHeight(rows * m_claims->sizeHintForRow(0) + 2 * m_claims->frameWidth() + 2);
    if (m_statementForm) {
        m_statementForm->setRowVisible(m_claimsLabel, rows > 0);
        m_statementForm->setRowVisible(m_claims->parentWidget(), rows > 0);
    }
}

// One months field for each of the region's local items that count months, keeping what was typed for the same id.
void CaseForm::fillItemMonths(const std::variant<ParameterSet, PackError> &set)
{
    QHash<QString, QString> typed;
    for (auto it = m_itemMonths.begin(); it != m_itemMonths.end(); ++it)
        typed.insert(it.key(), it.value()->text());
    while (m_itemMonthsForm->rowCount() > 0)
        m_itemMonthsForm->removeRow(0);
    m_itemMonths.clear();
    const bool zh = currentLanguage() == QStringLiteral("zh");
    QWidget *previous = m_claims;
    if (const auto *p = std::get_if<ParameterSet>(&set)) {
        for (const LocalItem &item : p->localItems) {
            const bool counts = item.kind == LocalItemKind::TieredPercentOfIndexedWage ||
                                item.kind == LocalItemKind::IndexYears || item.kind == LocalItemKind::FixedPerYear;
            if (!counts)
                continue;
            const QString id = QString::fromStdString(item.id);
            auto *edit = new QLineEdit(typed.value(id));
            edit->setObjectName(QStringLiteral("itemMonths-") + id);
            edit->setPlaceholderText(item.kind == LocalItemKind::TieredPercentOfIndexedWage
                                         ? tr("months; default: all contribution months")
                                         : tr("months, as the sheet counts them"));
            connect(edit, &QLineEdit::textChanged, this, &CaseForm::emitChanged);
            connect(edit, &QLineEdit::returnPressed, this, [this] { focusNextPrevChild(true); });
            auto *label = new QLabel(QString::fromStdString(zh ? item.name.zh : item.name.en));
            label->setWordWrap(true);
            label->setBuddy(edit);
            m_itemMonthsForm->addRow(label, edit);
            m_itemMonths.insert(id, edit);
            // Tab and Enter reach it after the claims, not at the end of the form.
            setTabOrder(previous, edit);
            previous = edit;
        }
    }
    if (m_statementForm) {
        m_statementForm->setRowVisible(m_itemMonthsLabel, !m_itemMonths.isEmpty());
        m_statementForm->setRowVisible(m_itemMonthsBox->parentWidget(), !m_itemMonths.isEmpty());
    }
}

QList<QLineEdit *> CaseForm::textEdits() const
{
    return {m_name,
            m_idNumber,
            m_birth,
            m_asOf,
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
            m_historyDeemed,
            m_accountStart,
            m_retireMonth};
}

QString CaseForm::regionName(const QString &regionId) const
{
    auto set = m_library.resolve(regionId.toStdString());
    if (auto *p = std::get_if<ParameterSet>(&set)) {
        const bool zh = currentLanguage() == QStringLiteral("zh");
        QString name =
            QString::fromStdString(zh ? p->nameZh : p->nameEn) + QStringLiteral(" (") + regionId + QLatin1Char(')');
        // A region whose rules are not established is offered, marked approximate (its tooltip says why).
        if (p->approximate)
            name += QLatin1Char(' ') + tr("≈ approximate");
        return name;
    }
    return regionId;
}

void CaseForm::selectRegion(const QString &regionId)
{
    const int at = m_region->findData(regionId);
    if (at < 0)
        return;
    m_region->setCurrentIndex(at);
    m_regionSearch->clear();
    m_regionSuggest->setVisible(false);
}

void CaseForm::onRegionSearch()
{
    // Enter takes the first region whose search text contains what was typed.
    const QString typed = m_regionSearch->text().trimmed();
    if (typed.isEmpty())
        return;
    for (int row = 0; row < m_regionModel->rowCount(); ++row) {
        const QStandardItem *item = m_regionModel->item(row);
        if (item->text().contains(typed, Qt::CaseInsensitive)) {
            selectRegion(item->data(Qt::UserRole).toString());
            return;
        }
    }
}

void CaseForm::fillGrades()
{
    const QString current = m_grade->currentText();
    auto set = m_library.resolve(m_region->currentData().toString().toStdString());
    std::vector<Ppm> grades;
    if (auto *p = std::get_if<ParameterSet>(&set))
        grades = p->grades;
    if (grades.empty())
        grades = {law::kMinGrade, 1'000'000, law::kMaxGrade};
    const QSignalBlocker block(m_grade);
    m_grade->clear();
    for (Ppm g : grades)
        m_grade->addItem(Format::grade(g));
    m_grade->setCurrentText(current.isEmpty() ? Format::grade(law::kMinGrade) : current);
}

void CaseForm::retranslate()
{
    m_personBox->setTitle(tr("Person"));
    m_recordBox->setTitle(tr("Contribution record"));
    m_planBox->setTitle(tr("From now on"));
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it)
        it.value()->setText(labelText(it.key()));
    m_sex->setItemText(0, Format::sex(Sex::Male));
    m_sex->setItemText(1, Format::sex(Sex::Female));
    for (int i = 0; i < m_track->count(); ++i)
        m_track->setItemText(i, Format::track(m_track->itemData(i).toString()));
    m_kind->setItemText(0, Format::kind(InsuranceKind::Flexible));
    m_kind->setItemText(1, Format::kind(InsuranceKind::Employee));
    for (int i = 0; i < m_region->count(); ++i)
        m_region->setItemText(i, regionName(m_region->itemData(i).toString()));
    m_idNumber->setPlaceholderText(tr("18 characters"));
    m_regionSearch->setPlaceholderText(tr("Search: 潍坊, Weifang…"));
    m_regionSearch->setToolTip(
        tr("Type part of a province or city name, in Chinese or English, and pick it from the list"));
    m_birth->setPlaceholderText(tr("e.g. 1969-02"));
    m_asOf->setPlaceholderText(tr("e.g. 2024-02"));
    m_deemed->setPlaceholderText(QStringLiteral("0"));
    m_preAccount->setPlaceholderText(QStringLiteral("0"));
    m_accountMonths->setPlaceholderText(tr("months, e.g. 314"));
    m_averageIndex->setPlaceholderText(tr("e.g. 0.6270"));
    m_accountBalance->setPlaceholderText(tr("yuan"));
    m_transitionIndex->setPlaceholderText(tr("only where the region's rule needs it"));
    m_transitionMonths->setPlaceholderText(tr("only where the region's rule needs it"));
    m_transitionPaidMonths->setPlaceholderText(tr("only where the region's rule needs it"));
    m_localPensionBase->setPlaceholderText(tr("yuan; default: the city's pack"));
    m_indexedWage->setPlaceholderText(tr("yuan, as the sheet prints it; then the index may stay empty"));
    m_oldMethodTransitional->setPlaceholderText(tr("yuan, the old-method amount the sheet prints"));
    m_oldMethodIndex->setPlaceholderText(tr("the old-method index Q the sheet prints"));
    m_notionalCredits->setPlaceholderText(tr("yuan, the total on the person's papers"));
    fillClaims();
    m_historyDeemed->setPlaceholderText(QStringLiteral("0"));
    m_accountStart->setPlaceholderText(tr("the region's (e.g. 1996-01)"));
    m_retireMonth->setPlaceholderText(tr("e.g. 2027-02"));
    m_idNumber->setToolTip(
        tr("18 characters (a 15-digit number is converted); a valid number fills in the birth month and sex"));
    m_birth->setToolTip(tr("Year and month, e.g. 1969-02"));
    m_asOf->setToolTip(tr("The month the statement or the history ends; later months are the plan"));
    m_statementRadio->setText(tr("Statement summary"));
    m_historyRadio->setText(tr("Year by year"));
    m_deemed->setToolTip(tr("视同缴费月数: service before contributions began that counts as paid"));
    m_accountMonths->setToolTip(tr("Months paid since the personal account began; halves allowed (515.5)"));
    m_averageIndex->setToolTip(tr("平均缴费指数 as printed on the statement, up to 6 decimals"));
    m_addRow->setText(tr("Add year"));
    m_removeRow->setText(tr("Remove"));
    m_paste->setText(tr("Paste"));
    m_paste->setToolTip(tr("Paste cells copied from a spreadsheet (Ctrl+V in the table)"));
    m_import->setText(tr("Import CSV…"));
    m_import->setToolTip(tr("A CSV file saved by Excel, UTF-8 or GBK"));
    m_historyHint->setText(tr("Give either the monthly base or the year's total of bases (缴费基数 on a leaflet is the "
                              "year total). Paste from Excel with Ctrl+V."));
    m_historyModel->retranslate();
    m_grade->setToolTip(tr("Contribution base as a share of the average wage: a standard grade or any value "
                           "%1–%2")
                            .arg(Format::grade(law::kMinGrade), Format::grade(law::kMaxGrade)));
    m_stopCheck->setText(tr("once I reach (years)"));
    m_stopCheck->setToolTip(tr("Stop paying once the contribution years (deemed and paid) reach this number"));
    m_retireMode->setItemText(0, tr("At the statutory age"));
    m_retireMode->setItemText(1, tr("Early by (months)"));
    m_retireMode->setItemText(2, tr("Later by (months)"));
    m_retireMode->setItemText(3, tr("In the month"));
    m_addPeriod->setText(tr("Add period"));
    m_removePeriod->setText(tr("Remove"));
    m_periodsHint->setText(tr("Optional. Empty: pay from the month after the record until retirement at the grade "
                              "above. Months between periods are gaps (nothing paid; the account still earns "
                              "interest). Until empty = until retirement."));
    m_periodsModel->retranslate();
}

void CaseForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        sizeTable(m_historyView, 8);
        sizeTable(m_periodsView, 3);
        fillClaims(); // its rows' height
    }
    QWidget::changeEvent(event);
}

FormValues CaseForm::values() const
{
    FormValues v;
    v.name = m_name->text();
    v.idNumber = m_idNumber->text();
    v.sex = m_sex->currentData().toString() == QStringLiteral("female") ? Sex::Female : Sex::Male;
    v.birth = m_birth->text();
    v.track = m_track->currentData().toString();
    v.kind = m_kind->currentData().toString() == QStringLiteral("employee") ? InsuranceKind::Employee
                                                                            : InsuranceKind::Flexible;
    v.region = m_region->currentData().toString();
    v.asOf = m_asOf->text();
    v.useHistory = m_historyRadio->isChecked();
    v.deemed = m_deemed->text();
    v.preAccount = m_preAccount->text();
    v.accountMonths = m_accountMonths->text();
    v.averageIndex = m_averageIndex->text();
    v.accountBalance = m_accountBalance->text();
    v.transitionIndex = m_transitionIndex->text();
    v.transitionMonths = m_transitionMonths->text();
    v.transitionPaidMonths = m_transitionPaidMonths->text();
    v.localPensionBase = m_localPensionBase->text();
    v.indexedWage = m_indexedWage->text();
    v.oldMethodTransitional = m_oldMethodTransitional->text();
    v.oldMethodIndex = m_oldMethodIndex->text();
    v.notionalCredits = m_notionalCredits->text();
    for (int i = 0; i < m_claims->count(); ++i)
        if (m_claims->item(i)->checkState() == Qt::Checked)
            v.localItemClaims << m_claims->item(i)->data(Qt::UserRole).toString();
    for (auto it = m_itemMonths.begin(); it != m_itemMonths.end(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            v.localItemMonths.insert(it.key(), it.value()->text());
    v.historyDeemed = m_historyDeemed->text();
    v.accountStart = m_accountStart->text();
    for (const QStringList &r : m_historyModel->rows())
        v.history << HistoryText{r[HYear], r[HMonths], r[HMonthlyBase], r[HBaseTotal], r[HAccountCredit]};
    v.grade = m_grade->currentText();
    v.stopAtYears = m_stopCheck->isChecked();
    v.stopYears = m_stopYears->value();
    for (const QStringList &r : m_periodsModel->rows())
        v.periods << PeriodText{r[PFrom], r[PUntil], r[PGrade], r[PKind]};
    v.retireMode = static_cast<RetireMode>(m_retireMode->currentIndex());
    v.retireMonths = m_retireMonths->value();
    v.retireMonth = m_retireMonth->text();
    return v;
}

void CaseForm::setValues(const FormValues &v)
{
    m_loading = true;
    m_regionSuggest->setVisible(false);
    m_regionSearch->clear();
    m_name->setText(v.name);
    m_idNumber->setText(v.idNumber);
    m_sex->setCurrentIndex(v.sex == Sex::Female ? 1 : 0);
    m_birth->setText(v.birth);
    // A region's own track (西藏 male-55, female-45) read from a case file is kept, not replaced by the first one.
    if (!v.track.isEmpty() && m_track->findData(v.track) < 0)
        m_track->addItem(Format::track(v.track), v.track);
    m_track->setCurrentIndex(std::max(0, m_track->findData(v.track)));
    m_kind->setCurrentIndex(v.kind == InsuranceKind::Employee ? 1 : 0);
    if (const int at = m_region->findData(v.region); at >= 0)
        m_region->setCurrentIndex(at);
    m_asOf->setText(v.asOf);
    (v.useHistory ? m_historyRadio : m_statementRadio)->setChecked(true);
    m_deemed->setText(v.deemed);
    m_preAccount->setText(v.preAccount);
    m_accountMonths->setText(v.accountMonths);
    m_averageIndex->setText(v.averageIndex);
    m_accountBalance->setText(v.accountBalance);
    m_transitionIndex->setText(v.transitionIndex);
    m_transitionMonths->setText(v.transitionMonths);
    m_transitionPaidMonths->setText(v.transitionPaidMonths);
    m_localPensionBase->setText(v.localPensionBase);
    m_indexedWage->setText(v.indexedWage);
    m_oldMethodTransitional->setText(v.oldMethodTransitional);
    m_oldMethodIndex->setText(v.oldMethodIndex);
    m_notionalCredits->setText(v.notionalCredits);
    for (auto it = m_itemMonths.begin(); it != m_itemMonths.end(); ++it)
        it.value()->setText(v.localItemMonths.value(it.key()));
    for (int i = 0; i < m_claims->count(); ++i)
        m_claims->item(i)->setCheckState(
            v.localItemClaims.contains(m_claims->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_historyDeemed->setText(v.historyDeemed);
    m_accountStart->setText(v.accountStart);
    QList<QStringList> rows;
    for (const HistoryText &h : v.history)
        rows << QStringList{h.year, h.months, h.monthlyBase, h.baseTotal, h.accountCredit};
    while (rows.size() < 3)
        rows << QStringList{QString(), QString(), QString(), QString(), QString()};
    m_historyModel->setRows(rows);
    m_grade->setCurrentText(v.grade);
    m_stopCheck->setChecked(v.stopAtYears);
    m_stopYears->setValue(v.stopYears);
    rows.clear();
    for (const PeriodText &p : v.periods)
        rows << QStringList{p.from, p.until, p.grade, p.kind};
    m_periodsModel->setRows(rows);
    m_retireMode->setCurrentIndex(static_cast<int>(v.retireMode));
    m_retireMonths->setValue(v.retireMonths);
    m_retireMonth->setText(v.retireMonth);
    m_importStatus->hide();
    m_idNote->hide();
    m_loading = false;
    onRecordModeChanged();
    emit changed();
}

void CaseForm::clearForNewCase(YearMonth asOf)
{
    FormValues v;
    v.region = m_region->currentData().toString();
    v.asOf = QString::fromStdString(asOf.toString());
    setValues(v);
    m_name->setFocus();
}

void CaseForm::emitChanged()
{
    if (!m_loading)
        emit changed();
}

void CaseForm::onIdEdited()
{
    // A valid number carries the birth date (characters 7–14) and the sex (character 17: odd for men).
    const QString id = parse::idNumber(m_idNumber->text());
    m_idNote->hide(); // a 15-digit number is converted on screen once the field is left (showConvertedId)
    if (checkIdNumber(id.toStdString(), std::nullopt, "person.idNumber"))
        return;
    if (auto birth = birthFromIdNumber(id.toStdString())) {
        const QString text = QString::fromStdString(birth->toString());
        if (m_birth->text() != text)
            m_birth->setText(text);
    }
    const bool male = (id[16].digitValue() % 2) == 1;
    m_sex->setCurrentIndex(male ? 0 : 1);
    // The area code (GB/T 2260) suggests the province and city; the clerk decides, since people are insured where
    // they worked, not always where their number was issued.
    QStringList ids;
    for (int i = 0; i < m_region->count(); ++i)
        ids << m_region->itemData(i).toString();
    const QString suggested = regionForIdNumber(id, ids);
    const bool offer = !suggested.isEmpty() && suggested != m_region->currentData().toString();
    m_regionSuggest->setProperty("region", suggested);
    m_regionSuggest->setText(tr("Use %1 (from the ID number's area code %2)").arg(regionName(suggested), id.left(6)));
    m_regionSuggest->setVisible(offer);
}

void CaseForm::onSexChanged()
{
    const bool male = m_sex->currentData().toString() == QStringLiteral("male");
    const QString track = m_track->currentData().toString();
    if (male && !track.startsWith(QStringLiteral("male-")))
        m_track->setCurrentIndex(m_track->findData(QStringLiteral("male-60")));
    else if (!male && track.startsWith(QStringLiteral("male-")))
        m_track->setCurrentIndex(m_track->findData(QStringLiteral("female-55")));
    emitChanged();
}

void CaseForm::onRecordModeChanged()
{
    m_statementPage->setVisible(!m_historyRadio->isChecked());
    m_historyPage->setVisible(m_historyRadio->isChecked());
    emitChanged();
}

void CaseForm::onRetireModeChanged()
{
    const auto mode = static_cast<RetireMode>(m_retireMode->currentIndex());
    m_retireMonths->setVisible(mode == RetireMode::Early || mode == RetireMode::Late);
    m_retireMonth->setVisible(mode == RetireMode::Month);
    emitChanged();
}

void CaseForm::focusField(const QString &path)
{
    if (QLabel *label = m_labels.value(path); label && label->buddy())
        label->buddy()->setFocus();
}

void CaseForm::setRetirementHint(const QString &hint)
{
    m_retireHint->setText(hint);
    m_retireHint->setVisible(!hint.isEmpty());
}

void CaseForm::addPeriod()
{
    const FormValues v = values();
    QString from;
    const auto &rows = m_periodsModel->rows();
    if (!rows.isEmpty()) {
        if (auto until = parse::month(rows.back()[PUntil]))
            from = QString::fromStdString(until->plus(1).toString());
    } else if (auto asOf = parse::month(v.asOf)) {
        from = QString::fromStdString(asOf->plus(1).toString());
    }
    QList<QStringList> all = rows;
    all << QStringList{from, QString(), v.grade, kindKey(v.kind)};
    m_periodsModel->setRows(all);
    m_periodsView->setCurrentIndex(m_periodsModel->index(static_cast<int>(all.size()) - 1, PUntil));
    m_periodsView->setFocus();
}

void CaseForm::removeSelectedRows(PasteTableView *view, TextTableModel *model)
{
    QList<int> rows;
    for (const QModelIndex &i : view->selectionModel()->selectedIndexes())
        if (!rows.contains(i.row()))
            rows << i.row();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows << view->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int r : rows)
        model->removeRows(r, 1);
}

void CaseForm::onPasteRequested()
{
    pasteHistory(QApplication::clipboard()->text());
}

void CaseForm::pasteHistory(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    const QModelIndex at = m_historyView->currentIndex();
    const int row = at.isValid() ? at.row() : 0;
    const int column = at.isValid() ? at.column() : 0;
    if (text.size() > 1'000'000) {
        m_importStatus->setText(tr("The pasted text is too long for a contribution table."));
        colors::setText(m_importStatus, colors::error);
        m_importStatus->show();
        return;
    }
    const ImportedHistory parsed = parseHistoryTable(text);
    if (parsed.headerFound || (column == 0 && !parsed.rows.isEmpty() && splitTable(text).value(0).size() >= 5)) {
        // Whole rows with their headings (or the leaflet's five columns): rows written from the current row.
        QList<QStringList> block;
        for (const HistoryText &h : parsed.rows)
            block << QStringList{h.year, h.months, h.monthlyBase, h.baseTotal, h.accountCredit};
        m_historyModel->writeBlock(row, 0, block);
    } else {
        m_historyModel->writeBlock(row, column, splitTable(text));
    }
    m_importStatus->hide();
}

bool CaseForm::importHistoryFile(const QString &path, ImportMode mode)
{
    QFile f(path);
    auto fail = [this](const QString &message) {
        m_importStatus->setText(message);
        colors::setText(m_importStatus, colors::error);
        m_importStatus->show();
        return false;
    };
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read.").arg(path));
    if (f.size() > 4 * 1024 * 1024)
        return fail(tr("%1 is larger than 4 MB: not a contribution table.").arg(path));
    const QByteArray bytes = f.readAll();
    const DecodedText decoded = decodeTableBytes(bytes);
    if (!decoded.error.isEmpty())
        return fail(decoded.error);
    const ImportedHistory imported = parseHistoryTable(decoded.text);
    if (!imported.error.isEmpty())
        return fail(imported.error);
    QList<QStringList> rows;
    QStringList kept; // Append: years of the file already in the table
    if (mode == ImportMode::Append)
        for (const QStringList &r : m_historyModel->rows())
            if (std::any_of(r.begin(), r.end(), [](const QString &c) { return !c.trimmed().isEmpty(); }))
                rows << r;
    const qsizetype before = rows.size();
    for (const HistoryText &h : imported.rows) {
        const bool there = std::any_of(rows.begin(), rows.begin() + before, [&](const QStringList &r) {
            return parse::normalizeNumber(r.value(HYear)) == parse::normalizeNumber(h.year);
        });
        if (there)
            kept << h.year;
        else
            rows << QStringList{h.year, h.months, h.monthlyBase, h.baseTotal, h.accountCredit};
    }
    if (mode == ImportMode::Append) // years in increasing order, as the record needs them; unreadable years last
        std::stable_sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) {
            bool okA = false, okB = false;
            const int ya = parse::normalizeNumber(a.value(HYear)).toInt(&okA);
            const int yb = parse::normalizeNumber(b.value(HYear)).toInt(&okB);
            return okA && (!okB || ya < yb);
        });
    m_historyRadio->setChecked(true);
    m_historyModel->setRows(rows);
    QString status =
        mode == ImportMode::Append
            ? tr("%1 years added from %2 (%3).").arg(imported.rows.size() - kept.size()).arg(path, decoded.encoding)
            : tr("%1 years read from %2 (%3).").arg(imported.rows.size()).arg(path, decoded.encoding);
    if (!kept.isEmpty())
        status += QLatin1Char(' ') + tr("Already in the table, kept as they were: %1.").arg(kept.join(tr(", ")));
    if (imported.totalsAsYearTotal)
        status += QLatin1Char(' ') + tr("缴费基数 was read as the year's total of monthly bases.");
    if (imported.skipped > 0)
        status += QLatin1Char(' ') + tr("%1 other rows (totals, notes) were left out.").arg(imported.skipped);
    m_importStatus->setText(status);
    colors::setText(m_importStatus, colors::hint);
    m_importStatus->show();
    return true;
}

void CaseForm::onImportClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import contribution table"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    bool hasRows = false;
    for (const QStringList &r : m_historyModel->rows())
        for (const QString &c : r)
            hasRows = hasRows || !c.trimmed().isEmpty();
    // A table with years: add the file's to them, or replace them (asked).
    const std::optional<ImportMode> mode = hasRows ? askImportMode() : ImportMode::Replace;
    if (mode)
        importHistoryFile(path, *mode);
}

std::optional<CaseForm::ImportMode> CaseForm::askImportMode()
{
    QMessageBox box(QMessageBox::Question, tr("Import contribution table"),
                    tr("The table already has years. Add the file's years to them, or replace them with the file's?"),
                    QMessageBox::Cancel, this);
    QAbstractButton *append = box.addButton(tr("&Add to the table"), QMessageBox::AcceptRole);
    QAbstractButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box.setDefaultButton(qobject_cast<QPushButton *>(append));
    box.exec();
    if (box.clickedButton() == append)
        return ImportMode::Append;
    if (box.clickedButton() == replace)
        return ImportMode::Replace;
    return std::nullopt;
}

// What makes the form quick at the counter: Enter moves on to the next field (as Tab does), and the note under the
// ID number that says a 15-digit number was converted.
void CaseForm::setUpClerkKeys()
{
    for (QLineEdit *e : textEdits())
        connect(e, &QLineEdit::returnPressed, this, [this] { focusNextPrevChild(true); });
    connect(m_idNumber, &QLineEdit::editingFinished, this, &CaseForm::showConvertedId);
    m_idNote = new QLabel;
    m_idNote->setObjectName(QStringLiteral("idNumberNote"));
    m_idNote->setWordWrap(true);
    colors::setText(m_idNote, colors::hint);
    m_idNote->hide();
    if (auto *box = m_idNumber->parentWidget(); box && box->layout())
        box->layout()->addWidget(m_idNote);
}

QStringList CaseForm::missingFields(const FieldErrors &errors) const
{
    QStringList out;
    for (const InputError &e : errors) {
        if (e.code != InputErrorCode::Missing)
            continue;
        const QString key = fieldKey(QString::fromStdString(e.field));
        const QString name = labelText(key);
        if (!out.contains(name))
            out << name;
    }
    return out;
}

void CaseForm::showErrors(const FieldErrors &errors, const std::vector<Warning> &warnings)
{
    QHash<QString, QStringList> messages, hints, notes;
    QStringList general;
    QHash<QPair<int, int>, QString> historyCells, periodCells;
    const QList<int> historyRows = nonEmptyRows(m_historyModel->rows());
    const QList<int> periodRows = nonEmptyRows(m_periodsModel->rows());

    for (const InputError &e : errors) {
        const QString path = QString::fromStdString(e.field);
        const QString key = fieldKey(path);
        QString text = texts::inputErrorOnScreen(e);
        if (!m_fields.contains(key)) {
            general << text;
            continue;
        }
        // Next to its own field the message needs no field name; in a table it names the row and column.
        const QString prefix = texts::fieldName(path) + QStringLiteral(": ");
        const QString body = text.startsWith(prefix) ? text.mid(prefix.size()) : text;
        const auto [row, columnName] = rowOf(path);
        if (key == QStringLiteral("history") && row >= 0 && row < historyRows.size()) {
            const int column = historyColumnOf(columnName);
            text = column < 0
                       ? tr("Row %1: %2").arg(historyRows[row] + 1).arg(body)
                       : tr("Row %1, %2: %3").arg(historyRows[row] + 1).arg(historyHeaders().value(column), body);
        } else if (key == QStringLiteral("plan.contributions") && row >= 0 && row < periodRows.size()) {
            const int column = periodColumnOf(columnName);
            text = column < 0 ? tr("Row %1: %2").arg(periodRows[row] + 1).arg(body)
                              : tr("Row %1, %2: %3").arg(periodRows[row] + 1).arg(periodHeaders().value(column), body);
        } else if (row < 0) {
            text = body;
        }
        if (e.code == InputErrorCode::Missing && key != QStringLiteral("history") &&
            key != QStringLiteral("plan.contributions"))
            hints[key] << tr("required");
        else
            messages[key] << text;
        const auto [index, column] = rowOf(path);
        if (key == QStringLiteral("history") && index >= 0 && index < historyRows.size())
            historyCells.insert({historyRows[index], std::max(0, historyColumnOf(column))}, text);
        if (key == QStringLiteral("plan.contributions") && index >= 0 && index < periodRows.size())
            periodCells.insert({periodRows[index], std::max(0, periodColumnOf(column))}, text);
    }
    for (const Warning &w : warnings) {
        const QString path = QString::fromStdString(texts::warningField(w));
        const QString key = fieldKey(path);
        if (path.isEmpty() || !m_fields.contains(key))
            continue;
        const int row = rowOf(path).first;
        QString text = QStringLiteral("⚠ ") + texts::warning(w);
        if (key == QStringLiteral("history") && row >= 0 && row < historyRows.size())
            text = tr("Row %1: %2").arg(historyRows[row] + 1).arg(text);
        else if (key == QStringLiteral("plan.contributions") && row >= 0 && row < periodRows.size())
            text = tr("Row %1: %2").arg(periodRows[row] + 1).arg(text);
        notes[key] << text;
    }
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        QLabel *label = it.value().error;
        if (!label)
            continue;
        label->setProperty("warning", false);
        if (messages.contains(it.key())) {
            label->setText(messages[it.key()].join(QLatin1Char('\n')));
            colors::setText(label, colors::error);
            label->show();
        } else if (hints.contains(it.key())) {
            label->setText(hints[it.key()].join(QLatin1Char('\n')));
            colors::setText(label, colors::hint);
            label->show();
        } else if (notes.contains(it.key())) {
            label->setText(notes[it.key()].join(QLatin1Char('\n')));
            colors::setText(label, colors::note);
            label->setProperty("warning", true);
            label->show();
        } else {
            label->clear();
            label->hide();
        }
    }
    m_historyModel->setCellErrors(historyCells);
    m_periodsModel->setCellErrors(periodCells);
    m_formError->setText(general.join(QLatin1Char('\n')));
    m_formError->setVisible(!general.isEmpty());
}

// A first-generation 15-digit number is replaced by its 18 characters (GB 11643) once the field is left, not while
// typing (the first 15 digits of an 18-character number can look like one), so the clerk sees what is saved.
void CaseForm::showConvertedId()
{
    const QString typed = parse::normalizeNumber(m_idNumber->text());
    const QString id = parse::idNumberFrom15(typed);
    if (id.isEmpty())
        return;
    m_idNote->setText(tr("Converted from the 15-digit number %1: “19” added before the birth year and the check "
                         "character at the end (GB 11643).")
                          .arg(typed));
    m_idNumber->setText(id);
    onIdEdited(); // birth, sex and region from the converted number
    m_idNote->show();
}

} // namespace pension::gui
