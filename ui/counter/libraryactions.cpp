#include "counterworkflow.h"

#include "dialogs.h"

#include "counterhost.h"
#include "datadir.h"
#include "librarydialog.h"
#include "parametereditor.h"
#include "report.h"
#include "userpacks.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace pension::gui {

// --- start: the library, a damaged file ---

void CounterWorkflow::start()
{
    openLibrary();
    // A library open read-only (another window holds it) keeps the other window's draft: it is not taken over.
    if (m_library->isOpen() && !m_library->isReadOnly())
        restoreDraft();
    QStringList problems;
    packSources(datadir::packsDir(), &problems);
    if (!problems.isEmpty())
        dialogs().tell(tr("Some of your parameter packs are not used:\n%1").arg(problems.join(QLatin1Char('\n'))));
    m_started = true;
}

void CounterWorkflow::openLibrary()
{
    datadir::ensureRoot();
    if (m_library->open(datadir::libraryPath())) {
        if (m_library->isReadOnly())
            dialogs().tell(readOnlyText());
        return;
    }
    if (m_library->isDamaged()) {
        resolveDamagedLibrary();
        return;
    }
    dialogs().tell(tr("The case library cannot be opened, so cases are neither saved nor autosaved until this is "
                      "resolved.\n\n%1")
                       .arg(m_library->error()));
}

QString CounterWorkflow::readOnlyText() const
{
    if (m_library->readOnlyReason() == storage::CaseLibrary::ReadOnlyReason::InUse)
        return tr("The case library is in use by another window of the program, so it is open read-only here: cases "
                  "can be found and opened, but not saved, and nothing is autosaved in this window.\n\n%1")
            .arg(QDir::toNativeSeparators(m_library->path()));
    return tr("The case library cannot be written (the file or its folder is read-only), so cases are neither "
              "saved nor autosaved.\n\n%1")
        .arg(QDir::toNativeSeparators(m_library->path()));
}

void CounterWorkflow::resolveDamagedLibrary()
{
    const QString path = datadir::libraryPath();
    // Every backup is checked first: one that fails its check is never offered, and one that holds fewer cases
    // than the damaged file still shows says so.
    const QList<storage::BackupInfo> backups = m_library->inspectBackups();
    const auto damagedCases = m_library->damagedCaseCount();
    std::optional<storage::BackupInfo> best;
    int failed = 0;
    for (const storage::BackupInfo &b : backups) {
        if (b.intact) {
            best = b;
            break;
        }
        ++failed;
    }
    QStringList choices;
    enum Way { Restore, Empty, Without };
    QList<Way> ways;
    QStringList notes;
    if (failed > 0)
        notes << tr("Newer backups that failed their check are not offered: %1.").arg(failed);
    if (best) {
        const QString when = QLocale().toString(best->taken, QLocale::ShortFormat);
        if (damagedCases && *damagedCases > best->cases) {
            choices << tr("Restore the backup of %1 anyway (cases in it: %2, fewer than the %3 the damaged file shows)")
                           .arg(when)
                           .arg(best->cases)
                           .arg(*damagedCases);
            notes << tr("The newest good backup holds fewer cases (%1) than the damaged file still shows (%2).")
                         .arg(best->cases)
                         .arg(*damagedCases);
        } else {
            choices << tr("Restore the backup of %1 (cases in it: %2)").arg(when).arg(best->cases);
        }
        ways << Restore;
    } else if (!backups.isEmpty()) {
        notes << tr("No backup passes its check, so none can be restored.");
    } else {
        notes << tr("There is no backup.");
    }
    choices << tr("Start an empty library (the damaged file is kept)");
    ways << Empty;
    choices << tr("Continue without the library");
    ways << Without;
    const QString text =
        tr("The case library is damaged and cannot be read:\n%1\n\nNothing is deleted: the damaged file is kept "
           "next to it. Restore the newest backup (cases saved since that backup are missing), or start an empty "
           "library.")
            .arg(QDir::toNativeSeparators(path)) +
        QStringLiteral("\n\n") + notes.join(QLatin1Char('\n'));
    const int chosen = dialogs().choose(text, choices);
    const Way way = chosen >= 0 && chosen < ways.size() ? ways[chosen] : Without;
    // The dialogs hold the old library.
    delete m_libraryDialog;
    delete m_parameterEditor;
    const QString kept =
        path + QStringLiteral(".damaged-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    switch (way) {
    case Restore:
        if (m_library->restoreBackup(best->path))
            status(tr("The case library was restored from the backup %1; the damaged file is kept beside it.")
                       .arg(QFileInfo(best->path).fileName()));
        else
            dialogs().tell(tr("The backup could not be restored: %1").arg(m_library->error()));
        break;
    case Empty: {
        m_library = std::make_unique<storage::CaseLibrary>(); // closes the damaged file
        bool moved = QFile::rename(path, kept);
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(path + suffix))
                moved = QFile::rename(path + suffix, kept + suffix) && moved;
        if (!moved || !m_library->open(path))
            dialogs().tell(tr("An empty case library could not be started: %1").arg(m_library->error()));
        else
            status(tr("A new, empty case library was started; the damaged file is kept as %1.")
                       .arg(QDir::toNativeSeparators(kept)));
        break;
    }
    case Without: status(tr("Working without the case library: cases are neither saved nor autosaved.")); break;
    }
}

