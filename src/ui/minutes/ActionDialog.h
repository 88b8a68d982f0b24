#pragma once

#include "domain/Action.h"
#include "domain/Person.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace tf {

// A decision becomes an action: what, who (names complete from the
// participants and the team), due date, follow-up interval, feedback to the
// client and journal entry with who does them. Enter saves, Esc cancels.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    // Dates are proposed from meetingDay, the day the action is decided.
    ActionDialog(const QList<Person> &people, const QString &what, const QDate &meetingDay,
        QWidget *parent = nullptr);

    // The action as filled in; meeting, item and client are set by the caller.
    Action action() const;
    void accept() override;

private:
    QLineEdit *personField(const QString &objectName, const QString &accessibleName);
    qint64 personId(const QLineEdit *field) const;

    QList<Person> m_people;
    QLineEdit *m_what;
    QLineEdit *m_responsible;
    QCheckBox *m_hasDueDate;
    QDateEdit *m_dueDate;
    QSpinBox *m_followUpDays;
    QCheckBox *m_feedback;
    QLineEdit *m_feedbackBy;
    QCheckBox *m_journal;
    QLineEdit *m_journalBy;
};

} // namespace tf
