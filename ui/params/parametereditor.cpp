#include "parametereditor.h"

#include "dialogs.h"
#include "parametereditorparts.h"

#include "caseconvert.h"
#include "caselibrary.h"
#include "colors.h"
#include "language.h"
#include "packedit.h"
#include "preferencesdialog.h"
#include "texts.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <string_view>

namespace pension::gui {

using namespace parametereditor;

namespace {

std::string_view view(const QByteArray &b)
{
    return {b.constData(), static_cast<std::size_t>(b.size())};
}
std::string s(const QString &q)
{
    return q.toStdString();
}
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonObject packObject(const PackSource &p)
{
    return QJsonDocument::fromJson(p.text).object();
}

// The series object of a pack: the province's own ("" city) or a city's.
QJsonObject seriesObject(const QJsonObject &pack, const QString &city, const QString &series)
{
    const QJsonObject root = city.isEmpty() ? pack.value(QStringLiteral("series")).toObject()
                                            : pack.value(QStringLiteral("cities"))
                                                  .toObject()
                                                  .value(city)
                                                  .toObject()
                                                  .value(QStringLiteral("series"))
                                                  .toObject();
    return root.value(series).toObject();
}

QString localName(const QJsonValue &name, const QString &fallback)
{
    const QJsonObject o = name.toObject();
    const QString zh = o.value(QStringLiteral("zh")).toString(), en = o.value(QStringLiteral("en")).toString();
    const QString shown =
        currentLanguage() == QStringLiteral("en") ? (en.isEmpty() ? zh : en) : (zh.isEmpty() ? en : zh);
    return shown.isEmpty() ? fallback : shown;
}

QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toVariant().toString();
}

} // namespace

// Words for the pack's keys (the keys themselves stay visible: they are what the change log records).
class PackWords {
    Q_DECLARE_TR_FUNCTIONS(PackWords)
public:
    static QString series(const QString &key)
    {
        static const struct {
            const char *key, *text;
        } names[] = {
            {"pensionBase", QT_TR_NOOP("Pension base (计发基数)")},
            {"contributionAverage", QT_TR_NOOP("Average wage for contribution bases")},
            {"contributionFloor", QT_TR_NOOP("Contribution base floor")},
            {"contributionCeiling", QT_TR_NOOP("Contribution base ceiling")},
            {"indexDenominator", QT_TR_NOOP("Contribution index denominator")},
            {"transitionRate", QT_TR_NOOP("Transition rate (过渡系数)")},
            {"transitionRateAlt", QT_TR_NOOP("Second transition rate (for some people)")},
            {"localPensionBase", QT_TR_NOOP("City pension base (two-base provinces)")},
            {"employerRate", QT_TR_NOOP("Employer rate")},
            {"urbanDisposableIncome", QT_TR_NOOP("Urban disposable income per head")},
            {"heatingAllowance", QT_TR_NOOP("Heating allowance")},
            {"annuityMonthsByAge", QT_TR_NOOP("Annuity months by age (计发月数)")},
            {"minContributionMonths", QT_TR_NOOP("Minimum contribution months")},
            {"accountInterestRate", QT_TR_NOOP("Account interest rate (记账利率)")},
            {"personalAccountRate", QT_TR_NOOP("Share credited to the personal account")},
            {"employeeRate", QT_TR_NOOP("Employee rate")},
            {"flexibleRate", QT_TR_NOOP("Flexible worker's rate")},
            {"pensionIncrease", QT_TR_NOOP("Yearly pension increase")},
        };
        for (const auto &n : names)
            if (key == QLatin1String(n.key))
                return tr(n.text);
        return QString();
    }
    static QString unit(const QString &key)
    {
        if (key == QStringLiteral("yuan-per-month"))
            return tr("yuan a month");
        if (key == QStringLiteral("yuan-per-year"))
            return tr("yuan a year");
        if (key == QStringLiteral("percent"))
            return QStringLiteral("%");
        if (key == QStringLiteral("months"))
            return tr("months");
        if (key == QStringLiteral("years"))
            return tr("years");
        return key;
    }
    static QString status(const QString &key)
    {
        if (key == QStringLiteral("published"))
            return tr("published");
        if (key == QStringLiteral("provisional"))
            return tr("provisional");
        if (key == QStringLiteral("assumed"))
            return tr("assumed");
        return key;
    }
    static QString confidence(const QString &key)
    {
        if (key == QStringLiteral("official"))
            return tr("official");
        if (key == QStringLiteral("secondary"))
            return tr("secondary");
        if (key == QStringLiteral("inferred"))
            return tr("inferred");
        if (key == QStringLiteral("recall"))
            return tr("recall");
        return key;
    }
};

