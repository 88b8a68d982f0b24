#include "ui/minutes/AttendancePanel.h"

#include "domain/StorageError.h"
#include "services/Directory.h"
#include "services/MinutesDocument.h"
#include "services/Workspace.h"
#include "services/minutes/MeetingAttendance.h"
#include "ui/minutes/ChangeCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace tf {

namespace {
const QList<Attendance> kStates = {
    Attendance::Expected, Attendance::Present, Attendance::Absent, Attendance::SubstitutePresent};
}

AttendancePanel::AttendancePanel(Workspace &workspace, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_secretary(new QComboBox(this))
    , m_table(new QTableWidget(this))
{
    m_secretary->setObjectName(QStringLiteral("secretaryComboBox"));
    m_secretary->setAccessibleName(tr("Secretary"));
    m_table->setObjectName(QStringLiteral("attendanceTableWidget"));
    m_table->setAccessibleName(tr("Attendance"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Attendance"), tr("Substitute"), tr("Adjunct")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Secretary (appointed by the chair)"), m_secretary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *label = new QLabel(tr("&Attendance"), this);
    label->setBuddy(m_table);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
    connect(m_secretary, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            appointSecretary(m_secretary->currentData().toLongLong());
    });
}

QList<Person> AttendancePanel::participants() const
{
    return m_people;
}

void AttendancePanel::load(const Meeting &meeting)
{
    m_meeting = meeting;
    m_participants = MeetingAttendance(m_workspace).participants(meeting.id);
    m_people.clear();
    for (const Participant &participant : m_participants) {
        if (const auto person = m_workspace.directory().person(participant.personId))
            m_people << *person;
    }
    fill();
}

void AttendancePanel::fill()
{
    m_filling = true;
    m_secretary->clear();
    m_secretary->addItem(tr("Not appointed yet"), 0);
    for (const Person &person : m_people)
        m_secretary->addItem(person.name, person.id);
    m_secretary->setCurrentIndex(qMax(0, m_secretary->findData(m_meeting.secretaryId)));
    const auto team = m_workspace.directory().people();
    m_table->setRowCount(static_cast<int>(m_participants.size()));
    for (int row = 0; row < m_participants.size(); ++row) {
        const Participant participant = m_participants.at(row);
        const QString name = row < m_people.size() ? m_people.at(row).name : QString();
        auto *nameItem = new QTableWidgetItem(participant.role.isEmpty()
                ? name
                : QStringLiteral("%1 (%2)").arg(name, participant.role));
        nameItem->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, nameItem);
        auto *state = new QComboBox(m_table);
        state->setObjectName(QStringLiteral("attendanceComboBox%1").arg(row));
        state->setAccessibleName(tr("Attendance of %1").arg(name));
        for (Attendance attendance : kStates)
            state->addItem(attendanceText(attendance), attendanceKey(attendance));
        state->setCurrentIndex(state->findData(attendanceKey(participant.attendance)));
        auto *substitute = new QComboBox(m_table);
        substitute->setObjectName(QStringLiteral("substituteComboBox%1").arg(row));
        substitute->setAccessibleName(tr("Substitute for %1").arg(name));
        substitute->addItem(tr("No substitute"), 0);
        for (const Person &person : team) {
            if (person.id != participant.personId)
                substitute->addItem(person.name, person.id);
        }
        substitute->setCurrentIndex(qMax(0, substitute->findData(participant.substituteId)));
        auto *adjunct = new QCheckBox(tr("adjunct"), m_table);
        adjunct->setObjectName(QStringLiteral("adjunctCheckBox%1").arg(row));
        adjunct->setAccessibleName(tr("%1 is adjunct").arg(name));
        adjunct->setChecked(participant.adjunct);
        m_table->setCellWidget(row, 1, state);
        m_table->setCellWidget(row, 2, substitute);
        m_table->setCellWidget(row, 3, adjunct);
        const qint64 personId = participant.personId;
        const auto changed = [this, personId, state, substitute] {
            if (!m_filling)
                setAttendance(personId, attendanceFromKey(state->currentData().toString()),
                    substitute->currentData().toLongLong());
        };
        connect(state, &QComboBox::currentIndexChanged, this, changed);
        connect(substitute, &QComboBox::currentIndexChanged, this, changed);
        connect(adjunct, &QCheckBox::toggled, this, [this, personId](bool on) {
            if (!m_filling)
                setAdjunct(personId, on);
        });
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_filling = false;
}

void AttendancePanel::store(const Participant &target, const Participant &expected, bool refill)
{
    MeetingAttendance attendance(m_workspace);
    try {
        attendance.restore(target, expected);
    } catch (const StorageError &error) {
        Q_EMIT failed(error.userMessage());
    }
    m_participants = attendance.participants(m_meeting.id);
    // Rebuilt only on undo and redo: a change made in the table comes from a
    // widget that must outlive its own signal. The keyboard stays in the list.
    if (refill) {
        load(m_meeting);
        m_table->setFocus();
    }
}

void AttendancePanel::change(const QString &undoText, Participant before, Participant after)
{
    // Both are copies: storing replaces m_participants, where callers find them.
    MeetingAttendance attendance(m_workspace);
    try {
        after.version = before.version; // the change is made to the row as shown
        attendance.change(after);
    } catch (const StorageError &error) {
        Q_EMIT failed(error.userMessage());
        m_participants = attendance.participants(m_meeting.id);
        QMetaObject::invokeMethod(
            this, [this] { load(m_meeting); }, Qt::QueuedConnection);
        return;
    }
    m_participants = attendance.participants(m_meeting.id);
    m_undoStack->push(new ChangeCommand(
        undoText, [this, before, after] { store(after, before, true); },
        [this, before, after] { store(before, after, true); }, true));
}

void AttendancePanel::setAttendance(qint64 personId, Attendance attendance, qint64 substituteId)
{
    for (const Participant &participant : std::as_const(m_participants)) {
        if (participant.personId != personId)
            continue;
        Participant after = participant;
        after.attendance = attendance;
        after.substituteId = substituteId;
        change(tr("change attendance"), participant, after);
        return;
    }
}

void AttendancePanel::setAdjunct(qint64 personId, bool adjunct)
{
    for (const Participant &participant : std::as_const(m_participants)) {
        if (participant.personId != personId)
            continue;
        Participant after = participant;
        after.adjunct = adjunct;
        change(tr("change adjunct"), participant, after);
        return;
    }
}

void AttendancePanel::storeSecretary(qint64 personId, bool refill)
{
    try {
        const Meeting meeting
            = MeetingAttendance(m_workspace).appointSecretary(m_meeting.id, personId);
        m_meeting = meeting;
        Q_EMIT meetingChanged(meeting);
    } catch (const StorageError &error) {
        Q_EMIT failed(error.userMessage());
    }
    if (refill)
        fill();
}

void AttendancePanel::appointSecretary(qint64 personId)
{
    const qint64 before = m_meeting.secretaryId;
    if (before == personId)
        return;
    storeSecretary(personId, false);
    m_undoStack->push(new ChangeCommand(
        tr("appoint secretary"), [this, personId] { storeSecretary(personId, true); },
        [this, before] { storeSecretary(before, true); }, true));
}

void AttendancePanel::setLocked(bool locked)
{
    m_secretary->setEnabled(!locked);
    m_table->setEnabled(!locked);
}

} // namespace tf
