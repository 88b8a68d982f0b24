#pragma once

#include "domain/Client.h"
#include "domain/Meeting.h"
#include "domain/Person.h"
#include "services/chair/ChairPanelRead.h"

#include <QAbstractItemView>
#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QShortcut;
class QTableWidget;

namespace tf {

class PersonChoiceModel;
class Workspace;

// The agenda of one meeting: build it from the template and the rotation,
// add members' items (title, text, client, who raises it), reorder, remove,
// and override the rotation's clients. Read-only once the minutes are locked.
class AgendaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaPanel(Workspace &workspace, QWidget *parent = nullptr);

    // What the panel shows of a meeting, read in one go.
    struct Shown
    {
        std::optional<Meeting> meeting;
        bool locked = false; // its minutes are approved
        QString forum; // its template's key (kvalitetsmote, samordningsmote, …)
        QList<Client> clients; // those an item can be about
        QList<Person> raisers; // those the agenda names (ChairPanelRead::raisers)
        QList<AgendaItem> items;
    };
    // What the panel shows of the chair's panel read with its agenda (the
    // chair's panel reads it beside the window).
    static Shown shownOf(const ChairPanelRead &read);
    // Shows it.
    void showRead(const Shown &shown);
    // Reads the meeting (0: none) on this thread and shows it.
    void setMeeting(qint64 meetingId);
    qint64 meetingId() const { return m_meetingId; }
    void buildAgenda();
    // At a kvalitetsmöte: the three whole months before the meeting's
    // month, one agenda item per category of deviations
    // (services/quality/Deviations takeUpDeviations).
    void takeUpDeviations();
    // Reads the agenda again after another client changed it, keeping the
    // chosen item, the scroll position and what is typed for a new item.
    void showOthersChanges();
    // A cell is being edited: a refresh would throw the typing away.
    bool isEditing() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Reads the staff who may raise an item beside the window, once a
    // meeting's day, when the raiser chooser first has focus.
    void offerStaff();
    // The raiser chooser: "Not stated", then raiserChoices(), keeping the
    // chosen one.
    void fillRaisers();
    // The staff of the day when read, with those the agenda names; until
    // then those named.
    QList<Person> raiserChoices() const;
    void reload();
    void showItems(const QList<AgendaItem> &items);
    void addItem();
    void removeItem();
    void moveItem(int delta);
    void chooseClients();
    void saveCell(int row, int column);
    bool run(const std::function<void()> &change);

    Workspace &m_workspace;
    qint64 m_meetingId = 0;
    qint64 m_unitId = 0;
    QDate m_day;
    QList<Person> m_raisers; // those the agenda names
    QDate m_staffDay; // the day whose staff was read or is being read
    std::optional<QList<Person>> m_staff; // that day's, once read
    bool m_loading = false;
    bool m_locked = false;
    QTableWidget *m_table;
    QLineEdit *m_title;
    QLineEdit *m_body;
    QComboBox *m_client;
    QComboBox *m_raisedBy;
    PersonChoiceModel *m_raiserChoices; // the staff of the day, once asked for
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_build;
    QPushButton *m_clients;
    QPushButton *m_deviations;
    QPushButton *m_riskIndividuals;
    QPushButton *m_coordinatedUnits;
    QLabel *m_status;
    QShortcut *m_removeKey;
    QAbstractItemView::EditTriggers m_editTriggers;
};

} // namespace tf