void ParameterEditor::retranslate()
{
    setWindowTitle(tr("Parameter packs"));
    m_tabs->setTabText(0, tr("&Figures"));
    m_tabs->setTabText(1, tr("Change &log"));
    m_values->setHorizontalHeaderLabels({tr("From"), tr("Value"), tr("Unit"), tr("Status"), tr("Confidence"),
                                         tr("Published"), tr("Source"), tr("Note")});
    m_editBox->setTitle(tr("Enter a newly published figure (or correct one: Enter on a row above copies it here)"));
    m_fromLabel->setText(tr("&Applies from:"));
    m_from->setPlaceholderText(tr("a year like 2026, or a month like 2026-07"));
    m_valueLabel->setText(tr("&Value:"));
    m_value->setPlaceholderText(tr("as published, e.g. 7950 or 2.5"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_confidenceLabel->setText(tr("Con&fidence:"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, PackWords::status(m_status->itemData(i).toString()));
    for (int i = 0; i < m_confidence->count(); ++i)
        m_confidence->setItemText(i, PackWords::confidence(m_confidence->itemData(i).toString()));
    m_sourceLabel->setText(tr("&Source:"));
    m_source->setPlaceholderText(tr("the document number (文号) and where it was read — required"));
    m_publishedLabel->setText(tr("Published in (&month):"));
    m_published->setPlaceholderText(tr("YYYY-MM, the month the figure became known"));
    m_noteLabel->setText(tr("&Note:"));
    m_apply->setText(tr("Sa&ve figure"));
    m_import->setText(tr("&Import pack…"));
    m_import->setToolTip(tr("Add or replace a parameter pack from a file; it is checked before it is used"));
    m_export->setText(tr("&Export pack…"));
    m_export->setToolTip(tr("Write the selected pack, as in force, to a file"));
    m_revert->setText(tr("&Back to shipped version…"));
    m_revert->setToolTip(tr("Remove the local copy of the selected pack; the change log keeps its record"));
    m_close->setText(tr("Close"));
    m_auditIntro->setText(tr("Every change of a parameter pack made here: who, when, which figure, the value before "
                             "and after, and the source given. Newest first."));
    m_audit->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Pack"), tr("Figure"), tr("Before"), tr("After"), tr("Source")});
    if (!m_packs.isEmpty()) {
        const Selection sel = selection();
        fillTree();
        selectSeries(sel.pack, sel.city, sel.series);
    }
}

void ParameterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ParameterEditor::reload()
{
    const Selection sel = selection();
    m_problems.clear();
    m_packs = packSources(m_dir, &m_problems);
    fillTree();
    if (!selectSeries(sel.pack, sel.city, sel.series) && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    fillAudit();
}

void ParameterEditor::fillTree()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    for (const PackSource &p : m_packs) {
        const QJsonObject pack = packObject(p);
        auto *top = new QTreeWidgetItem(m_tree);
        QString title =
            QStringLiteral("%1 (%2) %3").arg(localName(pack.value(QStringLiteral("name")), p.id), p.id, p.version);
        if (!p.userPath.isEmpty())
            title += QLatin1Char(' ') + tr("[local]");
        top->setText(0, title);
        top->setData(0, PackRole, p.id);
        auto addSeries = [&](QTreeWidgetItem *parent, const QJsonObject &series, const QString &city) {
            for (auto it = series.begin(); it != series.end(); ++it) {
                auto *item = new QTreeWidgetItem(parent);
                const QString words = PackWords::series(it.key());
                item->setText(0, words.isEmpty() ? it.key() : words);
                item->setToolTip(0, it.key()); // the key the pack file and the change log use
                item->setData(0, PackRole, p.id);
                item->setData(0, CityRole, city);
                item->setData(0, SeriesRole, it.key());
            }
        };
        addSeries(top, pack.value(QStringLiteral("series")).toObject(), QString());
        const QJsonObject cities = pack.value(QStringLiteral("cities")).toObject();
        for (auto it = cities.begin(); it != cities.end(); ++it) {
            auto *cityItem = new QTreeWidgetItem(top);
            const QJsonObject city = it.value().toObject();
            const QJsonObject series = city.value(QStringLiteral("series")).toObject();
            cityItem->setText(0, tr("City: %1").arg(localName(city.value(QStringLiteral("name")), it.key())));
            cityItem->setToolTip(
                0, series.isEmpty() ? tr("%1: no figures of its own; the province's apply").arg(it.key()) : it.key());
            cityItem->setData(0, PackRole, p.id);
            cityItem->setData(0, CityRole, it.key());
            addSeries(cityItem, series, it.key());
        }
        top->setExpanded(true);
    }
}

ParameterEditor::Selection ParameterEditor::selection() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    return {item->data(0, PackRole).toString(), item->data(0, CityRole).toString(),
            item->data(0, SeriesRole).toString()};
}

const PackSource *ParameterEditor::currentPack() const
{
    const QString id = selection().pack;
    for (const PackSource &p : m_packs)
        if (p.id == id)
            return &p;
    return nullptr;
}

bool ParameterEditor::selectSeries(const QString &packId, const QString &city, const QString &series)
{
    if (packId.isEmpty())
        return false;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->data(0, PackRole).toString() == packId && item->data(0, CityRole).toString() == city &&
            item->data(0, SeriesRole).toString() == series) {
            m_tree->setCurrentItem(item);
            onSelectionChanged();
            return true;
        }
    }
    return false;
}

