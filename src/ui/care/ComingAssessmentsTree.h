#pragma once

#include "services/care/CareMeetings.h"
#include "services/care/CarePlanning.h"
#include "services/care/CareReads.h"

#include <QHash>
#include <QTreeWidget>

#include <utility>

namespace tf {

// The coming meetings of the units of the nurse's (or OT's/PT's) clients,
// each with the clients on its agenda and, under each client, the
// assessments the routine asks for and whether they are due.
class ComingAssessmentsTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ComingAssessmentsTree(QWidget *parent = nullptr);

    // What the tree shows of the signed-in person's coming meetings, read
    // without it (beside the window, readComingAgendas): the meetings'
    // labels and each agenda client's assessments due by the meeting's day.
    struct Rows
    {
        ClinicianMeetings mine;
        QList<AgendaClient> agendaClients;
        QHash<qint64, QString> labels; // of the meetings with clients
        QHash<std::pair<qint64, qint64>, QList<RiskNeed>> needs; // by meeting and client
    };
    static Rows rowsOf(ComingAgendas read);
    // The end of the weeks the tree shows from fromUtc on.
    static QDateTime untilUtc(const QDateTime &fromUtc);
    // Shows them; the chosen instrument row stays chosen.
    void showRows(const Rows &rows);
    // Of the current row; 0 or empty where the row has none.
    qint64 currentClientId() const;
    qint64 currentAgendaItemId() const;
    QString currentInstrument() const;
    // The meeting row above the current row (or the current row itself).
    qint64 currentMeetingId() const;

Q_SIGNALS:
    // An instrument row was activated (Enter or double-click).
    void instrumentActivated();

private:
    static constexpr int kWeeksAhead = 4;
    QVariant currentData(int role) const;
};

} // namespace tf
