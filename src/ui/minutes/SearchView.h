#pragma once

#include "domain/Minutes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace tf {

class SearchHitListModel;
class Workspace;

// Full-text search across minutes, actions, addenda and agenda titles: how
// many hits there are, the newest page of them with the matched words in
// bold, and the next page on request. A hit opens its meeting in meeting
// mode at the agenda item it is under.
class SearchView : public QWidget
{
    Q_OBJECT
public:
    explicit SearchView(Workspace &workspace, QWidget *parent = nullptr);

    void search(const QString &text);
    // The next page of the last search, added below the hits shown.
    void showMore();
    // All hits, shown or not; kSearchCountLimit + 1 when there are more.
    int hitCount() const { return m_total; }

Q_SIGNALS:
    void openMeeting(qint64 meetingId, qint64 agendaItemId);

private:
    Workspace &m_workspace;
    QLineEdit *m_query;
    QLabel *m_summary;
    SearchHitListModel *m_model;
    QListView *m_results;
    QPushButton *m_more;
    QString m_searched; // the text of the hits shown
    int m_total = 0;
    bool m_moreThanCounted = false; // m_total is kSearchCountLimit + 1: there are more

    void showSummary();
    // Marks the hits on notes the client objects to or that were corrected.
    void markRemarks(const QList<SearchHit> &hits);
};

} // namespace tf