void ParameterEditor::onSelectionChanged()
{
    clearErrors();
    m_editResult->clear();
    fillValues();
    const Selection sel = selection();
    // A new entry of a yearly series most likely applies from the year after the last one.
    if (m_values->rowCount() > 0) {
        const QString last = m_values->item(m_values->rowCount() - 1, VFrom)->text();
        bool yearly = false;
        const int year = last.toInt(&yearly);
        m_from->setText(yearly && last.size() == 4 ? QString::number(year + 1) : QString());
    } else {
        m_from->clear();
    }
    m_value->clear();
    m_source->clear();
    m_published->clear();
    m_note->clear();
    m_status->setCurrentIndex(0);
    m_confidence->setCurrentIndex(0);
    const PackSource *pack = currentPack();
    m_export->setEnabled(pack != nullptr);
    m_revert->setEnabled(pack && !pack->userPath.isEmpty());
}

void ParameterEditor::fillValues()
{
    const Selection sel = selection();
    const PackSource *pack = currentPack();
    m_values->setRowCount(0);
    QString info;
    if (pack) {
        info = tr("Pack %1, version %2").arg(pack->fileName, pack->version);
        if (!pack->userPath.isEmpty())
            info += QStringLiteral(" · ") +
                    (pack->shippedVersion.isEmpty()
                         ? tr("imported: %1").arg(pack->userPath)
                         : tr("local copy %1 (shipped: %2)").arg(pack->userPath, pack->shippedVersion));
    }
    if (!m_problems.isEmpty())
        info += QStringLiteral("\n") + m_problems.join(QStringLiteral("\n"));
    m_packInfo->setText(info);
    const QString clerk = clerkName();
    m_clerkNote->setText(clerk.isEmpty() ? tr("Set your name in Preferences first: every change records who made it.")
                                         : tr("Recorded as %1").arg(clerk));
    if (!pack || sel.series.isEmpty()) {
        m_seriesTitle->setText(pack ? tr("Choose a series in the list.") : QString());
        m_editBox->setEnabled(false);
        return;
    }
    const QJsonObject series = seriesObject(packObject(*pack), sel.city, sel.series);
    const QString words = PackWords::series(sel.series);
    m_seriesTitle->setText((sel.city.isEmpty() ? QString() : sel.city + QStringLiteral(" · ")) +
                           (words.isEmpty() ? sel.series : QStringLiteral("%1 (%2)").arg(words, sel.series)));
    const QString unit = PackWords::unit(series.value(QStringLiteral("unit")).toString());
    const QJsonArray values = series.value(QStringLiteral("values")).toArray();
    bool byAge = false;
    m_values->setRowCount(static_cast<int>(values.size()));
    for (int row = 0; row < values.size(); ++row) {
        const QJsonObject v = values.at(row).toObject();
        byAge = byAge || v.contains(QStringLiteral("age"));
        const QString from = v.contains(QStringLiteral("age"))
                                 ? tr("age %1").arg(v.value(QStringLiteral("age")).toInt())
                                 : v.value(QStringLiteral("from")).toString();
        const QString status = v.value(QStringLiteral("status")).toString();
        const QString confidence = v.value(QStringLiteral("confidence")).toString();
        auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_values->setItem(row, column, item);
            return item;
        };
        set(VFrom, from);
        set(VValue, valueText(v.value(QStringLiteral("value"))))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        set(VUnit, unit);
        set(VStatus, PackWords::status(status))->setData(Qt::UserRole, status);
        set(VConfidence, PackWords::confidence(confidence))->setData(Qt::UserRole, confidence);
        set(VPublished, v.value(QStringLiteral("publishedOn")).toString());
        set(VSource, v.value(QStringLiteral("source")).toString());
        set(VNote, v.value(QStringLiteral("note")).toString());
        if (status != QStringLiteral("published"))
            for (int c = 0; c < VColumns; ++c)
                m_values->item(row, c)->setForeground(colors::note);
    }
    m_values->resizeRowsToContents();
    if (m_values->rowCount() > 0)
        m_values->scrollToBottom();
    // A table by age (计发月数) is law, not a dated figure: it is not edited here.
    m_editBox->setEnabled(!byAge);
}

