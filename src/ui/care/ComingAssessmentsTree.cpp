#include "ui/care/ComingAssessmentsTree.h"

#include "domain/risk/RiskInstrument.h"
#include "services/care/CareMeetings.h"
#include "services/care/CarePlanning.h"
#include "services/care/CareReads.h"
#include "ui/care/CareText.h"
#include "ui/common/PaletteColours.h"

#include <QHeaderView>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace tf {

namespace {
enum Role { ClientRole = Qt::UserRole, InstrumentRole, AgendaItemRole, MeetingRole };

QString stateText(RiskDueState state)
{
    switch (state) {
    case RiskDueState::Current:
        return ComingAssessmentsTree::tr("Up to date");
    case RiskDueState::OutOfDate:
        return ComingAssessmentsTree::tr("Out of date");
    case RiskDueState::Missing:
        break;
    }
    return ComingAssessmentsTree::tr("Missing");
}
} // namespace

ComingAssessmentsTree::ComingAssessmentsTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("comingMeetingsTreeWidget"));
    setAccessibleName(tr("Coming meetings and needed assessments"));
    setHeaderLabels(
        {tr("Meeting, client, instrument"), tr("Status"), tr("Last done"), tr("Next due by")});
    // Every column as wide as its words; a narrow window scrolls sideways
    // instead of cutting "Ska göras senast".
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, InstrumentRole).toString().isEmpty())
            Q_EMIT instrumentActivated();
    });
}

QVariant ComingAssessmentsTree::currentData(int role) const
{
    QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, role) : QVariant();
}

qint64 ComingAssessmentsTree::currentClientId() const
{
    return currentData(ClientRole).toLongLong();
}

qint64 ComingAssessmentsTree::currentAgendaItemId() const
{
    return currentData(AgendaItemRole).toLongLong();
}

QString ComingAssessmentsTree::currentInstrument() const
{
    return currentData(InstrumentRole).toString();
}

qint64 ComingAssessmentsTree::currentMeetingId() const
{
    QTreeWidgetItem *meetingItem = currentItem();
    while (meetingItem && meetingItem->parent())
        meetingItem = meetingItem->parent();
    return meetingItem ? meetingItem->data(0, MeetingRole).toLongLong() : 0;
}

namespace {
QDate stockholmDay(const Meeting &meeting)
{
    return meeting.startUtc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Stockholm"))).date();
}
} // namespace

QDateTime ComingAssessmentsTree::untilUtc(const QDateTime &fromUtc)
{
    return fromUtc.addDays(7 * kWeeksAhead);
}

ComingAssessmentsTree::Rows ComingAssessmentsTree::rowsOf(ComingAgendas read)
{
    Rows rows;
    rows.mine = std::move(read.mine);
    rows.agendaClients = std::move(read.agendaClients);
    for (const Meeting &meeting : std::as_const(rows.mine.meetings)) {
        const QDate day = stockholmDay(meeting);
        for (const AgendaClient &agendaClient : std::as_const(rows.agendaClients)) {
            if (agendaClient.meetingId != meeting.id)
                continue;
            if (!rows.labels.contains(meeting.id))
                rows.labels.insert(
                    meeting.id, meetingLabel(meeting, read.forumNames.value(meeting.templateId)));
            rows.needs.insert({meeting.id, agendaClient.client.id},
                read.routines.needsOf(agendaClient.client, day));
        }
    }
    return rows;
}

void ComingAssessmentsTree::showRows(const Rows &rows)
{
    // Keep the chosen row across the refresh (e.g. after saving an assessment).
    const qint64 keepClient = currentClientId();
    const QString keepInstrument = currentInstrument();
    QTreeWidgetItem *keep = nullptr;
    const QList<Meeting> &meetings = rows.mine.meetings;
    const QSet<qint64> &myClients = rows.mine.clientIds;
    const QList<AgendaClient> &agendaClients = rows.agendaClients;
    clear();
    // Meetings without a client on the agenda (most pulsmöten) have nothing
    // to prepare: they are counted in one row, not listed one by one.
    int withoutClients = 0;
    for (const Meeting &meeting : meetings) {
        const bool hasClient = std::any_of(agendaClients.cbegin(), agendaClients.cend(),
            [&meeting](
                const AgendaClient &agendaClient) { return agendaClient.meetingId == meeting.id; });
        if (!hasClient) {
            ++withoutClients;
            continue;
        }
        auto *meetingItem = new QTreeWidgetItem(this, {rows.labels.value(meeting.id)});
        meetingItem->setData(0, MeetingRole, meeting.id);
        int open = 0;
        for (const AgendaClient &agendaClient : agendaClients) {
            if (agendaClient.meetingId != meeting.id)
                continue;
            const Client *client = &agendaClient.client;
            auto *clientItem = new QTreeWidgetItem(meetingItem, {client->name});
            clientItem->setData(0, ClientRole, client->id);
            clientItem->setData(0, AgendaItemRole, agendaClient.agendaItemId);
            int clientOpen = 0;
            const QList<RiskNeed> needs = rows.needs.value({meeting.id, client->id});
            for (const RiskNeed &need : needs) {
                const RiskInstrument *instrument = findRiskInstrument(need.instrument);
                auto *needItem = new QTreeWidgetItem(clientItem,
                    {instrument->name, stateText(need.state),
                        need.lastOn.isValid() ? need.lastOn.toString(Qt::ISODate) : QString(),
                        need.dueOn.toString(Qt::ISODate)});
                needItem->setData(0, ClientRole, client->id);
                needItem->setData(0, AgendaItemRole, agendaClient.agendaItemId);
                needItem->setData(0, InstrumentRole, need.instrument);
                if (!keep && client->id == keepClient && need.instrument == keepInstrument)
                    keep = needItem;
                if (need.state != RiskDueState::Current) {
                    ++clientOpen;
                    needItem->setForeground(1, attentionText(palette()));
                }
            }
            if (needs.isEmpty())
                clientItem->setText(1, tr("No assessments chosen for the service"));
            else
                clientItem->setText(1,
                    clientOpen ? tr("%n assessment(s) to do", nullptr, clientOpen)
                               : tr("Assessments up to date"));
            clientItem->setExpanded(clientOpen > 0 && myClients.contains(client->id));
            open += clientOpen;
        }
        meetingItem->setText(1, open ? tr("%n to do", nullptr, open) : tr("No assessment to do"));
        meetingItem->setExpanded(true);
    }
    if (keep)
        setCurrentItem(keep);
    if (withoutClients > 0)
        new QTreeWidgetItem(
            this, {tr("%n meeting(s) without a client on the agenda", nullptr, withoutClients)});
    if (topLevelItemCount() == 0)
        new QTreeWidgetItem(this,
            {tr("No meeting in the coming %1 weeks for the units of "
                "your clients")
                    .arg(kWeeksAhead)});
}

} // namespace tf
