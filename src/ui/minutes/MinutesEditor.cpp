#include "ui/minutes/MinutesEditor.h"

#include "domain/Minutes.h"
#include "domain/care/CareRecords.h"
#include "domain/care/RiskAssessment.h"
#include "domain/risk/RiskInstrument.h"
#include "services/AccessLogger.h"
#include "services/ActionList.h"
#include "services/Workspace.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/StorageError.h"
#include "storage/care/CareRepository.h"
#include "storage/care/RiskRepository.h"
#include "ui/minutes/NotesEdit.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace tf {

MinutesEditor::MinutesEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_agenda(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_actions(new QListWidget(this))
    , m_actionsTitle(new QLabel(tr("Actions decided under this item"), this))
    , m_saveTimer(new QTimer(this))
{
    m_agenda->setObjectName(QStringLiteral("agendaListWidget"));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setWordWrap(true);
    m_actions->setObjectName(QStringLiteral("itemActionsListWidget"));
    m_actions->setAccessibleName(tr("Actions decided under this item"));
    m_actions->setMaximumHeight(140);
    m_actionsTitle->setBuddy(m_actions);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_pages, 1);
    rightLayout->addWidget(m_actionsTitle);
    rightLayout->addWidget(m_actions);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("minutesSplitter"));
    splitter->addWidget(m_agenda);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(300);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
    connect(m_agenda, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        saveNow();
        m_pages->setCurrentIndex(row);
        refreshActions();
        Q_EMIT currentIndexChanged(row);
    });
}

void MinutesEditor::load(const Meeting &meeting)
{
    saveNow();
    m_meeting = meeting;
    m_fields.clear();
    m_agenda->clear();
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_items = m_workspace.meetings().agendaItems(meeting.id);
    // The pages show each client's notes, risk assessments and checklist.
    QList<qint64> clients;
    for (const AgendaItem &item : m_items)
        clients << item.clientId;
    m_workspace.accessLogger().clientsRead(
        clients, AccessKind::Minutes, AccessPurpose::MeetingMode, meeting.id);
    QHash<qint64, QHash<QString, MinuteEntry>> stored;
    const auto entries = m_workspace.minutes().entries(meeting.id);
    for (const MinuteEntry &entry : entries)
        stored[entry.agendaItemId].insert(entry.section, entry);
    for (const AgendaItem &item : m_items) {
        m_agenda->addItem(QStringLiteral("%1. %2").arg(item.position).arg(item.title));
        // A client item has five fields: on a laptop screen the page scrolls.
        auto *scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("itemScrollArea"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(buildPage(item, stored.value(item.id)));
        m_pages->addWidget(scroll);
    }
    if (!m_items.isEmpty())
        m_agenda->setCurrentRow(0);
}

QWidget *MinutesEditor::buildPage(const AgendaItem &item, const QHash<QString, MinuteEntry> &stored)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(
        QStringLiteral("%1. %2").arg(item.position).arg(item.title.toHtmlEscaped()), page);
    title->setObjectName(QStringLiteral("itemTitleLabel"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);
    layout->addWidget(title);
    if (!item.body.trimmed().isEmpty()) {
        auto *body = new QLabel(item.body, page);
        body->setWordWrap(true);
        layout->addWidget(body);
    }
    addField(page, item, QString(), tr("Notes"), stored.value(QString()));
    if (item.clientId > 0) {
        const auto client = m_workspace.clients().byId(item.clientId);
        auto *about = new QLabel(tr("Client: %1 · each profession presents the client's needs from "
                                    "its own field, then the client's wishes.")
                                     .arg(client ? client->name : QString()),
            page);
        about->setWordWrap(true);
        layout->addWidget(about);
        auto *risks = new QLabel(riskSummary(item.clientId), page);
        risks->setObjectName(QStringLiteral("riskSummaryLabel"));
        risks->setWordWrap(true);
        risks->setTextFormat(Qt::PlainText);
        layout->addWidget(risks);
        auto *participation = new QLabel(participationSummary(item.id), page);
        participation->setObjectName(QStringLiteral("participationSummaryLabel"));
        participation->setWordWrap(true);
        participation->setTextFormat(Qt::PlainText);
        layout->addWidget(participation);
        const auto sections = clientItemSections();
        for (const MinutesSection &section : sections)
            addField(page, item, section.key, section.title, stored.value(section.key));
    }
    return page;
}

NotesEdit *MinutesEditor::addField(QWidget *page, const AgendaItem &item, const QString &section,
    const QString &title, const MinuteEntry &stored)
{
    auto *label = new QLabel(title, page);
    auto *edit = new NotesEdit(page);
    edit->setObjectName(section.isEmpty() ? QStringLiteral("notesTextEdit")
                                          : QStringLiteral("%1NotesTextEdit").arg(section));
    edit->setAccessibleName(QStringLiteral("%1 – %2").arg(title, item.title));
    edit->setPlainText(stored.text);
    edit->moveCursor(QTextCursor::End); // go on writing after what is there
    // From the editor, not the new page: the page has no parent yet and
    // would give the small default font instead of meeting mode's large one.
    QFont notesFont = font();
    notesFont.setPointSizeF(notesFont.pointSizeF() * 1.15);
    edit->setFont(notesFont);
    label->setBuddy(edit);
    page->layout()->addWidget(label);
    page->layout()->addWidget(edit);
    Field field;
    field.agendaItemId = item.id;
    field.section = section;
    field.entry = stored;
    field.entry.agendaItemId = item.id;
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
            m_saveTimer->start();
    });
    return edit;
}

