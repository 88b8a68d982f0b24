#pragma once

#include "domain/ForumTemplate.h"
#include "domain/MeetingSeries.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace tf {

// A new meeting series from one of the unit's forum templates. Everything
// starts from the template, so a chair only picks the forum, the first date
// and the time; the preview tells how many meetings that gives.
class SeriesDialog : public QDialog
{
    Q_OBJECT
public:
    SeriesDialog(const QList<ForumTemplate> &templates, qint64 unitId, const QDate &firstDate,
        QWidget *parent = nullptr);

    MeetingSeries series() const;
    const ForumTemplate &forumTemplate() const;
    // The forums to chain after this one at the same occasion (may be empty).
    QStringList followingForums() const;
    void selectForum(const QString &forumKey);
    // Meetings are generated a year ahead of today; the preview says so.
    void setToday(const QDate &today);

private:
    void applyTemplate();
    void updatePreview();

    QList<ForumTemplate> m_templates;
    qint64 m_unitId = 0;
    QDate m_today = QDate::currentDate();
    QComboBox *m_forum;
    QDateEdit *m_startDate;
    QTimeEdit *m_time;
    QTimeEdit *m_secondTime;
    QComboBox *m_interval;
    QSpinBox *m_minutes;
    QComboBox *m_locationKind;
    QLineEdit *m_location;
    QCheckBox *m_skipHolidays;
    QCheckBox *m_hasEnd;
    QDateEdit *m_endDate;
    QCheckBox *m_chain;
    QLabel *m_preview;
};

} // namespace tf
