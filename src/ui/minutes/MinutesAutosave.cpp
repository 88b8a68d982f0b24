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
    , m_watcher(new QFutureWatcher<QList<NoteSaveResult>>(this))
    , m_timer(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &MinutesAutosave::saveSoon);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &MinutesAutosave::onAnswered);
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
        saveSoon();
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
            saveSoon();
        else
            m_timer->start();
    });
}

void MinutesAutosave::clear()
{
    m_fields.clear();
    ++m_fieldsGeneration; // the answer of a save on its way finds no field
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

void MinutesAutosave::saveSoon()
{
    m_timer->stop();
    m_retry->stop();
    m_dirtySince.invalidate();
    if (m_sent) {
        m_sendAgain = true;
        return;
    }
    send();
}

bool MinutesAutosave::saveNow()
{
    m_timer->stop();
    m_retry->stop();
    m_dirtySince.invalidate();
    QElapsedTimer held;
    held.start();
    bool ok = true;
    if (m_sent) {
        m_sent->answer.waitForFinished();
        ok = take().ok;
    }
    // A merged field is saved again at once; three rounds are more than
    // a merge needs (the next save meets any newer text as a conflict).
    for (int round = 0; round < 3 && send(); ++round) {
        m_sent->answer.waitForFinished();
        const Taken taken = take();
        ok = taken.ok;
        if (!taken.sendAgain)
            break;
    }
    m_sendAgain = false;
    ok = ok && !waitsForChoice();
    noteHeld(held.nsecsElapsed() / 1000);
    if (ok)
        announceSaved();
    return ok;
}

bool MinutesAutosave::send()
{
    QElapsedTimer held;
    held.start();
    QList<MinuteEntry> entries;
    Sent sent;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (!it->dirty || it->theirs) // unchanged, or the writer is choosing
            continue;
        MinuteEntry entry = it->entry;
        entry.text = it.key()->toPlainText();
        entries << entry;
        sent.edits << it.key();
    }
    if (entries.isEmpty())
        return false;
    sent.fieldsGeneration = m_fieldsGeneration;
    sent.answer = m_workspace.notesWriter().save(entries, m_workspace.actorId());
    m_sent = sent;
    m_watcher->setFuture(sent.answer);
    noteHeld(held.nsecsElapsed() / 1000);
    return true;
}

void MinutesAutosave::onAnswered()
{
    // Taken already when saveNow() waited for it.
    if (!m_sent || !m_sent->answer.isFinished())
        return;
    QElapsedTimer held;
    held.start();
    const Taken taken = take();
    noteHeld(held.nsecsElapsed() / 1000);
    if (taken.ok && !waitsForChoice())
        announceSaved();
    if (std::exchange(m_sendAgain, false) || taken.sendAgain)
        send();
}

MinutesAutosave::Taken MinutesAutosave::take()
{
    const Sent sent = *std::exchange(m_sent, std::nullopt);
    Taken taken;
    if (sent.fieldsGeneration != m_fieldsGeneration)
        return taken; // the fields are gone; what was sent is saved
    const QList<NoteSaveResult> results = sent.answer.result();
    bool lostSaid = false;
    for (qsizetype i = 0; i < sent.edits.size() && i < results.size(); ++i) {
        NotesEdit *edit = sent.edits.at(i);
        const auto field = m_fields.find(edit);
        if (field == m_fields.end())
            continue;
        const NoteSaveResult &result = results.at(i);
        if (!result.error) {
            field->entry = result.saved;
            // Typing went on while the save was on its way: that is saved next.
            field->dirty = edit->toPlainText() != result.saved.text;
            continue;
        }
        const StorageError &error = *result.error;
        if (error.kind() == StorageError::Kind::Conflict && result.stored) {
            if (meetStored(edit, *result.stored) == Outcome::Merged) {
                taken.sendAgain = true;
                Q_EMIT merged(tr("Someone else wrote in the same field at the same time. Both "
                                 "texts are in the field now; read it through."));
            } else {
                taken.ok = false;
                const QString mine = edit->toPlainText();
                const QString theirs = field->theirs->text;
                Q_EMIT conflicted(edit, mine, theirs, mergeNotes(field->entry.text, theirs, mine));
            }
            continue;
        }
        taken.ok = false;
        if (error.kind() == StorageError::Kind::ConnectionLost) {
            // Said once for all fields; saved again on reconnected(), or
            // after a while when only the writer's own connection was lost.
            if (!std::exchange(lostSaid, true))
                Q_EMIT saveFailed(tr("The connection to the database server was lost; the text is "
                                     "saved as soon as it is back."));
            m_retry->start();
            continue;
        }
        if (error.kind() == StorageError::Kind::Busy)
            m_retry->start();
        Q_EMIT saveFailed(error.userMessage());
    }
    return taken;
}

void MinutesAutosave::announceSaved()
{
    Q_EMIT saved(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
}

void MinutesAutosave::noteHeld(qint64 microseconds)
{
    m_lastSaveUs = microseconds;
    m_longestSaveUs = qMax(m_longestSaveUs, microseconds);
}

bool MinutesAutosave::waitsForChoice() const
{
    for (const Field &field : m_fields) {
        if (field.dirty && field.theirs)
            return true;
    }
    return false;
}

MinutesAutosave::Outcome MinutesAutosave::meetStored(NotesEdit *edit, const MinuteEntry &stored)
{
    Field &field = m_fields[edit];
    const QString mine = edit->toPlainText();
    if (!notesMergeWithoutChoice(field.entry.text, stored.text, mine)) {
        field.theirs = stored;
        return Outcome::Choose;
    }
    const QString text = mergeNotes(field.entry.text, stored.text, mine);
    field.entry = stored;
    field.dirty = true;
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
    takeStored(storedEntries(meetingId));
}

void MinutesAutosave::takeStored(const StoredEntries &stored)
{
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
        if (entry.id == it->entry.id && entry.version <= it->entry.version)
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