bool MinutesEditor::hasPendingChanges() const
{
    for (const Field &field : m_fields) {
        if (field.dirty)
            return true;
    }
    return false;
}

bool MinutesEditor::saveNow()
{
    m_saveTimer->stop();
    m_dirtySince.invalidate();
    QElapsedTimer timer;
    timer.start();
    bool ok = true;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (!it->dirty)
            continue;
        MinuteEntry entry = it->entry;
        entry.text = it.key()->toPlainText();
        try {
            it->entry = m_workspace.minutes().saveEntry(entry, m_workspace.actorId());
            it->dirty = false;
        } catch (const StorageError &error) {
            ok = false;
            Q_EMIT saveFailed(error.userMessage());
        }
    }
    m_lastSaveMs = timer.elapsed();
    m_longestSaveMs = qMax(m_longestSaveMs, m_lastSaveMs);
    if (ok)
        Q_EMIT saved(tr("Saved %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    return ok;
}

void MinutesEditor::refreshFromStore()
{
    if (m_meeting.id == 0)
        return;
    QHash<qint64, QHash<QString, MinuteEntry>> stored;
    const auto entries = m_workspace.minutes().entries(m_meeting.id);
    for (const MinuteEntry &entry : entries)
        stored[entry.agendaItemId].insert(entry.section, entry);
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
    refreshActions();
}

void MinutesEditor::setLocked(bool locked)
{
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it.key()->setReadOnly(locked);
}

int MinutesEditor::currentIndex() const
{
    return m_agenda->currentRow();
}

void MinutesEditor::setCurrentIndex(int index)
{
    if (index >= 0 && index < m_agenda->count())
        m_agenda->setCurrentRow(index);
    // The first field of the item takes the typing.
    if (QWidget *page = m_pages->currentWidget()) {
        if (auto *edit = page->findChild<NotesEdit *>())
            edit->setFocus();
    }
}

AgendaItem MinutesEditor::currentItem() const
{
    const int row = currentIndex();
    return row >= 0 && row < m_items.size() ? m_items.at(row) : AgendaItem();
}

QString MinutesEditor::currentLine() const
{
    auto *edit = qobject_cast<NotesEdit *>(focusWidget());
    if (!edit && m_pages->currentWidget())
        edit = m_pages->currentWidget()->findChild<NotesEdit *>();
    if (!edit)
        return {};
    const QTextCursor cursor = edit->textCursor();
    if (cursor.hasSelection())
        return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    return cursor.block().text();
}

void MinutesEditor::refreshActions()
{
    m_actions->clear();
    const AgendaItem item = currentItem();
    if (item.id == 0)
        return;
    const auto actions = m_workspace.actions().byMeeting(m_meeting.id);
    for (const Action &action : actions) {
        if (action.agendaItemId != item.id || action.status == ActionStatus::Cancelled)
            continue;
        const auto person = m_workspace.people().byId(action.responsibleId);
        QString text
            = QStringLiteral("%1 – %2").arg(action.what, person ? person->name : QString());
        if (action.dueDate.isValid())
            text += tr(", by %1").arg(action.dueDate.toString(Qt::ISODate));
        if (action.followUpDays > 0)
            text += tr(", follow-up after %n days", nullptr, action.followUpDays);
        m_actions->addItem(text);
    }
}

QString MinutesEditor::riskSummary(qint64 clientId)
{
    // The latest assessment per instrument, read-only: the nurse records
    // them before the meeting.
    QStringList lines;
    QSet<QString> seen;
    const auto history = m_workspace.risks().history(clientId);
    for (const RiskAssessment &assessment : history) {
        if (seen.contains(assessment.instrument))
            continue;
        seen.insert(assessment.instrument);
        const RiskInstrument *instrument = findRiskInstrument(assessment.instrument);
        QString line = instrument ? instrument->name : assessment.instrument;
        if (assessment.result.score)
            line += tr(": %n points", nullptr, *assessment.result.score);
        if (instrument && !assessment.result.level.isEmpty())
            line += QStringLiteral(" – ") + instrument->levelLabel(assessment.result.level);
        line += QStringLiteral(" (%1)").arg(
            stockholmDate(assessment.assessedUtc).toString(Qt::ISODate));
        lines << line;
    }
    if (lines.isEmpty())
        return tr("Risk assessments: none recorded.");
    return tr("Risk assessments: %1").arg(lines.join(QStringLiteral("; ")));
}

QString MinutesEditor::participationSummary(qint64 agendaItemId)
{
    // The contact person's checklist before the meeting, read-only here.
    const auto stored = m_workspace.care().participation(agendaItemId);
    if (!stored)
        return tr("Participation: the contact person has not filled in the checklist.");
    QStringList parts;
    if (stored->clientAsked) {
        const QString wishes = stored->clientWishes.trimmed();
        parts << (wishes.isEmpty() ? tr("the client was asked for wishes")
                                   : tr("the client's wishes: %1").arg(wishes));
    } else if (!stored->notAskedReason.trimmed().isEmpty()) {
        parts << tr("the client was not asked, because: %1").arg(stored->notAskedReason.trimmed());
    } else {
        parts << tr("the client has not been asked yet");
    }
    QString relatives = stored->relatives == RelativesAsked::NotAnswered
        ? tr("relatives: not answered")
        : relativesAskedLabel(stored->relatives);
    if (!stored->relativesNote.trimmed().isEmpty())
        relatives += QStringLiteral(" (%1)").arg(stored->relativesNote.trimmed());
    parts << relatives;
    return tr("Participation: %1").arg(parts.join(QStringLiteral("; ")));
}

} // namespace tf
