#include "ui/minutes/MinutesEditor.h"

#include "domain/Minutes.h"
#include "services/ActionList.h"
#include "services/Directory.h"
#include "services/MinutesDocument.h"
#include "services/Workspace.h"
#include "services/care/Objections.h"
#include "services/minutes/MeetingActions.h"
#include "services/minutes/MinutesPages.h"
#include "ui/care/CareText.h"
#include "ui/care/ClientCareSummary.h"
#include "ui/care/NoteCorrectionDialog.h"
#include "ui/care/ObjectionDialog.h"
#include "ui/care/RemarkText.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/minutes/ItemActionsList.h"
#include "ui/minutes/MinutesAutosave.h"
#include "ui/minutes/NotesEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace tf {

namespace {
// The agenda wraps its titles; in a narrow window it is never narrower than
// its longest word, which would otherwise be cut ("Uppföljnin").
void keepLongestWordWhole(QListWidget *list)
{
    int widest = 0;
    for (int row = 0; row < list->count(); ++row) {
        const QStringList words
            = list->item(row)->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words)
            widest = std::max(widest, list->fontMetrics().horizontalAdvance(word));
    }
    const int chrome = 2 * list->frameWidth() + 4 * list->spacing()
        + list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list)
        + 2 * list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 8;
    list->setMinimumWidth(widest + chrome);
}
} // namespace

