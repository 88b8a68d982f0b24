#pragma once

#include "services/today/TodayPage.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tf {

class Workspace;

// "Idag", the first view after sign-in: the person's meetings today and
// this week and their actions due and overdue, then what their role adds
// (assessments before the next meeting, feedback to clients, the unit's
// checks). Each part is one section of the tree, so a part is added with
// one more addSection(); an empty part says so. A row opens what it is
// about: Enter, a double-click or Open.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    explicit TodayView(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the page again, for now, beside the window; it is shown when
    // read (at once on SQLite).
    void refresh();
    // Whether a read asked for is not yet shown.
    bool isReading() const { return m_answered != m_asked; }
    // Shows the page as read at nowUtc (what refresh() does for now).
    void showPage(const TodayPage &page);
    QTreeWidget *tree() const { return m_tree; }
    // Opens what the current row is about; false when it is about nothing.
    bool openCurrent();

Q_SIGNALS:
    void openMeeting(qint64 meetingId);
    // The person's action in the Åtgärder list.
    void openAction(qint64 personId, qint64 actionId);
    // Mina kunder, where feedback to the client is recorded.
    void openMyClients();

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Target {
        None,
        Meeting,
        Action,
        Assessment,
        Feedback,
        SelfInspection,
        LogCheck,
        ActionPlan
    };
    struct Row
    {
        QString what;
        QString when;
        QString where;
        Target target = Target::None;
        qint64 id = 0;
        QString instrument; // an assessment's
        bool warning = false; // overdue or out of date
    };
    void addSection(const QString &title, const QString &emptyText, const QList<Row> &rows);
    QList<Row> meetingRows(const QList<TodayMeeting> &meetings, bool withDay) const;
    QList<Row> actionRows(const QList<ActionListRow> &rows, bool overdue) const;
    void openAssessment(qint64 clientId, const QString &instrument);
    void updateOpenButton();

    Workspace &m_workspace;
    QLabel *m_dayLabel;
    QTreeWidget *m_tree;
    QPushButton *m_open;
    QPushButton *m_refresh;
    TodayPage m_page;
    bool m_justRead = false; // read by the constructor, not yet shown
    int m_asked = 0; // reads asked for; the last one is shown
    int m_answered = 0;
};

} // namespace tf
