#include "counterworkflow.h"

#include "dialogs.h"

#include "counterhost.h"
#include "safefile.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace pension::gui {

namespace {

// A case file larger than this is not a case file.
constexpr qint64 kMaxCaseFile = 16 * 1024 * 1024;

QString fileNamePart(QString s)
{
    static const QString bad = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : s)
        if (bad.contains(c) || c.isSpace() || c.unicode() < 0x20)
            c = QLatin1Char('_');
    return s;
}

} // namespace

// --- case files ---

void CounterWorkflow::openCaseFile()
{
    const QString path = dialogs().openFileName(
        tr("Open a case file"), tr("Case files (*.pension.json);;JSON files (*.json);;All files (*)"), m_lastDir);
    if (!path.isEmpty())
        openCaseFileAt(path);
}

bool CounterWorkflow::openCaseFileAt(const QString &path)
{
    // A regular file within the cap: a device or a pipe chosen by mistake is refused, not read without end.
    const safefile::ReadResult file = safefile::readRegular(path, kMaxCaseFile);
    if (file.problem == safefile::ReadProblem::TooLarge) {
        dialogs().tell(tr("%1 is not a case file (too large).").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (file.problem == safefile::ReadProblem::NotRegular || file.problem == safefile::ReadProblem::Folder) {
        dialogs().tell(tr("%1 is not a case file (not a regular file).").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!file.ok()) {
        dialogs().tell(
            tr("%1 cannot be opened: %2")
                .arg(QDir::toNativeSeparators(path), file.reason.isEmpty() ? tr("no such file") : file.reason));
        return false;
    }
    auto loaded = readForm(file.bytes);
    if (auto *error = std::get_if<QString>(&loaded)) {
        dialogs().tell(tr("%1 is not a case that can be opened: %2").arg(QDir::toNativeSeparators(path), *error));
        return false;
    }
    if (!askToReplace())
        return false;
    m_lastDir = QFileInfo(path).absolutePath();
    const auto &l = std::get<formstate::Loaded>(loaded);
    load(l.values, 0, true, l.dropped, l.compare);
    status(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString CounterWorkflow::suggestedName(const QString &suffix) const
{
    const FormValues v = m_host->formValues();
    QString base = fileNamePart(v.name.trimmed());
    if (base.isEmpty())
        base = tr("case");
    const auto asOf = parse::month(v.asOf);
    if (asOf)
        base += QLatin1Char('-') + QString::fromStdString(asOf->toString());
    return base + suffix;
}

QString CounterWorkflow::printName() const
{
    QString base = fileNamePart(m_host->formValues().name.trimmed());
    if (base.isEmpty())
        base = fileNamePart(tr("Basic pension estimate"));
    return base + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate);
}

QString CounterWorkflow::chooseSavePath(const QString &caption, const QString &filter, const QString &suffix)
{
    QString path = dialogs().saveFileName(caption, filter, QDir(m_lastDir).filePath(suggestedName(suffix)));
    if (path.isEmpty())
        return path;
    if (!path.endsWith(suffix, Qt::CaseInsensitive) && QFileInfo(path).suffix().isEmpty())
        path += suffix;
    m_lastDir = QFileInfo(path).absolutePath();
    return path;
}

bool CounterWorkflow::writeFile(const QString &path, const QByteArray &bytes)
{
    QString error; // written beside, then renamed: never half a file; owner-only
    if (!safefile::writeWhole(path, bytes, &error)) {
        dialogs().tell(error);
        return false;
    }
    return true;
}

void CounterWorkflow::saveCaseFile()
{
    const FormValues values = m_host->formValues();
    const auto kase = caseNow();
    if (!kase) {
        dialogs().tell(
            tr("The case is not complete: fill in or correct the fields marked in red first. (Ctrl+S keeps it "
               "in the case library as typed.)"));
        return;
    }
    const QString path = chooseSavePath(tr("Save the case as a file"), tr("Case files (*.pension.json)"),
                                        QStringLiteral(".pension.json"));
    if (path.isEmpty() || !writeFile(path, QByteArray::fromStdString(writeCase(*kase))))
        return;
    m_savedState = formstate::toJson(values);
    status(tr("Case saved to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace pension::gui
