#include "ui/minutes/MinutesAutosave.h"

#include "domain/NotesMerge.h"
#include "domain/StorageError.h"
#include "services/ConnectionWatch.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingMinutes.h"
#include "ui/minutes/NotesEdit.h"

#include <QTextCursor>
#include <QTime>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace tf {

MinutesAutosave::MinutesAutosave(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    // Text that could not be saved is saved again without waiting for the
    // next keystroke: once the lost connection is back, and a while after
    // someone else's lock made the save give up.
    m_retry->setSingleShot(true);
    m_retry->setInterval(5000);
    connect(m_retry, &QTimer::timeout, this, &MinutesAutosave::saveIfPending);
    connect(&workspace.connectionWatch(), &ConnectionWatch::reconnected, this,
        &MinutesAutosave::saveIfPending);
}

void MinutesAutosave::saveIfPending()
{
    if (hasPendingChanges())
        saveNow();
}

void MinutesAutosave::track(
    NotesEdit *edit, qint64 agendaItemId, const QString &section, const MinuteEntry &stored)
{
    Field field;
    field.agendaItemId = agendaItemId;
    field.section = section;
    field.entry = stored;
    field.entry.agendaItemId = agendaItemId;
    field.entry.section = section;
    m_fields.insert(edit, field);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        m_fields[edit].dirty = true;
        // Saved 300 ms after the last keystroke, and during steady typing at
        // least every 700 ms, so a crash never costs more than a second.
        if (!m_dirtySince.isValid())
            m_dirtySince.start();
        if (m_dirtySince.elapsed() >= 700)
            saveNow();
        else
            m_timer->start();
    });
}

void MinutesAutosave::clear()
{
    m_fields.clear();
}

void MinutesAutosave::setReadOnly(bool readOnly)
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it.key()->setReadOnly(readOnly);
}

bool MinutesAutosave::hasPendingChanges() const
{
    for (const Field &field : m_fields) {
        if (field.dirty)
            return true;
    }
    return false;
}

bool MinutesAutosave::saveNow()
{
    m_timer->stop();
    m_retry->stop();
    m_dirtySince.invalidate();
    QElapsedTimer timer;
    timer.start();
    bool ok = true;
    MeetingMinutes minutes(m_workspace);
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (!it->dirty)
            continue;
        if (it->theirs) {
            ok = false; // the writer is choosing
            continue;
        }
        MinuteEntry entry = it->entry;
        entry.text = it.key()->toPlainText();
        try {
            try {
                it->entry = minutes.saveEntry(entry);
            } catch (const StorageError &error) {
                if (error.kind() != StorageError::Kind::Conflict)
                    throw;
                const Outcome outcome = meetStored(it.key());
                if (outcome == Outcome::Gone)
                    throw;
                if (outcome == Outcome::Choose) {
                    ok = false;
                    const QString theirs = it->theirs->text;
                    Q_EMIT conflicted(it.key(), entry.text, theirs,
                        mergeNotes(it->entry.text, theirs, entry.text));
                    continue;
                }
                entry = it->entry;
                entry.text = it.key()->toPlainText();
                it->entry = minutes.saveEntry(entry);
                Q_EMIT merged(tr("Someone else wrote in the same field at the same time. Both "
                                 "texts are in the field now; read it through."));
            }
            it->dirty = false;
        } catch (const StorageError &error) {
            ok = false;
            if (error.kind() == StorageError::Kind::ConnectionLost) {
                // Said once for all fields; saved again on reconnected().
                Q_EMIT saveFailed(tr("The connection to the database server was lost; the text is "
                                     "saved as soon as it is back."));
                break;
            }
            if (error.kind() == StorageError::Kind::Busy)
                m_retry->start();
            Q_EMIT saveFailed(error.userMessage());
        }
    }
    m_lastSaveUs = timer.nsecsElapsed() / 1000;
    m_longestSaveUs = qMax(m_longestSaveUs, m_lastSaveUs);
    if (ok)
        Q_EMIT saved(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    return ok;
}

MinutesAutosave::Outcome MinutesAutosave::meetStored(NotesEdit *edit)
{
    Field &field = m_fields[edit];
    const auto entries = MeetingMinutes(m_workspace).entriesBeside(field.agendaItemId);
    const auto stored = std::find_if(entries.begin(), entries.end(), [&](const MinuteEntry &e) {
        return e.agendaItemId == field.agendaItemId && e.section == field.section;
    });
    if (stored == entries.end())
        return Outcome::Gone; // the item is gone; the text stays in the field
    const QString mine = edit->toPlainText();
    if (!notesMergeWithoutChoice(field.entry.text, stored->text, mine)) {
        field.theirs = *stored;
        return Outcome::Choose;
    }
    const QString text = mergeNotes(field.entry.text, stored->text, mine);
    field.entry = *stored;
    if (text != mine)
        showText(edit, text);
    return Outcome::Merged;
}

void MinutesAutosave::showText(NotesEdit *edit, const QString &text)
{
    // The cursor stays where it was in the writer's own text, which ends
    // the field after a merge (or is the whole of it).
    const QString before = edit->toPlainText();
    const int fromEnd = static_cast<int>(before.size()) - edit->textCursor().position();
    const QSignalBlocker quiet(edit);
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(std::max(0, static_cast<int>(text.size()) - fromEnd));
    edit->setTextCursor(cursor);
}

void MinutesAutosave::resolve(NotesEdit *edit, const QString &text)
{
    const auto it = m_fields.find(edit);
    if (it == m_fields.end() || !it->theirs)
        return;
    it->entry = *std::exchange(it->theirs, std::nullopt);
    if (edit->toPlainText() != text)
        showText(edit, text);
    // Taking theirs as it is stored needs no save.
    it->dirty = text != it->entry.text;
    saveNow();
}

void MinutesAutosave::postpone(NotesEdit *edit)
{
    const auto it = m_fields.find(edit);
    if (it != m_fields.end())
        it->theirs.reset();
}

MinutesAutosave::StoredEntries MinutesAutosave::storedEntries(qint64 meetingId) const
{
    return byItemAndSection(MeetingMinutes(m_workspace).entries(meetingId));
}

MinutesAutosave::StoredEntries MinutesAutosave::byItemAndSection(const QList<MinuteEntry> &entries)
{
    StoredEntries stored;
    for (const MinuteEntry &entry : entries)
        stored[entry.agendaItemId].insert(entry.section, entry);
    return stored;
}

void MinutesAutosave::takeStored(qint64 meetingId)
{
    const StoredEntries stored = storedEntries(meetingId);
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        NotesEdit *edit = it.key();
        // Never under the user's cursor, never over unsaved typing: that
        // field keeps its text, and a save meeting a newer version is a
        // conflict shown as ever.
        if (it->dirty || edit->hasFocus() || edit->window()->focusWidget() == edit)
            continue;
        const auto byItem = stored.constFind(it->agendaItemId);
        if (byItem == stored.constEnd() || !byItem->contains(it->section))
            continue;
        const MinuteEntry entry = byItem->value(it->section);
        if (entry.id == it->entry.id && entry.version == it->entry.version)
            continue;
        it->entry = entry;
        if (edit->toPlainText() != entry.text) {
            const QSignalBlocker quiet(edit); // not typing: nothing to save
            edit->setPlainText(entry.text);
            edit->moveCursor(QTextCursor::End);
        }
    }
}

} // namespace tf