void ParameterEditor::fillAudit()
{
    m_audit->setRowCount(0);
    if (!m_library || !m_library->isOpen())
        return;
    const QList<storage::AuditEntry> entries = m_library->audit();
    m_audit->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const storage::AuditEntry &e = entries[row];
        const QStringList cells = {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   e.who,
                                   e.pack,
                                   e.key,
                                   e.oldValue,
                                   e.newValue,
                                   e.source};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_audit->setItem(row, c, item);
        }
    }
}

void ParameterEditor::clearErrors()
{
    for (QLabel *l : {m_fromError, m_valueError, m_sourceError, m_publishedError, m_statusError, m_editError}) {
        l->clear();
        l->hide();
    }
}

void ParameterEditor::showError(const QString &key, const QString &reason, const QString &message)
{
    // The engine names the key of the pack: the field the clerk typed is the one shown.
    QLabel *label = m_editError;
    QLineEdit *focus = nullptr;
    if (key == QStringLiteral("value") || key.endsWith(QStringLiteral(".value"))) {
        label = m_valueError;
        focus = m_value;
    } else if (key == QStringLiteral("source") || key.endsWith(QStringLiteral(".source"))) {
        label = m_sourceError;
        focus = m_source;
    } else if (key == QStringLiteral("from") || key.endsWith(QStringLiteral(".from"))) {
        label = m_fromError;
        focus = m_from;
    } else if (key.endsWith(QStringLiteral(".publishedOn"))) {
        label = m_publishedError;
        focus = m_published;
    } else if (key.endsWith(QStringLiteral(".status")) || key.endsWith(QStringLiteral(".confidence"))) {
        label = m_statusError;
    }
    label->setText(label == m_editError ? message : reason);
    label->setToolTip(message);
    label->show();
    if (focus) {
        focus->setFocus();
        focus->selectAll();
    }
}

