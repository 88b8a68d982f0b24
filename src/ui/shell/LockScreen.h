#pragma once

#include "domain/Person.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace tf {

// Covers the program while nobody is at it: a window of its own over the
// main window's whole screen that shows who was signed in and nothing of
// the work behind it. Unlocking asks who is working now: the same person
// goes on, or someone else is chosen and signed in.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    // people: who can be chosen; on PostgreSQL only the login's person.
    LockScreen(const QString &reason, const Person &signedIn, const QList<Person> &people,
        const QString &note, QWidget *parent);

    qint64 chosenPersonId() const;

Q_SIGNALS:
    // The person chosen to work from now on.
    void unlocked(qint64 personId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QComboBox *m_person;
    QPushButton *m_unlock;
    bool m_unlocking = false;
};

} // namespace tf