// --- the library ---

void CounterWorkflow::saveToLibrary()
{
    save(false);
}

void CounterWorkflow::saveAsNewToLibrary()
{
    save(true);
}

void CounterWorkflow::save(bool asNew)
{
    if (!m_library->isOpen()) {
        dialogs().tell(tr("The case library is not open: %1").arg(m_library->error()));
        return;
    }
    const FormValues values = m_host->formValues();
    if (!formstate::hasTypedContent(values)) {
        dialogs().tell(tr("Nothing to save yet: the form is empty."));
        return;
    }
    storage::CaseRecord record;
    record.id = asNew ? 0 : m_caseId;
    const qint64 copiedFrom = asNew ? m_caseId : 0;
    record.name = values.name.trimmed();
    record.idNumber = parse::idNumber(values.idNumber);
    if (record.name.isEmpty() && record.idNumber.isEmpty()) {
        dialogs().tell(tr("Type the resident's name or ID number first: the library finds cases by them."));
        m_host->focusField(QStringLiteral("person.name"));
        return;
    }
    const auto kase = caseNow();
    // A complete case is kept as a case (pension-case/1), its pins as its `compare`; an incomplete one exactly as
    // typed, the pins beside the form.
    record.json = kase ? QString::fromStdString(writeCase(*kase))
                       : QString::fromUtf8(formstate::toJson(values, m_host->pinnedPlans()));
    qint64 id = m_library->save(record);
    if (id == 0 && record.id != 0 && !m_library->load(record.id)) {
        record.id = 0; // deleted from the library meanwhile: saved as a new case
        id = m_library->save(record);
    }
    if (id == 0) {
        dialogs().tell(tr("The case could not be saved: %1").arg(m_library->error()));
        return;
    }
    m_caseId = id;
    m_savedState = formstate::toJson(values);
    m_lastDraft.clear(); // saving cleared the draft
    const QString who = record.name.isEmpty() ? report::maskIdNumber(record.idNumber) : record.name;
    if (copiedFrom != 0)
        status(
            tr("Saved to the case library as a new case: %1. The case it was opened from is kept as it was.").arg(who));
    else
        status(kase ? tr("Saved to the case library: %1.").arg(who)
                    : tr("Saved to the case library as typed: %1. It is not complete yet (see the fields marked in "
                         "red).")
                          .arg(who));
}

void CounterWorkflow::showLibrary()
{
    if (!m_library->isOpen()) {
        dialogs().tell(tr("The case library is not open: %1").arg(m_library->error()));
        return;
    }
    if (!m_libraryDialog) {
        m_libraryDialog = new LibraryDialog(*m_library, dialogs(), m_window);
        connect(m_libraryDialog, &LibraryDialog::openRequested, this, &CounterWorkflow::openLibraryCase);
        connect(m_libraryDialog, &LibraryDialog::removed, this, [this](qint64 id) {
            if (id == m_caseId) {
                m_caseId = 0;
                m_savedState.clear(); // the case on screen is no longer saved anywhere
            }
        });
    }
    m_libraryDialog->setSearchText(QString());
    m_libraryDialog->refresh();
    m_libraryDialog->open();
}

bool CounterWorkflow::openLibraryCase(qint64 id)
{
    const auto record = m_library->load(id);
    if (!record) {
        dialogs().tell(tr("The case is no longer in the library."));
        return false;
    }
    if (!askToReplace())
        return false;
    auto loaded = readForm(record->json.toUtf8());
    if (auto *error = std::get_if<QString>(&loaded)) {
        dialogs().tell(tr("The saved case cannot be read: %1").arg(*error));
        return false;
    }
    const auto &l = std::get<formstate::Loaded>(loaded);
    load(l.values, id, true, l.dropped, l.compare);
    status(tr("Opened from the case library: %1.")
               .arg(record->name.isEmpty() ? report::maskIdNumber(record->idNumber) : record->name));
    return true;
}

} // namespace pension::gui
