#include "ui/minutes/AttendancePanel.h"

#include "domain/StorageError.h"
#include "models/PersonChoiceModel.h"
#include "services/MinutesDocument.h"
#include "services/ReadsBeside.h"
#include "services/Workspace.h"
#include "services/chair/MeetingGuests.h"
#include "services/minutes/MeetingAttendance.h"
#include "ui/common/PersonChooser.h"
#include "ui/common/WhenRead.h"
#include "ui/minutes/ChangeCommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace tf {

namespace {
enum Column { NameColumn, AttendanceColumn, SubstituteColumn, AdjunctColumn };
} // namespace

AttendancePanel::AttendancePanel(Workspace &workspace, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_standIns(new PersonChoiceModel(tr("No substitute"), PersonChoiceModel::Label::Name, this))
    , m_secretary(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_allPresent(new QPushButton(tr("Everyone &present"), this))
    , m_guestLabel(new QLabel(tr("Client and relatives invited (ticked: present)"), this))
    , m_guestList(new QListWidget(this))
{
    m_guestList->setObjectName(QStringLiteral("guestAttendanceList"));
    m_guestList->setAccessibleName(tr("Client and relatives present"));
    m_guestLabel->setBuddy(m_guestList);
    m_guestList->setMaximumHeight(90);
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
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->installEventFilter(this);
    m_allPresent->setObjectName(QStringLiteral("allPresentButton"));
    m_allPresent->setAccessibleName(tr("Everyone present"));
    m_allPresent->setToolTip(tr("Marks everyone not yet marked as present"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Secretary (appointed by the chair)"), m_secretary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *label = new QLabel(tr("&Attendance"), this);
    label->setBuddy(m_table);
    auto *listHeader = new QHBoxLayout;
    listHeader->addWidget(label);
    listHeader->addStretch();
    listHeader->addWidget(m_allPresent);
    layout->addLayout(listHeader);
    layout->addWidget(m_table, 1);
    auto *keys
        = new QLabel(tr("In the list: Up and Down move between people · N present · F absent "
                        "· E substitute present · Space switches between present and "
                        "absent; the list then moves on to the next person"),
            this);
    keys->setObjectName(QStringLiteral("attendanceKeysLabel"));
    keys->setWordWrap(true);
    layout->addWidget(keys);
    layout->addWidget(m_guestLabel);
    layout->addWidget(m_guestList);
    connect(m_guestList, &QListWidget::itemChanged, this, &AttendancePanel::guestChanged);
    connect(m_secretary, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            appointSecretary(m_secretary->currentData().toLongLong());
    });
    connect(m_allPresent, &QPushButton::clicked, this, [this] {
        markAllPresent();
        focusList();
    });
}

QList<Person> AttendancePanel::participants() const
{
    return m_people;
}

void AttendancePanel::load(const Meeting &meeting)
{
    showRead(meeting, MeetingAttendance(m_workspace).readAttendance(meeting.id),
        MeetingGuests(m_workspace).of(meeting.id, AccessPurpose::MeetingMode));
}

void AttendancePanel::showRead(
    const Meeting &meeting, MeetingAttendance::AttendanceRead read, const QList<NamedGuest> &guests)
{
    if (meeting.id != m_meeting.id) {
        m_staff.reset();
        m_staffAsked = false;
    }
    m_meeting = meeting;
    m_participants = std::move(read.participants);
    m_people = std::move(read.people);
    m_substitutes = std::move(read.substitutes);
    fill();
    fillGuests(guests);
}

void AttendancePanel::fillGuests()
{
    fillGuests(MeetingGuests(m_workspace).of(m_meeting.id, AccessPurpose::MeetingMode));
}

void AttendancePanel::fillGuests(const QList<NamedGuest> &guests)
{
    const bool filling = m_filling;
    m_filling = true;
    m_guests.clear();
    m_guestList->clear();
    for (const NamedGuest &named : guests) {
        m_guests << named.guest;
        auto *item = new QListWidgetItem(named.label, m_guestList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(
            named.guest.attendance == Attendance::Present ? Qt::Checked : Qt::Unchecked);
    }
    const bool external = std::any_of(m_guests.cbegin(), m_guests.cend(),
        [](const MeetingGuest &guest) { return guest.isExternal(); });
    m_guestLabel->setText(external
            ? tr("Guests and participants from other organisations (ticked: present)")
            : tr("Client and relatives invited (ticked: present)"));
    m_guestList->setAccessibleName(external ? tr("Guests and external participants present")
                                            : tr("Client and relatives present"));
    m_guestLabel->setVisible(!m_guests.isEmpty());
    m_guestList->setVisible(!m_guests.isEmpty());
    m_filling = filling;
}

void AttendancePanel::guestChanged(QListWidgetItem *item)
{
    const int row = m_guestList->row(item);
    if (m_filling || row < 0 || row >= m_guests.size())
        return;
    const Attendance attendance
        = item->checkState() == Qt::Checked ? Attendance::Present : Attendance::Absent;
    try {
        m_guests[row].version = MeetingGuests(m_workspace).setAttendance(m_guests[row], attendance);
        m_guests[row].attendance = attendance;
    } catch (const StorageError &error) {
        Q_EMIT failed(error.userMessage());
        fillGuests();
    }
}

void AttendancePanel::fill()
{
    m_filling = true;
    const int currentRow = qMax(0, m_table->currentRow());
    m_secretary->clear();
    m_secretary->addItem(tr("Not appointed yet"), 0);
    for (const Person &person : m_people)
        m_secretary->addItem(person.name, person.id);
    m_secretary->setCurrentIndex(qMax(0, m_secretary->findData(m_meeting.secretaryId)));
    offerStandIns();
    m_table->setRowCount(static_cast<int>(m_participants.size()));
    for (int row = 0; row < m_participants.size(); ++row) {
        const Participant participant = m_participants.at(row);
        const QString name = row < m_people.size() ? m_people.at(row).name : QString();
        auto *nameItem = new QTableWidgetItem(participant.role.isEmpty()
                ? name
                : QStringLiteral("%1 (%2)").arg(name, participant.role));
        nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, NameColumn, nameItem);
        auto *state = new QTableWidgetItem;
        state->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, AttendanceColumn, state);
        auto *substitute = new QComboBox(m_table);
        substitute->setObjectName(QStringLiteral("substituteComboBox%1").arg(row));
        substitute->setAccessibleName(tr("Substitute for %1").arg(name));
        offerPeople(substitute, m_standIns);
        substitute->setCurrentIndex(qMax(0, m_standIns->rowOf(participant.substituteId)));
        substitute->installEventFilter(this); // offers the staff once it has focus
        auto *adjunct = new QCheckBox(tr("adjunct"), m_table);
        adjunct->setObjectName(QStringLiteral("adjunctCheckBox%1").arg(row));
        adjunct->setAccessibleName(tr("%1 is adjunct").arg(name));
        adjunct->setChecked(participant.adjunct);
        m_table->setCellWidget(row, SubstituteColumn, substitute);
        m_table->setCellWidget(row, AdjunctColumn, adjunct);
        const qint64 personId = participant.personId;
        connect(substitute, &QComboBox::currentIndexChanged, this, [this, personId, substitute] {
            if (m_filling)
                return;
            // Storing replaces the list: the attendance is read first.
            const auto shown = std::find_if(m_participants.cbegin(), m_participants.cend(),
                [personId](const Participant &p) { return p.personId == personId; });
            if (shown != m_participants.cend())
                setAttendance(personId, shown->attendance, substitute->currentData().toLongLong());
        });
        connect(adjunct, &QCheckBox::toggled, this, [this, personId](bool on) {
            if (!m_filling)
                setAdjunct(personId, on);
        });
    }
    showAttendance();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(qMin(currentRow, m_table->rowCount() - 1), NameColumn);
    m_table->resizeColumnsToContents();
    // Wide enough for every state, so that a change never cuts its text.
    int widest = m_table->columnWidth(AttendanceColumn);
    for (Attendance attendance : {Attendance::Expected, Attendance::Present, Attendance::Absent,
             Attendance::SubstitutePresent})
        widest = qMax(widest,
            m_table->fontMetrics().horizontalAdvance(attendanceText(attendance))
                + 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12);
    m_table->setColumnWidth(AttendanceColumn, widest);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_filling = false;
}

void AttendancePanel::offerStandIns()
{
    m_standIns->setPeople(standInsAmong(standInChoices(), m_participants));
}

QList<Person> AttendancePanel::standInChoices() const
{
    // A substitute who has left since is still shown where chosen.
    return m_staff ? staffWithChosen(*m_staff, m_substitutes) : m_substitutes;
}

void AttendancePanel::offerStaff()
{
    if (m_staffAsked)
        return;
    m_staffAsked = true;
    const Meeting meeting = m_meeting;
    const QFuture<QList<Person>> read
        = m_workspace.readsBeside().read<QList<Person>>([meeting](Workspace &workspace) {
              return MeetingAttendance(workspace).mayStandIn(meeting);
          });
    whenRead(read, this, [this, meetingId = meeting.id](const QFuture<QList<Person>> &done) {
        if (meetingId != m_meeting.id)
            return;
        try {
            m_staff = done.result();
        } catch (const StorageError &error) {
            m_staffAsked = false; // asked again at the next chooser
            Q_EMIT failed(error.userMessage());
            return;
        }
        const bool filling = m_filling;
        m_filling = true;
        offerStandIns(); // every chooser back at its first row: each set again
        for (int row = 0; row < m_participants.size() && row < m_table->rowCount(); ++row) {
            if (auto *substitute
                = qobject_cast<QComboBox *>(m_table->cellWidget(row, SubstituteColumn)))
                substitute->setCurrentIndex(
                    qMax(0, m_standIns->rowOf(m_participants.at(row).substituteId)));
        }
        m_filling = filling;
    });
}

void AttendancePanel::showAttendance()
{
    for (int row = 0; row < m_participants.size() && row < m_table->rowCount(); ++row) {
        const Participant &participant = m_participants.at(row);
        if (QTableWidgetItem *item = m_table->item(row, AttendanceColumn)) {
            item->setText(attendanceText(participant.attendance));
            item->setData(Qt::UserRole, attendanceKey(participant.attendance));
        }
    }
}

void AttendancePanel::focusList()
{
    m_table->setFocus(Qt::OtherFocusReason);
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->setCurrentCell(0, NameColumn);
}

bool AttendancePanel::attendanceForKey(int key, int row, Attendance *attendance) const
{
    if (row < 0 || row >= m_participants.size())
        return false;
    switch (key) {
    case Qt::Key_N:
        *attendance = Attendance::Present;
        return true;
    case Qt::Key_F:
        *attendance = Attendance::Absent;
        return true;
    case Qt::Key_E:
        *attendance = Attendance::SubstitutePresent;
        return true;
    case Qt::Key_Space:
        *attendance = m_participants.at(row).attendance == Attendance::Present
            ? Attendance::Absent
            : Attendance::Present;
        return true;
    default:
        return false;
    }
}

bool AttendancePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && qobject_cast<QComboBox *>(watched))
        offerStaff(); // a substitute chooser: only those are watched
    if (watched != m_table || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const int row = m_table->currentRow();
    Attendance attendance = Attendance::Expected;
    if ((key->modifiers() & ~Qt::KeypadModifier & ~Qt::ShiftModifier) != Qt::NoModifier
        || !attendanceForKey(key->key(), row, &attendance))
        return QWidget::eventFilter(watched, event);
    const Participant participant = m_participants.at(row);
    setAttendance(participant.personId, attendance, participant.substituteId);
    if (row + 1 < m_table->rowCount())
        m_table->setCurrentCell(row + 1, NameColumn);
    return true;
}

void AttendancePanel::store(const QList<Participant> &targets, const QList<Participant> &expected)
{
    MeetingAttendance attendance(m_workspace);
    try {
        attendance.restoreAll(targets, expected);
    } catch (const StorageError &error) {
        Q_EMIT failed(error.userMessage());
    }
    // Rebuilt on undo and redo; the keyboard stays in the list.
    load(m_meeting);
    focusList();
}

void AttendancePanel::change(
    const QString &undoText, QList<Participant> before, QList<Participant> after)
{
    // Both are copies: storing replaces m_participants, where callers find them.
    MeetingAttendance attendance(m_workspace);
    try {
        for (qsizetype i = 0; i < after.size(); ++i)
            after[i].version = before.at(i).version; // the change is made to the rows as shown
        attendance.changeAll(after);
    } catch (const StorageError &error) {
        Q_EMIT failed(error.userMessage());
        m_participants = attendance.participants(m_meeting.id);
        QMetaObject::invokeMethod(
            this, [this] { load(m_meeting); }, Qt::QueuedConnection);
        return;
    }
    // A change made in the list may come from a widget in it that must
    // outlive its own signal: only the attendance texts are shown again.
    m_participants = attendance.participants(m_meeting.id);
    showAttendance();
    m_undoStack->push(new ChangeCommand(
        undoText, [this, before, after] { store(after, before); },
        [this, before, after] { store(before, after); }, true));
}

void AttendancePanel::markAllPresent()
{
    QList<Participant> before;
    QList<Participant> after;
    for (const Participant &participant : std::as_const(m_participants)) {
        if (participant.attendance != Attendance::Expected)
            continue;
        before << participant;
        after << participant;
        after.last().attendance = Attendance::Present;
    }
    if (!after.isEmpty())
        change(tr("mark everyone present"), before, after);
}

void AttendancePanel::setAttendance(qint64 personId, Attendance attendance, qint64 substituteId)
{
    for (const Participant &participant : std::as_const(m_participants)) {
        if (participant.personId != personId)
            continue;
        Participant after = participant;
        after.attendance = attendance;
        after.substituteId = substituteId;
        change(tr("change attendance"), {participant}, {after});
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
        change(tr("change adjunct"), {participant}, {after});
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
    m_allPresent->setEnabled(!locked);
    m_guestList->setEnabled(!locked);
}

} // namespace tf
