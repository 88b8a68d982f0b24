#pragma once

#include "domain/Minutes.h"

#include <QFuture>
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

    // The hits are read beside the window (ReadsBeside) and shown when they
    // come: at once on SQLite, after the server's answer on PostgreSQL
    // (searched). A search asked for meanwhile is the one shown.
    void search(const QString &text);
    // The next page of the last search, added below the hits shown.
    void showMore();
    // A search or page asked for is still being read.
    bool isSearching() const { return m_asked != m_answered; }
    // All hits, shown or not; kSearchCountLimit + 1 when there are more.
    int hitCount() const { return m_total; }

Q_SIGNALS:
    void openMeeting(qint64 meetingId, qint64 agendaItemId);
    // The hits asked for are shown (or their failure said).
    void searched();

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
    int m_asked = 0; // searches and pages asked for; the last one's is shown
    int m_answered = 0;

    struct Page;
    // Takes the page read for the asking numbered `asked`; false when a
    // later one was asked for or the read failed (said to the user).
    bool shown(int asked, const QFuture<Page> &done, Page *page);
    void showSummary();
};

} // namespace tf