MinutesEditor::MinutesEditor(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_agenda(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_actions(new ItemActionsList(this))
    , m_actionsTitle(new QLabel(tr("Actions decided under this item"), this))
    , m_autosave(new MinutesAutosave(workspace, this))
{
    m_agenda->setObjectName(QStringLiteral("agendaListWidget"));
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setWordWrap(true);
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

    connect(m_autosave, &MinutesAutosave::saved, this, &MinutesEditor::saved);
    connect(m_autosave, &MinutesAutosave::saveFailed, this, &MinutesEditor::saveFailed);
    connect(m_autosave, &MinutesAutosave::merged, this, &MinutesEditor::merged);
    connect(m_autosave, &MinutesAutosave::conflicted, this, &MinutesEditor::showConflict);
    connect(m_agenda, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        saveNow();
        m_pages->setCurrentIndex(row);
        showItemActions();
        Q_EMIT currentIndexChanged(row);
    });
}

void MinutesEditor::load(const Meeting &meeting)
{
    saveNow(); // before reading: what was typed is part of what is read
    // The pages show each client's notes, risk assessments and checklist.
    showPages(meeting, readMinutesPages(m_workspace, meeting.id, AccessPurpose::MeetingMode));
}

void MinutesEditor::showPages(const Meeting &meeting, const MinutesPages &read)
{
    m_meeting = meeting;
    m_autosave->clear();
    m_agenda->clear();
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_items = read.items;
    m_meetingActions = read.actions;
    const auto stored = MinutesAutosave::byItemAndSection(read.entries);
    m_objections.clear();
    m_assessmentObjections.clear();
    m_corrections.clear();
    m_correctionButtons.clear();
    for (const Objection &objection : read.objections) {
        if (objection.noteId)
            m_objections[objection.noteId] << objection;
        else
            m_assessmentObjections[objection.assessmentId] << objection;
    }
    for (const NoteCorrection &correction : read.corrections)
        m_corrections[correction.noteId] << correction;
    for (const AgendaItem &item : m_items) {
        m_agenda->addItem(QStringLiteral("%1. %2").arg(item.position).arg(item.title));
        // A client item has five fields: on a laptop screen the page scrolls.
        auto *scroll = new QScrollArea;
        scroll->setObjectName(QStringLiteral("itemScrollArea"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, which it scrolls to
        scroll->setWidget(buildPage(item, stored.value(item.id), read));
        m_pages->addWidget(scroll);
    }
    keepLongestWordWhole(m_agenda);
    if (!m_items.isEmpty())
        m_agenda->setCurrentRow(0);
}

void MinutesEditor::showConflict(
    NotesEdit *edit, const QString &mine, const QString &theirs, const QString &proposal)
{
    // Window-modal, not exec(): saving goes on in the other fields meanwhile.
    auto *dialog = new ConflictDialog(
        tr("the notes \"%1\"").arg(edit->accessibleName()), mine, theirs, proposal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, field = QPointer<NotesEdit>(edit)] {
        if (!field)
            return; // the meeting was closed meanwhile
        if (dialog->choice() == ConflictDialog::Choice::Later)
            m_autosave->postpone(field.data());
        else
            m_autosave->resolve(field.data(), dialog->chosenText());
    });
    dialog->open();
}

QWidget *MinutesEditor::buildPage(
    const AgendaItem &item, const QHash<QString, MinuteEntry> &stored, const MinutesPages &read)
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
        auto *about = new QLabel(tr("Client: %1 · each profession presents the client's needs from "
                                    "its own field, then the client's wishes.")
                                     .arg(read.clients.value(item.clientId).name),
            page);
        about->setWordWrap(true);
        layout->addWidget(about);
        auto *risks = new QLabel(ClientCareSummary::risks(m_workspace,
                                     read.latestRisks.value(item.clientId), m_assessmentObjections),
            page);
        risks->setObjectName(QStringLiteral("riskSummaryLabel"));
        risks->setWordWrap(true);
        risks->setTextFormat(Qt::PlainText);
        layout->addWidget(risks);
        const auto checklist = read.participation.constFind(item.id);
        auto *participation
            = new QLabel(ClientCareSummary::participation(checklist == read.participation.cend()
                                 ? std::nullopt
                                 : std::optional<Participation>(*checklist)),
                page);
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
    m_autosave->track(edit, item.id, section, stored);
    if (item.clientId > 0)
        addObjections(page, item, section, title, stored);
    return edit;
}

void MinutesEditor::addObjections(QWidget *page, const AgendaItem &item, const QString &section,
    const QString &title, const MinuteEntry &stored)
{
    auto *shown = new QLabel(page);
    shown->setObjectName(QStringLiteral("objectionsLabel"));
    shown->setWordWrap(true);
    shown->setTextFormat(Qt::PlainText);
    auto *button = new QPushButton(tr("Objection to the note…"), page);
    button->setObjectName(QStringLiteral("noteObjectionButton"));
    button->setAccessibleName(tr("Objection to the note \"%1\"").arg(title));
    button->setToolTip(tr("Record that the client holds this note to be wrong; the note itself "
                          "stays as it is"));
    auto *correct = new QPushButton(tr("Correct the note…"), page);
    correct->setObjectName(QStringLiteral("noteCorrectionButton"));
    correct->setAccessibleName(tr("Correct the note \"%1\"").arg(title));
    m_correctionButtons << correct;
    showCorrectable(correct);
    const auto show = [this, shown](const QList<NoteCorrection> &corrections,
                          const QList<Objection> &objections) {
        const QString text = RemarkText::lines(m_workspace, corrections, objections);
        shown->setText(text);
        shown->setVisible(!text.isEmpty());
    };
    show(m_corrections.value(stored.id), m_objections.value(stored.id));
    connect(button, &QPushButton::clicked, this, [this, item, section, show] {
        saveNow();
        const MinuteEntry note
            = m_autosave->storedEntries(m_meeting.id).value(item.id).value(section);
        if (note.id == 0 || note.text.isEmpty()) {
            MessageBox::information(this, tr("Objection to the note"),
                tr("Nothing has been written in this field yet, so there is nothing to object "
                   "to."));
            return;
        }
        ObjectionDialog dialog(
            m_workspace, ObjectionDialog::Target::Note, note.id, note.text, this);
        if (dialog.exec() == QDialog::Accepted) {
            Objections objections(m_workspace);
            show(objections.correctionsOfNote(note.id), objections.ofNote(note.id));
        }
    });
    connect(correct, &QPushButton::clicked, this, [this, item, section, show] {
        saveNow();
        const MinuteEntry note
            = m_autosave->storedEntries(m_meeting.id).value(item.id).value(section);
        if (note.id == 0 || note.text.isEmpty()) {
            MessageBox::information(this, tr("Correct the note"),
                tr("Nothing has been written in this field yet, so there is nothing to "
                   "correct."));
            return;
        }
        NoteCorrectionDialog dialog(m_workspace, note, this);
        if (dialog.exec() == QDialog::Accepted) {
            // The field shows the corrected text, and under it the text it had.
            m_autosave->takeStored(m_meeting.id);
            Objections objections(m_workspace);
            show(objections.correctionsOfNote(note.id), objections.ofNote(note.id));
        }
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(button);
    buttons->addWidget(correct);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(shown, 1);
    // Without remarks the buttons keep their width, at the right.
    row->addStretch(0);
    row->addLayout(buttons);
    static_cast<QVBoxLayout *>(page->layout())->addLayout(row);
}

bool MinutesEditor::hasPendingChanges() const
{
    return m_autosave->hasPendingChanges();
}

bool MinutesEditor::isSaving() const
{
    return m_autosave->isSaving();
}

bool MinutesEditor::saveNow()
{
    return m_autosave->saveNow();
}

qint64 MinutesEditor::lastSaveMicroseconds() const
{
    return m_autosave->lastSaveMicroseconds();
}

qint64 MinutesEditor::longestSaveMicroseconds() const
{
    return m_autosave->longestSaveMicroseconds();
}

void MinutesEditor::refreshFromStore()
{
    if (m_meeting.id == 0)
        return;
    m_autosave->takeStored(m_meeting.id);
    refreshActions();
}

void MinutesEditor::showStored(const QList<MinuteEntry> &entries, const DecidedActions &actions)
{
    if (m_meeting.id == 0)
        return;
    m_autosave->takeStored(MinutesAutosave::byItemAndSection(entries));
    m_meetingActions = actions;
    showItemActions();
}

void MinutesEditor::setLocked(bool locked)
{
    m_locked = locked;
    m_autosave->setReadOnly(locked);
    for (QPushButton *button : std::as_const(m_correctionButtons))
        if (button)
            showCorrectable(button);
}

void MinutesEditor::showCorrectable(QPushButton *button)
{
    // Approved minutes are not changed (the lock refuses it in the store);
    // an objection or an addendum says what is wrong there.
    button->setEnabled(!m_locked);
    button->setToolTip(m_locked
            ? tr("Approved minutes are not changed: record the client's objection, or an "
                 "addendum to the minutes")
            : tr("Give the note a corrected text; the text it has now is kept with the reason, "
                 "who and when"));
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

int MinutesEditor::indexOfItem(qint64 agendaItemId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == agendaItemId)
            return row;
    }
    return -1;
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
    if (m_meeting.id)
        m_meetingActions = MeetingActions(m_workspace).read(m_meeting.id);
    showItemActions();
}

void MinutesEditor::showItemActions()
{
    const qint64 itemId = currentItem().id;
    m_actions->showActions(
        itemId ? MeetingActions::decidedUnder(m_meetingActions.actions, itemId) : QList<Action>(),
        m_meetingActions.responsibleNames);
}

} // namespace tf
