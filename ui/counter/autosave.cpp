#include "counterworkflow.h"

#include "counterhost.h"

#include <QTimer>

namespace pension::gui {

void CounterWorkflow::restoreDraft()
{
    const auto draft = m_library->draft();
    if (!draft)
        return;
    if (formstate::hasTypedContent(m_host->formValues()))
        return; // something was typed already: that is what is kept
    const QByteArray text = draft->first.toUtf8();
    auto loaded = readForm(text);
    if (auto *error = std::get_if<QString>(&loaded)) {
        status(tr("The autosaved case could not be read: %1").arg(*error));
        return;
    }
    qint64 caseId = draft->second;
    QByteArray savedState;
    if (caseId != 0) {
        if (auto record = m_library->load(caseId)) {
            auto saved = readForm(record->json.toUtf8());
            if (auto *s = std::get_if<formstate::Loaded>(&saved))
                savedState = formstate::toJson(s->values);
        } else {
            caseId = 0; // deleted since
        }
    }
    const auto &restored = std::get<formstate::Loaded>(loaded);
    load(restored.values, caseId, false, {}, restored.compare);
    m_savedState = savedState;
    m_lastDraft = text;
    status(tr("The case that was on screen last time has been restored (autosave)."));
}

void CounterWorkflow::writeDraft()
{
    m_autosave->stop();
    m_autosaveDeadline->stop();
    if (!m_library->isOpen() || m_library->isReadOnly())
        return; // said once when the library was opened
    const FormValues values = m_host->formValues();
    if (!formstate::hasTypedContent(values)) {
        if (!m_lastDraft.isEmpty())
            m_library->clearDraft();
        m_lastDraft.clear();
    } else if (const QByteArray state = formstate::toJson(values, m_host->pinnedPlans()); state != m_lastDraft) {
        if (m_library->saveDraft(QString::fromUtf8(state), m_caseId))
            m_lastDraft = state;
        else
            status(tr("Autosave failed: %1").arg(m_library->error()));
    }
    ++m_draftWrites;
    emit draftWritten();
}

bool CounterWorkflow::hasUnsavedChanges() const
{
    const FormValues values = m_host->formValues();
    return formstate::hasTypedContent(values) && formstate::toJson(values) != m_savedState;
}

void CounterWorkflow::caseCleared()
{
    m_autosave->stop();
    m_caseId = 0;
    if (m_library->isOpen())
        m_library->clearDraft();
    m_lastDraft.clear();
    m_savedState = formstate::toJson(m_host->formValues());
}

} // namespace pension::gui