bool ParameterEditor::recordAudit(const QString &pack, const QString &key, const QString &oldValue,
                                  const QString &newValue, const QString &source)
{
    storage::AuditEntry e;
    e.who = clerkName();
    e.at = QDateTime::currentDateTimeUtc();
    e.pack = pack;
    e.key = key;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.source = source;
    return m_library && m_library->addAudit(e);
}

void ParameterEditor::applyEdit()
{
    clearErrors();
    m_editResult->clear();
    const Selection sel = selection();
    const PackSource *pack = currentPack();
    if (!pack || sel.series.isEmpty() || !m_editBox->isEnabled()) {
        showError(QString(), QString(), tr("Choose a dated series in the list first."));
        return;
    }
    if (clerkName().isEmpty()) {
        showError(QString(), QString(),
                  tr("Set your name in Preferences first (Ctrl+,): every change records who made it."));
        return;
    }
    if (!m_library || !m_library->isOpen()) {
        showError(QString(), QString(),
                  tr("The change log (in the case library) is not open: no change can be recorded."));
        return;
    }
    const QString from = parse::normalizeNumber(m_from->text());
    if (from.isEmpty()) {
        showError(QStringLiteral("from"), tr("required: a year like 2026 or a month like 2026-07"), QString());
        return;
    }
    PackEdit edit;
    edit.city = s(sel.city);
    edit.series = s(sel.series);
    edit.from = s(from);
    edit.value = s(parse::normalizeNumber(m_value->text()));
    edit.status = s(m_status->currentData().toString());
    edit.confidence = s(m_confidence->currentData().toString());
    edit.source = s(m_source->text().trimmed());
    edit.publishedOn = s(m_published->text().trimmed());
    edit.note = s(m_note->text().trimmed());
    auto result = applyPackEdit(s(pack->fileName), view(pack->text), edit);
    if (auto *e = std::get_if<PackError>(&result)) {
        showError(q(e->key), texts::packReason(*e), texts::packError(*e));
        return;
    }
    const PackEditResult &done = std::get<PackEditResult>(result);
    const QString id = pack->id;
    QString error;
    if (!writeUserPack(m_dir, id, QByteArray::fromStdString(done.text), &error)) {
        showError(QString(), QString(), error);
        return;
    }
    const QString key = (sel.city.isEmpty() ? QString() : QStringLiteral("cities.%1.").arg(sel.city)) +
                        QStringLiteral("series.%1[%2]").arg(sel.series, from);
    const QString version = q(done.newVersion);
    if (!recordAudit(id + QLatin1Char('@') + version, key, q(done.oldValue), q(edit.value), q(edit.source)))
        showError(QString(), QString(),
                  tr("The figure is saved, but the change log could not record it: %1")
                      .arg(m_library ? m_library->error() : QString()));
    const QString message = tr("Saved %1 = %2 from %3 in pack %4, version %5. Results now use this version.")
                                .arg(sel.series, q(edit.value), from, id, version);
    reload();
    selectSeries(sel.pack, sel.city, sel.series);
    m_editResult->setText(message);
    emit packsChanged(message);
}

