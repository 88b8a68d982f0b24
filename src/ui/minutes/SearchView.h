#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace tf {

class SearchHitListModel;
class Workspace;

// Full-text search across minutes, actions and addenda; hits are shown with
// the matched words in bold and open their meeting in meeting mode.
class SearchView : public QWidget
{
    Q_OBJECT
public:
    explicit SearchView(Workspace &workspace, QWidget *parent = nullptr);

    void search(const QString &text);
    int hitCount() const { return m_hits; }

Q_SIGNALS:
    void openMeeting(qint64 meetingId);

private:
    Workspace &m_workspace;
    QLineEdit *m_query;
    QLabel *m_summary;
    SearchHitListModel *m_model;
    QListView *m_results;
    int m_hits = 0;
};

} // namespace tf
