#pragma once

#include "domain/ForumTemplate.h"

#include <QDate>
#include <QDialog>
#include <QTime>

class QComboBox;
class QDateEdit;
class QTimeEdit;

namespace tf {

// One meeting outside any series: a pulsmöte "vid behov" (moving in or out,
// a stay in hospital) or an extra teammöte. The chair picks the forum, the
// day and the time; length, place and the invited team come from the forum.
class SingleMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    SingleMeetingDialog(
        const QList<ForumTemplate> &templates, const QDate &date, QWidget *parent = nullptr);

    void selectForum(const QString &forumKey);
    QString forum() const;
    QDate date() const;
    QTime time() const;

private:
    QComboBox *m_forum;
    QDateEdit *m_date;
    QTimeEdit *m_time;
};

} // namespace tf