bool ParameterEditor::importPack(const QString &path)
{
    clearErrors();
    m_editResult->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(QString(), QString(), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray text = file.readAll();
    const QString name = QFileInfo(path).fileName();
    if (auto e = validatePack(s(name), view(text))) {
        showError(QString(), QString(), tr("Not imported: %1").arg(texts::packError(*e)));
        return false;
    }
    const auto identity = packIdentity(text);
    if (!identity) {
        showError(QString(), QString(), tr("Not imported: %1 has no pack id.").arg(name));
        return false;
    }
    // With the other packs in force: the regions must still resolve (a province needs the national pack, …).
    ParameterLibrary trial = combinedLibrary(m_dir);
    if (auto e = trial.add(s(name), view(text))) {
        showError(QString(), QString(), tr("Not imported: %1").arg(texts::packError(*e)));
        return false;
    }
    for (const std::string &region : trial.regionIds()) {
        const auto resolved = trial.resolve(region);
        if (auto *e = std::get_if<PackError>(&resolved)) {
            showError(QString(), QString(), tr("Not imported: %1").arg(texts::packError(*e)));
            return false;
        }
    }
    if (!m_library || !m_library->isOpen()) {
        showError(QString(), QString(),
                  tr("The change log (in the case library) is not open: no change can be recorded."));
        return false;
    }
    QString before;
    for (const PackSource &p : m_packs)
        if (p.id == identity->id)
            before = p.version;
    if (!before.isEmpty() && !m_dialogs.ask(tr("Replace pack %1 version %2 with version %3 from %4?")
                                                .arg(identity->id, before, identity->version, path)))
        return false;
    QString error;
    if (!writeUserPack(m_dir, identity->id, text, &error)) {
        showError(QString(), QString(), error);
        return false;
    }
    recordAudit(identity->id + QLatin1Char('@') + identity->version, QStringLiteral("import"), before,
                identity->version, QDir::toNativeSeparators(path));
    const QString message =
        tr("Imported pack %1, version %2. Results now use it.").arg(identity->id, identity->version);
    reload();
    selectSeries(identity->id, QString(), QString());
    m_editResult->setText(message);
    emit packsChanged(message);
    return true;
}

bool ParameterEditor::exportPack(const QString &packId, const QString &path)
{
    for (const PackSource &p : m_packs) {
        if (p.id != packId)
            continue;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(p.text) != p.text.size() || !file.commit()) {
            showError(QString(), QString(), tr("%1 cannot be written: %2").arg(path, file.errorString()));
            return false;
        }
        m_editResult->setText(
            tr("Pack %1, version %2, written to %3.").arg(p.id, p.version, QDir::toNativeSeparators(path)));
        return true;
    }
    return false;
}

void ParameterEditor::onImportClicked()
{
    const QString path =
        m_dialogs.openFileName(tr("Import a parameter pack"), tr("Parameter packs (*.json)"), QString());
    if (!path.isEmpty())
        importPack(path);
}

void ParameterEditor::onExportClicked()
{
    const PackSource *pack = currentPack();
    if (!pack)
        return;
    const QString suggested = QStringLiteral("%1-%2.json").arg(pack->id, pack->version);
    const QString path =
        m_dialogs.saveFileName(tr("Export a parameter pack"), tr("Parameter packs (*.json)"),
                               m_exportFolder.isEmpty() ? suggested : QDir(m_exportFolder).filePath(suggested));
    if (!path.isEmpty())
        exportPack(pack->id, path);
}

void ParameterEditor::onRevertClicked()
{
    const PackSource *pack = currentPack();
    if (!pack || pack->userPath.isEmpty())
        return;
    const QString id = pack->id, version = pack->version, shipped = pack->shippedVersion, path = pack->userPath;
    const QString question =
        shipped.isEmpty()
            ? tr("Remove the imported pack %1 (version %2)? Cases of its regions can no longer be calculated.")
                  .arg(id, version)
            : tr("Go back to the shipped version %1 of pack %2? The local version %3 is removed; the change log keeps "
                 "its record.")
                  .arg(shipped, id, version);
    if (!m_dialogs.ask(question))
        return;
    if (!QFile::remove(path)) {
        showError(QString(), QString(), tr("%1 cannot be removed.").arg(path));
        return;
    }
    recordAudit(id + QLatin1Char('@') + (shipped.isEmpty() ? version : shipped), QStringLiteral("revert"), version,
                shipped, tr("local copy removed"));
    const QString message = shipped.isEmpty() ? tr("Pack %1 removed.").arg(id)
                                              : tr("Pack %1 is back to the shipped version %2.").arg(id, shipped);
    reload();
    m_editResult->setText(message);
    emit packsChanged(message);
}

} // namespace pension::gui
